import type { DocumentError } from '../errors.js';
import type { Finding } from '../types.js';
/** unreadable-document: raised before any other rule, when the document cannot be read or parsed. */
export declare const unreadableDocument: import("./rule.js").Rule<"unreadable-document">;
/** The one finding of a document that could not be read; `data.unreadable.reason` is the cause alone. */
export declare function unreadableFinding(error: DocumentError, lineCount: number): Finding;
