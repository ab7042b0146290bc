import { DEFAULT_MEMORY_LIMIT_MB } from './budget-defaults.js';
import type { CheckOptions } from './check.js';
import { type GlobOptions } from './linear-glob.js';
import { type RuleId, type Severity } from './types.js';
/** A template chosen for the documents whose paths match `paths`. */
export interface TemplateRoute {
    paths: string[];
    template: string;
}
/** The configuration file (`.github/plancheck.yml`), validated. */
export interface PlancheckConfig {
    /** Template for documents no route matches; undefined means the embedded default. */
    template?: string;
    templates: TemplateRoute[];
    /** Globs of planning documents; undefined leaves it to the caller's default. */
    paths?: string[];
    exempt: string[];
    optional: string[];
    /** Template heading (path or name) -> other headings that stand for it. */
    aliases: Record<string, string[]>;
    /** Sections where a bare "None"/"N/A" is an error: a reason is required there. */
    requireReason: string[];
    checklists: string[];
    markers: string[];
    patterns: RegExp[];
    rules: Partial<Record<RuleId, Severity | 'off'>>;
    draft: {
        field: string;
        values: string[];
    };
    maxSize: number;
    /** Seconds one document may take to check; past it, it fails as too complex to check. */
    timeLimit: number;
    /** Seconds all documents of a run may take to check together; past it, those left fail unchecked. */
    totalTimeLimit: number;
    /** Megabytes of heap one document may take to check; past it, it fails the same way. */
    memoryLimit: number;
    /** When a pull request must bring a plan; undefined: plans are checked only when present. */
    require?: PlanRequirementConfig;
    /** Pull request labels that skip the check (it passes and says which label did). */
    skipLabels: string[];
    /** Pull request authors, by login glob, whose pull requests are not checked. */
    exemptAuthors: string[];
    /** The team's own words shown in the comment, e.g. a link to its planning guide. */
    message?: string;
}
/** The `require` setting: which changed files make a plan necessary. */
export interface PlanRequirementConfig {
    /** Globs of files whose change needs a plan; a leading `!` excludes. */
    whenChanged: string[];
}
/** A configuration file that cannot be used: names the file, the line and the key. */
export declare class ConfigError extends Error {
    readonly file: string;
    readonly line: number;
    readonly key?: string | undefined;
    constructor(message: string, file: string, line: number, key?: string | undefined);
}
/** The configuration in force when there is no file. */
export declare function defaultConfig(): PlancheckConfig;
/** Seconds a document may take to check by default: a 4 MiB document takes about a third of it. */
export declare const DEFAULT_TIME_LIMIT_SECONDS = 30;
/** Seconds a run's documents may take to check together by default: twenty stalling documents at the default time-limit. */
export declare const DEFAULT_TOTAL_TIME_LIMIT_SECONDS = 600;
export { DEFAULT_MEMORY_LIMIT_MB };
/** Where the configuration is looked for when none is named, in order. */
export declare const CONFIG_CANDIDATES: string[];
/** A file's bytes, or `undefined` when there is no such file; other failures throw. */
export type ConfigReader = (path: string) => Promise<Uint8Array | undefined>;
/**
 * The configuration in force, for both the action and the command line: the named file, which
 * must exist (`missing` words the error), else the first of {@link CONFIG_CANDIDATES} that
 * exists, else the defaults. Also returns the path read.
 */
export declare function loadConfig(read: ConfigReader, named: string | undefined, missing: (path: string) => Error): Promise<{
    config: PlancheckConfig;
    path?: string;
}>;
/** The top-level keys a configuration file may have. */
export declare const KNOWN_KEYS: string[];
/** Parses and validates a YAML configuration file. */
export declare function parseConfig(text: string, file: string): PlancheckConfig;
/** How paths are globbed: wildcards match hidden files (`.github/...`). */
export declare const PATH_GLOBS: GlobOptions;
/** How logins are globbed: brackets are letters (`dependabot[bot]`), case does not count. */
export declare const AUTHOR_GLOBS: GlobOptions;
/**
 * Compiles a user pattern: JavaScript syntax (`/body/flags` or bare), run on a linear-time
 * engine because patterns run over untrusted text; what that engine cannot run
 * (back-references, lookaround) is refused here, naming the file, line and key.
 */
export declare function compilePattern(source: string, file: string, line: number, key?: string): RegExp;
/** The check options a configuration implies. */
export declare function toCheckOptions(config: PlancheckConfig): CheckOptions;
/** The template path configured for a document, or undefined for the default. */
export declare function templateFor(config: PlancheckConfig, docPath: string): string | undefined;
/** Whether the configuration exempts a document from checking. */
export declare function isExempt(config: PlancheckConfig, docPath: string): boolean;
