import type { Root, Nodes } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
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
 * the parser's list handling costs time quadratic in the size of one parse.
 */
const CHUNK_TARGET = 32 * 1024;

let processor: Processor<Root> | undefined;

/** The one frozen processor every parse reuses. */
function getProcessor(): Processor<Root> {
  processor ??= unified().use(remarkParse).use(remarkPlan).use(remarkFrontmatter, ['yaml', 'toml']).freeze() as unknown as Processor<Root>;
  return processor;
}

/** Parses Markdown with front matter and the GFM a plan uses; the result's positions index `text`. */
export function parseMarkdown(text: string): Root {
  const starts = scanStructure(text);
  const parser = getProcessor();
  if (starts.length === 1) return parser.parse(text);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  let lineBase = 0;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = i + 1 < starts.length ? starts[i + 1] : text.length;
    const chunk = text.slice(from, to);
    const part = parser.parse(chunk);
    shiftPositions(part, lineBase, from);
    root.children.push(...part.children);
    lineBase += countNewlines(chunk);
  }
  const last = root.children[root.children.length - 1];
  if (last?.position && root.position) root.position.end = { ...last.position.end };
  return root;
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

function shiftPositions(root: Root, lines: number, offset: number): void {
  const stack: Nodes[] = [root];
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
