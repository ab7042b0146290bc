import type { RootContent } from 'mdast';
import { isComment, plainText, walk, type Outline, type OutlineHeading } from './outline.js';
import { siblingsOf, type TemplateModel, type TemplateSection } from './template-model.js';
import { boundedDistance, generalizeNumbers, normalizeHeading, renumberKey, typoLimit } from './text-utils.js';

/** How a document heading came to stand for a template section. */
export type MatchKind = 'exact' | 'fuzzy' | 'repeat';

/** The correspondence between a template's sections and a document's headings. */
export interface SectionMatch {
  /** Template section -> the document heading that fills it. */
  bySection: Map<TemplateSection, OutlineHeading>;
  /** Document heading index -> the template section it stands for, and how. */
  byHeading: Array<{ section: TemplateSection; kind: MatchKind } | undefined>;
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
  unheaded: Array<{ section: TemplateSection; line: number; column: number; kind: 'preamble' | 'links' | 'label' | 'choice' }>;
}

/** Whether `short` is `long` with words left out, keeping at least one word of substance. */
function isShortenedName(short: string, long: string): boolean {
  if (short === '' || short.length >= long.length) return false;
  const have = new Set(long.split(' ').map(stem));
  const words = short.split(' ');
  return words.every((w) => have.has(stem(w))) && words.some((w) => w.length >= 4);
}

/** Whether a heading is the one a template section asks for, allowing for a filled-in pattern. */
export function headingMatches(t: TemplateSection, h: OutlineHeading): boolean {
  if (t.aliases.includes(h.key)) return true;
  if (t.isPattern) {
    if (t.key === '') return false;
    // `Option B: Redis` stands for the template's `Alternative 2: [Name]`.
    const key = renumberKey(h.key, t.key);
    return key === t.key || key.startsWith(t.key + ' ');
  }
  return h.key === t.key;
}

/**
 * Pairs template sections with document headings: first by exact heading within the parent's
 * span (so a `Goals` under `Motivation` is the one taken), then anywhere, then by typo distance.
 * Further headings in a numbered group (`Alternative 3`) are repeats of the group.
 */
