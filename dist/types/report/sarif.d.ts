import type { DocumentResult } from '../engine/types.js';
/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export declare function formatSarif(results: DocumentResult[], version: string): string;
