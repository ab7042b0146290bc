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
 * Words per prose shingle (pairs, so that one changed word in a short sentence costs two of its
 * shingles, not three) and tokens per code shingle.
 */
const SHINGLE_SIZE: Record<PassageKind, number> = { guidance: 2, example: 3 };
/** Most of the template passage must be there... */
const MIN_COVERAGE = 0.6;
/** ...and it must be most of what the author wrote, so an answer quoting a few words is not one. */
const MIN_SHARE = 0.5;

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+/giu;
const WORD = /[\p{L}\p{N}]+/gu;
/** Code tokens: identifiers and numbers, and each other non-space character on its own. */
const CODE_TOKEN = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The words of prose, as compared: case, spacing, punctuation, brackets and braces do not
 * matter, and URLs (an author's addition, never the template's point) are dropped.
 */
export function proseWords(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  // Most prose holds no URL: the search for one is skipped where neither of its marks is.
  const plain = lower.includes('://') || lower.includes('www.') ? lower.replace(URL_IN_TEXT, ' ') : lower;
  return plain.match(WORD) ?? [];
}

/** The tokens of code, as compared: all white space is insignificant, case is not kept. */
export function codeTokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(CODE_TOKEN) ?? [];
}

/**
 * The distinct shingles of a token list. A list shorter than a shingle is one shingle; in code,
 * shingles of punctuation alone (`} ] ;`, tree-drawing characters) say nothing and are left out.
 */
function shinglesOf(tokens: string[], size: number, code: boolean): Set<string> {
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length <= size) {
    if (!code || tokens.some((t) => HAS_WORD.test(t))) out.add(tokens.join('\u0001'));
    return out;
  }
  // Each token tested once, not once per window it falls in.
  const wordy = code ? tokens.map((t) => HAS_WORD.test(t)) : undefined;
  for (let i = 0; i + size <= tokens.length; i++) {
    if (wordy && !wordy.slice(i, i + size).includes(true)) continue;
    let shingle = tokens[i];
    for (let k = 1; k < size; k++) shingle += '\u0001' + tokens[i + k];
    out.add(shingle);
  }
  return out;
}

function shinglesFor(kind: PassageKind, text: string): Set<string> {
  return kind === 'example' ? shinglesOf(codeTokens(text), SHINGLE_SIZE.example, true) : shinglesOf(proseWords(text), SHINGLE_SIZE.guidance, false);
}

/** The template's guidance and examples, indexed by shingle for near-verbatim search. */
export class PassageIndex {
  private readonly passages: TemplatePassage[] = [];
  private readonly sizes: number[] = [];
  private readonly postings: Record<PassageKind, Map<string, number[]>> = { guidance: new Map(), example: new Map() };
  private readonly exact: Record<PassageKind, Set<string>> = { guidance: new Set(), example: new Set() };

  /** Number of passages indexed. */
  get size(): number {
    return this.passages.length;
  }

  /** Whether any passage of a kind is indexed. */
  has(kind: PassageKind): boolean {
    return this.exact[kind].size > 0;
  }

  /** Indexes a passage; one that says nothing comparable, or repeats an earlier one, is skipped. */
  add(passage: TemplatePassage): void {
    const shingles = shinglesFor(passage.kind, passage.text);
    if (shingles.size === 0) return;
    const signature = [...shingles].sort().join('\u0002');
    if (this.exact[passage.kind].has(signature)) return;
    this.exact[passage.kind].add(signature);
    const id = this.passages.length;
    this.passages.push(passage);
    this.sizes.push(shingles.size);
    const postings = this.postings[passage.kind];
    for (const s of shingles) {
      const list = postings.get(s);
      if (list) list.push(id);
      else postings.set(s, [id]);
    }
  }

  /**
   * The template passage a document's text mostly is, if any: most of the passage's shingles are
   * in the text, and most of the text's shingles are the passage's.
   */
  find(kind: PassageKind, text: string): NearMatch | undefined {
    const postings = this.postings[kind];
    if (postings.size === 0) return undefined;
    const shingles = shinglesFor(kind, text);
    if (shingles.size === 0) return undefined;
    const hits = new Map<number, number>();
    for (const s of shingles) {
      const list = postings.get(s);
      if (list) for (const id of list) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    let best: NearMatch | undefined;
    for (const [id, n] of hits) {
      const coverage = n / this.sizes[id];
      const share = n / shingles.size;
      if (coverage < MIN_COVERAGE || share < MIN_SHARE) continue;
      const similarity = Math.round(Math.min(coverage, share) * 100) / 100;
      if (!best || similarity > best.similarity) best = { passage: this.passages[id], similarity, coverage, share };
    }
    return best;
  }
}
