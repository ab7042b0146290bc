import { type PlaceholderSyntax } from './placeholder-syntax.js';
import type { PassageIndex } from './shingles.js';
import type { FrontMatterField, KeptText } from './template-requirements.js';
import type { Requirement } from './template-reading.js';
import { type BracketSpan } from './text-utils.js';
/** A section of the template: what heading the document must have, and what it asks for. */
export interface TemplateSection {
    /** The heading as the template writes it. */
    title: string;
    /** Headings from the top down to this one, in the template's words. */
    path: string[];
    depth: number;
    line: number;
    /** Normalised heading; for a heading with a placeholder, the words before it. */
    key: string;
    /** The heading holds a placeholder (`Alternative 1: [Name]`): it matches on `key` as a prefix. */
    isPattern: boolean;
    /** `key` with numbers generalised: sections sharing it form a repeatable group. */
    groupKey: string;
    optional: boolean;
    /** Why the section is optional (or, for `required`, why it is demanded despite its words). */
    requirement?: Requirement & {
        required?: boolean;
    };
    /** Further normalised headings that stand for this section (the `aliases` setting). */
    aliases: string[];
    parent?: TemplateSection;
    children: TemplateSection[];
    /** The template puts something an author must write under this heading. */
    expectsContent: boolean;
    /** The template's own body for this section holds a task list that is meant to stay. */
    checklist: boolean;
    /** The template leaves the section's layout to the author ("no fixed format"): where it is missing, the author's own heading in its place answers it. */
    freeForm?: {
        line: number;
        text: string;
    };
    /**
     * The template's body is a list of two or more placeholders (`- {title of option 1}`, `- {title
     * of option 2}`) and the next section's body repeats one of them (`Chosen option: "{title of
     * option 1}"`): a list of items the next section picks from.
     */
    pickedFrom?: boolean;
    /** The next section's words accepting that there was one item alone ("only option" in its justification), when they do. */
    singleItem?: string;
}
/** A placeholder the template leaves for authors to replace. */
export interface TemplatePlaceholder {
    /** How the template writes it, e.g. `[Goal 1]`. */
    text: string;
    section: string[];
    /** Its syntax: `[square]`, `{curly}`, `<angle>`, or a run of capitals (`NNNN`). */
    syntax: PlaceholderSyntax;
    /** 1-based line in the template. */
    line: number;
    /** The template's words leaving it for someone else ("assigned on merge"): not reported when left. */
    leftFor?: string;
}
/** A parsed template, ready to check any number of documents against. */
export interface TemplateModel {
    /** Where the template came from, for reports. */
    name: string;
    title?: TemplateSection;
    /** Every section but the title, in template order. */
    sections: TemplateSection[];
    /** The sections directly under the title (or at the top when there is no title). */
    roots: TemplateSection[];
    /** Placeholder key (see `placeholderKey`) -> the placeholder. */
    placeholders: Map<string, TemplatePlaceholder>;
    /** Bare words the template uses as placeholders (`NNNN` in `KEP-NNNN`). */
    placeholderWords: Set<string>;
    /** Guidance prose to be replaced, normalised -> section path. */
    guidance: Map<string, string[]>;
    /** Example code to be replaced, normalised -> section path. */
    examples: Map<string, string[]>;
    /** The placeholder syntaxes the template uses, so a document is searched for those alone. */
    syntaxes: Set<PlaceholderSyntax>;
    /** Text the template means to stay in every document (never reported as template text). */
    keep: KeptText[];
    /** The template's front matter fields, when it has front matter. */
    frontMatter: FrontMatterField[];
    /** The stages its conditional sections name ("when targeting beta"), in the order it names them. */
    stages: string[];
    /**
     * Guidance, examples, placeholders worded as instructions, front matter values and the lines
     * before the first heading, indexed for near-verbatim search.
     */
    passages: PassageIndex;
}
/** Registers the template's front matter placeholders (`<angle>` and `{curly}` values). */
export declare function registerValuePlaceholder(model: TemplateModel, inner: string, syntax: PlaceholderSyntax, line: number, leftFor?: string): void;
/** Finds the placeholders of the syntaxes `syntaxes` in a stretch of text. */
export declare function findPlaceholderSpans(text: string, syntaxes: Set<PlaceholderSyntax>): Array<BracketSpan & {
    syntax: PlaceholderSyntax;
}>;
/** The sections beside a section, in the template's order: its parent's subsections, or the top-level sections. */
export declare function siblingsOf(model: TemplateModel, section: TemplateSection): TemplateSection[];
