/**
 * Whether a section's body, though it renders something, says nothing: only punctuation, filler
 * text, a table with a header and no rows, an empty disclosure block, a list of blank items.
 */
import type { RootContent } from 'mdast';
/**
 * Why a section body says nothing, as a phrase that follows "says" or "is", or `undefined`
 * when it says something or shows nothing at all (an empty body is reported on its own).
 * Reasons: `only '...'`, `only filler text ('Lorem ipsum…')`, `a table with no rows`,
 * `an empty <details> block`, `a list whose items are all blank`.
 */
export declare function saysNothing(nodes: readonly RootContent[]): string | undefined;
