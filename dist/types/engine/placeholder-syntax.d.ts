/**
 * Placeholder syntaxes other than `[square brackets]`: `{curly}` (MADR, CometBFT) and
 * `<angle>` (front matter values of EIP-style templates). A template shows which it uses; a
 * document is only searched for the syntaxes its template uses, and only the template's own
 * placeholders count, so real braces in a document (`{citationkey}`, code) are left alone.
 */
import type { BracketSpan } from './text-utils.js';
/** The placeholder syntaxes plancheck reads from a template. */
export type PlaceholderSyntax = 'square' | 'curly' | 'angle' | 'letters';
/**
 * Finds `{text}` spans on single lines holding a letter and no further braces: `{TITLE}`,
 * `{title of option 1}`. One pass, no backtracking.
 */
export declare function findCurlySpans(source: string): BracketSpan[];
/** Finds `<text with a space or a letter>` spans on single lines, as in `title: <The title>`. */
export declare function findAngleSpans(source: string): BracketSpan[];
/** How a placeholder of a syntax is written around its inner text. */
export declare function wrap(syntax: PlaceholderSyntax, inner: string): string;
