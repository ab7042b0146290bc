/**
 * How plancheck read a template, section by section: what it will demand of a document and
 * why. Template owners read it before rolling a template out (`plancheck explain`).
 */
import type { PlaceholderSyntax } from './placeholder-syntax.js';
import { isWildcard, labelsFor, otherWordsFor } from './match.js';
import type { FrontMatterField, KeptText } from './template-requirements.js';
import type { TemplateModel, TemplateSection } from './template.js';
import { collapseSpace } from './text-utils.js';

/** One section as plancheck reads it. */
export interface ExplainedSection {
  /** Heading path in the template's words. */
  path: string[];
  depth: number;
  line: number;
  required: boolean;
  /** Required only in some cases the template names (plancheck treats it as optional). */
  conditional: boolean;
  /** The stage its condition names ("when targeting beta"), when it names one. */
  stage?: string;
  /** Why it is optional or required: the heading marker, the template's words at a line, or the configuration. */
  why: string;
  /** Other headings configured to stand for this one. */
  aliases: string[];
  /** The template leaves its layout to the author: missing, the author's own heading in its place answers it. */
  freeForm?: { line: number; text: string };
  /** Other words that name this section in an author's heading (`abstract` for `Summary`), matched with a warning. */
  otherWords: string[];
  /** Labels that answer this required section in a paragraph of its own in its place (`Decision:`), matched with a warning. */
  labels: string[];
  /** Its list of placeholders is what the next section picks from: a list written with the choice under the next section answers it. */
  pickedFrom: boolean;
  /** The next section's words accepting a choice with no rival ("only option"): missing, the list is a warning when the document says it had one. */
  singleItem?: string;
  /** The heading is wholly a placeholder: the author's own heading in its place matches it, as many times as needed. */
  wildcard: boolean;
  /** The heading holds a placeholder, matched on the words before it. */
  pattern: boolean;
  /** The template asks for text under this heading. */
  expectsContent: boolean;
  placeholders: Array<{ text: string; syntax: PlaceholderSyntax; line: number; leftFor?: string }>;
  /** Guidance prose that must not be left as it is. */
  guidance: string[];
  /** Example code that must not be left as it is. */
  examples: string[];
  /** Text that stays in every document. */
  keep: Array<{ text: string; line: number; why: string }>;
}

/** The whole reading of a template. */
export interface TemplateExplanation {
  template: string;
  title?: string;
  syntaxes: PlaceholderSyntax[];
  /** Bare words the template uses as placeholders (`NNNN`). */
  placeholderWords: string[];
  frontMatter: FrontMatterField[];
  /** Placeholders the template leaves for someone other than the author: never reported when left. */
  leftForOthers: Array<{ text: string; section: string[]; line: number; said: string }>;
  sections: ExplainedSection[];
}

/** Names that mark a section optional in the configuration (`optional`). */
function namedIn(section: TemplateSection, names: string[]): string | undefined {
  const full = section.path.map((p) => collapseSpace(p).toLowerCase()).join(' > ');
  const own = collapseSpace(section.title).toLowerCase();
  return names.find((n) => {
    const want = n.split('>').map((p) => collapseSpace(p).toLowerCase()).join(' > ');
    return want === full || want === own;
  });
}

function keepWhy(k: KeptText): string {
  if (k.why === 'directive') return 'after <!-- plancheck: keep -->';
  if (k.why === 'sentence') return `the template says "${k.said ?? ''}"`;
  return 'the only text of a section without guidance in a template whose guidance is in comments or quotes';
}

/** Explains a template model; `optional` is the configuration's list of optional sections. */
export function explainTemplate(model: TemplateModel, optional: string[] = []): TemplateExplanation {
  const byPath = (path: string[]): string => path.join('\u0000');
  const sections = model.sections.map((t): ExplainedSection => {
    let required = !t.optional;
    let conditional = false;
    let why = 'required: the template gives no sign that it may be left out';
    const configured = namedIn(t, optional);
    let ancestor: TemplateSection | undefined;
    for (let p = t.parent; p && p !== model.title; p = p.parent) if (p.optional && !ancestor) ancestor = p;
    if (t.requirement?.required) why = `required: ${t.requirement.text} (line ${t.requirement.line})`;
    else if (t.requirement && t.optional) {
      conditional = t.requirement.conditional;
      const what = t.requirement.source === 'heading' ? 'its heading is marked optional' : t.requirement.source === 'directive' ? 'the template says' : conditional ? 'only in some cases, the template says' : t.requirement.leftForOthers ? 'left for someone other than the author, the template says' : 'the template says';
      const stage = conditional && t.requirement.stage ? `, due from stage ${t.requirement.stage}${model.stages[0] === t.requirement.stage ? ' (the first the template names)' : ''}` : '';
      why = `${conditional ? 'conditional' : 'optional'}: ${what} "${t.requirement.text}" (line ${t.requirement.line})${stage}`;
    } else if (configured) {
      required = false;
      why = `optional: the configuration's optional list names '${configured}'`;
    } else if (ancestor) {
      required = false;
      why = `optional: it sits under '${ancestor.title}', which is optional`;
    }
    if (configured) required = false;
    return {
      path: t.path,
      depth: t.depth,
      line: t.line,
      required,
      conditional,
      ...(t.requirement?.conditional && t.requirement.stage ? { stage: t.requirement.stage } : {}),
      why,
      aliases: [...t.aliases],
      otherWords: otherWordsFor(t.key),
      labels: t.isPattern || t.optional || !t.expectsContent ? [] : labelsFor(t.key),
      pickedFrom: t.pickedFrom === true,
      ...(t.singleItem ? { singleItem: t.singleItem } : {}),
      ...(t.freeForm ? { freeForm: { ...t.freeForm } } : {}),
      wildcard: isWildcard(t),
      pattern: t.isPattern && !isWildcard(t),
      expectsContent: t.expectsContent,
      placeholders: [...model.placeholders.values()].filter((p) => byPath(p.section) === byPath(t.path)).map((p) => ({ text: p.text, syntax: p.syntax, line: p.line, ...(p.leftFor ? { leftFor: p.leftFor } : {}) })),
      guidance: [...model.guidance].filter(([, p]) => byPath(p) === byPath(t.path)).map(([g]) => g),
      examples: [...model.examples].filter(([, p]) => byPath(p) === byPath(t.path)).map(([e]) => e),
      keep: model.keep.filter((k) => byPath(k.section) === byPath(t.path)).map((k) => ({ text: k.text, line: k.line, why: keepWhy(k) }))
    };
  });
  return {
    template: model.name,
    title: model.title?.title,
    syntaxes: [...model.syntaxes].sort(),
    placeholderWords: [...model.placeholderWords].sort(),
    frontMatter: model.frontMatter,
    leftForOthers: [...model.placeholders.values()].filter((p) => p.leftFor).map((p) => ({ text: p.text, section: p.section, line: p.line, said: p.leftFor as string })),
    sections
  };
}
