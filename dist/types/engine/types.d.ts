import type { RuleId } from './rules/registry.js';
export type { RuleId } from './rules/registry.js';
/** Markers that mean "not written yet" in any document. */
export declare const DEFAULT_MARKERS: string[];
/** How much a finding matters; `error` fails a document. */
export type Severity = 'error' | 'warning' | 'info';
/** The severities from the most to the least serious. */
export declare const SEVERITIES: readonly Severity[];
/** Why a finding is a warning where its rule would give an error. */
export type DemotionCause = 'draft' | 'optional' | 'bare-answer' | 'in-sentence' | 'later-stage' | 'answered-prompt' | 'single-item';
/** What a finding is about, as data: reports render from it, never by parsing `message`. */
export interface FindingData {
    /** The rule gives an error, lowered to a warning: in a draft, because the section is optional, for a bare "None" answer, a marker inside a sentence, a question the template asks only at a later stage, or a question of the template kept above the author's answer. */
    demoted?: {
        from: 'error';
        cause: DemotionCause;
    };
    /** missing-section: how many required subsections are missing with it, and where it belongs. */
    missing?: {
        subsections: number;
        /** The heading level it should have. */
        level: number;
        /** The template path of the section it goes under, when it is not at the top. */
        parent?: string[];
        /** The heading of the sibling section it goes after, when there is one. */
        after?: string;
    };
    /** placeholder: the leftover text, as written (untrusted). */
    placeholder?: {
        text: string;
    };
    /**
     * template-text: how much of the document's passage is the template's (1: left as it is,
     * after normalising case, spacing, punctuation and brackets), and the template section it
     * comes from.
     */
    templateText?: {
        kind: 'guidance' | 'example code';
        similarity: number;
        from: string[];
    };
    /** empty-section: why a body that shows something says nothing (`only '...'`, `a table with no rows`). */
    empty?: {
        reason: string;
    };
    /** unreadable-document: why the document cannot be checked. */
    unreadable?: {
        reason: string;
    };
    /** plan-required: the changed files that need a plan (the first few; `total` counts all) and where one would go. */
    plan?: {
        changed: string[];
        total: number;
        suggestion: string;
    };
}
/** One thing wrong with a document, at a 1-based line and column of that document. */
export interface Finding {
    rule: RuleId;
    severity: Severity;
    /** The template's heading path, in the template's own words; empty for the document as a whole. */
    section: string[];
    line: number;
    column: number;
    message: string;
    /** What to do about it, in a sentence; shown in the PR comment. */
    fix?: string;
    /** The leftover text a placeholder or template-text finding is about, unescaped and untrusted. */
    excerpt?: string;
    /** The finding's facts, typed. */
    data?: FindingData;
}
/** A template section as it appears in the report's checklist. */
export interface SectionStatus {
    section: string[];
    depth: number;
    optional: boolean;
    /** The 1-based line of the matching heading in the document, when there is one. */
    line?: number;
    /** The document's own heading, when it is not the template's (a pattern, a rename); untrusted. */
    heading?: string;
    /** `ok` when the section has no finding of error or warning severity. */
    state: 'ok' | 'missing' | 'incomplete' | 'warning' | 'optional-missing';
}
/** The result of checking one document. */
export interface DocumentResult {
    path: string;
    template: string;
    passed: boolean;
    findings: Finding[];
    sections: SectionStatus[];
    /** True when the document declares itself a draft (see the `draft` configuration). */
    draft: boolean;
    /** Lines in the document, so that reports can keep every line they cite inside it. */
    lineCount: number;
}
