import type { DocumentError } from '../errors.js';
import type { Finding } from '../types.js';
import { defineRule } from './rule.js';

/** unreadable-document: raised before any other rule, when the document cannot be read or parsed. */
export const unreadableDocument = defineRule({
  id: 'unreadable-document',
  description: 'The document cannot be read or parsed (binary, not UTF-8, too large, too deeply nested, or too complex to check within the time or memory limit).',
  severity: 'error',
  leftover: false,
  priority: 0
});

/** The one finding of a document that could not be read; `data.unreadable.reason` is the cause alone. */
export function unreadableFinding(error: DocumentError, lineCount: number): Finding {
  return {
    rule: unreadableDocument.id,
    severity: 'error',
    section: [],
    line: Math.max(1, Math.min(error.line, lineCount)),
    column: error.column,
    message: `cannot check this document: ${error.message}`,
    data: { unreadable: { reason: error.message } }
  };
}