export function matchSections(template: TemplateModel, outline: Outline): SectionMatch {
  const headings = outline.headings;
  const used = new Uint8Array(headings.length);
  const bySection = new Map<TemplateSection, OutlineHeading>();
  const byHeading: SectionMatch['byHeading'] = new Array(headings.length);

  let docTitle = outline.title;
  if (docTitle >= 0 && template.roots.some((t) => headingMatches(t, headings[docTitle]))) docTitle = -1;
  if (docTitle >= 0) used[docTitle] = 1;
  if (docTitle >= 0 && template.title) {
    bySection.set(template.title, headings[docTitle]);
    byHeading[docTitle] = { section: template.title, kind: 'exact' };
  }

  const assign = (t: TemplateSection, h: OutlineHeading, kind: MatchKind): void => {
    used[h.index] = 1;
    bySection.set(t, h);
    byHeading[h.index] = { section: t, kind };
  };

  const find = (t: TemplateSection, from: number, to: number, after: number): OutlineHeading | undefined => {
    for (let i = Math.max(after, from); i < to; i++) if (!used[i] && headingMatches(t, headings[i])) return headings[i];
    for (let i = from; i < Math.min(after, to); i++) if (!used[i] && headingMatches(t, headings[i])) return headings[i];
    return undefined;
  };

  const matchLevel = (sections: TemplateSection[], from: number, to: number): void => {
    let after = from;
    for (const t of sections) {
      if (bySection.has(t)) continue;
      const h = find(t, from, to, after);
      if (!h) continue;
      assign(t, h, 'exact');
      after = h.end;
      matchLevel(t.children, h.index + 1, h.end);
    }
  };

  matchLevel(template.roots, 0, headings.length);
  // Sections moved out of their parent, or whose parent is missing.
  for (const t of template.sections) {
    if (bySection.has(t)) continue;
    const h = find(t, 0, headings.length, 0);
    if (!h) continue;
    assign(t, h, 'exact');
    matchLevel(t.children, h.index + 1, h.end);
  }
  // Typos: the closest unused heading within the parent's span. A shortened name that fits
  // several missing sections (`Explanation`) waits until the renamed sections are placed.
  const matchTypos = (ambiguous: boolean): void => {
    for (const t of template.sections) {
      if (bySection.has(t) || t.isPattern) continue;
      const limit = typoLimit(t.key);
      const parent = t.parent ? bySection.get(t.parent) : undefined;
      const from = parent ? parent.index + 1 : 0;
      const to = parent ? parent.end : headings.length;
      let best: OutlineHeading | undefined;
      let bestDistance = limit + 1;
      for (let i = from; limit > 0 && i < to; i++) {
        if (used[i]) continue;
        const d = boundedDistance(t.key, headings[i].key, limit);
        if (d < bestDistance) {
          best = headings[i];
          bestDistance = d;
        }
      }
      // A shortened name (`Alternatives` for `Rationale and alternatives`), among siblings only.
      if (!best) {
        const siblings = siblingsOf(template, t);
        for (let i = from; i < to; i++) {
          if (used[i] || (parent ? headings[i].parent !== parent.index : headings[i].parent !== outline.title && headings[i].parent !== -1)) continue;
          if (!isShortenedName(headings[i].key, t.key)) continue;
          if (!ambiguous && siblings.some((o) => o !== t && !bySection.has(o) && !o.isPattern && isShortenedName(headings[i].key, o.key))) continue;
          best = headings[i];
          break;
        }
      }
      if (best) {
        assign(t, best, 'fuzzy');
        matchLevel(t.children, best.index + 1, best.end);
      }
    }
  };
  matchTypos(false);
  matchWildcards(template, outline, bySection, used, assign);
  matchInPlace(template, outline, bySection, used, assign);
  matchTypos(true);
  // Repeats of numbered groups: `Alternative 3: ...` when the template shows two.
  const groups = template.sections.filter((t) => t.groupKey.includes('#'));
  if (groups.length > 0) {
    for (const h of headings) {
      if (used[h.index]) continue;
      for (const t of groups) {
        const general = generalizeNumbers(renumberKey(h.key, t.key));
        const key = generalizeNumbers(t.key);
        if (general === key || (t.isPattern && general.startsWith(key + ' '))) {
          byHeading[h.index] = { section: t, kind: 'repeat' };
          used[h.index] = 1;
          break;
        }
      }
    }
  }

  // Further subsections beside a wildcard heading (`### {title of option 1}`): one per option.
  for (const t of [...template.sections].reverse()) {
    if (!isWildcard(t) || !bySection.has(t)) continue;
    const h = bySection.get(t) as OutlineHeading;
    for (let i = h.parent + 1; i < headings.length && (h.parent < 0 || i < headings[h.parent].end); i++) {
      const other = headings[i];
      if (used[i] || other.parent !== h.parent || other.depth !== h.depth) continue;
      byHeading[i] = { section: t, kind: 'repeat' };
      used[i] = 1;
    }
  }

  const offsets = new Map<number, number>();
  for (const [t, h] of bySection) {
    if (t === template.title || byHeading[h.index]?.kind !== 'exact') continue;
    const d = h.depth - t.depth;
    offsets.set(d, (offsets.get(d) ?? 0) + 1);
  }
  let depthOffset = 0;
  let most = 0;
  for (const [d, n] of offsets) if (n > most || (n === most && Math.abs(d) < Math.abs(depthOffset))) [depthOffset, most] = [d, n];

  const unheaded: SectionMatch['unheaded'] = [];
  const preamble = matchPreamble(template, outline, bySection, docTitle);
  if (preamble) unheaded.push({ ...preamble, kind: 'preamble' });
  const links = matchTrailingLinks(template, outline, bySection);
  if (links && links.section !== preamble?.section) unheaded.push({ ...links, kind: 'links' });
  for (const label of matchLabels(template, outline, bySection)) if (!unheaded.some((u) => u.section === label.section)) unheaded.push({ ...label, kind: 'label' });
  for (const choice of matchChoices(template, outline, bySection)) if (!unheaded.some((u) => u.section === choice.section)) unheaded.push({ ...choice, kind: 'choice' });
  return { bySection, byHeading, docTitle, depthOffset, unheaded };
}

/** Fewest words of a paragraph that make untitled prose an answer rather than a note. */
const PREAMBLE_WORDS = 8;

/**
 * Untitled prose before the first section: when the document's first heading at the top level
 * (under its title) is matched to a template section and the section the template puts right
 * before it is missing, a paragraph of prose between the title and that heading answers it. Not
 * for a checklist section, nor when the template writes text of its own under its title (the
 * prose may answer that).
 */
function matchPreamble(template: TemplateModel, outline: Outline, bySection: Map<TemplateSection, OutlineHeading>, docTitle: number): { section: TemplateSection; line: number; column: number } | undefined {
  const headings = outline.headings;
  const first = headings.find((h) => h.index !== docTitle && (h.parent === -1 || h.parent === docTitle));
  if (!first) return undefined;
  const k = template.roots.findIndex((t) => bySection.get(t) === first);
  const t = k > 0 ? template.roots[k - 1] : undefined;
  if (!t || bySection.has(t) || t.isPattern || t.checklist || !t.expectsContent) return undefined;
  const titlePath = template.title?.path.join('\n');
  if (titlePath !== undefined && [...template.guidance.values()].some((p) => p.join('\n') === titlePath)) return undefined;
  const children = outline.root.children;
  for (let i = docTitle >= 0 ? headings[docTitle].bodyStart : 0; i < first.bodyStart - 1; i++) {
    const n = children[i];
    if (n.type !== 'paragraph') continue;
    if (plainText(n).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < PREAMBLE_WORDS) continue;
    return { section: t, line: n.position?.start.line ?? first.line, column: n.position?.start.column ?? 1 };
  }
  return undefined;
}

