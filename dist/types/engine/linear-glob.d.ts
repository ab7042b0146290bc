/** How a glob is read: the picomatch options plancheck uses. */
export interface GlobOptions {
    /** Wildcards match a leading dot (`.github`); off, a hidden segment must be named. */
    dot?: boolean;
    nocase?: boolean;
    /** `[bot]` is the letters, as in `dependabot[bot]`, not a character class. */
    literalBrackets?: boolean;
}
/** A glob that cannot be matched in linear time, or at all. */
export declare class GlobError extends Error {
    readonly glob: string;
    readonly reason: string;
    constructor(glob: string, reason: string);
}
/**
 * A glob as a predicate that runs in linear time in the path, whatever the glob: picomatch reads
 * the glob (its syntax and meaning: `**`, braces, brackets, extglobs, a leading `!`) and its
 * regular expression runs on RE2 (re2js) instead of JavaScript's backtracking engine, which a
 * glob such as `*a*a*a*a*a*a*a*a*a*a*b` holds for minutes over a 40-character name.
 * Throws a {@link GlobError} for a glob that cannot be compiled or run in linear time.
 */
export declare function linearGlob(glob: string, options?: GlobOptions): (path: string) => boolean;
/** Whether a path matches any of the globs (picomatch's meaning of a list), in linear time. */
export declare function linearGlobAny(globs: string[], options?: GlobOptions): (path: string) => boolean;
