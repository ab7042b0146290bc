import type { DocumentResult, Finding, Severity } from '../engine/types.js';
/** One annotation on a document line, as the runner shows it. */
export interface Annotation {
    level: 'error' | 'warning' | 'notice';
    file: string;
    line: number;
    col: number;
    title: string;
    message: string;
}
/** The annotation for a finding. */
export declare function toAnnotation(path: string, f: Finding): Annotation;
/** The findings of one severity chosen for annotations, and how many were left out. */
export interface AnnotationPick {
    level: Severity;
    chosen: Array<{
        r: DocumentResult;
        f: Finding;
    }>;
    rest: number;
}
/**
 * Which findings get one of the `perLevel` annotations GitHub shows per severity: by the rules'
 * annotation order, spread over documents first so every incomplete document gets at least one.
 */
export declare function selectAnnotations(results: DocumentResult[], perLevel: number): AnnotationPick[];
/** Workflow commands (`::error file=…,line=…::…`), one a line, with every value escaped. */
export declare function formatGithub(results: DocumentResult[]): string;
