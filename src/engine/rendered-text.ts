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

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** Elements a plan writes as HTML; a "tag" of another name is text in angle brackets. */
const HTML_ELEMENTS = new Set(
  'a abbr b blockquote br caption center cite code col colgroup dd del details div dl dt em figcaption figure font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q s samp script source small span strike strong style sub summary sup table tbody td tfoot th thead tr tt u ul var video'.split(' ')
);

/**
 * Whether an HTML fragment is really text in angle brackets (`<placeholder>`, `<link to test
 * coverage>`): it opens elements, none of them one a plan writes, and shows no text of its own.
 */
export function isAngleText(html: HtmlText): boolean {
  if (html.elements.size === 0 || html.runs.length > 0) return false;
  for (const e of html.elements) if (HTML_ELEMENTS.has(e)) return false;
  return true;
}

/**
 * The text content of an HTML fragment, as runs at their offsets (plus `base`). Runs that are
 * only white space are left out; character references are kept as written.
 */
export function htmlText(html: string, base = 0): HtmlText {
  const runs: HtmlTextRun[] = [];
  const elements = new Set<string>();
  let lower: string | undefined;
  let summary = 0;
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart !== -1 && end > runStart) {
      const text = html.slice(runStart, end);
      if (text.trim() !== '') runs.push({ offset: base + runStart, text, summary: summary > 0 });
    }
    runStart = -1;
  };
  let i = 0;
  while (i < html.length) {
    if (html.charCodeAt(i) !== 0x3c /* < */) {
      if (runStart === -1) runStart = i;
      i++;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      flush(i);
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html.charCodeAt(i + 1);
    const isTag = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x2f /* / */ || next === 0x21 /* ! */ || next === 0x3f; /* ? */
    if (!isTag) {
      if (runStart === -1) runStart = i;
      i++;
      continue;
    }
    flush(i);
    // The tag runs to the first `>` outside a quoted attribute value.
    let j = i + 1;
    let quote = 0;
    while (j < html.length) {
      const c = html.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e) break;
      j++;
    }
    const closing = next === 0x2f;
    const nameMatch = /^[A-Za-z][A-Za-z0-9-]*/.exec(html.slice(closing ? i + 2 : i + 1, Math.min(j, i + 40)));
    const name = nameMatch ? nameMatch[0].toLowerCase() : '';
    i = j + 1;
    if (name === '') continue;
    if (closing) {
      if (name === 'summary' && summary > 0) summary--;
      continue;
    }
    elements.add(name);
    if (name === 'summary') summary++;
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, i);
      i = end === -1 ? html.length : end;
    }
  }
  flush(html.length);
  return { runs, elements };
}

/**
 * The values of a YAML front matter block, one slice per line, at their offsets in `source`.
 * `start` is the offset of the block's opening `---`. Keys, list dashes, quotes around a value
 * and trailing `# comments` are left out: they are not what the author was asked to write.
 */
export function frontMatterValues(source: string, start: number, end: number): TextSlice[] {
  const slices: TextSlice[] = [];
  const firstBreak = source.indexOf('\n', start);
  if (firstBreak === -1 || firstBreak >= end) return slices;
  let pos = firstBreak + 1;
  while (pos < end) {
    let lineEnd = source.indexOf('\n', pos);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const line = source.slice(pos, lineEnd);
    const value = fieldValue(line);
    if (value) slices.push({ offset: pos + value.at, text: value.text });
    pos = lineEnd + 1;
  }
  return slices;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

function fieldValue(line: string): { at: number; text: string } | undefined {
  let p = 0;
  while (p < line.length && isSpace(line.charCodeAt(p))) p++;
  if (line.startsWith('---', p) || line.charCodeAt(p) === 0x23 /* # */) return undefined;
  if (line.charCodeAt(p) === 0x2d /* - */ && (p + 1 === line.length || isSpace(line.charCodeAt(p + 1)))) {
    p++;
    while (p < line.length && isSpace(line.charCodeAt(p))) p++;
  }
  const colon = line.indexOf(':', p);
  const quoted = line.charCodeAt(p) === 0x22 || line.charCodeAt(p) === 0x27;
  if (!quoted && colon !== -1 && (colon + 1 === line.length || isSpace(line.charCodeAt(colon + 1)))) {
    p = colon + 1;
    while (p < line.length && isSpace(line.charCodeAt(p))) p++;
  }
  let end = line.length;
  const comment = line.slice(p).search(/\s#/);
  if (comment !== -1) end = p + comment;
  while (end > p && isSpace(line.charCodeAt(end - 1))) end--;
  const first = line.charCodeAt(p);
  if ((first === 0x22 || first === 0x27) && end - p >= 2 && line.charCodeAt(end - 1) === first) {
    p++;
    end--;
  }
  const text = line.slice(p, end);
  if (text === '' || text === '|' || text === '>' || text === '|-' || text === '>-') return undefined;
  return { at: p, text };
}
