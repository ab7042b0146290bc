/**
 * Text helpers shared by the template model and the checker. Everything here runs in time
 * linear in its input: it is applied to untrusted document text.
 */

const OPTIONAL_MARKER = /[([]\s*optional\s*[)\]]/giu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Whether a heading's text carries the KEP-style `(Optional)` (or older `[optional]`) marker. */
export function hasOptionalMarker(text: string): boolean {
  OPTIONAL_MARKER.lastIndex = 0;
  return OPTIONAL_MARKER.test(text);
}

/**
 * Reduces a heading to the words that identify it, so that `2.3 Goals & Non-Goals 🎯`,
 * `goals and non goals` and `Goals and Non-Goals (Optional)` compare equal.
 */
export function normalizeHeading(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(OPTIONAL_MARKER, ' ')
    .replace(/&/g, ' and ')
    .replace(NON_WORD, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  // Leading section numbers (`1.`, `2.3`, `IV.` is left alone: it is also a word).
  let start = 0;
  while (start < words.length - 1 && /^\d+$/.test(words[start])) start++;
  return words.slice(start).join(' ');
}

/** Replaces every run of digits with `#`, so that `Goal 1` and `Goal 4` share a key. */
export function generalizeNumbers(key: string): string {
  return key.replace(/\d+/g, '#');
}

/** Collapses white space for verbatim comparisons of prose and code. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Key of a placeholder's inner text: case, spacing and numbers do not matter. */
export function placeholderKey(inner: string): string {
  return generalizeNumbers(collapseSpace(inner.replace(/\\/g, '')).toLowerCase());
}

/** A bracketed span found in a line of source. */
export interface BracketSpan {
  /** Offset of `[` in the scanned string. */
  start: number;
  /** Offset just past `]`. */
  end: number;
  inner: string;
}

/** Longest bracketed text taken for a placeholder; longer spans are prose in brackets. */
const MAX_PLACEHOLDER_LENGTH = 300;

/**
 * Finds `[text]` spans on single lines that are neither links (`[a](b)`, `[a][b]`) nor task
 * boxes (`[ ]`, `[x]`) nor footnotes (`[^1]`). One pass, no backtracking.
 */
export function findBracketSpans(source: string): BracketSpan[] {
  const spans: BracketSpan[] = [];
  let open = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5b /* [ */) {
      // The innermost bracket wins; an escaped one still reads as a bracket to a person.
      open = i;
    } else if (c === 0x0a /* \n */) {
      open = -1;
    } else if (c === 0x5d /* ] */ && open !== -1) {
      const innerRaw = source.slice(open + 1, i);
      const inner = innerRaw.endsWith('\\') ? innerRaw.slice(0, -1) : innerRaw;
      const next = source.charCodeAt(i + 1);
      const isLink = next === 0x28 /* ( */ || next === 0x5b; /* [ */
      const trimmed = inner.trim();
      const isTaskBox = trimmed === '' || trimmed === 'x' || trimmed === 'X';
      const isFootnote = trimmed.startsWith('^');
      if (!isLink && !isTaskBox && !isFootnote && inner.length <= MAX_PLACEHOLDER_LENGTH && /[\p{L}\p{N}]/u.test(inner)) {
        spans.push({ start: open, end: i + 1, inner: trimmed });
      }
      open = -1;
    }
  }
  return spans;
}

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. Banded, so it costs
 * O(limit * length) and is safe on long headings.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    cur.fill(limit + 1);
    cur[0] = i;
    let best = limit + 1;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (from > 1) cur[from - 1] = limit + 1;
    if (best > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], limit + 1);
}

/** How far apart two heading keys may be and still be taken for a typo of each other. */
export function typoLimit(key: string): number {
  if (key.length < 5) return 0;
  if (key.length <= 10) return 1;
  if (key.length <= 24) return 2;
  return 3;
}

/** Maps offsets to 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[];
  constructor(text: string) {
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    this.starts = starts;
  }
  /** Number of lines, counting a last line without a newline. */
  get lineCount(): number {
    return this.starts.length;
  }
  /** 1-based line and column of an offset. */
  locate(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

/** Shortens untrusted text for a message, on a character boundary. */
export function truncate(text: string, max = 80): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9 };

/**
 * The number a word stands for when it numbers something: `3`, `c`, `iii`, `three`. `i`, `v`
 * and `x` are read as Roman numerals, the other single letters as A=1, B=2...
 */
export function ordinalValue(word: string): number | undefined {
  if (/^\d{1,4}$/.test(word)) return Number(word);
  const roman = ROMAN.exec(word);
  if (roman && word !== '') return roman[1].length * 10 + (ROMAN_VALUE[roman[2]] ?? 0);
  if (/^[a-z]$/.test(word)) return word.charCodeAt(0) - 0x60;
  const n = NUMBER_WORDS.indexOf(word);
  return n === -1 ? undefined : n + 1;
}

/** Words authors use for one of several numbered choices. */
const CHOICE_WORDS = new Set(['alternative', 'option']);

/**
 * A heading key numbered the author's way, read the template's way: with the template's
 * `alternative 1`, `option b redis` and `alternative ii redis` read as `alternative 2 redis`.
 * Keys that do not start with the template's label (or a word for a choice, when the label is
 * one) followed by a number are returned as they are.
 */
export function renumberKey(key: string, templateKey: string): string {
  const m = /^(.*?) ?(\d+)$/.exec(templateKey);
  if (!m) return key;
  const label = m[1];
  const words = key.split(' ');
  const labelWords = label === '' ? [] : label.split(' ');
  let at: number;
  if (labelWords.length > 0 && labelWords.every((w, i) => words[i] === w)) at = labelWords.length;
  else if (labelWords.length === 1 && CHOICE_WORDS.has(label) && CHOICE_WORDS.has(words[0])) at = 1;
  else return key;
  const value = at < words.length ? ordinalValue(words[at]) : undefined;
  if (value === undefined) return key;
  return [label, String(value), ...words.slice(at + 1)].filter((w) => w !== '').join(' ');
}
