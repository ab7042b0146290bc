/**
 * Where text renders outside Markdown's own prose: the text content of HTML (tags, attributes,
 * comments, scripts and styles excluded) and the values of front matter fields. Both scanners
 * are single passes over their input and report each run of text at its offset in the source.
 */
import type { TextSlice } from './slices.js';
/** A run of HTML text content, with the element it sits in when that matters to a reader. */
export interface HtmlTextRun extends TextSlice {
    /** Inside a `<summary>`: a disclosure block's label, not its content. */
    summary: boolean;
}
/** What an HTML fragment shows a reader. */
export interface HtmlText {
    runs: HtmlTextRun[];
    /** Lower-case names of the elements opened in the fragment. */
    elements: Set<string>;
}
/**
 * Whether an HTML fragment is really text in angle brackets (`<placeholder>`, `<link to test
 * coverage>`): it opens elements, none of them one a plan writes, and shows no text of its own.
 */
export declare function isAngleText(html: HtmlText): boolean;
/**
 * The text content of an HTML fragment, as runs at their offsets (plus `base`). Runs that are
 * only white space are left out; character references are kept as written.
 */
export declare function htmlText(html: string, base?: number): HtmlText;
/**
 * The values of a YAML front matter block, one slice per line, at their offsets in `source`.
 * `start` is the offset of the block's opening `---`. Keys, list dashes, quotes around a value
 * and trailing `# comments` are left out: they are not what the author was asked to write.
 */
export declare function frontMatterValues(source: string, start: number, end: number): TextSlice[];
