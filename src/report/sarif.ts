import { helpUri, RULES, RULE_IDS } from '../engine/rules/registry.js';
import type { DocumentResult, Severity } from '../engine/types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export function formatSarif(results: DocumentResult[], version: string): string {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    helpUri: helpUri(rule.id),
    defaultConfiguration: { level: LEVEL[rule.severity] }
  }));
  const sarifResults = results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: RULE_IDS.indexOf(f.rule),
      level: LEVEL[f.severity],
      message: { text: f.fix ? `${f.message}. ${f.fix}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: r.path.replace(/\\/g, '/').replace(/^\.\//, '') },
            region: { startLine: f.line, startColumn: f.column }
          }
        }
      ],
      partialFingerprints: { 'plancheck/v1': `${f.rule}:${f.section.join('/')}:${f.excerpt ?? ''}` }
    }))
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plancheck', version, rules } },
        results: sarifResults
      }
    ]
  };
  return JSON.stringify(log, null, 2) + '\n';
}
