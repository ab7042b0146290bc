import type { Root, RootContent, Nodes, Heading as MdHeading } from 'mdast';
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
export declare function buildOutline(root: Root): Outline;
/** The text of a node as it reads, without markup; iterative, so depth cannot overflow. */
export declare function plainText(node: Nodes): string;
/** Whether an HTML node is only comments (which render nothing). */
export declare function isComment(value: string): boolean;
/** Calls `visit` on every node under `nodes`, parents before children, without recursion. */
export declare function walk(nodes: readonly RootContent[], visit: (node: Nodes) => boolean | void): void;
