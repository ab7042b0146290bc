import type { DocumentResult, Finding } from './types.js';
/** The lowest severity that fails a document; `never`: report only, nothing fails the run. */
export type FailOn = 'error' | 'warning' | 'never';
/**
 * Whether a document with these findings is complete at the threshold. The one verdict: the
 * engine's `passed`, the comment, the job summary, the outputs and the exit status all follow it.
 * `never` judges documents as `error` does, so reports still say what needs work; only the run
 * is never failed (see {@link runFails}).
 */
export declare function passes(findings: readonly Finding[], failOn?: FailOn): boolean;
/** Whether a run fails: some document does not pass, and the threshold is not `never`. */
export declare function runFails(results: readonly DocumentResult[], failOn?: FailOn): boolean;
