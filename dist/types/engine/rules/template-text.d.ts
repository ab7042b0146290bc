/** template-text: guidance prose or example code left as it is or nearly (found by the context's pre-pass). */
export declare const templateText: import("./rule.js").Rule<"template-text">;
/** Fewest words of the author's own, in the section of a template question, that answer it. */
export declare const ANSWER_WORDS = 5;
/**
 * Whether a passage only asks: every sentence of it ends with a question mark ("Why should we
 * *not* do this?"). One that also instructs ("... if any. Summarize the migrations.") does not.
 */
export declare function asksOnly(text: string): boolean;
