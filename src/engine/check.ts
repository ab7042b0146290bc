import type { Code, Nodes, Paragraph, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { DocumentError } from './errors.js';
import { parseMarkdown } from './parse-markdown.js';
import { buildOutline, isComment, plainText, walk, type Outline, type OutlineHeading } from './outline.js';
import { matchSections, type SectionMatch } from './match.js';
import { collectDefinitions, collectTextSlices, isUrlLike } from './slices.js';
import { guidanceKey, type TemplateModel, type TemplateSection } from './template.js';
import { collapseSpace, findBracketSpans, LineIndex, placeholderKey, truncate } from './text-utils.js';
import { DEFAULT_MARKERS, DEFAULT_SEVERITY, type DocumentResult, type Finding, type RuleId, type SectionStatus, type Severity } from './types.js';

/** What a check may be told beyond the template; every field has a default. */
export interface CheckOptions {
  /** Severity per rule, or `off`. */
  severities?: Partial<Record<RuleId, Severity | 'off'>>;
  /** Literal markers of unwritten text, matched as whole words (default {@link DEFAULT_MARKERS}). */
  markers?: string[];
  /** Further patterns of unwritten text, matched within a line. */
  patterns?: RegExp[];
  /** Extra sections to treat as optional, given as heading paths (`A > B`) or names. */
  optional?: string[];
  /** Sections whose checklists must be fully ticked, as paths or names. */
  checklists?: string[];
  /** Front matter field and values that mark a draft; a draft's leftovers are warnings. */
  draft?: { field: string; values: string[] };
}

/** A bare "not applicable" with nothing to say why. */
const BARE_NOT_APPLICABLE = /^(n\/?a|none|not applicable|-|—)[.!]?$/i;
/** An answer that a section does not apply, followed by a reason. */
const NOT_APPLICABLE_PREFIX = /^(n\/?a|not applicable)\b/i;

/** Checks one document's text against a template. Never throws for any document text. */
export function checkDocument(template: TemplateModel, source: string, path: string, options: CheckOptions = {}): DocumentResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = new LineIndex(text);
  let outline: Outline;
  try {
    outline = buildOutline(parseMarkdown(text));
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    return unreadableResult(template, path, e, lines.lineCount);
  }
  return new DocumentChecker(template, text, path, options, outline, lines).run();
}

/** The result for a document that could not be read or parsed. */
export function unreadableResult(template: TemplateModel, path: string, error: DocumentError, lineCount = 1): DocumentResult {
  return {
    path,
    template: template.name,
    passed: false,
    draft: false,
    lineCount,
    sections: [],
    findings: [
      {
        rule: 'unreadable-document',
        severity: 'error',
        section: [],
        line: Math.max(1, Math.min(error.line, lineCount)),
        column: error.column,
        message: `cannot check this document: ${error.message}`
      }
    ]
  };
}

/** Whether a section is named by one of `names`: a full path `A > B` or its own heading. */
function namedIn(section: TemplateSection, names: string[] | undefined): boolean {
  if (!names || names.length === 0) return false;
  const full = section.path.map((p) => collapseSpace(p).toLowerCase()).join(' > ');
  const own = collapseSpace(section.title).toLowerCase();
  return names.some((n) => {
    const want = n.split('>').map((p) => collapseSpace(p).toLowerCase()).join(' > ');
    return want === full || want === own;
  });
}

class DocumentChecker {
  private readonly findings: Finding[] = [];
  private readonly match: SectionMatch;
  private readonly notApplicable = new Set<TemplateSection>();
  private readonly definitions: Map<string, string>;
  private readonly draft: boolean;

  constructor(
    private readonly template: TemplateModel,
    private readonly text: string,
    private readonly path: string,
    private readonly options: CheckOptions,
    private readonly outline: Outline,
    private readonly lines: LineIndex
  ) {
    this.match = matchSections(template, outline);
    this.definitions = collectDefinitions(outline.root);
    this.draft = this.readDraft();
  }

