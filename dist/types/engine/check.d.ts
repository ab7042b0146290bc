import { DocumentError } from './errors.js';
import { type CheckOptions } from './rules/check-context.js';
import type { TemplateModel } from './template.js';
import type { DocumentResult } from './types.js';
export type { CheckOptions } from './rules/check-context.js';
/**
 * Checks one document's text (decoded by `decodeDocument`, so without a BOM) against a template.
 * Never throws for any document text, but runs in the calling thread with no time or memory
 * budget: a document made to stall the parser can hold the thread for minutes. The command line
 * and the action call it in a worker thread within `time-limit`, `memory-limit` and
 * `total-time-limit`; for untrusted text do the same (a `Worker` with `resourceLimits`, stopped
 * by a timer) or run the command line.
 */
export declare function checkDocument(template: TemplateModel, text: string, path: string, options?: CheckOptions): DocumentResult;
/** The result for a document that could not be read or parsed. */
export declare function unreadableResult(template: TemplateModel, path: string, error: DocumentError, lineCount?: number): DocumentResult;
