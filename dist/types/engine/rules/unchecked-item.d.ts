/** unchecked-item: unticked task items in the sections configured as checklists. */
export declare const uncheckedItem: import("./rule.js").Rule<"unchecked-item">;
