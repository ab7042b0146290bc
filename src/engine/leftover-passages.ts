/**
 * The document's passages that are mostly the template's own guidance or example code:
 * paragraphs, table cells, HTML text, front matter values and code blocks, each compared once
 * with the template's passage index (so the cost is linear in the document).
 */
import type { Nodes, Root } from 'mdast';
import { isComment, plainText, walk } from './outline.js';
import { frontMatterValues, htmlText } from './rendered-text.js';
import type { PassageKind } from './shingles.js';
import type { TemplateModel } from './template.js';
import { collapseSpace, findBracketSpans, placeholderKey } from './text-utils.js';

/** A passage of the document that is mostly the template's. */
export interface PassageHit {
  kind: 'guidance' | 'example code';
  /** The template section the passage comes from (empty: before the template's first heading). */
  from: string[];
  /** Source range of the document's passage. */
  start: number;
  end: number;
  /** The document's passage, spaces collapsed. */
  excerpt: string;
  /** 1 when kept exactly (after normalising case, spacing, punctuation and brackets). */
  similarity: number;
}

/** Finds, in document order, the passages of `root` that are mostly the template's. */
export function findLeftoverPassages(template: TemplateModel, root: Root, source: string): PassageHit[] {
  const hits: PassageHit[] = [];
  const { passages } = template;
  if (passages.size === 0) return hits;
  const prose = passages.has('guidance');
  const code = passages.has('example');
  const check = (kind: PassageKind, text: string, start: number | undefined, end: number | undefined): void => {
    if (start === undefined || end === undefined || end <= start) return;
    const m = passages.find(kind, text);
    if (!m) return;
    // A passage still holding the template's placeholder is reported as that placeholder.
    if (kind === 'guidance' && findBracketSpans(source.slice(start, end)).some((s) => template.placeholders.has(placeholderKey(s.inner)))) return;
    hits.push({ kind: kind === 'example' ? 'example code' : 'guidance', from: m.passage.section, start, end, excerpt: collapseSpace(text), similarity: m.similarity });
  };
  const at = (n: Nodes): [number | undefined, number | undefined] => [n.position?.start.offset, n.position?.end.offset];
  walk(root.children, (n) => {
    switch (n.type) {
      case 'paragraph':
        if (prose) check('guidance', plainText(n), ...at(n));
        return false;
      case 'tableCell':
        if (prose) check('guidance', plainText(n), ...at(n));
        return false;
      case 'code':
        if (code) check('example', n.value, ...at(n));
        return false;
      case 'html': {
        const [start, end] = at(n);
        if (!prose || start === undefined || isComment(n.value)) return false;
        const runs = htmlText(n.value, start).runs;
        if (runs.length > 0) {
          const last = runs[runs.length - 1];
          check('guidance', runs.map((r) => r.text).join(' '), runs[0].offset, Math.min(end ?? Infinity, last.offset + last.text.length));
        }
        return false;
      }
      case 'yaml': {
        const [start, end] = at(n);
        if (prose && start !== undefined && end !== undefined) for (const v of frontMatterValues(source, start, end)) check('guidance', v.text, v.offset, v.offset + v.text.length);
        return false;
      }
      case 'heading':
      case 'definition':
        return false;
      default:
        return undefined;
    }
  });
  return hits;
}
