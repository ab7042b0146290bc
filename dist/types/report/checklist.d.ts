import type { DocumentResult, Finding } from '../engine/types.js';
/** How the checklist links to documents; without it, lines are plain text. */
export interface MarkdownOptions {
    /** URL of a document, or of one of its lines. */
    linkTo?: (path: string, line?: number) => string | undefined;
    /** Shown under a document's heading: where its template came from. */
    templateLink?: (template: string) => string | undefined;
}
/** The verdict line: complete, or how many documents need work. */
export declare function renderVerdict(results: DocumentResult[]): string;
/** Documents that need work first, each group in its given order. */
export declare function failingFirst(results: DocumentResult[]): DocumentResult[];
/**
 * The checklist the PR comment shows (and `--format markdown` prints): per document, the
 * template's sections with what is missing or still placeholder first, passing ones folded.
 */
export declare function renderChecklist(results: DocumentResult[], options?: MarkdownOptions): string;
/** One document's block of the checklist. */
export declare function renderDocument(r: DocumentResult, options?: MarkdownOptions): string[];
/** One finding as a checklist line: what, where, and how to fix it. Quotes are code spans. */
export declare function describeFinding(f: Finding, r: DocumentResult, options?: MarkdownOptions): string;
/**
 * How to fix a leftover, in the placeholder's own terms: `[Goal 3]` asks for a goal, a
 * bracketed instruction asks to be done, a marker asks to be finished.
 */
export declare function placeholderHint(excerpt: string): string;
