import type { DocumentResult, Finding } from '../engine/types.js';
/** The finding that says a pull request needs a plan, when the result is one. */
export declare function requirementOf(r: DocumentResult): Finding | undefined;
/**
 * The checklist block of a pull request that needs a plan: which changes made it necessary and
 * how to start one. File names are the pull request's and untrusted: each is a code span.
 */
export declare function renderRequirement(f: Finding): string[];
