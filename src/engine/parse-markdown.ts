import type { Root, RootContent, Nodes } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { remarkPlan } from './remark-plan.js';
import { DocumentError } from './errors.js';

/**
 * Deepest nesting of block quotes and lists that is parsed. The parser's time grows with the
 * square of the depth and its recursion overflows the stack a few thousand levels down; no
 * planning document needs a hundred.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * Large documents are parsed in pieces of about this size, cut where no block can span the cut:
 * the parser's list handling costs time quadratic in the size of one parse. Pieces of 8 KB
 * parse Kubernetes KEPs (long tables of contents, many HTML comments) in about half the time
 * that 32 KB pieces take; smaller pieces gain nothing more.
 */
const CHUNK_TARGET = 8 * 1024;

const processors: { tables?: Processor<Root>; plain?: Processor<Root> } = {};

/**
 * A line that could be a GFM table's delimiter row: it ends in a run of only `|`, `:`, `-` and
 * spaces holding a `-` and a `|` or `:` (whatever container prefix comes before). Without one
 * there is no table, and the table extension only costs time.
 */
const DELIMITER_ROW = /[|:][ \t|:-]*-[ \t|:-]*$|-[ \t|:-]*[|:][ \t|:-]*$/m;

/** The frozen processor for a text, with the table extension only when it may hold a table. */
function getProcessor(text: string): Processor<Root> {
  const tables = DELIMITER_ROW.test(text);
  const key = tables ? 'tables' : 'plain';
  processors[key] ??= unified().use(remarkParse).use(remarkPlan, { tables }).use(remarkFrontmatter, ['yaml', 'toml']).freeze() as unknown as Processor<Root>;
  return processors[key];
}

/** Parses Markdown with front matter and the GFM a plan uses; the result's positions index `text`. */
export function parseMarkdown(text: string): Root {
  const starts = scanStructure(text);
  if (starts.length === 1) return getProcessor(text).parse(text);
  const chunks = starts.map((from, i) => text.slice(from, i + 1 < starts.length ? starts[i + 1] : text.length));
  // A reference resolves against definitions anywhere in the document, but each chunk's parse
  // sees only its own: a chunk that names a label defined in another is parsed with those
  // definitions set before it, and they are dropped from the result. Which labels other chunks
  // define is first read from the lines that look like definitions, so that a chunk is parsed
  // once; a chunk whose guess the parses then prove wrong is parsed again with the right ones.
  const guessed = chunks.map(guessLabels);
  const anyGuessed = union(guessed);
  const parsed = chunks.map((chunk, i) => parseWith(chunk, foreignDefinitions(chunk, guessed[i], anyGuessed)));
  const labels = parsed.map((p) => definedLabels([...p.before, ...p.after]));
  const anyDefined = union(labels);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  let lineBase = 0;
  for (let i = 0; i < chunks.length; i++) {
    const from = starts[i];
    const chunk = chunks[i];
    const preamble = foreignDefinitions(chunk, labels[i], anyDefined);
    const part = sameLabels(preamble, parsed[i].preamble) ? parsed[i] : parseWith(chunk, preamble);
    shiftPositions(part.before, lineBase, from);
    shiftPositions(part.after, lineBase - part.preamble.lines, from - part.preamble.text.length);
    root.children.push(...part.before, ...part.after);
    lineBase += countNewlines(chunk);
  }
  const last = root.children[root.children.length - 1];
  if (last?.position && root.position) root.position.end = { ...last.position.end };
  return root;
}

/** Identifiers of the link and footnote definitions in one chunk. */
interface Labels {
  links: Set<string>;
  notes: Set<string>;
}

function definedLabels(nodes: readonly Nodes[]): Labels {
  const labels: Labels = { links: new Set(), notes: new Set() };
  const stack: Nodes[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'definition') labels.links.add(node.identifier);
    else if (node.type === 'footnoteDefinition') labels.notes.add(node.identifier);
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return labels;
}

/** A bracketed stretch that could be a link label or footnote label (a superset of them). */
const BRACKETED = /\[(\^?)((?:[^[\]\\]|\\[\s\S]){1,999})\]/g;

/** Definition lines set before a chunk: their text, how many lines, and which labels. */
interface Preamble {
  text: string;
  lines: number;
  keys: Set<string>;
}

/** A chunk parsed with a preamble: its nodes before and after the preamble's, positions within the chunk. */
interface ParsedChunk {
  preamble: Preamble;
  before: RootContent[];
  after: RootContent[];
}

/**
 * Parses a chunk with the preamble's lines set after its front matter (which must stay first)
 * or at its start, and drops the nodes they give.
 */
