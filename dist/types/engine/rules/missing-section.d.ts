/** missing-section: once per missing subtree, placed where the section belongs. */
export declare const missingSection: import("./rule.js").Rule<"missing-section">;
