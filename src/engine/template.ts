import type { Nodes, RootContent, Paragraph, Table } from 'mdast';
import { DocumentError } from './errors.js';
import { parseMarkdown } from './parse-markdown.js';
import { buildOutline, plainText, isComment, walk, type Outline, type OutlineHeading } from './outline.js';
import { collectDefinitions, collectTextSlices, isUrlLike } from './slices.js';
import { collapseSpace, findBracketSpans, generalizeNumbers, normalizeHeading, placeholderKey, type BracketSpan } from './text-utils.js';
import { findCurlySpans, wrap, type PlaceholderSyntax } from './placeholder-syntax.js';
import { readFrontMatter, readRequirements } from './template-requirements.js';
import { findPhrase, LEFT_FOR_OTHERS_PHRASES } from './template-reading.js';
import { frontMatterValues } from './rendered-text.js';
import { PassageIndex, proseWords } from './shingles.js';
import { guidanceKey, siblingsOf, type TemplateModel, type TemplateSection } from './template-model.js';

// The model the rules read, defined beside this module so that they need not load the parser.
export { findPlaceholderSpans, registerValuePlaceholder, siblingsOf, type TemplateModel, type TemplatePlaceholder, type TemplateSection } from './template-model.js';

/** What a template is read with besides its own text. */
export interface TemplateOptions {
  /** Template heading (path `A > B` or name) -> further headings that stand for it. */
  aliases?: Record<string, string[]>;
}

/** A template that cannot be used, with the line to look at. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly line = 1
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** A paragraph that opens with a task box outside a list: a checklist line. */
const TASK_BOX = /^\s*\[[ xX]\]\s/;
/** Fewest words that make a paragraph guidance to be replaced; shorter ones are labels. */
const MIN_GUIDANCE_WORDS = 3;
/** A run of one capital letter, like `NNNN` or `XXXX`, standing for a value to fill in. */
const LETTER_RUN = /(?<![\p{L}\p{N}])([A-Z])\1{2,}(?![\p{L}\p{N}])/gu;

/**
 * Parses a Markdown template into sections and classifies what each one holds: placeholders,
 * guidance prose, example code, and scaffold meant to stay.
 */
export function buildTemplate(source: string, name: string, options: TemplateOptions = {}): TemplateModel {
  let root;
  try {
    root = parseMarkdown(source);
  } catch (e) {
    if (e instanceof DocumentError) throw new TemplateError(e.message, e.line);
    throw e;
  }
  const text = source;
  const outline = buildOutline(root);
  if (outline.headings.length === 0) throw new TemplateError('the template has no headings, so there are no sections to check against');
  const definitions = collectDefinitions(root);
  const model: TemplateModel = {
    name,
    sections: [],
    roots: [],
    placeholders: new Map(),
    placeholderWords: new Set(),
    guidance: new Map(),
    examples: new Map(),
    syntaxes: new Set(),
    keep: [],
    frontMatter: [],
    stages: [],
    passages: new PassageIndex()
  };
  const byIndex: TemplateSection[] = [];
  for (const h of outline.headings) {
    const parent = h.parent >= 0 ? byIndex[h.parent] : undefined;
    const section = createSection(h, parent, text, definitions, model);
    byIndex.push(section);
    if (h.index === outline.title) {
      model.title = section;
      continue;
    }
    model.sections.push(section);
    if (parent && parent !== model.title) parent.children.push(section);
    else model.roots.push(section);
  }
  const tables: Array<[Table, string[]]> = [];
  for (const h of outline.headings) {
    const section = byIndex[h.index];
    classifyBody(root.children.slice(h.bodyStart, h.bodyEnd), section, text, definitions, model, tables);
  }
  markPickedLists(outline, byIndex, model);
  model.frontMatter = readFrontMatter(root, model);
  readRequirements(root, outline, byIndex, model);
  applyAliases(model, options.aliases);
  const preamble = root.children.slice(0, outline.headings[0].bodyStart - 1);
  registerPlaceholders(collectTextSlices(preamble, text, definitions), [], model, text);
  indexPassages(model, preamble, tables, text);
  return model;
}

