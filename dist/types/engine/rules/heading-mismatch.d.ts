/** heading-mismatch: a heading matched to a section only by typo distance. */
export declare const headingMismatch: import("./rule.js").Rule<"heading-mismatch">;
