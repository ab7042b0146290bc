/**
 * Text helpers shared by the template model and the checker. Everything here runs in time
 * linear in its input: it is applied to untrusted document text.
 */
/** Whether a heading's text carries the KEP-style `(Optional)` (or older `[optional]`) marker. */
export declare function hasOptionalMarker(text: string): boolean;
/**
 * Reduces a heading to the words that identify it, so that `2.3 Goals & Non-Goals 🎯`,
 * `goals and non goals` and `Goals and Non-Goals (Optional)` compare equal.
 */
export declare function normalizeHeading(text: string): string;
/** Replaces every run of digits with `#`, so that `Goal 1` and `Goal 4` share a key. */
export declare function generalizeNumbers(key: string): string;
/** Collapses white space for verbatim comparisons of prose and code. */
export declare function collapseSpace(text: string): string;
/** Key of a placeholder's inner text: case, spacing and numbers do not matter. */
export declare function placeholderKey(inner: string): string;
/** A bracketed span found in a line of source. */
export interface BracketSpan {
    /** Offset of `[` in the scanned string. */
    start: number;
    /** Offset just past `]`. */
    end: number;
    inner: string;
}
/**
 * Finds `[text]` spans on single lines that are neither links (`[a](b)`, `[a][b]`) nor task
 * boxes (`[ ]`, `[x]`) nor footnotes (`[^1]`). One pass, no backtracking.
 */
export declare function findBracketSpans(source: string): BracketSpan[];
/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. Banded, so it costs
 * O(limit * length) and is safe on long headings.
 */
export declare function boundedDistance(a: string, b: string, limit: number): number;
/** How far apart two heading keys may be and still be taken for a typo of each other. */
export declare function typoLimit(key: string): number;
/** Maps offsets to 1-based lines and columns. */
export declare class LineIndex {
    private readonly starts;
    constructor(text: string);
    /** Number of lines, counting a last line without a newline. */
    get lineCount(): number;
    /** 1-based line and column of an offset. */
    locate(offset: number): {
        line: number;
        column: number;
    };
}
/** Shortens untrusted text for a message, on a character boundary. */
export declare function truncate(text: string, max?: number): string;
/**
 * The number a word stands for when it numbers something: `3`, `c`, `iii`, `three`. `i`, `v`
 * and `x` are read as Roman numerals, the other single letters as A=1, B=2...
 */
export declare function ordinalValue(word: string): number | undefined;
/**
 * A heading key numbered the author's way, read the template's way: with the template's
 * `alternative 1`, `option b redis` and `alternative ii redis` read as `alternative 2 redis`.
 * Keys that do not start with the template's label (or a word for a choice, when the label is
 * one) followed by a number are returned as they are.
 */
export declare function renumberKey(key: string, templateKey: string): string;
