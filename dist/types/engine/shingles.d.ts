/**
 * Near-verbatim search for the template's own words: guidance prose and example code that an
 * author kept with light edits (brackets removed, a clause appended, a word changed, code
 * re-spaced). Passages are compared by containment of shingles (runs of consecutive words or
 * code tokens); the template's shingles are indexed once, so a document costs time linear in
 * its length whatever the size of the template.
 */
/** What a template passage is: prose to replace, or example code to replace. */
export type PassageKind = 'guidance' | 'example';
/** A passage of the template that a document should not keep. */
export interface TemplatePassage {
    kind: PassageKind;
    /** The passage as the template writes it, space collapsed, for messages. */
    text: string;
    /** The template section the passage belongs to (empty before the first heading). */
    section: string[];
}
/** A document passage found to be mostly a template passage. */
export interface NearMatch {
    passage: TemplatePassage;
    /** min(coverage, share): 1 when the passage was kept exactly, rounded to two decimals. */
    similarity: number;
    /** Share of the template passage's shingles found in the document's text. */
    coverage: number;
    /** Share of the document text's shingles that are the template passage's. */
    share: number;
}
/**
 * The words of prose, as compared: case, spacing, punctuation, brackets and braces do not
 * matter, and URLs (an author's addition, never the template's point) are dropped.
 */
export declare function proseWords(text: string): string[];
/** The tokens of code, as compared: all white space is insignificant, case is not kept. */
export declare function codeTokens(text: string): string[];
/** The template's guidance and examples, indexed by shingle for near-verbatim search. */
export declare class PassageIndex {
    private readonly passages;
    private readonly sizes;
    private readonly postings;
    private readonly exact;
    /** Number of passages indexed. */
    get size(): number;
    /** Whether any passage of a kind is indexed. */
    has(kind: PassageKind): boolean;
    /** Indexes a passage; one that says nothing comparable, or repeats an earlier one, is skipped. */
    add(passage: TemplatePassage): void;
    /**
     * The template passage a document's text mostly is, if any: most of the passage's shingles are
     * in the text, and most of the text's shingles are the passage's.
     */
    find(kind: PassageKind, text: string): NearMatch | undefined;
}