  run(): DocumentResult {
    this.checkContent();
    this.checkMissing();
    this.checkStructure();
    const covered = this.checkTemplateText();
    this.checkPlaceholders(covered);
    this.checkUnknown();
    this.findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
    const passed = !this.findings.some((f) => f.severity === 'error');
    return {
      path: this.path,
      template: this.template.name,
      passed,
      draft: this.draft,
      lineCount: this.lines.lineCount,
      findings: this.findings,
      sections: this.sectionStatuses()
    };
  }

  /** The configured severity, with errors demoted to warnings in a draft's leftovers and where `lenient`. */
  private severity(rule: RuleId, lenient: boolean): Severity | 'off' {
    const configured = this.options.severities?.[rule] ?? DEFAULT_SEVERITY[rule];
    const draftLeftover = this.draft && (rule === 'placeholder' || rule === 'template-text' || rule === 'empty-section' || rule === 'unchecked-item');
    return configured === 'error' && (draftLeftover || lenient) ? 'warning' : configured;
  }

  private add(rule: RuleId, section: string[], line: number, column: number, message: string, fix?: string, excerpt?: string, lenient = false): void {
    const severity = this.severity(rule, lenient);
    if (severity === 'off') return;
    const last = this.lines.lineCount;
    const finding: Finding = { rule, severity, section, line: Math.max(1, Math.min(line, last)), column: Math.max(1, column), message };
    if (fix) finding.fix = fix;
    if (excerpt !== undefined) finding.excerpt = excerpt;
    this.findings.push(finding);
  }

  private readDraft(): boolean {
    const draft = this.options.draft ?? { field: 'status', values: ['draft'] };
    const first = this.outline.root.children[0];
    if (!first || first.type !== 'yaml') return false;
    try {
      const data: unknown = parseYaml(first.value, { maxAliasCount: 10 });
      if (data === null || typeof data !== 'object') return false;
      const value = (data as Record<string, unknown>)[draft.field];
      return typeof value === 'string' && draft.values.some((v) => v.toLowerCase() === value.trim().toLowerCase());
    } catch {
      return false;
    }
  }

  private isOptional(t: TemplateSection): boolean {
    for (let s: TemplateSection | undefined = t; s; s = s.parent) {
      if (s.optional || namedIn(s, this.options.optional)) return true;
    }
    return false;
  }

  private ancestorNotApplicable(t: TemplateSection): boolean {
    for (let s = t.parent; s; s = s.parent) if (this.notApplicable.has(s)) return true;
    return false;
  }

  /** The nodes that count as a matched section's content: its own body and unknown subsections. */
  private contentOf(h: OutlineHeading): RootContent[] {
    const children = this.outline.root.children;
    const nodes: RootContent[] = children.slice(h.bodyStart, h.bodyEnd);
    const headings = this.outline.headings;
    let i = h.index + 1;
    while (i < h.end) {
      const sub = headings[i];
      if (this.match.byHeading[i]) {
        i = sub.end;
        continue;
      }
      nodes.push(sub.node, ...children.slice(sub.bodyStart, sub.bodyEnd));
      i++;
    }
    return nodes;
  }

  /** empty-section, unchecked-item, and which sections say they do not apply. */
  private checkContent(): void {
    const ordered = [...this.match.bySection.entries()].sort((a, b) => a[1].index - b[1].index);
    const repeats: Array<[TemplateSection, OutlineHeading]> = [];
    this.match.byHeading.forEach((m, i) => {
      if (m?.kind === 'repeat') repeats.push([m.section, this.outline.headings[i]]);
    });
    for (const [t, h] of [...ordered, ...repeats]) {
      if (t === this.template.title) continue;
      const content = this.contentOf(h);
      const said = collapseSpace(plainTextOf(content));
      if (BARE_NOT_APPLICABLE.test(said)) {
        this.add('empty-section', t.path, h.line, h.column, `'${t.title}' says only '${truncate(said, 20)}'`, 'Say why the section does not apply, e.g. "N/A: this feature stores no data."');
        this.notApplicable.add(t);
        continue;
      }
      if (NOT_APPLICABLE_PREFIX.test(said)) {
        this.notApplicable.add(t);
        continue;
      }
      if (t.expectsContent && !this.ancestorNotApplicable(t) && !rendersAnything(content)) {
        const where = t.children.length > 0 ? ' before its first subsection' : '';
        const optional = this.isOptional(t);
        this.add('empty-section', t.path, h.line, h.column, `'${t.title}' has nothing written${where}`, optional ? 'Write this optional section, or delete its heading.' : 'Write this section, or say why it does not apply (e.g. "N/A: ...").', undefined, optional);
      }
      if (namedIn(t, this.options.checklists)) this.checkTicked(t, content);
    }
  }

