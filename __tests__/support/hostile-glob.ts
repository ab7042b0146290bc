/**
 * A glob that JavaScript's regular expressions (picomatch) take minutes over for a 40-character
 * name and practically forever for a few hundred: each `*` may take any share of the a's, and
 * the missing `b` makes the engine try every split. The name is what a pull request controls.
 */
export const HOSTILE_GLOB = '*a'.repeat(20) + '*b';
export const HOSTILE_NAME = 'a'.repeat(100_000);
