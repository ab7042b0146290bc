import { type Outline, type OutlineHeading } from './outline.js';
import { type TemplateModel, type TemplateSection } from './template-model.js';
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
    /**
     * Missing sections answered without a heading of their own, and where that answer starts:
     * untitled prose under the document's title, before its first section, standing where the
     * template puts a missing section (`preamble`); link definitions that close the document,
     * for a missing list of references (`links`); a paragraph labelled with the section's name
     * (`Decision: ...` for `Decision Outcome`), in the place the template puts it (`label`); a
     * list of options written with the choice among them under the section that follows (`choice`).
     */
    unheaded: Array<{
        section: TemplateSection;
        line: number;
        column: number;
        kind: 'preamble' | 'links' | 'label' | 'choice';
    }>;
}
/** Whether a heading is the one a template section asks for, allowing for a filled-in pattern. */
export declare function headingMatches(t: TemplateSection, h: OutlineHeading): boolean;
/**
 * Pairs template sections with document headings: first by exact heading within the parent's
 * span (so a `Goals` under `Motivation` is the one taken), then anywhere, then by typo distance.
 * Further headings in a numbered group (`Alternative 3`) are repeats of the group.
 */
export declare function matchSections(template: TemplateModel, outline: Outline): SectionMatch;
/**
 * The labels that name a section in a paragraph of its own: its heading (`Decision Outcome:`)
 * or the first word of substance of its heading (`Decision:`), for `plancheck explain`.
 */
export declare function labelsFor(section: string): string[];
/** A heading that is wholly a placeholder (`### {title of option 1}`): it stands for the author's own heading. */
export declare function isWildcard(t: TemplateSection): boolean;
/** The heading of the nearest matched sibling before (`step` -1) or after (`step` 1) the section at `at`. */
export declare function nearestMatched(siblings: readonly TemplateSection[], at: number, bySection: ReadonlyMap<TemplateSection, OutlineHeading>, step: 1 | -1): OutlineHeading | undefined;
/** Whether every word of `inner` appears in `outer`, in order and together (plurals aside). */
export declare function containsWords(outer: string, inner: string): boolean;
/**
 * Words that name the same section in planning documents, each group a few words long on
 * purpose: an author's `## Abstract` is the template's `Summary`, `## Background` its
 * `Motivation` or `Context`, `## Proposal` its `Decision`, `## Downsides` its `Drawbacks`,
 * `## Open issues` its `Unresolved questions`, `## Detailed description` or `## Specification`
 * its `Reference-level explanation`, `## History` or `## Related work` its `Prior art`,
 * `## Long-term plans` its `Future possibilities`. An entry of two words is a phrase: both, in
 * that order (`related work`, not a `Related Material`). Words are compared after {@link stem}.
 */
export declare const SAME_SECTION_WORDS: readonly (readonly string[])[];
/** The other words that name a section with this heading ({@link SAME_SECTION_WORDS}), for `plancheck explain`. */
export declare function otherWordsFor(section: string): string[];
/** Whether a heading names a section by another word of the same group (`Abstract` for `Summary`). */
export declare function namesBySynonym(heading: string, section: string): boolean;
/**
 * The author's headings right after a section's own, at its level, that each name it by their
 * first word of substance (`### Risk: version skew` after `### Risks and Mitigations`), while
 * they stand for no template section: the section's subsections, written a level too high.
 * Empty when the next heading is anything else.
 */
export declare function subsectionsTooHigh(match: SectionMatch, outline: Outline, t: TemplateSection, h: OutlineHeading): OutlineHeading[];
