import { type TemplateModel } from './template-model.js';
export { findPlaceholderSpans, registerValuePlaceholder, siblingsOf, type TemplateModel, type TemplatePlaceholder, type TemplateSection } from './template-model.js';
/** What a template is read with besides its own text. */
export interface TemplateOptions {
    /** Template heading (path `A > B` or name) -> further headings that stand for it. */
    aliases?: Record<string, string[]>;
}
/** A template that cannot be used, with the line to look at. */
export declare class TemplateError extends Error {
    readonly line: number;
    constructor(message: string, line?: number);
}
/**
 * Parses a Markdown template into sections and classifies what each one holds: placeholders,
 * guidance prose, example code, and scaffold meant to stay.
 */
export declare function buildTemplate(source: string, name: string, options?: TemplateOptions): TemplateModel;
