import type { Root, RootContent } from 'mdast';
/** A stretch of rendered prose in the source, where placeholders can be left. */
export interface TextSlice {
    /** Offset of `text` in the source. */
    offset: number;
    text: string;
}
/** Whether a link reference definition points somewhere, so its label is not a placeholder. */
export declare function isUrlLike(url: string): boolean;
/** Identifier -> destination of every link reference definition in a tree. */
export declare function collectDefinitions(root: Root): Map<string, string>;
/**
 * The source stretches under `nodes` that a reader sees as prose: text (link text and text in
 * quotes, tables and emphasis included), placeholder-shaped definitions and references, the
 * text content of HTML (not its tags, attributes or comments) and front matter values. Code,
 * inline code, link destinations, images and footnotes are left out.
 */
export declare function collectTextSlices(nodes: readonly RootContent[], source: string, definitions: Map<string, string>): TextSlice[];
