import { createHash } from 'node:crypto';
import { helpUri, RULES, RULE_IDS } from '../engine/rules/registry.js';
import type { DocumentResult, Severity } from '../engine/types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The base that relative document paths resolve against: the checkout's root. */
const SRCROOT = '%SRCROOT%';

/** The path a document result carries for standard input. */
const STDIN = '<stdin>';

/**
 * Where a document is, as a SARIF artifact location: a relative path becomes a percent-encoded
 * relative reference to `%SRCROOT%` (a space, `#` or `%` in a name stays part of the path), an
 * absolute one a `file:` URI. Standard input has no location.
 */
function artifactLocation(docPath: string): { uri: string; uriBaseId?: string } | undefined {
  if (docPath === STDIN) return undefined;
  const posix = docPath.replace(/\\/g, '/');
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  if (posix.startsWith('/')) return { uri: `file://${encode(posix)}` };
  if (/^[A-Za-z]:\//.test(posix)) return { uri: `file:///${posix.slice(0, 2)}${encode(posix.slice(2))}` };
  return { uri: encode(posix.replace(/^(\.\/)+/, '')), uriBaseId: SRCROOT };
}

/**
 * A fingerprint for each finding that code scanning uses to follow an alert across commits: the
 * document, rule, section and leftover text, and which of the identical ones it is; never the
 * line, so unrelated edits above it keep it, and never shared by two findings of one run.
 */
function fingerprints(r: DocumentResult): string[] {
  const seen = new Map<string, number>();
  return r.findings.map((f) => {
    const key = JSON.stringify([r.path, f.rule, f.section, f.excerpt ?? f.message]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${createHash('sha256').update(`${key}#${n}`).digest('hex').slice(0, 32)}:${n + 1}`;
  });
}

/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export function formatSarif(results: DocumentResult[], version: string): string {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    helpUri: helpUri(rule.id),
    defaultConfiguration: { level: LEVEL[rule.severity] }
  }));
  const sarifResults = results.flatMap((r) => {
    const prints = fingerprints(r);
    return r.findings.map((f, i) => ({
      ruleId: f.rule,
      ruleIndex: RULE_IDS.indexOf(f.rule),
      level: LEVEL[f.severity],
      message: { text: (f.fix ? `${f.message}. ${f.fix}` : f.message) + (r.path === STDIN ? ` (standard input, line ${f.line})` : '') },
      ...(artifactLocation(r.path) ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.path), region: { startLine: f.line, startColumn: f.column } } }] } : {}),
      partialFingerprints: { 'plancheckFinding/v2': prints[i] }
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plancheck', version, rules } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults
      }
    ]
  };
  return JSON.stringify(log, null, 2) + '\n';
}
