/**
 * Reads what a template's words demand of each section (optional, conditional, text to keep)
 * and what its front matter asks for. See `template-reading.ts` for the phrasings.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { isComment, plainText, walk, type Outline } from './outline.js';
import {
  commentText,
  CONDITIONAL_PHRASES,
  directiveOf,
  findPhrase,
  FILLER_PHRASES,
  FREE_FORM_PHRASES,
  KEEP_PHRASES,
  LEFT_FOR_OTHERS_PHRASES,
  OPTIONAL_PHRASES,
  opensWithCondition,
  stageOf,
  type PhraseHit,
  type Requirement
} from './template-reading.js';
import { findAngleSpans, findCurlySpans, type PlaceholderSyntax } from './placeholder-syntax.js';
import { guidanceKey, registerValuePlaceholder, type TemplateModel, type TemplateSection } from './template-model.js';
import { collapseSpace } from './text-utils.js';

/** Text the template means to stay in every document, and why plancheck reads it so. */
export interface KeptText {
  text: string;
  section: string[];
  line: number;
  /** `directive`: `<!-- plancheck: keep -->`; `sentence`: the template asks for it to stay; `fixed`: the one section without guidance in a template whose guidance is hidden. */
  why: 'directive' | 'sentence' | 'fixed';
  /** The template's words that said so, when a sentence did. */
  said?: string;
}

/** A front matter field of the template. */
export interface FrontMatterField {
  key: string;
  line: number;
  value: string;
  /** The value is a placeholder for the author to replace. */
  placeholder?: { text: string; syntax: PlaceholderSyntax };
  /** Why the field may be left out, when the template says so. */
  optional?: Requirement;
}

/** A comment right before a heading that says the element after it is optional. */
const BEFORE_HEADING = /\b(?:this|the following) is an optional (?:section|subsection|element|part)\b/i;
/** A YAML comment over fields that says they are all optional. */
const OPTIONAL_FIELDS = /\b(?:these|all of these|the following) (?:are|fields are) optional\b/i;
/** Fewest words that make a comment or quote guidance (shorter ones are markers). */
const HIDDEN_GUIDANCE_WORDS = 15;