/** Heading words of a section that is only a list of references. */
const REFERENCE_WORDS = new Set(['reference', 'link', 'bibliography', 'citation', 'source']);

/**
 * Link definitions that close the document (`[adr-110]: https://...`, to other pages, not
 * anchors in this one) answer a missing section whose heading names only references or links
 * (`References`, not `Prior Art and References`): the author's reference list, written in the
 * Markdown source.
 */
function matchTrailingLinks(template: TemplateModel, outline: Outline, bySection: Map<TemplateSection, OutlineHeading>): { section: TemplateSection; line: number; column: number } | undefined {
  const t = template.sections.find((s) => {
    const words = contentWords(s.key);
    return !bySection.has(s) && !s.isPattern && words.length > 0 && words.every((w) => REFERENCE_WORDS.has(w));
  });
  if (!t) return undefined;
  const children = outline.root.children;
  let first: RootContent | undefined;
  for (let i = children.length - 1; i >= 0; i--) {
    const n = children[i];
    if (n.type === 'html' && isComment(n.value)) continue;
    if (n.type !== 'definition' || n.url.startsWith('#') || !/^[a-z][a-z0-9+.-]*:/i.test(n.url)) break;
    first = n;
  }
  return first ? { section: t, line: first.position?.start.line ?? 1, column: first.position?.start.column ?? 1 } : undefined;
}

