/** unknown-section: headings beside the template's sections that the template does not have. */
export declare const unknownSection: import("./rule.js").Rule<"unknown-section">;