function parseWith(chunk: string, preamble: Preamble): ParsedChunk {
  if (preamble.text === '') {
    return { preamble, before: [], after: getProcessor(chunk).parse(chunk).children };
  }
  const at = frontMatterEnd(chunk);
  const children = getProcessor(chunk).parse(chunk.slice(0, at) + preamble.text + chunk.slice(at)).children;
  const before = children.filter((n) => (n.position?.start.offset ?? 0) < at);
  const after = children.filter((n) => (n.position?.start.offset ?? 0) >= at + preamble.text.length);
  return { preamble, before, after };
}

/** Where a chunk's front matter ends (0 when it has none): the offset after its closing line. */
function frontMatterEnd(chunk: string): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(chunk);
  if (!open) return 0;
  // Line by line at line feeds: a pattern's `$` would also end a line at U+2028, which Markdown does not.
  for (let at = open[0].length; at < chunk.length; ) {
    const end = lineEndAfter(chunk, at);
    const line = chunk.slice(at, end).replace(/\r?\n$/, '');
    if (line.startsWith(open[1]) && /^[ \t]*$/.test(line.slice(3))) return end;
    at = end;
  }
  return 0;
}

function sameLabels(a: Preamble, b: Preamble): boolean {
  return a.keys.size === b.keys.size && [...a.keys].every((k) => b.keys.has(k));
}

/**
 * A line that may be a link or footnote definition, after any block quote and list markers
 * (group 1: those markers). A guess, checked against the parse: a wrong one costs a second
 * parse, never a wrong tree.
 */
