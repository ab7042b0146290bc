/**
 * Reads what a template's words demand of each section (optional, conditional, text to keep)
 * and what its front matter asks for. See `template-reading.ts` for the phrasings.
 */
import type { Root } from 'mdast';
import { type Outline } from './outline.js';
import { type Requirement } from './template-reading.js';
import { type PlaceholderSyntax } from './placeholder-syntax.js';
import { type TemplateModel, type TemplateSection } from './template-model.js';
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
    placeholder?: {
        text: string;
        syntax: PlaceholderSyntax;
    };
    /** Why the field may be left out, when the template says so. */
    optional?: Requirement;
}
/**
 * Sets each section's `optional` and `requirement` from the template's words, and moves text
 * the template means to keep out of the guidance it reports when left.
 */
export declare function readRequirements(root: Root, outline: Outline, byIndex: TemplateSection[], model: TemplateModel): void;
/**
 * The template's front matter fields: which hold placeholders (registered with the model) and
 * which the template says may be left out.
 */
export declare function readFrontMatter(root: Root, model: TemplateModel): FrontMatterField[];
