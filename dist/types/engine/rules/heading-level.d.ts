/** heading-level: a section's heading at another level than the template's (after the document's offset). */
export declare const headingLevel: import("./rule.js").Rule<"heading-level">;