const DEFINITION_LINE = /^([ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*)\[(\^?)((?:[^[\]\\\n]|\\.){1,999})\]:/;
/** A line after which no paragraph is open: blank (but for block quote markers), an ATX heading or a code fence. */
const ENDS_PARAGRAPH = /^[ \t>\r]*$|^ {0,3}(?:#{1,6}(?:[ \t\r]|$)|`{3,}|~{3,})/;

/**
 * The labels a chunk's lines look like they define, before it is parsed. A footnote definition
 * may follow any line; a link definition cannot interrupt a paragraph, so it counts after a
 * line that ends one, after another definition, or as a list item's first line.
 */
function guessLabels(chunk: string): Labels {
  const labels: Labels = { links: new Set(), notes: new Set() };
  let open = false;
  for (const line of chunk.split('\n')) {
    const m = DEFINITION_LINE.exec(line);
    if (m && (m[2] === '^' || !open || /[-*+\d]/.test(m[1]))) {
      (m[2] === '^' ? labels.notes : labels.links).add(normalizeIdentifier(m[3]).toLowerCase());
      open = false;
    } else open = !ENDS_PARAGRAPH.test(line);
  }
  return labels;
}

/** The labels any of the chunks define. */
function union(labels: Labels[]): Labels {
  const all: Labels = { links: new Set(), notes: new Set() };
  for (const l of labels) {
    for (const id of l.links) all.links.add(id);
    for (const id of l.notes) all.notes.add(id);
  }
  return all;
}

/**
 * Definition lines for the labels a chunk names but only other chunks define (`own` are the
 * chunk's own, `all` those of every chunk; no text when there are none). Destinations do not
 * matter: the lines only make the labels known, and the nodes they give are dropped.
 */
function foreignDefinitions(chunk: string, own: Labels, all: Labels): Preamble {
  let lines = '';
  const keys = new Set<string>();
  const seen = new Set<string>();
  const want = (note: boolean, label: string): void => {
    const id = normalizeIdentifier(label).toLowerCase();
    const key = (note ? 'note:' : 'link:') + id;
    if (seen.has(key) || (note ? own.notes : own.links).has(id)) return;
    seen.add(key);
    if (!(note ? all.notes : all.links).has(id)) return;
    keys.add(key);
    // The label as this chunk writes it, which gives the same identifier by definition; the
    // identifier itself would not always: it is trimmed ("foo\ " is "foo\", an escaped "]"),
    // case-folded (longer than a label may be), or starts with "^" (a footnote's).
    lines += `[${note ? '^' : ''}${label}]: #\n`;
  };
  for (const m of chunk.matchAll(BRACKETED)) {
    // A label broken over lines inside a block quote reads without the quote's markers; any
    // whitespace compares as one space, and a line break could end up inside a container.
    const label = m[2].replace(/\n[ \t]*(?:>[ \t]?)*/g, ' ').replace(/\s+/g, ' ');
    want(m[1] === '^', label);
    // "[^foo]" is a link to a definition of "^foo" when no footnote is named "foo".
    if (m[1] === '^') want(false, ` ^${label}`);
  }
  return lines === '' ? { text: '', lines: 0, keys } : { text: lines + '\n', lines: keys.size + 1, keys };
}

/** The offset just after the line break that ends the line holding `offset`. */
function lineEndAfter(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function countNewlines(text: string): number {
  let n = 0;
  let at = text.indexOf('\n');
  while (at !== -1) {
    n++;
    at = text.indexOf('\n', at + 1);
  }
  return n;
}

function shiftPositions(nodes: readonly Nodes[], lines: number, offset: number): void {
  const stack: Nodes[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    const pos = node.position;
    if (pos) {
      pos.start.line += lines;
      pos.end.line += lines;
      if (pos.start.offset !== undefined) pos.start.offset += offset;
      if (pos.end.offset !== undefined) pos.end.offset += offset;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HTML_BLOCK_ENDS: Array<[RegExp, string]> = [
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, '</'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
  [/^ {0,3}<![A-Za-z]/, '>']
];

/**
 * One pass over the lines: refuses nesting past {@link MAX_NESTING_DEPTH} and returns the
 * offsets where parsing may start afresh (always including 0). A cut is made only before a line
 * at column 0 that starts an ATX heading, or a paragraph after a blank line, outside fenced
 * code, HTML blocks and front matter: nothing open before such a line survives it.
 */
function scanStructure(text: string): number[] {
  const starts = [0];
  let lastStart = 0;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: string | undefined;
  let previousBlank = true;
  let lineNo = 0;
  let pos = 0;
  if (/^(---|\+\+\+)\s*\r?\n/.test(text)) fence = { char: text[0], length: 3 };
  while (pos < text.length) {
    lineNo++;
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const lineEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const depth = estimateNesting(text, pos, lineEnd);
    if (depth > MAX_NESTING_DEPTH && !fence) {
      throw new DocumentError(`nesting deeper than ${MAX_NESTING_DEPTH} levels of lists or block quotes at line ${lineNo}`, lineNo);
    }
    // Only the head of a line decides what it opens or closes; long lines are not copied whole.
    const head = text.slice(pos, Math.min(lineEnd, pos + 64));
    const blank = head.trim() === '' && lineEnd - pos <= 64 ? text.slice(pos, lineEnd).trim() === '' : false;
    if (fence) {
      const close = fence.char === '-' || fence.char === '+' ? new RegExp(`^\\${fence.char}{3}\\s*$`) : null;
      const line = text.slice(pos, lineEnd);
      if (close ? close.test(line) : closesFence(line, fence)) fence = undefined;
    } else if (htmlEnd) {
      if (text.slice(pos, lineEnd).includes(htmlEnd)) htmlEnd = undefined;
    } else {
      if (pos - lastStart >= CHUNK_TARGET && pos > 0 && isSafeCut(head, previousBlank)) {
        starts.push(pos);
        lastStart = pos;
      }
      const open = FENCE_OPEN.exec(head);
      if (open && !(open[1][0] === '`' && text.slice(pos + open[0].length, lineEnd).includes('`'))) {
        fence = { char: open[1][0], length: open[1].length };
      } else {
        for (const [start, close] of HTML_BLOCK_ENDS) {
          if (start.test(head)) {
            const rest = text.slice(pos, lineEnd);
            if (!rest.slice(head.match(start)?.[0].length ?? 0).includes(close)) htmlEnd = close;
            break;
          }
        }
      }
    }
    previousBlank = blank;
    pos = end + 1;
  }
  return starts;
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return m !== null && m[1][0] === fence.char && m[1].length >= fence.length;
}

function isSafeCut(head: string, previousBlank: boolean): boolean {
  if (/^#{1,6}(\s|$)/.test(head)) return true;
  return previousBlank && /^[\p{L}]/u.test(head);
}

/**
 * An upper estimate of how many lists and block quotes a line sits in, read from its prefix
 * alone: each `>` and list marker opens one, and list items nest every two columns.
 */
function estimateNesting(text: string, from: number, to: number): number {
  let quotes = 0;
  let markers = 0;
  let columns = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      columns++;
      i++;
    } else if (c === 0x09) {
      columns += 4;
      i++;
    } else if (c === 0x3e /* > */) {
      quotes++;
      i++;
    } else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (i + 1 >= to || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
      markers++;
      i++;
    } else if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < to && j - i < 10 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const d = text.charCodeAt(j);
      if ((d === 0x2e || d === 0x29) && (j + 1 >= to || text.charCodeAt(j + 1) === 0x20)) {
        markers++;
        i = j + 1;
      } else break;
    } else break;
  }
  if (quotes + markers === 0) return 0;
  return quotes + markers + Math.floor(columns / 2);
}
