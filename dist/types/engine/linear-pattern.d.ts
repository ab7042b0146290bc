import type { RE2JS } from 're2js';
/** Compiles a JavaScript regular expression for the linear-time engine; throws what it cannot run. */
export declare function toLinear(pattern: RegExp): RE2JS;
/** Why RE2 cannot run a pattern JavaScript accepts, in a user's words; `undefined` when it can. */
export declare function linearRefusal(pattern: RegExp): string | undefined;
/** The first match of a pattern in a line (one line: no pattern spans two), found in linear time. */
export declare function firstMatch(pattern: RegExp, line: string): {
    index: number;
    text: string;
} | undefined;
