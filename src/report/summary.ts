import type { DocumentResult, Finding, Severity } from '../engine/types.js';

/** Counts over a whole run, as the JSON report and the action's outputs give them. */
export interface RunSummary {
  documents: number;
  passed: number;
  failed: number;
  errors: number;
  warnings: number;
  notices: number;
}

/** Adds up a run's results. */
export function summarize(results: DocumentResult[]): RunSummary {
  const s: RunSummary = { documents: results.length, passed: 0, failed: 0, errors: 0, warnings: 0, notices: 0 };
  for (const r of results) {
    if (r.passed) s.passed++;
    else s.failed++;
    for (const f of r.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.notices++;
    }
  }
  return s;
}

/** `3 errors, 1 warning` (counts that are zero are left out). */
export function describeCounts(findings: Finding[], severities: Severity[] = ['error', 'warning']): string {
  const parts: string[] = [];
  for (const sev of severities) {
    const n = findings.filter((f) => f.severity === sev).length;
    if (n === 0) continue;
    const word = sev === 'info' ? 'notice' : sev;
    parts.push(`${n} ${word}${n === 1 ? '' : 's'}`);
  }
  return parts.join(', ');
}
