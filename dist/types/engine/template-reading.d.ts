/**
 * How a template's own words say what its sections demand: the phrasings that make a section
 * optional or conditional, that ask for text to stay, that leave a field to someone else, and
 * the `<!-- plancheck: ... -->` comments a template owner writes to say it outright.
 *
 * The phrase lists are deliberately short and literal: a section is only taken for optional
 * when the template says so about the section itself, never because a sentence merely mentions
 * the word. Everything here runs in time linear in its input.
 */
/** Why a section is optional (or required): what `plancheck explain` shows. */
export interface Requirement {
    /** `heading`: `(Optional)` in the heading; `sentence`/`comment`: the template's guidance; `directive`: `<!-- plancheck: optional -->`; `configuration`: the `optional` setting. */
    source: 'heading' | 'sentence' | 'comment' | 'directive' | 'configuration';
    /** The section applies only in some cases ("must be completed when targeting beta"). */
    conditional: boolean;
    /** 1-based line in the template. */
    line: number;
    /** The words that said it. */
    text: string;
    /**
     * For a conditional section, the stage its condition names ("when targeting beta" -> `beta`),
     * when it names one; see {@link stageOf}.
     */
    stage?: string;
    /** The template leaves the section or field for someone other than the author (an editor, a review manager). */
    leftForOthers?: boolean;
}
/**
 * Sentences that make the section they stand in optional. Each names the section (or element)
 * itself, so a sentence about something else ("delete the rest") does not count.
 */
export declare const OPTIONAL_PHRASES: readonly RegExp[];
/**
 * Sentences that make the section they stand in apply only in some cases: the template asks
 * for it when something holds that a checker cannot see (a release stage, a kind of proposal).
 * The first sentence of a section's guidance that opens with "If ..., " counts too.
 */
export declare const CONDITIONAL_PHRASES: readonly RegExp[];
/**
 * Sentences that leave a section's layout to the author ("There is no fixed format for this
 * section"): the author's own headings in its place answer it.
 */
export declare const FREE_FORM_PHRASES: readonly RegExp[];
/** The stage a conditional sentence names, lower case, or undefined when it names none. */
export declare function stageOf(sentence: string): string | undefined;
/** Sentences that ask for the text beside them to stay as the template writes it. */
export declare const KEEP_PHRASES: readonly RegExp[];
/** Sentences that say the text beside them is a stand-in a draft may keep: a filler, not guidance. */
export declare const FILLER_PHRASES: readonly RegExp[];
/**
 * Sentences that leave a field or section for someone other than the author: a number assigned
 * on merge, a review manager filled in by the maintainers, "leave this empty". A placeholder
 * whose own words or line say so, and a section whose guidance says so, are not demanded.
 */
export declare const LEFT_FOR_OTHERS_PHRASES: readonly RegExp[];
/** The directive an HTML comment carries, if it is one. */
export declare function directiveOf(html: string): 'optional' | 'required' | 'keep' | undefined;
/** A comment's text without its `<!--` and `-->`. */
export declare function commentText(html: string): string;
/** Where in a text one of the phrases matches, searched sentence by sentence. */
export interface PhraseHit {
    /** Offset of the sentence in the text. */
    offset: number;
    sentence: string;
}
/** The first sentence of `text` that one of `phrases` matches. */
export declare function findPhrase(text: string, phrases: readonly RegExp[]): PhraseHit | undefined;
/** Whether the opening sentence of a section's guidance makes the section conditional. */
export declare function opensWithCondition(text: string): PhraseHit | undefined;