/** The 1-based line of `offset` in `text`, counted from `startLine`. */
function lineIn(text: string, offset: number, startLine: number): number {
  let line = startLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

interface Said {
  text: string;
  line: number;
  kind: 'comment' | 'sentence';
  node: RootContent;
}

/**
 * Sets each section's `optional` and `requirement` from the template's words, and moves text
 * the template means to keep out of the guidance it reports when left.
 */
export function readRequirements(root: Root, outline: Outline, byIndex: TemplateSection[], model: TemplateModel): void {
  const children = root.children;
  const headingAt = new Set(outline.headings.map((h) => h.bodyStart - 1));
  /** A comment that speaks about the heading right after it, not about its own section. */
  const aboutNextHeading = (i: number): boolean => {
    const n = children[i];
    if (!n || n.type !== 'html' || !headingAt.has(i + 1)) return false;
    return directiveOf(n.value) !== undefined || BEFORE_HEADING.test(collapseSpace(commentText(n.value)));
  };
  const bodies = outline.headings.map((h) => {
    const said: Said[] = [];
    for (let i = h.bodyStart; i < h.bodyEnd; i++) {
      const n = children[i];
      if (aboutNextHeading(i)) continue;
      const line = n.position?.start.line ?? h.line;
      if (n.type === 'html' && isComment(n.value)) {
        if (directiveOf(n.value) === undefined) said.push({ text: commentText(n.value), line, kind: 'comment', node: n });
      } else if (n.type === 'paragraph' || n.type === 'blockquote' || n.type === 'list') {
        said.push({ text: plainText(n as Nodes), line, kind: n.type === 'blockquote' ? 'comment' : 'sentence', node: n });
      }
    }
    return said;
  });

  for (const h of outline.headings) {
    const section = byIndex[h.index];
    if (section === model.title) continue;
    const free = firstHit(bodies[h.index], FREE_FORM_PHRASES, false);
    // The sentence that says it, not the quote or comment it stands in.
    if (free) section.freeForm = { line: free.line, text: free.text.split(/(?<=[.!?])\s*/).find((x) => FREE_FORM_PHRASES.some((r) => r.test(x))) ?? free.text };
    const before = children[h.bodyStart - 2];
    if (before && before.type === 'html' && h.bodyStart - 2 >= 0) {
      const directive = directiveOf(before.value);
      const line = before.position?.start.line ?? h.line;
      if (directive === 'optional' || directive === 'required') {
        section.optional = directive === 'optional';
        section.requirement = { source: 'directive', conditional: false, line, text: collapseSpace(before.value), required: directive === 'required' };
        continue;
      }
      const m = BEFORE_HEADING.exec(collapseSpace(commentText(before.value)));
      if (m && !section.requirement) {
        section.optional = true;
        section.requirement = { source: 'comment', conditional: false, line, text: sentenceAround(collapseSpace(commentText(before.value)), m.index) };
        continue;
      }
    }
    // A directive inside the section's own body speaks for the section.
    for (let i = h.bodyStart; i < h.bodyEnd; i++) {
      const n = children[i];
      if (n.type !== 'html' || aboutNextHeading(i)) continue;
      const directive = directiveOf(n.value);
      if (directive === 'optional' || directive === 'required') {
        section.optional = directive === 'optional';
        section.requirement = { source: 'directive', conditional: false, line: n.position?.start.line ?? h.line, text: collapseSpace(n.value), required: directive === 'required' };
      }
    }
    if (section.requirement) continue;
    const said = bodies[h.index];
    const left = firstHit(said, LEFT_FOR_OTHERS_PHRASES, false);
    const found = firstHit(said, CONDITIONAL_PHRASES, true) ?? firstHit(said, OPTIONAL_PHRASES, false) ?? openingCondition(said) ?? (left ? { ...left, leftForOthers: true } : undefined);
    if (found) {
      section.optional = true;
      section.requirement = found;
    }
  }

  // The stages the template's conditions name, in the order it names them: a proposal passes
  // through the first on its way to the later ones.
  const staged = model.sections.filter((t) => t.requirement?.conditional && t.requirement.stage).sort((a, b) => (a.requirement?.line ?? 0) - (b.requirement?.line ?? 0));
  for (const t of staged) if (!model.stages.includes(t.requirement?.stage as string)) model.stages.push(t.requirement?.stage as string);

  readKeepText(children, outline, byIndex, bodies, model);
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('!', at - 1), text.lastIndexOf('?', at - 1)) + 1;
  const rest = text.slice(at).search(/[.!?](\s|$)/);
  return text.slice(start, rest === -1 ? text.length : at + rest + 1).trim();
}

function firstHit(said: Said[], phrases: readonly RegExp[], conditional: boolean): Requirement | undefined {
  for (const s of said) {
    const hit: PhraseHit | undefined = findPhrase(s.text, phrases);
    if (!hit) continue;
    const stage = conditional ? stageOf(hit.sentence) : undefined;
    return { source: s.kind, conditional, line: lineIn(s.text, hit.offset, s.line), text: collapseSpace(hit.sentence), ...(stage ? { stage } : {}) };
  }
  return undefined;
}

function openingCondition(said: Said[]): Requirement | undefined {
  const first = said[0];
  if (!first) return undefined;
  const hit = opensWithCondition(first.text.trim());
  return hit ? { source: first.kind, conditional: true, line: first.line, text: collapseSpace(hit.sentence) } : undefined;
}

/** Whether a section's own body gives guidance hidden from readers (a comment or a quote). */
function hidesGuidance(said: Said[]): boolean {
  return said.some((s) => s.kind === 'comment' && s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= HIDDEN_GUIDANCE_WORDS);
}

