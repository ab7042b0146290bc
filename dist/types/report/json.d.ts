import type { DocumentResult, Finding } from '../engine/types.js';
import { type RunSummary } from './summary.js';
/** One finding in the JSON report: a contract other tools rely on. */
export type JsonFinding = Pick<Finding, 'rule' | 'severity' | 'section' | 'line' | 'column' | 'message' | 'fix' | 'data'>;
/** The JSON report: `{documents: [...], summary: {...}}`. Fields are only ever added. */
export interface JsonReport {
    documents: Array<{
        path: string;
        template: string;
        passed: boolean;
        draft: boolean;
        findings: JsonFinding[];
    }>;
    summary: RunSummary & {
        passed_all: boolean;
    };
}
/** Builds the JSON report for a run. */
export declare function buildJsonReport(results: DocumentResult[]): JsonReport;
/** The JSON report as text, with a trailing newline. */
export declare function formatJson(results: DocumentResult[]): string;