/** The label a paragraph opens with (`Decision:`, `**Decision**: ...`), normalised, or undefined. */
function labelOf(text: string): string | undefined {
  const m = /^\s*([\p{L}][\p{L}\p{N} '’-]{0,40}?)\s*:\s*\S/u.exec(text);
  return m ? m[1].toLowerCase().replace(/\s+/g, ' ') : undefined;
}

/**
 * The labels that name a section in a paragraph of its own: its heading (`Decision Outcome:`)
 * or the first word of substance of its heading (`Decision:`), for `plancheck explain`.
 */
export function labelsFor(section: string): string[] {
  const words = contentWords(section);
  const out = [section];
  // The first word names a short heading (`Decision Outcome`), not a question.
  if (words.length > 1 && words.length <= 3 && !out.includes(words[0])) out.push(words[0]);
  return out;
}

/**
 * A required section written as a labelled paragraph instead of under a heading: a paragraph
 * (in a list or a quote too) that opens with the section's name as a label (`Decision:
 * \`AzureAIInference\`` for `Decision Outcome`, see {@link labelsFor}), standing where the
 * template puts the section: after the start of the matched section before it (inside it, too:
 * the decision written under its options) and before the matched one after it.
 */
function matchLabels(template: TemplateModel, outline: Outline, bySection: Map<TemplateSection, OutlineHeading>): Array<{ section: TemplateSection; line: number; column: number }> {
  const headings = outline.headings;
  const children = outline.root.children;
  const found: Array<{ section: TemplateSection; line: number; column: number }> = [];
  const anyMatched = (t: TemplateSection): boolean => bySection.has(t) || t.children.some(anyMatched);
  for (const t of template.sections) {
    if (bySection.has(t) || t.isPattern || t.optional || !t.expectsContent || t.children.some(anyMatched)) continue;
    const parentSection = t.parent && t.parent !== template.title ? t.parent : undefined;
    const parent = parentSection ? bySection.get(parentSection) : undefined;
    if (parentSection && !parent) continue;
    const siblings = siblingsOf(template, t);
    const at = siblings.indexOf(t);
    const from = nearestMatched(siblings, at, bySection, -1)?.bodyStart ?? (parent ? parent.bodyStart : 0);
    let to = parent ? (parent.end < headings.length ? headings[parent.end].bodyStart - 1 : children.length) : children.length;
    for (let i = at + 1; i < siblings.length; i++) {
      const m = bySection.get(siblings[i]);
      if (m && m.bodyStart - 1 >= from) {
        to = Math.min(to, m.bodyStart - 1);
        break;
      }
    }
    const names = new Set(labelsFor(t.key));
    let hit: { line: number; column: number } | undefined;
    walk(children.slice(from, to), (n) => {
      if (hit) return false;
      if (n.type === 'heading' || n.type === 'code' || n.type === 'html' || n.type === 'table') return false;
      if (n.type !== 'paragraph') return undefined;
      const label = labelOf(plainText(n));
      if (label !== undefined && (names.has(label) || names.has(stem(label)))) hit = { line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 };
      return false;
    });
    if (hit) found.push({ section: t, ...hit });
  }
  return found;
}

/** Most words of a line that names the choice among a list's items (`Decided: 3. AIContextBehavior.`). */
const CHOICE_WORDS = 12;
/** Most words of a list item that is the title of an option. */
const OPTION_WORDS = 8;

/**
 * The template's list to fill in (`- {title of option 1}`, `- {title of option 2}`) that the
 * section after it picks from (`Chosen option: "{title of option 1}"`), written by the author
 * under that section: a list of at least two short items followed right away by a short line
 * that names one of them (`1. ConversationStateExtension ... 3. AIContextBehavior`, then
 * `Decided 3. AIContextBehavior.`). Only for a section whose template body is a list of
 * placeholders the next one picks from ({@link TemplateSection.pickedFrom}) and whose next section is matched.
 */
function matchChoices(template: TemplateModel, outline: Outline, bySection: Map<TemplateSection, OutlineHeading>): Array<{ section: TemplateSection; line: number; column: number }> {
  const headings = outline.headings;
  const children = outline.root.children;
  const found: Array<{ section: TemplateSection; line: number; column: number }> = [];
  for (const t of template.sections) {
    if (bySection.has(t) || t.isPattern || t.optional || !t.pickedFrom || t.children.length > 0) continue;
    const siblings = siblingsOf(template, t);
    const next = siblings[siblings.indexOf(t) + 1];
    const m = next ? bySection.get(next) : undefined;
    if (!m) continue;
    const to = m.end < headings.length ? headings[m.end].bodyStart - 1 : children.length;
    for (let i = m.bodyStart; i + 1 < to; i++) {
      const list = children[i];
      const line = children[i + 1];
      if (list.type !== 'list' || list.children.length < 2 || line.type !== 'paragraph') continue;
      const said = collapse(plainText(line));
      if (wordCount(said) > CHOICE_WORDS) continue;
      const items = list.children.map((item) => {
        const first = item.children[0];
        return first && first.type === 'paragraph' ? collapse(plainText(first)) : '';
      });
      if (items.some((x) => x === '' || wordCount(x) > OPTION_WORDS)) continue;
      if (!items.some((x) => x.length >= 3 && said.includes(x))) continue;
      found.push({ section: t, line: list.position?.start.line ?? 1, column: list.position?.start.column ?? 1 });
      break;
    }
  }
  return found;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function wordCount(text: string): number {
  return text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A heading that is wholly a placeholder (`### {title of option 1}`): it stands for the author's own heading. */
export function isWildcard(t: TemplateSection): boolean {
  return t.isPattern && t.key === '';
}

type Assign = (t: TemplateSection, h: OutlineHeading, kind: MatchKind) => void;

/** The document's headings directly under the one matched to `parent` (or at the top), unused. */
function freeChildren(outline: Outline, parent: OutlineHeading | undefined, used: Uint8Array): OutlineHeading[] {
  const headings = outline.headings;
  const from = parent ? parent.index + 1 : 0;
  const to = parent ? parent.end : headings.length;
  const out: OutlineHeading[] = [];
  for (let i = from; i < to; i++) {
    const h = headings[i];
    if (used[i]) continue;
    const top = parent ? h.parent === parent.index : h.parent === -1 || h.parent === outline.title;
    if (top) out.push(h);
  }
  return out;
}

/**
 * Wildcard sections take the author's headings in their place: under the matched parent, the
 * unused headings at the wildcard's level, in order.
 */
function matchWildcards(template: TemplateModel, outline: Outline, bySection: Map<TemplateSection, OutlineHeading>, used: Uint8Array, assign: Assign): void {
  for (const t of template.sections) {
    if (!isWildcard(t) || bySection.has(t)) continue;
    const parentSection = t.parent && t.parent !== template.title ? t.parent : undefined;
    const parent = parentSection ? bySection.get(parentSection) : undefined;
    if (parentSection && !parent) continue;
    const siblings = siblingsOf(template, t);
    const at = siblings.indexOf(t);
    // Between the matched siblings around it, when there are any.
    const lo = nearestMatched(siblings, at, bySection, -1)?.index ?? -1;
    const hi = nearestMatched(siblings, at, bySection, 1)?.index ?? Infinity;
    const h = freeChildren(outline, parent, used).find((c) => c.index > lo && c.index < hi);
    if (h) assign(t, h, 'exact');
  }
}

/** The heading of the nearest matched sibling before (`step` -1) or after (`step` 1) the section at `at`. */
export function nearestMatched(siblings: readonly TemplateSection[], at: number, bySection: ReadonlyMap<TemplateSection, OutlineHeading>, step: 1 | -1): OutlineHeading | undefined {
  for (let i = at + step; i >= 0 && i < siblings.length; i += step) {
    const m = bySection.get(siblings[i]);
    if (m) return m;
  }
  return undefined;
}

/** A word without its plural ending, so that `Alternatives` names `Alternative Approaches`. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Whether every word of `inner` appears in `outer`, in order and together (plurals aside). */
export function containsWords(outer: string, inner: string): boolean {
  if (inner === '' || outer === inner) return false;
  const o = outer.split(' ').map(stem).join(' ');
  const i = inner.split(' ').map(stem).join(' ');
  return o !== i && (' ' + o + ' ').includes(' ' + i + ' ');
}

/**
 * A renamed heading, matched as `fuzzy` (reported as a heading mismatch rather than a missing
 * section): an unused author's heading that contains the template's heading (`Effect on ABI
 * compatibility`, or `Considered Options - Programming model` at the section's level elsewhere);
 * the author's headings standing in the place of the missing sections between two matched
 * neighbours, one for each, in order; or the first heading in that place that shares a word with
 * the missing section (`Open questions` for `Unresolved questions`, `Option 1.1 - ...` for
 * `Considered Options`) when no other missing required section shares it.
 */
function matchInPlace(template: TemplateModel, outline: Outline, bySection: Map<TemplateSection, OutlineHeading>, used: Uint8Array, assign: Assign): void {
  const headings = outline.headings;
  const groups: Array<{ parent?: TemplateSection; siblings: TemplateSection[] }> = [{ siblings: template.roots }];
  for (const t of template.sections) if (t.children.length > 0) groups.push({ parent: t, siblings: t.children });
  for (const { parent: parentSection, siblings } of groups) {
    const parent = parentSection ? bySection.get(parentSection) : undefined;
    if (parentSection && !parent) continue;
    const from = parent ? parent.index + 1 : 0;
    const to = parent ? parent.end : headings.length;
    // Containment first: it names the section, wherever it stands among its siblings.
    for (const t of siblings) {
      if (bySection.has(t) || t.isPattern) continue;
      let h = freeChildren(outline, parent, used).find((c) => containsWords(c.key, t.key));
      // Or at the section's own level under another heading of the author's (`# Programming model`).
      for (let i = from; !h && i < to; i++) if (!used[i] && headings[i].depth <= t.depth && containsWords(headings[i].key, t.key)) h = headings[i];
      // `Story 1: Warm-starting` is the template's `Story 1` with a subtitle: the same heading.
      if (h) assign(t, h, h.key.startsWith(t.key + ' ') ? 'exact' : 'fuzzy');
    }
    // One heading that names several sections (`Ergonomics & Compatibility`) stands for each; one
    // that names another by another word for it stands for it too when its text uses that word
    // (`Drawbacks, Alternatives and Unknowns`: "Unknowns include ...").
    for (const t of siblings) {
      if (bySection.has(t) || t.isPattern) continue;
      for (let i = from; i < to; i++) {
        const m = byHeadingOf(bySection, headings[i]);
        if (m && siblings.includes(m) && (containsWords(headings[i].key, t.key) || speaksTo(outline, headings[i], t)) && containsWords(headings[i].key, m.key)) {
          bySection.set(t, headings[i]);
          break;
        }
      }
    }
    // Position: the author's headings between two matched neighbours, in place of the sections
    // missing there: one heading for each, or one for each run of sections that share a word
    // (`Guide-level explanation` and `Reference-level explanation` written as one).
    for (let i = 0; i < siblings.length; i++) {
      if (bySection.has(siblings[i]) || siblings[i].isPattern) continue;
      let j = i;
      while (j + 1 < siblings.length && !bySection.has(siblings[j + 1]) && !siblings[j + 1].isPattern) j++;
      const run = siblings.slice(i, j + 1);
      const prev = siblings[i - 1] ? bySection.get(siblings[i - 1]) : undefined;
      const next = siblings[j + 1] ? bySection.get(siblings[j + 1]) : undefined;
      i = j;
      if (!prev || !next || next.index <= prev.index) continue;
      const between = freeChildren(outline, parent, used).filter((c) => c.index > prev.index && c.index < next.index && c.depth === prev.depth && c.depth === next.depth);
      // Several in one place are taken in order only when one of them names one of the sections.
      const named = between.some((c) => run.some((t) => sharesWord(c.key, t.key)));
      if (between.length === run.length && (run.length === 1 || named)) {
        run.forEach((t, k) => assign(t, between[k], 'fuzzy'));
        continue;
      }
      const units: TemplateSection[][] = [];
      for (const t of run) {
        const last = units[units.length - 1];
        if (last && sharesWord(last[last.length - 1].key, t.key)) last.push(t);
        else units.push([t]);
      }
      if (between.length !== units.length || (units.length > 1 && !named)) continue;
      units.forEach((unit, k) => {
        assign(unit[0], between[k], 'fuzzy');
        for (const t of unit.slice(1)) bySection.set(t, between[k]);
      });
    }
    // A shared word in the same gap (`Open questions` for `Unresolved questions`).
    for (let i = 0; i < siblings.length; i++) {
      const t = siblings[i];
      if (bySection.has(t) || t.isPattern) continue;
      const { lo, hi, missing } = gapAround(siblings, i, bySection, parent, outline);
      const shares = (c: OutlineHeading): boolean => c.index > lo && c.index < hi && sharesWord(c.key, t.key);
      let candidate = freeChildren(outline, parent, used).find(shares);
      // Or one level deeper in that place, outside the sections already matched, when the shared
      // word is what that heading is about: its first or last word (`### Naming options`, not
      // `### Definition / Options Classes`).
      const start = lo >= 0 && lo !== parent?.index ? headings[lo].end : lo + 1;
      const about = (c: OutlineHeading): boolean => {
        const words = contentWords(c.key.replace(/\b\d+\b/g, ' ').trim().replace(/\s+/g, ' '));
        return words.length > 0 && sharesWord([words[0], words[words.length - 1]].join(' '), t.key);
      };
      for (let k = start; !candidate && k < hi; k++) if (!used[k] && headings[k].depth <= t.depth + 1 && shares(headings[k]) && about(headings[k])) candidate = headings[k];
      if (!candidate) continue;
      const found = candidate;
      // A heading that could stand for another missing section the template requires is left alone.
      const rivals = missing.filter((o) => o !== t && !o.optional && !o.isPattern && sharesWord(o.key, found.key));
      if (rivals.length === 0) assign(t, found, 'fuzzy');
    }
    matchSynonyms(siblings, parent, outline, bySection, used, assign, false);
    matchFreeForm(siblings, parent, outline, bySection, used, assign);
    matchRunAfter(siblings, parent, outline, bySection, used, assign);
  }
  // A level too low, once every section has had its own headings: a heading nested in a matched
  // section is first the answer to that section's own subsections.
  for (const { parent: parentSection, siblings } of groups) {
    const parent = parentSection ? bySection.get(parentSection) : undefined;
    if (!parentSection || parent) matchSynonyms(siblings, parent, outline, bySection, used, assign, true);
  }
}

/**
 * Words that name the same section in planning documents, each group a few words long on
 * purpose: an author's `## Abstract` is the template's `Summary`, `## Background` its
 * `Motivation` or `Context`, `## Proposal` its `Decision`, `## Downsides` its `Drawbacks`,
 * `## Open issues` its `Unresolved questions`, `## Detailed description` or `## Specification`
 * its `Reference-level explanation`, `## History` or `## Related work` its `Prior art`,
 * `## Long-term plans` its `Future possibilities`. An entry of two words is a phrase: both, in
 * that order (`related work`, not a `Related Material`). Words are compared after {@link stem}.
 */
export const SAME_SECTION_WORDS: readonly (readonly string[])[] = [
  ['summary', 'abstract', 'overview', 'synopsis'],
  ['motivation', 'background', 'context'],
  ['decision', 'proposal', 'proposed'],
  ['drawback', 'downside', 'disadvantage'],
  ['unresolved', 'open', 'unknown', 'outstanding'],
  ['reference level', 'detailed', 'detail', 'specification'],
  ['prior', 'history', 'related work'],
  ['future', 'long term']
];

/** A heading key with each word stemmed, padded for whole-word search. */
function stemmedKey(key: string): string {
  return ' ' + key.split(' ').map(stem).join(' ') + ' ';
}

/** {@link SAME_SECTION_WORDS}, each entry as a {@link stemmedKey}. */
const GROUP_KEYS: readonly (readonly string[])[] = SAME_SECTION_WORDS.map((g) => g.map(stemmedKey));
/** Headings repeat from document to document (the template's own, mostly): each is read once. */
const groupsByKey = new Map<string, ReadonlySet<number>>();
const GROUPS_REMEMBERED = 10_000;

/** The groups of {@link SAME_SECTION_WORDS} that a heading names by one of their words. */
function groupsIn(key: string): ReadonlySet<number> {
  let out = groupsByKey.get(key);
  if (out) return out;
  const k = stemmedKey(key);
  const found = new Set<number>();
  GROUP_KEYS.forEach((g, i) => {
    if (g.some((w) => k.includes(w))) found.add(i);
  });
  out = found;
  if (groupsByKey.size >= GROUPS_REMEMBERED) groupsByKey.clear();
  groupsByKey.set(key, out);
  return out;
}

/** The other words that name a section with this heading ({@link SAME_SECTION_WORDS}), for `plancheck explain`. */
export function otherWordsFor(section: string): string[] {
  const k = stemmedKey(section);
  const out: string[] = [];
  for (const g of groupsIn(section)) for (const o of SAME_SECTION_WORDS[g]) if (!k.includes(stemmedKey(o)) && !out.includes(o)) out.push(o);
  return out;
}

/** Whether a heading names a section by another word of the same group (`Abstract` for `Summary`). */
export function namesBySynonym(heading: string, section: string): boolean {
  const groups = groupsIn(section);
  if (groups.size === 0) return false;
  for (const g of groupsIn(heading)) if (groups.has(g)) return true;
  return false;
}

/**
 * A heading at the section's level, under the same parent, that names a missing section by
 * another word for it ({@link SAME_SECTION_WORDS}), wherever it stands among its siblings, when
 * it is the only such heading, stands in order with at least one matched sibling, and names no
 * other missing required section. With `deeper`, the same for a heading one level deeper, nested
 * in the section the template puts before it or in a heading of the author's that stands for no
 * section (`## Motivation` > `### Details of the project group`): written a level too low.
 */
function matchSynonyms(siblings: TemplateSection[], parent: OutlineHeading | undefined, outline: Outline, bySection: Map<TemplateSection, OutlineHeading>, used: Uint8Array, assign: Assign, deeper: boolean): void {
  const missing = siblings.filter((t) => !bySection.has(t) && !t.isPattern && !t.optional);
  // Every heading at this level, used or not, in document order.
  const level = freeChildren(outline, parent, new Uint8Array(outline.headings.length));
  const pass = (deeper: boolean): void => {
    for (const t of missing) {
      if (bySection.has(t)) continue;
      // In order with at least one matched sibling: after one the template puts before it, or
      // before one it puts after it. A fragment that matches nothing else stands for nothing.
      const at = siblings.indexOf(t);
      const inOrder = (c: OutlineHeading): boolean =>
        siblings.some((o, k) => {
          const m = bySection.get(o);
          return m !== undefined && k !== at && (k < at ? m.index < c.index : m.index > c.index);
        });
      const names = (c: OutlineHeading): boolean => namesBySynonym(c.key, t.key) && inOrder(c);
      let found: OutlineHeading[];
      if (deeper) {
        const hosts = level.filter((h) => !used[h.index] || siblings.slice(0, at).some((o) => bySection.get(o) === h));
        found = hosts.flatMap((h) => freeChildren(outline, h, used).filter((c) => c.depth === h.depth + 1)).filter(names);
      } else found = freeChildren(outline, parent, used).filter(names);
      if (found.length !== 1 || leftForRun(siblings, at, found[0], level, bySection)) continue;
      const rivals = missing.filter((o) => o !== t && !bySection.has(o) && (namesBySynonym(found[0].key, o.key) || sharesWord(found[0].key, o.key)));
      if (rivals.length === 0) assign(t, found[0], 'fuzzy');
    }
  };
  pass(deeper);
}

/**
 * Whether `h` is the heading right after a matched section and sibling `at` belongs to the run of
 * missing sections of one kind right after that section: {@link matchRunAfter} reads it for the
 * whole run (`## Project group details` for both explanations).
 */
function leftForRun(siblings: TemplateSection[], at: number, h: OutlineHeading, level: OutlineHeading[], bySection: Map<TemplateSection, OutlineHeading>): boolean {
  let i = at;
  while (i > 0 && !bySection.has(siblings[i - 1]) && sameHeadWord(siblings[i - 1].key, siblings[i].key)) i--;
  let j = at;
  while (j + 1 < siblings.length && !bySection.has(siblings[j + 1]) && sameHeadWord(siblings[j].key, siblings[j + 1].key)) j++;
  const prev = i > 0 ? bySection.get(siblings[i - 1]) : undefined;
  if (j === i || !prev) return false;
  const k = level.indexOf(prev);
  return k >= 0 && level[k + 1] === h;
}

/**
 * A section whose layout the template leaves to the author ("There is no fixed format for this
 * section"), missing: the first of the author's own headings at its level after the matched
 * section the template puts before it (and before the next matched one) answers it.
 */
function matchFreeForm(siblings: TemplateSection[], parent: OutlineHeading | undefined, outline: Outline, bySection: Map<TemplateSection, OutlineHeading>, used: Uint8Array, assign: Assign): void {
  for (let i = 0; i < siblings.length; i++) {
    const t = siblings[i];
    if (!t.freeForm || bySection.has(t) || t.isPattern) continue;
    const { lo, hi } = gapAround(siblings, i, bySection, parent, outline);
    if (lo < 0 || lo === parent?.index) continue;
    const depth = outline.headings[lo].depth;
    const h = freeChildren(outline, parent, used).find((c) => c.index > lo && c.index < hi && c.depth === depth);
    if (h) assign(t, h, 'fuzzy');
  }
}

/**
 * One matched neighbour: a run of missing sections that are kinds of one thing, their headings
 * ending in the same word (`Guide-level explanation`, `Reference-level explanation`), right after
 * a matched section (`Motivation`) is answered by the author's heading right after that
 * section's, at its level (`## Charter`, `## Policy`): the place where the template asks for
 * them, written as one. Questions that merely share a word (`... inform a rollback?`, `Were
 * upgrade and rollback tested?`) are not a run.
 */
function matchRunAfter(siblings: TemplateSection[], parent: OutlineHeading | undefined, outline: Outline, bySection: Map<TemplateSection, OutlineHeading>, used: Uint8Array, assign: Assign): void {
  // Every heading at this level, used or not, in document order.
  const level = freeChildren(outline, parent, new Uint8Array(outline.headings.length));
  for (let i = 1; i + 1 < siblings.length; i++) {
    const prev = bySection.get(siblings[i - 1]);
    if (!prev || bySection.has(siblings[i]) || bySection.has(siblings[i + 1]) || siblings[i].isPattern || siblings[i + 1].isPattern || !sameHeadWord(siblings[i].key, siblings[i + 1].key)) continue;
    let j = i + 1;
    while (j + 1 < siblings.length && !bySection.has(siblings[j + 1]) && !siblings[j + 1].isPattern && sameHeadWord(siblings[j].key, siblings[j + 1].key)) j++;
    const k = level.indexOf(prev);
    const h = k >= 0 ? level[k + 1] : undefined;
    if (!h || used[h.index] || h.depth !== prev.depth) continue;
    assign(siblings[i], h, 'fuzzy');
    for (const t of siblings.slice(i + 1, j + 1)) bySection.set(t, h);
  }
}

/** Whether two headings end in the same word of substance (plurals aside): kinds of one thing. */
function sameHeadWord(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  return x.length > 0 && y.length > 0 && x[x.length - 1] === y[y.length - 1];
}

/** The section a heading was matched to, when it was. */
function byHeadingOf(bySection: Map<TemplateSection, OutlineHeading>, h: OutlineHeading): TemplateSection | undefined {
  for (const [t, m] of bySection) if (m === h) return t;
  return undefined;
}

/** Words too common in headings to tell sections apart. */
const COMMON_WORDS = new Set(['and', 'the', 'for', 'with', 'from', 'into', 'this', 'that', 'level', 'section', 'other', 'notes', 'general', 'details', 'detailed', 'more', 'information', 'what', 'how', 'why', 'are', 'any', 'there']);

function contentWords(key: string): string[] {
  return key.split(' ').filter((w) => w.length >= 4 && !COMMON_WORDS.has(w)).map(stem);
}

/** Whether two headings share a word of substance (plurals aside). */
function sharesWord(a: string, b: string): boolean {
  const words = contentWords(b);
  return contentWords(a).some((w) => words.includes(w));
}

/**
 * The stretch of the document where sibling `i` belongs: after the matched sibling before it
 * (or the parent's start) and before the matched one after it (or the parent's end), with the
 * template sections missing from that stretch.
 */
function gapAround(siblings: TemplateSection[], i: number, bySection: Map<TemplateSection, OutlineHeading>, parent: OutlineHeading | undefined, outline: Outline): { lo: number; hi: number; missing: TemplateSection[] } {
  let lo = parent ? parent.index : -1;
  let hi = parent ? parent.end : outline.headings.length;
  const missing: TemplateSection[] = [];
  for (let j = i + 1; j < siblings.length; j++) {
    const m = bySection.get(siblings[j]);
    if (m) {
      hi = m.index;
      break;
    }
    missing.push(siblings[j]);
  }
  // A neighbour moved out of order (`Status` written last) does not bound the gap.
  for (let j = i - 1; j >= 0; j--) {
    const m = bySection.get(siblings[j]);
    if (m && m.index < hi) {
      lo = m.index;
      break;
    }
    if (!m) missing.push(siblings[j]);
  }
  return { lo, hi, missing };
}

/**
 * The author's headings right after a section's own, at its level, that each name it by their
 * first word of substance (`### Risk: version skew` after `### Risks and Mitigations`), while
 * they stand for no template section: the section's subsections, written a level too high.
 * Empty when the next heading is anything else.
 */
export function subsectionsTooHigh(match: SectionMatch, outline: Outline, t: TemplateSection, h: OutlineHeading): OutlineHeading[] {
  const headings = outline.headings;
  const own = contentWords(t.key);
  const out: OutlineHeading[] = [];
  for (let i = h.end; i < headings.length; i = headings[i].end) {
    const c = headings[i];
    if (c.depth !== h.depth || c.parent !== h.parent || match.byHeading[i]) break;
    const first = contentWords(c.key.replace(/\b\d+\b/g, ' ').trim().replace(/\s+/g, ' '))[0];
    if (first === undefined || !own.includes(first)) break;
    out.push(c);
  }
  return out;
}

/**
 * Whether a heading names a section by another word for it ({@link SAME_SECTION_WORDS}) and the
 * text under it, before any subsection, uses that word: the author wrote to that section there.
 */
function speaksTo(outline: Outline, h: OutlineHeading, t: TemplateSection): boolean {
  const groups = groupsIn(t.key);
  const words = h.key.split(' ').map(stem).filter((w) => w.length >= 4 && !stemmedKey(t.key).includes(' ' + w + ' ') && groupsIn(w).size > 0 && [...groupsIn(w)].some((g) => groups.has(g)));
  if (words.length === 0) return false;
  const body = outline.root.children.slice(h.bodyStart, h.bodyEnd).map((n) => plainText(n)).join(' ');
  const said = new Set(normalizeHeading(body).split(' ').map(stem));
  return words.some((w) => said.has(w));
}
