import type { RootContent } from 'mdast';
import { type SectionMatch } from '../match.js';
import { type Outline, type OutlineHeading } from '../outline.js';
import type { TemplateModel, TemplateSection } from '../template.js';
import type { Requirement } from '../template-reading.js';
import { type LineIndex } from '../text-utils.js';
import { type RuleId, type Severity } from '../types.js';
/** What a check may be told beyond the template; every field has a default. */
export interface CheckOptions {
    /** Severity per rule, or `off`. */
    severities?: Partial<Record<RuleId, Severity | 'off'>>;
    /** Literal markers of unwritten text, matched as whole words (default {@link DEFAULT_MARKERS}). */
    markers?: string[];
    /** Further patterns of unwritten text, matched within a line on a linear-time engine (RE2): no back-references or lookaround. */
    patterns?: RegExp[];
    /** Extra sections to treat as optional, given as heading paths (`A > B`) or names. */
    optional?: string[];
    /** Sections whose checklists must be fully ticked, as paths or names. */
    checklists?: string[];
    /** Sections where a bare "None" or "N/A" stays an error: a reason is required there. */
    requireReason?: string[];
    /** Front matter field and values that mark a draft; a draft's leftovers are warnings. */
    draft?: {
        field: string;
        values: string[];
    };
    /** The lowest severity that fails a document (see `passes`); default `error`. */
    failOn?: 'error' | 'warning' | 'never';
}
/** How a matched section answers that it does not apply: bare (`N/A`) or with a reason. */
export type NotApplicable = 'bare' | 'reasoned';
/** A matched section's body, read once for every rule that looks at it. */
export interface SectionBody {
    section: TemplateSection;
    heading: OutlineHeading;
    /** Its own body and the subsections the template does not have. */
    content: RootContent[];
    /** Its text, spaces collapsed (the first few hundred characters). */
    said: string;
    notApplicable?: NotApplicable;
}
/** Guidance prose or example code from the template, found verbatim in the document. */
export interface TemplateTextHit {
    kind: 'guidance' | 'example code';
    /** The template section the text comes from. */
    from: string[];
    start: number;
    end: number;
    line: number;
    column: number;
    excerpt: string;
    /** 1 when left as it is; lower when lightly edited (see `PassageIndex`). */
    similarity: number;
}
/**
 * Everything a rule may read about one document. Built in named steps: the parse and the
 * section match, then the pre-passes other rules depend on ({@link SectionBody.notApplicable},
 * {@link CheckContext.templateText}); rules only read it, so their order does not matter.
 */
export interface CheckContext {
    readonly template: TemplateModel;
    readonly text: string;
    readonly lines: LineIndex;
    readonly outline: Outline;
    readonly match: SectionMatch;
    /** Link reference definitions by label, for text inside references. */
    readonly definitions: Map<string, string>;
    readonly options: CheckOptions;
    readonly draft: boolean;
    /** Pre-pass: matched sections (document order, then repeats) with their bodies and answers. */
    readonly bodies: SectionBody[];
    /** Pre-pass: template text left verbatim, in document order; placeholders inside it are not reported again. */
    readonly templateText: TemplateTextHit[];
    /** Whether a section, or one above it, is optional (by the template or the configuration). */
    isOptional(t: TemplateSection): boolean;
    /** Whether a section above this one is answered "not applicable". */
    ancestorNotApplicable(t: TemplateSection): boolean;
    /**
     * The condition that leaves a section for a later stage than the document's ("must be completed
     * when targeting beta" in a document at the template's first stage), found on the section or
     * one above it; undefined when the section is due now.
     */
    laterStage(t: TemplateSection): Requirement | undefined;
    /** The template path of the section enclosing a source offset. */
    sectionAt(offset: number): string[] | undefined;
}
/** Whether a section is named by one of `names`: a full path `A > B` or its own heading. */
export declare function namedIn(section: TemplateSection, names: string[] | undefined): boolean;
/** Builds the context of one parsed document: match, then the pre-passes. */
export declare function buildContext(template: TemplateModel, text: string, outline: Outline, lines: LineIndex, options: CheckOptions): CheckContext;
/** Resolved markers: the configured ones, else {@link DEFAULT_MARKERS}. */
export declare function markersOf(options: CheckOptions): string[];