/** Passages shorter than this many words are labels or values, not instructions to replace. */
const MIN_PASSAGE_WORDS = 3;

/**
 * Fills the passage index: what an author should not keep, even lightly edited. Placeholders
 * worded as instructions count with their brackets removed; front matter values, the fields
 * before the first heading (`- Feature Name: (fill me in ...)`) and the value cells of tables
 * count as guidance.
 */
function indexPassages(model: TemplateModel, preamble: RootContent[], tables: Array<[Table, string[]]>, source: string): void {
  const add = (kind: 'guidance' | 'example', text: string, section: string[]): void => {
    if (kind === 'guidance' && proseWords(text).length < MIN_PASSAGE_WORDS) return;
    model.passages.add({ kind, text: collapseSpace(text), section });
  };
  for (const [g, path] of model.guidance) add('guidance', g, path);
  for (const [code, path] of model.examples) add('example', code, path);
  for (const p of model.placeholders.values()) if (!p.leftFor) add('guidance', p.text.slice(1, -1), p.section);
  for (const node of preamble) {
    if (node.type === 'yaml') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      for (const v of frontMatterValues(source, start, end)) add('guidance', v.text, []);
      continue;
    }
    walk([node], (n) => {
      if (n.type === 'paragraph') {
        const instruction = fieldInstruction(plainText(n));
        if (instruction !== undefined) add('guidance', instruction, []);
        return false;
      }
      return n.type === 'code' || n.type === 'html' ? false : undefined;
    });
  }
  for (const [table, path] of tables) {
    for (let r = 1; r < table.children.length; r++) {
      const cells = table.children[r].children;
      // The first cell labels the row; the others hold what the author is asked for.
      for (let c = 1; c < cells.length; c++) {
        const cell = plainText(cells[c]);
        if (findBracketSpans(cell).length === 0) add('guidance', cell, path);
      }
    }
  }
}

function createSection(h: OutlineHeading, parent: TemplateSection | undefined, source: string, definitions: Map<string, string>, model: TemplateModel): TemplateSection {
  const title = collapseSpace(h.text);
  const path = parent && parent !== model.title ? [...parent.path, title] : [title];
  // Where the first placeholder starts in the heading's plain text.
  let cut = -1;
  for (const span of [...findBracketSpans(h.text), ...findCurlySpans(h.text)]) {
    if (cut === -1 || span.start < cut) cut = span.start;
  }
  LETTER_RUN.lastIndex = 0;
  const run = LETTER_RUN.exec(h.text);
  if (run && (cut === -1 || run.index < cut)) cut = run.index;
  const section: TemplateSection = {
    title,
    path,
    depth: h.depth,
    line: h.line,
    key: cut === -1 ? h.key : normalizeHeading(h.text.slice(0, cut)),
    isPattern: cut !== -1,
    groupKey: '',
    optional: h.optional,
    requirement: h.optional ? { source: 'heading', conditional: false, line: h.line, text: collapseSpace(h.text) } : undefined,
    aliases: [],
    parent,
    children: [],
    expectsContent: false,
    checklist: false
  };
  section.groupKey = generalizeNumbers(section.key) + (section.isPattern ? ' *' : '');
  registerPlaceholders(collectTextSlices(h.node.children, source, definitions), path, model, source);
  return section;
}

