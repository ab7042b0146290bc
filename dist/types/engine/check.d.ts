import { DocumentError } from './errors.js';
import { type CheckOptions } from './rules/check-context.js';
import type { TemplateModel } from './template.js';
import type { DocumentResult } from './types.js';
export type { CheckOptions } from './rules/check-context.js';
/** Checks one document's text (decoded by `decodeDocument`, so without a BOM) against a template. Never throws for any document text. */
export declare function checkDocument(template: TemplateModel, text: string, path: string, options?: CheckOptions): DocumentResult;
/** The result for a document that could not be read or parsed. */
export declare function unreadableResult(template: TemplateModel, path: string, error: DocumentError, lineCount?: number): DocumentResult;
