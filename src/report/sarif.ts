import { DEFAULT_SEVERITY, RULE_IDS, type DocumentResult, type RuleId, type Severity } from '../engine/types.js';

/** What each rule is about, for SARIF rule metadata and the README. */
export const RULE_DESCRIPTIONS: Record<RuleId, string> = {
  'missing-section': 'A section the template requires has no matching heading.',
  'empty-section': 'A section has a heading but nothing written under it.',
  placeholder: 'Placeholder text from the template, or a marker such as TODO, is still in the document.',
  'template-text': 'Guidance prose or example code from the template is left as it is.',
  'unchecked-item': 'A checklist that must be complete before merging has unticked items.',
  'heading-mismatch': 'A heading only approximately matches the template (a typo?).',
  'heading-level': 'A section heading is at another level than the template puts it.',
  'section-order': 'A section stands elsewhere than the template puts it.',
  'unknown-section': 'A section that the template does not have.',
  'unreadable-document': 'The document cannot be read or parsed (binary, not UTF-8, too large, too deeply nested).'
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export function formatSarif(results: DocumentResult[], version: string): string {
  const rules = RULE_IDS.map((id) => ({
    id,
    name: id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: RULE_DESCRIPTIONS[id] },
    defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[id]] }
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
