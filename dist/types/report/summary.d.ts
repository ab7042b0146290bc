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
export declare function summarize(results: DocumentResult[]): RunSummary;
/** `3 errors, 1 warning` (counts that are zero are left out). */
export declare function describeCounts(findings: Finding[], severities?: Severity[]): string;
