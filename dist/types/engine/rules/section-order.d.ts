/** section-order: siblings outside the longest run that keeps the template's order. */
export declare const sectionOrder: import("./rule.js").Rule<"section-order">;
