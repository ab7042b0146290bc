/**
 * The document's passages that are mostly the template's own guidance or example code:
 * paragraphs, table cells, HTML text, front matter values and code blocks, each compared once
 * with the template's passage index (so the cost is linear in the document).
 */
import type { Root } from 'mdast';
import type { TemplateModel } from './template.js';
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
export declare function findLeftoverPassages(template: TemplateModel, root: Root, source: string): PassageHit[];