function registerPlaceholders(slices: { text: string; offset?: number }[], path: string[], model: TemplateModel, source = ''): number {
  let found = 0;
  const lineAt = (offset: number): number => {
    let line = 1;
    for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
    return line;
  };
  for (const slice of slices) {
    const spans: Array<BracketSpan & { syntax: PlaceholderSyntax }> = [
      ...findBracketSpans(slice.text).map((s) => ({ ...s, syntax: 'square' as const })),
      ...findCurlySpans(slice.text).map((s) => ({ ...s, syntax: 'curly' as const }))
    ];
    for (const span of spans) {
      const key = placeholderKey(span.inner);
      if (key === 'optional') continue; // a marker (`[Optional] Aggregation method:`), not a value
      if (span.syntax === 'curly' && spans.some((o) => o.syntax === 'square' && o.start < span.start && span.end < o.end)) continue;
      model.syntaxes.add(span.syntax);
      if (!model.placeholders.has(key)) {
        const left = leftForOthers(slice.text, span);
        model.placeholders.set(key, { text: wrap(span.syntax, span.inner), section: path, syntax: span.syntax, line: source === '' ? 0 : lineAt((slice.offset ?? 0) + span.start), ...(left ? { leftFor: left } : {}) });
      }
      found++;
    }
    LETTER_RUN.lastIndex = 0;
    for (let m = LETTER_RUN.exec(slice.text); m; m = LETTER_RUN.exec(slice.text)) {
      const at = m.index;
      if (spans.some((s) => s.start <= at && at < s.end)) continue;
      model.syntaxes.add('letters');
      model.placeholderWords.add(m[0]);
      found++;
    }
  }
  return found;
}

/**
 * The template's words leaving a placeholder for someone else: its own text ("[to be assigned
 * by the editors]") or the rest of its line ("- Review manager: [Name] (leave this empty)").
 */
function leftForOthers(text: string, span: BracketSpan): string | undefined {
  const own = findPhrase(span.inner, LEFT_FOR_OTHERS_PHRASES);
  if (own) return collapseSpace(own.sentence);
  const start = text.lastIndexOf('\n', span.start) + 1;
  const end = text.indexOf('\n', span.end);
  const line = text.slice(start, end === -1 ? text.length : end);
  const hit = findPhrase(line.slice(0, span.start - start) + line.slice(span.end - start), LEFT_FOR_OTHERS_PHRASES);
  return hit ? collapseSpace(line) : undefined;
}

function applyAliases(model: TemplateModel, aliases: Record<string, string[]> | undefined): void {
  if (!aliases) return;
  for (const [name, others] of Object.entries(aliases)) {
    const want = name.split('>').map((p) => collapseSpace(p).toLowerCase()).join(' > ');
    for (const t of model.sections) {
      const full = t.path.map((p) => collapseSpace(p).toLowerCase()).join(' > ');
      if (want !== full && want !== collapseSpace(t.title).toLowerCase()) continue;
      for (const o of others) {
        const key = normalizeHeading(o);
        if (key !== '' && !t.aliases.includes(key)) t.aliases.push(key);
      }
    }
  }
}

/** Classifies the blocks between a section's heading and the next heading. */
function classifyBody(nodes: RootContent[], section: TemplateSection, source: string, definitions: Map<string, string>, model: TemplateModel, tables: Array<[Table, string[]]>): void {
  let rendered = false;
  const guidance: string[] = [];
  const stack: Array<{ node: Nodes; task: boolean }> = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i], task: false });
  while (stack.length > 0) {
    const { node, task } = stack.pop() as { node: Nodes; task: boolean };
    switch (node.type) {
      case 'html':
        if (!isComment(node.value)) rendered = true;
        break;
      case 'definition':
        if (!isUrlLike(node.url)) {
          rendered = true;
          registerPlaceholders(collectTextSlices([node], source, definitions), section.path, model, source);
        }
        break;
      case 'code': {
        rendered = true;
        const code = collapseSpace(node.value);
        if (code !== '' && !model.examples.has(code)) model.examples.set(code, section.path);
        break;
      }
      case 'paragraph':
      case 'heading': {
        rendered = true;
        const found = registerPlaceholders(collectTextSlices(node.children, source, definitions), section.path, model, source);
        if (node.type === 'paragraph' && TASK_BOX.test(plainText(node))) section.checklist = true;
        else if (found === 0 && !task && node.type === 'paragraph' && isGuidance(node)) guidance.push(guidanceKey(node));
        break;
      }
      case 'table':
        rendered = true;
        registerPlaceholders(collectTextSlices([node], source, definitions), section.path, model, source);
        tables.push([node, section.path]);
        break;
      case 'listItem': {
        const isTask = node.checked !== null && node.checked !== undefined;
        if (isTask) section.checklist = true;
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], task: task || isTask });
        break;
      }
      case 'list':
      case 'blockquote':
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], task });
        break;
      default:
        break;
    }
  }
  // Prose beside a checklist that is meant to stay (the KEP's signoff list) stays too.
  if (!section.checklist) {
    for (const g of guidance) if (!model.guidance.has(g)) model.guidance.set(g, section.path);
  }
  section.expectsContent = section.children.length === 0 ? true : rendered;
}

