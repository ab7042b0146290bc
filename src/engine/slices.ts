import type { Nodes, Root, RootContent } from 'mdast';
import { isComment, walk } from './outline.js';
import { frontMatterValues, htmlText, isAngleText } from './rendered-text.js';

/** A stretch of rendered prose in the source, where placeholders can be left. */
export interface TextSlice {
  /** Offset of `text` in the source. */
  offset: number;
  text: string;
}

/** Destinations that make a definition a real link rather than a placeholder-shaped line. */
const URL_LIKE = /^(#|\/|\.{1,2}\/|[a-z][a-z0-9+.-]*:)|[/.]/i;

/** Whether a link reference definition points somewhere, so its label is not a placeholder. */
export function isUrlLike(url: string): boolean {
  return URL_LIKE.test(url);
}

/** Identifier -> destination of every link reference definition in a tree. */
export function collectDefinitions(root: Root): Map<string, string> {
  const defs = new Map<string, string>();
  walk(root.children, (n) => {
    if (n.type === 'definition' && !defs.has(n.identifier)) defs.set(n.identifier, n.url);
    if (n.type === 'code' || n.type === 'html') return false;
    return undefined;
  });
  return defs;
}

/**
 * The source stretches under `nodes` that a reader sees as prose: text (link text and text in
 * quotes, tables and emphasis included), placeholder-shaped definitions and references, the
 * text content of HTML (not its tags, attributes or comments) and front matter values. Code,
 * inline code, link destinations, images and footnotes are left out.
 */
export function collectTextSlices(nodes: readonly RootContent[], source: string, definitions: Map<string, string>): TextSlice[] {
  const slices: TextSlice[] = [];
  const take = (n: Nodes): void => {
    const start = n.position?.start.offset;
    const end = n.position?.end.offset;
    if (start !== undefined && end !== undefined && end > start) slices.push({ offset: start, text: source.slice(start, end) });
  };
  walk(nodes, (n) => {
    switch (n.type) {
      case 'code':
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'toml' as Nodes['type']:
        return false;
      case 'yaml': {
        const start = n.position?.start.offset;
        const end = n.position?.end.offset;
        if (start !== undefined && end !== undefined) slices.push(...frontMatterValues(source, start, end));
        return false;
      }
      case 'html': {
        const start = n.position?.start.offset;
        if (start === undefined || isComment(n.value)) return false;
        const html = htmlText(source.slice(start, n.position?.end.offset ?? start), start);
        // `<placeholder>`, `<link to test coverage>`: a value to fill in, in angle brackets.
        if (isAngleText(html)) take(n);
        else for (const run of html.runs) slices.push({ offset: run.offset, text: run.text });
        return false;
      }
      case 'text':
        take(n);
        return false;
      case 'definition':
        if (!isUrlLike(n.url)) take(n);
        return false;
      case 'linkReference': {
        const url = definitions.get(n.identifier);
        if (n.referenceType !== 'full' && (url === undefined || !isUrlLike(url))) take(n);
        return false;
      }
      default:
        return undefined;
    }
  });
  return slices;
}
