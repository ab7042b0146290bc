import type { DocumentResult, Finding, Severity } from './types.js';

/** The lowest severity that fails a document; `never`: report only, nothing fails the run. */
export type FailOn = 'error' | 'warning' | 'never';

/**
 * Whether a document with these findings is complete at the threshold. The one verdict: the
 * engine's `passed`, the comment, the job summary, the outputs and the exit status all follow it.
 * `never` judges documents as `error` does, so reports still say what needs work; only the run
 * is never failed (see {@link runFails}).
 */
export function passes(findings: readonly Finding[], failOn: FailOn = 'error'): boolean {
  const failing: readonly Severity[] = failOn === 'warning' ? ['error', 'warning'] : ['error'];
  return !findings.some((f) => failing.includes(f.severity));
}

/** Whether a run fails: some document does not pass, and the threshold is not `never`. */
export function runFails(results: readonly DocumentResult[], failOn: FailOn = 'error'): boolean {
  return failOn !== 'never' && results.some((r) => !r.passed);
}
