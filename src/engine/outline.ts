import type { Root, RootContent, Nodes, Heading as MdHeading } from 'mdast';
import { normalizeHeading, hasOptionalMarker } from './text-utils.js';

/** A top-level heading of a parsed Markdown file, with the section it opens. */
export interface OutlineHeading {
  index: number;
  depth: number;
  /** The heading's text as a reader sees it (inline code included, markup dropped). */
  text: string;
  key: string;
  optional: boolean;
  line: number;
  column: number;
  node: MdHeading;
  /** Index of the enclosing heading, or -1. */
  parent: number;
  /** Index just past the last heading nested under this one. */
  end: number;
  /** Range of `root.children` between this heading and the next heading of any depth. */
  bodyStart: number;
  bodyEnd: number;
}

/** A parsed file's headings, in document order. Headings inside lists or quotes are content. */
export interface Outline {
  root: Root;
  headings: OutlineHeading[];
  /** Index of the heading taken for the title (see {@link findTitle}), or -1. */
  title: number;
}

/** Lists the top-level headings of `root` and how they nest. */
export function buildOutline(root: Root): Outline {
  const headings: OutlineHeading[] = [];
  const children = root.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type !== 'heading') continue;
    const text = plainText(node);
    headings.push({
      index: headings.length,
      depth: node.depth,
      text,
      key: normalizeHeading(text),
      optional: hasOptionalMarker(text),
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      node,
      parent: -1,
      end: 0,
      bodyStart: i + 1,
      bodyEnd: children.length
    });
    if (headings.length > 1) headings[headings.length - 2].bodyEnd = i;
  }
  const stack: number[] = [];
  for (const h of headings) {
    while (stack.length > 0 && headings[stack[stack.length - 1]].depth >= h.depth) {
      headings[stack.pop() as number].end = h.index;
    }
    h.parent = stack.length > 0 ? stack[stack.length - 1] : -1;
    stack.push(h.index);
  }
  for (const i of stack) headings[i].end = headings.length;
  return { root, headings, title: findTitle(headings) };
}

/**
 * The heading that titles the whole file: the first one, when every other heading is deeper.
 * A title is matched to the other file's title whatever it says.
 */
function findTitle(headings: OutlineHeading[]): number {
  if (headings.length < 2) return -1;
  const first = headings[0];
  for (let i = 1; i < headings.length; i++) if (headings[i].depth <= first.depth) return -1;
  return 0;
}

/** The text of a node as it reads, without markup; iterative, so depth cannot overflow. */
export function plainText(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    else if (n.type === 'break') parts.push(' ');
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return parts.join('');
}

/** Whether an HTML node is only comments (which render nothing). */
export function isComment(value: string): boolean {
  const v = value.trim();
  return v.startsWith('<!--') && (v.endsWith('-->') || !v.includes('-->'));
}

/** Calls `visit` on every node under `nodes`, parents before children, without recursion. */
export function walk(nodes: readonly RootContent[], visit: (node: Nodes) => boolean | void): void {
  const stack: Nodes[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (visit(n) === false) continue;
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
}
