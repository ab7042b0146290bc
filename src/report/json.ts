import type { DocumentResult, Finding } from '../engine/types.js';
import { summarize, type RunSummary } from './summary.js';

/** One finding in the JSON report: a contract other tools rely on. */
export type JsonFinding = Pick<Finding, 'rule' | 'severity' | 'section' | 'line' | 'column' | 'message' | 'fix' | 'data'>;

/** The JSON report: `{documents: [...], summary: {...}}`. Fields are only ever added. */
export interface JsonReport {
  documents: Array<{ path: string; template: string; passed: boolean; draft: boolean; findings: JsonFinding[] }>;
  summary: RunSummary & { passed_all: boolean };
}

/** Builds the JSON report for a run. */
export function buildJsonReport(results: DocumentResult[]): JsonReport {
  const summary = summarize(results);
  return {
    documents: results.map((r) => ({
      path: r.path,
      template: r.template,
      passed: r.passed,
      draft: r.draft,
      findings: r.findings.map((f) => {
        const out: JsonFinding = { rule: f.rule, severity: f.severity, section: f.section, line: f.line, column: f.column, message: f.message };
        if (f.fix) out.fix = f.fix;
        if (f.data) out.data = f.data;
        return out;
      })
    })),
    summary: { ...summary, passed_all: summary.failed === 0 }
  };
}

/** The JSON report as text, with a trailing newline. */
export function formatJson(results: DocumentResult[]): string {
  return JSON.stringify(buildJsonReport(results), null, 2) + '\n';
}
