import type { Outline, OutlineHeading } from './outline.js';
import type { TemplateModel, TemplateSection } from './template.js';
/** How a document heading came to stand for a template section. */
export type MatchKind = 'exact' | 'fuzzy' | 'repeat';
/** The correspondence between a template's sections and a document's headings. */
export interface SectionMatch {
    /** Template section -> the document heading that fills it. */
    bySection: Map<TemplateSection, OutlineHeading>;
    /** Document heading index -> the template section it stands for, and how. */
    byHeading: Array<{
        section: TemplateSection;
        kind: MatchKind;
    } | undefined>;
    /** The document's title, when it is one (see `buildOutline`). */
    docTitle: number;
    /** Most common (document depth - template depth) among exact matches. */
    depthOffset: number;
}
/** Whether a heading is the one a template section asks for, allowing for a filled-in pattern. */
export declare function headingMatches(t: TemplateSection, h: OutlineHeading): boolean;
/**
 * Pairs template sections with document headings: first by exact heading within the parent's
 * span (so a `Goals` under `Motivation` is the one taken), then anywhere, then by typo distance.
 * Further headings in a numbered group (`Alternative 3`) are repeats of the group.
 */
export declare function matchSections(template: TemplateModel, outline: Outline): SectionMatch;
/** A heading that is wholly a placeholder (`### {title of option 1}`): it stands for the author's own heading. */
export declare function isWildcard(t: TemplateSection): boolean;
