/** A document's heap when no memory-limit is configured, in MB. Its own module: the command line
 * starts a worker with it before anything else is loaded. */
export declare const DEFAULT_MEMORY_LIMIT_MB = 1024;
