import type { DocumentResult, Severity } from '../engine/types.js';
import { escapeTerminal } from './sanitize.js';
import { describeCounts, summarize } from './summary.js';

const COLORS: Record<Severity | 'ok' | 'dim', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  info: ['\u001b[36m', '\u001b[39m'],
  ok: ['\u001b[32m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m']
};

/**
 * The report for people: grouped by document, coloured only when `color` is set. `unchecked`
 * counts files that could not be read at all, so the verdict never reads complete without them.
 */
export function formatText(results: DocumentResult[], color = false, unchecked = 0): string {
  const paint = (kind: keyof typeof COLORS, s: string): string => (color ? COLORS[kind][0] + s + COLORS[kind][1] : s);
  const out: string[] = [];
  for (const r of results) {
    const counts = describeCounts(r.findings, ['error', 'warning', 'info']);
    const verdict = r.passed ? paint('ok', 'complete') : paint('error', 'incomplete');
    out.push(`${escapeTerminal(r.path)}: ${verdict}${counts ? ` (${counts})` : ''}${r.draft ? ' [draft]' : ''}`);
    for (const f of r.findings) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      const sev = paint(f.severity, f.severity.padEnd(7));
      out.push(`  ${where} ${sev} ${escapeTerminal(f.message)}  ${paint('dim', f.rule)}`);
      if (f.fix && f.severity !== 'info') out.push(`${' '.repeat(19)}${paint('dim', '→ ' + escapeTerminal(f.fix))}`);
    }
    out.push('');
  }
  const s = summarize(results);
  const docs = `${s.documents} document${s.documents === 1 ? '' : 's'}`;
  const counts = ` (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'})`;
  if (unchecked > 0) {
    const lost = `✗ ${unchecked} file${unchecked === 1 ? '' : 's'} could not be checked`;
    if (results.length === 0) out.push(paint('error', lost));
    else out.push(paint('error', lost) + (s.failed === 0 ? `; ${docs} checked, all complete` : `; ${s.failed} of ${docs} incomplete${counts}`));
  } else out.push(s.failed === 0 ? paint('ok', `✓ ${docs} checked, all complete`) : paint('error', `✗ ${s.failed} of ${docs} incomplete`) + counts);
  return out.join('\n') + '\n';
}
