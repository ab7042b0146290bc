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
export const OPTIONAL_PHRASES: readonly RegExp[] = [
  /\bth(?:is|e) (?:section|subsection|element|part|question) is (?:entirely )?optional\b/i,
  /\bthis is an optional (?:section|subsection)\b/i,
  /^optional\b\s*[,.:;!–—-]/i,
  /\b(?:omit|remove|delete|skip) this (?:section|subsection|element|part)\b/i,
  /\bth(?:is|e) (?:section|subsection|element|part) (?:can|may) be (?:omitted|removed|deleted|left out|skipped|left empty|left blank)\b/i
];

/**
 * Sentences that make the section they stand in apply only in some cases: the template asks
 * for it when something holds that a checker cannot see (a release stage, a kind of proposal).
 * The first sentence of a section's guidance that opens with "If ..., " counts too.
 */
export const CONDITIONAL_PHRASES: readonly RegExp[] = [
  /\bth(?:is|e) (?:section|subsection|element|part|question) is optional (?:for|when|if|unless|until)\b/i,
  /\b(?:must|should|needs? to|has to) be (?:completed|filled(?: in| out)?|answered|written) (?:when|before|once|prior to|if|after)\b/i,
  /\bdoes not need to be (?:filled(?: in| out)?|completed|written|answered)\b/i,
  /\bonly (?:required|needed|necessary) (?:for|when|if)\b/i,
  /\bnot (?:required|needed) (?:until|unless|before)\b/i,
  /\b(?:for|when|once|after) [^,.;]{1,40}, th(?:is|e) (?:section|question)s? (?:is|are) (?:required|mandatory)\b/i,
  // Written from someone else's input: there is something to write only once they gave it.
  /^based on (?:the )?(?:reviewers?|maintainers?|editors?|approvers?)['’]? (?:feedback|comments|review)\b/i
];

/**
 * Sentences that leave a section's layout to the author ("There is no fixed format for this
 * section"): the author's own headings in its place answer it.
 */
export const FREE_FORM_PHRASES: readonly RegExp[] = [/\bno (?:fixed|set|prescribed|particular|required) (?:format|structure|layout)\b/i];

/**
 * The stage a condition names: `beta` in "must be completed when targeting beta to a release",
 * "For beta, this section is required", "Not required until feature graduated to beta".
 */
const STAGE_PHRASES: readonly RegExp[] = [
  /\bwhen targeting ([\p{L}][\p{L}\p{N}-]*)/iu,
  /\b(?:for|at) ([\p{L}][\p{L}\p{N}-]*), th(?:is|e) (?:section|question)s? (?:is|are) (?:required|mandatory)\b/iu,
  /\buntil (?:the )?(?:feature |proposal |it )?(?:is )?(?:graduated|graduates|promoted|moves|moved) to ([\p{L}][\p{L}\p{N}-]*)/iu
];
/** Words after "targeting" that name no stage ("when targeting a release"). */
const NOT_STAGES = new Set(['a', 'an', 'the', 'any', 'this', 'that', 'release', 'releases', 'it']);

/** The stage a conditional sentence names, lower case, or undefined when it names none. */
export function stageOf(sentence: string): string | undefined {
  const plain = sentence.replace(/\s+/g, ' ').replace(/[*_`]/g, '');
  for (const p of STAGE_PHRASES) {
    const m = p.exec(plain);
    if (m && !NOT_STAGES.has(m[1].toLowerCase())) return m[1].toLowerCase();
  }
  return undefined;
}

/** The opening "If ..., " of a section's first guidance sentence: a conditional section. */
const OPENING_CONDITION = /^if\b[^.?!:]{3,120},|^if (?:applicable|relevant|needed|necessary)\b/i;

/** Sentences that ask for the text beside them to stay as the template writes it. */
export const KEEP_PHRASES: readonly RegExp[] = [
  /\bdo not (?:remove|delete|change|edit|alter)\b/i,
  /\b(?:must|should) (?:stay|remain|be kept|not be removed)\b/i,
  /\bkeep (?:this|these|the following) (?:text|line|paragraph|sentence|notice)\b/i
];

/** Sentences that say the text beside them is a stand-in a draft may keep: a filler, not guidance. */
export const FILLER_PHRASES: readonly RegExp[] = [/\b(?:the )?(?:current )?placeholder is acceptable for a draft\b/i];

/**
 * Sentences that leave a field or section for someone other than the author: a number assigned
 * on merge, a review manager filled in by the maintainers, "leave this empty". A placeholder
 * whose own words or line say so, and a section whose guidance says so, are not demanded.
 */
export const LEFT_FOR_OTHERS_PHRASES: readonly RegExp[] = [
  /\b(?:will be |is |are |to be )?(?:assigned|filled in|filled out|set|added|given|chosen|completed|written) by (?:the |an? )?(?:editors?|review managers?|maintainers?|reviewers?|leads?|committee|bots?|core team|rfc editors?|shepherds?|approvers?)\b/i,
  /\bleave (?:this|it|that)(?: (?:section|field|line|value))? (?:blank|empty|as it is|as is|unchanged)\b/i,
  /\b(?:assigned|filled in|set|added) (?:on|at|when|after|upon) (?:merge|merging|acceptance|approval)\b/i,
  /^(?:to be|will be) (?:assigned|allocated)\b/i
];

/** A comment that speaks to plancheck: `<!-- plancheck: optional -->`, `keep` or `required`. */
const DIRECTIVE = /^<!--\s*plancheck:\s*(optional|required|keep)\s*-->$/i;

/** The directive an HTML comment carries, if it is one. */
export function directiveOf(html: string): 'optional' | 'required' | 'keep' | undefined {
  const m = DIRECTIVE.exec(html.trim());
  return m ? (m[1].toLowerCase() as 'optional' | 'required' | 'keep') : undefined;
}

/** A comment's text without its `<!--` and `-->`. */
export function commentText(html: string): string {
  return html.trim().replace(/^<!--/, '').replace(/-->$/, '');
}

/** Where in a text one of the phrases matches, searched sentence by sentence. */
export interface PhraseHit {
  /** Offset of the sentence in the text. */
  offset: number;
  sentence: string;
}

/** Splits prose into sentences (and lines), with their offsets. */
function sentences(text: string): Array<{ offset: number; text: string }> {
  const out: Array<{ offset: number; text: string }> = [];
  const re = /(?:[^.!?]|[.!?](?=\S))+(?:[.!?]+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m[0].trim();
    if (s !== '') out.push({ offset: m.index + lead, text: s });
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** The first sentence of `text` that one of `phrases` matches. */
export function findPhrase(text: string, phrases: readonly RegExp[]): PhraseHit | undefined {
  for (const s of sentences(text)) {
    // Markdown emphasis and list marks do not change what a sentence says.
    const plain = s.text.replace(/\s+/g, ' ').replace(/^[-*+>\s]+/, '').replace(/[*_`]/g, '');
    if (phrases.some((p) => p.test(plain))) return { offset: s.offset, sentence: s.text };
  }
  return undefined;
}

/** Whether the opening sentence of a section's guidance makes the section conditional. */
export function opensWithCondition(text: string): PhraseHit | undefined {
  const first = sentences(text)[0];
  if (!first) return undefined;
  const plain = first.text.replace(/\s+/g, ' ').replace(/^[-*+>\s]+/, '').replace(/[*_`]/g, '');
  return OPENING_CONDITION.test(plain) ? { offset: first.offset, sentence: first.text } : undefined;
}