  private checkTicked(t: TemplateSection, content: RootContent[]): void {
    walk(content, (n) => {
      if (n.type === 'listItem' && n.checked === false) {
        const item = truncate(collapseSpace(plainText(n)), 60);
        const pos = n.position?.start;
        this.add('unchecked-item', t.path, pos?.line ?? 1, pos?.column ?? 1, `unticked item in '${t.title}': ${item}`, 'Tick it once it is done, or remove it if it does not apply.', item);
      }
      if (n.type === 'code' || n.type === 'html') return false;
      return undefined;
    });
  }

  /** missing-section: once per missing subtree, placed where the section belongs. */
  private checkMissing(): void {
    const { bySection } = this.match;
    const anyMatched = (t: TemplateSection): boolean => bySection.has(t) || t.children.some(anyMatched);
    for (const t of this.template.sections) {
      if (bySection.has(t) || this.isOptional(t) || this.ancestorNotApplicable(t)) continue;
      if (t.isPattern && t.key === '') continue;
      const parent = t.parent && t.parent !== this.template.title ? t.parent : undefined;
      if (parent && !bySection.has(parent) && !this.isOptional(parent) && !anyMatched(parent)) continue;
      const missingBelow = countRequired(t, (c) => !bySection.has(c) && !this.isOptional(c));
      const { line, after } = this.whereBelongs(t);
      const level = '#'.repeat(Math.min(6, Math.max(1, t.depth + this.match.depthOffset)));
      const under = parent ? ` under '${parent.title}'` : '';
      const also = missingBelow > 0 ? ` and its ${missingBelow} subsection${missingBelow === 1 ? '' : 's'}` : '';
      this.add('missing-section', t.path, line, 1, `missing section '${t.title}'${also}${under}`, `Add a '${level} ${t.title}' heading${after ? ` after '${after}'` : ''} and fill it in.`);
    }
  }

  /** The line where a missing section should go, and the section it follows. */
  private whereBelongs(t: TemplateSection): { line: number; after?: string } {
    const headings = this.outline.headings;
    const siblings = t.parent && t.parent !== this.template.title ? t.parent.children : this.template.roots;
    const at = siblings.indexOf(t);
    for (let i = at - 1; i >= 0; i--) {
      const h = this.match.bySection.get(siblings[i]);
      if (h) return { line: h.end < headings.length ? headings[h.end].line : this.lines.lineCount, after: siblings[i].title };
    }
    const parent = t.parent ? this.match.bySection.get(t.parent) : undefined;
    if (parent) return { line: parent.index + 1 < parent.end ? headings[parent.index + 1].line : parent.line, after: undefined };
    for (let i = at + 1; i < siblings.length; i++) {
      const h = this.match.bySection.get(siblings[i]);
      if (h) return { line: h.line };
    }
    return { line: headings.length > 0 ? headings[0].line : 1 };
  }

