/**
 * Placeholder syntaxes other than `[square brackets]`: `{curly}` (MADR, CometBFT) and
 * `<angle>` (front matter values of EIP-style templates). A template shows which it uses; a
 * document is only searched for the syntaxes its template uses, and only the template's own
 * placeholders count, so real braces in a document (`{citationkey}`, code) are left alone.
 */
import type { BracketSpan } from './text-utils.js';

/** The placeholder syntaxes plancheck reads from a template. */
export type PlaceholderSyntax = 'square' | 'curly' | 'angle' | 'letters';

/** Longest span taken for a placeholder; longer ones are prose. */
const MAX_LENGTH = 300;

/**
 * Finds `{text}` spans on single lines holding a letter and no further braces: `{TITLE}`,
 * `{title of option 1}`. One pass, no backtracking.
 */
export function findCurlySpans(source: string): BracketSpan[] {
  return findDelimited(source, 0x7b /* { */, 0x7d /* } */);
}

/** Finds `<text with a space or a letter>` spans on single lines, as in `title: <The title>`. */
export function findAngleSpans(source: string): BracketSpan[] {
  return findDelimited(source, 0x3c /* < */, 0x3e /* > */);
}

function findDelimited(source: string, open: number, close: number): BracketSpan[] {
  const spans: BracketSpan[] = [];
  let at = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === open) at = i;
    else if (c === 0x0a) at = -1;
    else if (c === close && at !== -1) {
      const inner = source.slice(at + 1, i);
      if (inner.length <= MAX_LENGTH && /[\p{L}]/u.test(inner)) spans.push({ start: at, end: i + 1, inner: inner.trim() });
      at = -1;
    }
  }
  return spans;
}

/** How a placeholder of a syntax is written around its inner text. */
export function wrap(syntax: PlaceholderSyntax, inner: string): string {
  return syntax === 'curly' ? `{${inner}}` : syntax === 'angle' ? `<${inner}>` : syntax === 'square' ? `[${inner}]` : inner;
}
