/**
 * A document's heap when no memory-limit is configured, in MB. Its own module: the command line
 * starts a worker with it before anything else is loaded. Not lower: under 2048 MB V8 grows a
 * heap less after each full collection and keeps a smaller young generation, and 200 KEPs took
 * 1.2x as long in a worker limited to 1024 MB as with no limit (the same in one limited to 2048).
 */
export declare const DEFAULT_MEMORY_LIMIT_MB = 2048;
