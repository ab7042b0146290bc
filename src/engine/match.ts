import type { Outline, OutlineHeading } from './outline.js';
import type { TemplateModel, TemplateSection } from './template.js';
import { boundedDistance, generalizeNumbers, renumberKey, typoLimit } from './text-utils.js';

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
}

/** Whether `short` is `long` with words left out, keeping at least one word of substance. */
function isShortenedName(short: string, long: string): boolean {
  if (short === '' || short.length >= long.length) return false;
  const have = new Set(long.split(' '));
  const words = short.split(' ');
  return words.every((w) => have.has(w)) && words.some((w) => w.length >= 4);
}

/** Whether a heading is the one a template section asks for, allowing for a filled-in pattern. */
export function headingMatches(t: TemplateSection, h: OutlineHeading): boolean {
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
  // Typos: the closest unused heading within the parent's span.
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
      for (let i = from; i < to; i++) {
        if (used[i] || (parent ? headings[i].parent !== parent.index : headings[i].parent !== outline.title && headings[i].parent !== -1)) continue;
        if (isShortenedName(headings[i].key, t.key)) {
          best = headings[i];
          break;
        }
      }
    }
    if (best) {
      assign(t, best, 'fuzzy');
      matchLevel(t.children, best.index + 1, best.end);
    }
  }
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

  const offsets = new Map<number, number>();
  for (const [t, h] of bySection) {
    if (t === template.title || byHeading[h.index]?.kind !== 'exact') continue;
    const d = h.depth - t.depth;
    offsets.set(d, (offsets.get(d) ?? 0) + 1);
  }
  let depthOffset = 0;
  let most = 0;
  for (const [d, n] of offsets) if (n > most || (n === most && Math.abs(d) < Math.abs(depthOffset))) [depthOffset, most] = [d, n];

  return { bySection, byHeading, docTitle, depthOffset };
}
