import type { DocumentResult } from '../engine/types.js';
/**
 * The report for people: grouped by document, coloured only when `color` is set. `unchecked`
 * counts files that could not be read at all, so the verdict never reads complete without them.
 */
export declare function formatText(results: DocumentResult[], color?: boolean, unchecked?: number): string;
