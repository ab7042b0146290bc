/** Default for the largest document checked; larger ones are reported, not parsed. */
export declare const DEFAULT_MAX_BYTES: number;
/**
 * Turns a file's bytes into text the engine can check: refuses binary data, invalid UTF-8 and
 * documents over `maxBytes`, naming the line where the problem is. Drops a BOM.
 */
export declare function decodeDocument(bytes: Uint8Array, maxBytes?: number): string;
/**
 * Strict UTF-8 to text, for every file plancheck reads (documents, templates, configuration):
 * the one place a BOM is dropped. Invalid bytes are refused, naming the line.
 */
export declare function decodeText(bytes: Uint8Array): string;
/** A size in the units people read: `512 B`, `3.2 KiB`, `4.0 MiB`. */
export declare function formatBytes(n: number): string;