  /** heading-mismatch, heading-level and section-order. */
  private checkStructure(): void {
    const { bySection, byHeading, depthOffset } = this.match;
    for (const [t, h] of bySection) {
      if (t === this.template.title) continue;
      if (byHeading[h.index]?.kind === 'fuzzy') {
        this.add('heading-mismatch', t.path, h.line, h.column, `heading '${truncate(h.text)}' does not match the template; did you mean '${t.title}'?`, `Rename the heading to '${t.title}'.`, h.text);
      }
      const want = t.depth + depthOffset;
      if (h.depth !== want && want >= 1 && want <= 6) {
        this.add('heading-level', t.path, h.line, h.column, `'${t.title}' is a level ${h.depth} heading here; the template makes it level ${want}`, `Use '${'#'.repeat(want)} ${t.title}'.`);
      }
    }
    const groups: TemplateSection[][] = [this.template.roots, ...this.template.sections.map((t) => t.children)];
    for (const siblings of groups) {
      const present = siblings.filter((t) => bySection.has(t));
      if (present.length < 2) continue;
      const keep = longestIncreasing(present.map((t) => (bySection.get(t) as OutlineHeading).index));
      present.forEach((t, i) => {
        if (keep.has(i)) return;
        const h = bySection.get(t) as OutlineHeading;
        const before = siblings[siblings.indexOf(t) - 1];
        const rel = before ? `after '${before.title}'` : 'first among its siblings';
        this.add('section-order', t.path, h.line, h.column, `'${t.title}' is out of order: the template puts it ${rel}`, `Move the section ${rel}.`);
      });
    }
  }

  /** template-text: guidance prose or example code left verbatim. Returns their source ranges. */
  private checkTemplateText(): Array<[number, number]> {
    const covered: Array<[number, number]> = [];
    const { guidance, examples } = this.template;
    if (guidance.size === 0 && examples.size === 0) return covered;
    const report = (node: Paragraph | Code, path: string[] | undefined, kind: string, excerpt: string): void => {
      if (!path) return;
      const pos = node.position;
      if (!pos) return;
      covered.push([pos.start.offset ?? 0, pos.end.offset ?? 0]);
      const section = this.sectionAt(pos.start.offset ?? 0) ?? path;
      this.add('template-text', section, pos.start.line, pos.start.column, `${kind} from the template left as it is: "${truncate(excerpt, 60)}"`, kind === 'example code' ? 'Replace the example with your own, or delete it.' : 'Replace the guidance with your own text.', excerpt);
    };
    walk(this.outline.root.children, (n) => {
      if (n.type === 'paragraph') {
        if (guidance.size > 0) {
          const key = guidanceKey(n);
          report(n, guidance.get(key), 'guidance', collapseSpace(plainText(n)));
        }
        return false;
      }
      if (n.type === 'code') {
        report(n, examples.get(collapseSpace(n.value)), 'example code', collapseSpace(n.value));
        return false;
      }
      if (n.type === 'html' || n.type === 'heading' || n.type === 'table') return false;
      return undefined;
    });
    return covered;
  }

  /** placeholder: the template's own placeholders and the generic markers, each where it is. */
  private checkPlaceholders(covered: Array<[number, number]>): void {
    const markers = buildMarkerPattern(this.options.markers ?? DEFAULT_MARKERS, this.template.placeholderWords);
    const patterns = this.options.patterns ?? [];
    const slices = collectTextSlices(this.outline.root.children, this.text, this.definitions);
    let c = 0;
    for (const slice of slices) {
      while (c < covered.length && covered[c][1] <= slice.offset) c++;
      if (c < covered.length && covered[c][0] <= slice.offset && slice.offset < covered[c][1]) continue;
      const reported: Array<[number, number]> = [];
      for (const span of findBracketSpans(slice.text)) {
        const known = this.template.placeholders.get(placeholderKey(span.inner));
        if (!known) continue;
        reported.push([span.start, span.end]);
        this.placeholderAt(slice.offset + span.start, `[${span.inner}]`);
      }
      const inReported = (at: number): boolean => reported.some(([s, e]) => s <= at && at < e);
      if (markers) {
        markers.lastIndex = 0;
        for (let m = markers.exec(slice.text); m; m = markers.exec(slice.text)) {
          if (!inReported(m.index)) this.placeholderAt(slice.offset + m.index, m[0]);
        }
      }
      for (const p of patterns) {
        for (const line of splitLines(slice.text)) {
          p.lastIndex = 0;
          const m = p.exec(line.text);
          if (m && m[0] !== '') this.placeholderAt(slice.offset + line.offset + m.index, m[0]);
        }
      }
    }
  }

