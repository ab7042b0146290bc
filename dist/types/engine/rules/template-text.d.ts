/** template-text: guidance prose or example code left as it is or nearly (found by the context's pre-pass). */
export declare const templateText: import("./rule.js").Rule<"template-text">;
