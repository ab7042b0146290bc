/** placeholder: the template's own placeholders and the generic markers, each where it is. */
export declare const placeholder: import("./rule.js").Rule<"placeholder">;
/**
 * Whether a marker stands alone as a leftover: it is all of its list item, table cell, field
 * value or line, or it is set off as a note (`[TBD]`; `TODO:`, `TODO(name)` where its line, item
 * or cell starts, or after a finished sentence). One inside a running sentence does not stand
 * alone, nor a note right after the text it remarks on (`[Benchmarks](...) TODO: inline`).
 */
export declare function standsAlone(text: string, offset: number, length: number): boolean;