  private placeholderAt(offset: number, found: string): void {
    const { line, column } = this.lines.locate(offset);
    const section = this.sectionAt(offset) ?? [];
    const label = section.length > 0 ? section[section.length - 1] : 'the document';
    this.add('placeholder', section, line, column, `placeholder ${truncate(found, 60)} left in '${label}'`, `Replace ${truncate(found, 60)} with the real content, or delete it.`, found);
  }

  /** The template path of the section enclosing a source offset. */
  private sectionAt(offset: number): string[] | undefined {
    const headings = this.outline.headings;
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
      const m = this.match.byHeading[i];
      if (m && m.section !== this.template.title) return m.section.path;
    }
    return undefined;
  }

  /** unknown-section: headings beside the template's sections that the template does not have. */
  private checkUnknown(): void {
    const { byHeading, docTitle } = this.match;
    for (const h of this.outline.headings) {
      if (byHeading[h.index] || h.index === docTitle) continue;
      const parent = h.parent;
      const parentSection = parent >= 0 ? byHeading[parent]?.section : undefined;
      const besideTemplate = parent === -1 || parent === docTitle || (parentSection !== undefined && parentSection.children.length > 0) || parentSection === this.template.title;
      if (!besideTemplate) continue;
      const section = parentSection && parentSection !== this.template.title ? parentSection.path : [];
      this.add('unknown-section', section, h.line, h.column, `section '${truncate(h.text)}' is not in the template`, undefined, h.text);
    }
  }

  private sectionStatuses(): SectionStatus[] {
    const bad = new Map<string, 'error' | 'warning'>();
    for (const f of this.findings) {
      if (f.severity === 'info' || f.rule === 'missing-section') continue;
      const key = f.section.join('\u0000');
      if (bad.get(key) !== 'error') bad.set(key, f.severity === 'error' ? 'error' : 'warning');
    }
    return this.template.sections.map((t) => {
      const h = this.match.bySection.get(t);
      const status: SectionStatus = { section: t.path, depth: t.depth, optional: this.isOptional(t), state: 'ok' };
      if (!h) status.state = status.optional || this.ancestorNotApplicable(t) ? 'optional-missing' : 'missing';
      else {
        status.line = h.line;
        const worst = bad.get(t.path.join('\u0000'));
        status.state = worst === 'error' ? 'incomplete' : worst === 'warning' ? 'warning' : 'ok';
      }
      return status;
    });
  }
}

function countRequired(t: TemplateSection, missing: (t: TemplateSection) => boolean): number {
  let n = 0;
  for (const c of t.children) if (missing(c)) n += 1 + countRequired(c, missing);
  return n;
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

/** Whether any of the nodes shows something to a reader. */
function rendersAnything(nodes: RootContent[]): boolean {
  let seen = false;
  walk(nodes, (n) => {
    if (seen) return false;
    switch (n.type) {
      case 'text':
        if (n.value.trim() !== '' && !/^\[[ xX]?\]$/.test(n.value.trim())) seen = true;
        return false;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'table':
        seen = true;
        return false;
      case 'code':
        if (n.value.trim() !== '') seen = true;
        return false;
      case 'html':
        if (!isComment(n.value) && n.value.trim() !== '') seen = true;
        return false;
      case 'definition':
        // A placeholder-shaped line (`- [Risk 1]: [Mitigation]`) is text to its author.
        if (!isUrlLike(n.url)) seen = true;
        return false;
      case 'heading':
      case 'thematicBreak':
      case 'yaml':
        return false;
      default:
        return undefined;
    }
  });
  return seen;
}

/** Indices (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i !== -1; i = prev[i]) keep.add(i);
  return keep;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One alternation of literals with word edges: linear to run over any text. */
function buildMarkerPattern(markers: string[], words: Set<string>): RegExp | undefined {
  const all = [...new Set([...markers, ...words])].filter((m) => m !== '');
  if (all.length === 0) return undefined;
  all.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${all.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}

function splitLines(text: string): Array<{ offset: number; text: string }> {
  const out: Array<{ offset: number; text: string }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      out.push({ offset: start, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}
