/** placeholder: the template's own placeholders and the generic markers, each where it is. */
export declare const placeholder: import("./rule.js").Rule<"placeholder">;
/**
 * Whether a marker stands alone as a leftover: it is all of its list item, table cell, field
 * value or line, or it is set off as a note (`TODO:`, `TODO(name)`, `[TBD]`). One inside a
 * running sentence does not stand alone.
 */
export declare function standsAlone(text: string, offset: number, length: number): boolean;
