import type { Root } from 'mdast';
/**
 * Deepest nesting of block quotes and lists that is parsed. The parser's time grows with the
 * square of the depth and its recursion overflows the stack a few thousand levels down; no
 * planning document needs a hundred.
 */
export declare const MAX_NESTING_DEPTH = 100;
/** Parses Markdown with front matter and the GFM a plan uses; the result's positions index `text`. */
export declare function parseMarkdown(text: string): Root;