function readKeepText(children: RootContent[], outline: Outline, byIndex: TemplateSection[], bodies: Said[][], model: TemplateModel): void {
  const withBody = outline.headings.filter((h) => byIndex[h.index] !== model.title && bodies[h.index].length > 0);
  const hidden = withBody.filter((h) => hidesGuidance(bodies[h.index]));
  // A template that hides its guidance in comments or quotes shows readers only text to keep.
  const hiddenStyle = hidden.length >= 2 && hidden.length * 2 >= withBody.length;
  const keepNode = (node: RootContent, section: TemplateSection, why: KeptText['why'], said?: string): void => {
    walk([node], (n) => {
      if (n.type === 'blockquote' || n.type === 'html') return false;
      if (n.type === 'paragraph') {
        const key = guidanceKey(n);
        if (model.guidance.get(key) === section.path) model.guidance.delete(key);
        if (key !== '' && !model.keep.some((k) => k.text === key)) model.keep.push({ text: collapseSpace(plainText(n)), section: section.path, line: n.position?.start.line ?? section.line, why, ...(said ? { said } : {}) });
        return false;
      }
      if (n.type === 'code') {
        const key = collapseSpace(n.value);
        if (model.examples.get(key) === section.path) model.examples.delete(key);
        return false;
      }
      return undefined;
    });
  };
  for (const h of outline.headings) {
    const section = byIndex[h.index];
    if (section === model.title) continue;
    const said = bodies[h.index];
    const asked = firstHit(
      said.filter((s) => s.kind === 'comment'),
      KEEP_PHRASES,
      false
    );
    // A stand-in the template accepts for a draft ("No backward compatibility issues found.")
    // may also be the finished answer: not guidance to report. Markers in it (TBD) still are.
    const filler = firstHit(
      said.filter((s) => s.kind === 'comment'),
      FILLER_PHRASES,
      false
    );
    for (let i = h.bodyStart; i < h.bodyEnd; i++) {
      const n = children[i];
      if (n.type === 'html') continue;
      if (filler && n.type === 'paragraph') {
        const key = guidanceKey(n);
        if (model.guidance.get(key) === section.path) model.guidance.delete(key);
        continue;
      }
      const prev = children[i - 1];
      if (prev && prev.type === 'html' && directiveOf(prev.value) === 'keep') keepNode(n, section, 'directive');
      else if (asked) keepNode(n, section, 'sentence', asked.text);
      else if (hiddenStyle && !hidesGuidance(said) && !section.checklist && n.type === 'paragraph') keepNode(n, section, 'fixed');
    }
  }
}

/**
 * The template's front matter fields: which hold placeholders (registered with the model) and
 * which the template says may be left out.
 */
export function readFrontMatter(root: Root, model: TemplateModel): FrontMatterField[] {
  const first = root.children[0];
  if (!first || first.type !== 'yaml') return [];
  const fields: FrontMatterField[] = [];
  const start = (first.position?.start.line ?? 1) + 1;
  let allOptional: Requirement | undefined;
  first.value.split('\n').forEach((raw, i) => {
    const line = start + i;
    const comment = /^\s*#\s?(.*)$/.exec(raw);
    if (comment) {
      if (OPTIONAL_FIELDS.test(comment[1])) allOptional = { source: 'comment', conditional: false, line, text: comment[1].trim() };
      return;
    }
    const m = /^([A-Za-z0-9_-]+):[ \t]*(.*)$/.exec(raw);
    if (!m) return;
    // A trailing `# ...` after the value is the template's word on the field.
    const hash = m[2].search(/\s#\s/);
    const value = (hash === -1 ? m[2] : m[2].slice(0, hash)).trim();
    const note = hash === -1 ? '' : m[2].slice(hash).replace(/^\s*#\s*/, '');
    const field: FrontMatterField = { key: m[1], line, value };
    const spans = [...findAngleSpans(value).map((s) => ({ ...s, syntax: 'angle' as const })), ...findCurlySpans(value).map((s) => ({ ...s, syntax: 'curly' as const }))];
    const whole = spans.find((s) => s.start === 0 && s.end === value.length);
    // A field the template leaves for someone else, by its note or by its placeholder's own words.
    const left = (note !== '' ? findPhrase(note, LEFT_FOR_OTHERS_PHRASES) : undefined) ?? (whole ? findPhrase(whole.inner, LEFT_FOR_OTHERS_PHRASES) : undefined);
    if (whole) {
      field.placeholder = { text: value, syntax: whole.syntax };
      registerValuePlaceholder(model, whole.inner, whole.syntax, line, left ? collapseSpace(left.sentence) : undefined);
    }
    const conditional = note !== '' ? findPhrase(note, CONDITIONAL_PHRASES) : undefined;
    const optional = note !== '' ? findPhrase(note, [...OPTIONAL_PHRASES, /\bremove this field\b/i]) : undefined;
    if (conditional || optional) field.optional = { source: 'comment', conditional: Boolean(conditional), line, text: collapseSpace((conditional ?? optional)?.sentence ?? note) };
    else if (left) field.optional = { source: 'comment', conditional: false, line, text: collapseSpace(left.sentence), leftForOthers: true };
    else if (allOptional) field.optional = allOptional;
    fields.push(field);
  });
  return fields;
}
