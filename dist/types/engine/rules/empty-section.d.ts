/** empty-section: a heading with nothing under it, only a bare "N/A", or nothing said (see `saysNothing`). */
export declare const emptySection: import("./rule.js").Rule<"empty-section">;
