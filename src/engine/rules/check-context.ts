import type { Nodes, RootContent } from 'mdast';
import { yamlParser } from '../lazy-modules.js';
import { findLeftoverPassages } from '../leftover-passages.js';
import { matchSections, type SectionMatch } from '../match.js';
import { plainText, type Outline, type OutlineHeading } from '../outline.js';
import { collectDefinitions } from '../slices.js';
import type { TemplateModel, TemplateSection } from '../template.js';
import type { Requirement } from '../template-reading.js';
import { collapseSpace, type LineIndex } from '../text-utils.js';
import { DEFAULT_MARKERS, type RuleId, type Severity } from '../types.js';

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
  draft?: { field: string; values: string[] };
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

/** A bare "not applicable" with nothing to say why. */
const BARE_NOT_APPLICABLE = /^(n\/?a|none|not applicable|-|—)[.!]?$/i;
/** An answer that a section does not apply, followed by a reason. */
const NOT_APPLICABLE_PREFIX = /^(n\/?a|not applicable)\b/i;

/** Whether a section is named by one of `names`: a full path `A > B` or its own heading. */
export function namedIn(section: TemplateSection, names: string[] | undefined): boolean {
  if (!names || names.length === 0) return false;
  const full = section.path.map((p) => collapseSpace(p).toLowerCase()).join(' > ');
  const own = collapseSpace(section.title).toLowerCase();
  return names.some((n) => {
    const want = n.split('>').map((p) => collapseSpace(p).toLowerCase()).join(' > ');
    return want === full || want === own;
  });
}

/** Builds the context of one parsed document: match, then the pre-passes. */
export function buildContext(template: TemplateModel, text: string, outline: Outline, lines: LineIndex, options: CheckOptions): CheckContext {
  const match = matchSections(template, outline);
  const base = { template, text, lines, outline, match, options, definitions: collectDefinitions(outline.root), draft: readDraft(outline, options) };
  const bodies = readBodies(template, outline, match);
  const notApplicable = new Set<TemplateSection>();
  for (const b of bodies) if (b.notApplicable) notApplicable.add(b.section);
  const answered = new Set<TemplateSection>();
  for (const b of bodies) if (b.notApplicable || b.said !== '') answered.add(b.section);
  const takenOn = (s: TemplateSection): boolean => s.children.some((c) => answered.has(c) || takenOn(c));
  const stage = readStage(outline, template);
  const held = (s: TemplateSection): boolean => s.requirement?.stage !== undefined && template.stages.indexOf(s.requirement.stage) <= stage;
  const ctx: CheckContext = {
    ...base,
    bodies,
    templateText: findTemplateText(template, outline, text, lines),
    isOptional(t) {
      for (let s: TemplateSection | undefined = t; s; s = s.parent) {
        if (namedIn(s, options.optional)) return true;
        // A conditional section the author has begun to answer is one whose condition holds.
        // So is one whose stage the document declares it has reached.
        if (s.optional && !(s.requirement?.conditional && (takenOn(s) || (stage > 0 && held(s))))) return true;
      }
      return false;
    },
    laterStage(t) {
      for (let s: TemplateSection | undefined = t; s; s = s.parent) {
        if (s.requirement?.conditional && s.requirement.stage !== undefined && !held(s)) return s.requirement;
      }
      return undefined;
    },
    ancestorNotApplicable(t) {
      for (let s = t.parent; s; s = s.parent) if (notApplicable.has(s)) return true;
      return false;
    },
    sectionAt: (offset) => sectionAt(template, outline, match, offset)
  };
  return ctx;
}

/**
 * The index in `template.stages` of the stage the document is at: the one its front matter
 * names in a `stage` field, else the template's first (every proposal passes through it).
 */
function readStage(outline: Outline, template: TemplateModel): number {
  const first = outline.root.children[0];
  if (template.stages.length === 0 || !first || first.type !== 'yaml') return 0;
  try {
    const data: unknown = yamlParser().parse(first.value, { maxAliasCount: 10 });
    const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).stage : undefined;
    return typeof value === 'string' ? Math.max(0, template.stages.indexOf(value.trim().toLowerCase())) : 0;
  } catch {
    return 0;
  }
}

function readDraft(outline: Outline, options: CheckOptions): boolean {
  const draft = options.draft ?? { field: 'status', values: ['draft'] };
  const first = outline.root.children[0];
  if (!first || first.type !== 'yaml') return false;
  try {
    const data: unknown = yamlParser().parse(first.value, { maxAliasCount: 10 });
    if (data === null || typeof data !== 'object') return false;
    const value = (data as Record<string, unknown>)[draft.field];
    return typeof value === 'string' && draft.values.some((v) => v.toLowerCase() === value.trim().toLowerCase());
  } catch {
    return false;
  }
}

/** Pre-pass: each matched section's body and whether it answers "not applicable". */
function readBodies(template: TemplateModel, outline: Outline, match: SectionMatch): SectionBody[] {
  const ordered = [...match.bySection.entries()].sort((a, b) => a[1].index - b[1].index);
  const repeats: Array<[TemplateSection, OutlineHeading]> = [];
  match.byHeading.forEach((m, i) => {
    if (m?.kind === 'repeat') repeats.push([m.section, outline.headings[i]]);
  });
  const bodies: SectionBody[] = [];
  for (const [section, heading] of [...ordered, ...repeats]) {
    if (section === template.title) continue;
    const content = contentOf(outline, match, heading);
    const said = collapseSpace(plainTextOf(content));
    const notApplicable = BARE_NOT_APPLICABLE.test(said) ? 'bare' : NOT_APPLICABLE_PREFIX.test(said) ? 'reasoned' : undefined;
    bodies.push({ section, heading, content, said, notApplicable });
  }
  return bodies;
}

/** The nodes that count as a matched section's content: its own body and unknown subsections. */
function contentOf(outline: Outline, match: SectionMatch, h: OutlineHeading): RootContent[] {
  const children = outline.root.children;
  const nodes: RootContent[] = children.slice(h.bodyStart, h.bodyEnd);
  const headings = outline.headings;
  let i = h.index + 1;
  while (i < h.end) {
    const sub = headings[i];
    if (match.byHeading[i]) {
      i = sub.end;
      continue;
    }
    nodes.push(sub.node, ...children.slice(sub.bodyStart, sub.bodyEnd));
    i++;
  }
  return nodes;
}

function plainTextOf(nodes: RootContent[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'html' || n.type === 'definition' || n.type === 'yaml') continue;
    out += ' ' + plainText(n as Nodes);
    if (out.length > 400) break;
  }
  return out;
}

/** Pre-pass: guidance prose and example code from the template left as they are, or nearly. */
function findTemplateText(template: TemplateModel, outline: Outline, text: string, lines: LineIndex): TemplateTextHit[] {
  return findLeftoverPassages(template, outline.root, text).map((hit) => ({ ...hit, ...lines.locate(hit.start) }));
}

function sectionAt(template: TemplateModel, outline: Outline, match: SectionMatch, offset: number): string[] | undefined {
  const headings = outline.headings;
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((headings[mid].node.position?.start.offset ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = found; i >= 0; i = headings[i].parent) {
    const m = match.byHeading[i];
    if (m && m.section !== template.title) return m.section.path;
  }
  return undefined;
}

/** Resolved markers: the configured ones, else {@link DEFAULT_MARKERS}. */
export function markersOf(options: CheckOptions): string[] {
  return options.markers ?? DEFAULT_MARKERS;
}