/** The items of a body that is only a list whose items are each a placeholder (`- {title of option 1}`) or an ellipsis (`- …`), two placeholders at least. */
function listedItems(nodes: RootContent[]): string[] {
  const shown = nodes.filter((n) => !(n.type === 'html' && isComment(n.value)));
  if (shown.length !== 1 || shown[0].type !== 'list') return [];
  const items: string[] = [];
  for (const item of shown[0].children) {
    const said = collapseSpace(plainText(item));
    if (/^[.…\s]*$/.test(said)) continue;
    const spans = [...findBracketSpans(said), ...findCurlySpans(said)];
    if (spans.length !== 1 || spans[0].start !== 0 || spans[0].end !== said.length) return [];
    items.push(said);
  }
  return items.length >= 2 ? items : [];
}

/** The template accepting a choice that had no rival ("e.g., only option, which meets k.o. criterion"). */
const ONLY_ITEM = /\bonly (?:option|alternative|choice)\b/i;

/** Marks the sections whose list of placeholders the next section picks from (see {@link TemplateSection.pickedFrom}). */
function markPickedLists(outline: Outline, byIndex: TemplateSection[], model: TemplateModel): void {
  const children = outline.root.children;
  for (const h of outline.headings) {
    const section = byIndex[h.index];
    const items = listedItems(children.slice(h.bodyStart, h.bodyEnd));
    if (items.length === 0 || section === model.title) continue;
    const siblings = siblingsOf(model, section);
    const next = siblings[siblings.indexOf(section) + 1];
    const nh = next ? outline.headings.find((o) => byIndex[o.index] === next) : undefined;
    if (!nh) continue;
    const body = collapseSpace(children.slice(nh.bodyStart, nh.bodyEnd).map((n) => plainText(n as Nodes)).join(' '));
    if (!items.some((item) => body.includes(item))) continue;
    section.pickedFrom = true;
    const single = ONLY_ITEM.exec(body);
    if (single) section.singleItem = single[0];
  }
}

/** `Label: (what to write)` or `(what to write)`, the parenthesised part being all the value. */
const FIELD_INSTRUCTION = /^(?:[^():\n]{1,60}:[ \t]*)?\(([^()]+)\)[ \t.]*$/;

/**
 * The instruction of a field the template leaves for the author (`- Feature Name: (fill me in
 * with a unique ident)`): outside sections, only these are text to replace; the rest of a
 * field list (labels, links to where a number will be) stays.
 */
function fieldInstruction(text: string): string | undefined {
  return FIELD_INSTRUCTION.exec(text.trim())?.[1];
}

/**
 * Prose meant to be replaced, as opposed to scaffold: labels such as `**Goals:**` and lines that
 * are only links (a table of contents) stay in a filled document.
 */
function isGuidance(node: Paragraph): boolean {
  let words = 0;
  const stack: Nodes[] = [...node.children];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (n.type === 'link' || n.type === 'linkReference') continue;
    if (n.type === 'text') words += n.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    else if ('children' in n) stack.push(...(n.children as Nodes[]));
  }
  if (words < MIN_GUIDANCE_WORDS) return false;
  const text = collapseSpace(plainText(node));
  const onlyStrong = node.children.every((c) => c.type === 'strong' || c.type === 'emphasis' || (c.type === 'text' && c.value.trim() === ''));
  if (onlyStrong && text.endsWith(':')) return false;
  return true;
}
