import type { Node as YamlNode } from 'yaml';
import { DEFAULT_MEMORY_LIMIT_MB } from './budget-defaults.js';
import type { CheckOptions } from './check.js';
import { DocumentError } from './errors.js';
import { decodeText, DEFAULT_MAX_BYTES } from './input.js';
import { linearGlob, linearGlobAny, type GlobOptions } from './linear-glob.js';
import { yamlParser } from './lazy-modules.js';
import { linearRefusal } from './linear-pattern.js';
import { RULE_IDS } from './rules/registry.js';
import { DEFAULT_MARKERS, SEVERITIES, type RuleId, type Severity } from './types.js';

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
  draft: { field: string; values: string[] };
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
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly key?: string
  ) {
    super(`${file}:${line}: ${key ? `${key}: ` : ''}${message}`);
    this.name = 'ConfigError';
  }
}

/** The configuration in force when there is no file. */
export function defaultConfig(): PlancheckConfig {
  return {
    templates: [],
    exempt: [],
    optional: [],
    aliases: {},
    requireReason: [],
    checklists: [],
    markers: [...DEFAULT_MARKERS],
    patterns: [],
    rules: {},
    // Off: a front-matter draft is a team's choice (see `draft`), never a default way past the check.
    draft: { field: 'status', values: [] },
    maxSize: DEFAULT_MAX_BYTES,
    timeLimit: DEFAULT_TIME_LIMIT_SECONDS,
    totalTimeLimit: DEFAULT_TOTAL_TIME_LIMIT_SECONDS,
    memoryLimit: DEFAULT_MEMORY_LIMIT_MB,
    skipLabels: [],
    exemptAuthors: []
  };
}

/** Seconds a document may take to check by default: a 4 MiB document takes about a third of it. */
export const DEFAULT_TIME_LIMIT_SECONDS = 30;

/** Seconds a run's documents may take to check together by default: twenty stalling documents at the default time-limit. */
export const DEFAULT_TOTAL_TIME_LIMIT_SECONDS = 600;

// Heap a document may take to check by default: a 4 MiB document needs about half of it.
export { DEFAULT_MEMORY_LIMIT_MB };

/** Where the configuration is looked for when none is named, in order. */
export const CONFIG_CANDIDATES = ['.github/plancheck.yml', '.github/plancheck.yaml'];

/** A file's bytes, or `undefined` when there is no such file; other failures throw. */
export type ConfigReader = (path: string) => Promise<Uint8Array | undefined>;

/**
 * The configuration in force, for both the action and the command line: the named file, which
 * must exist (`missing` words the error), else the first of {@link CONFIG_CANDIDATES} that
 * exists, else the defaults. Also returns the path read.
 */
export async function loadConfig(read: ConfigReader, named: string | undefined, missing: (path: string) => Error): Promise<{ config: PlancheckConfig; path?: string }> {
  for (const candidate of named !== undefined ? [named] : CONFIG_CANDIDATES) {
    const bytes = await read(candidate);
    if (bytes === undefined) continue;
    let text: string;
    try {
      text = decodeText(bytes);
    } catch (e) {
      if (e instanceof DocumentError) throw new ConfigError(e.message, candidate, e.line);
      throw e;
    }
    return { config: parseConfig(text, candidate), path: candidate };
  }
  if (named !== undefined) throw missing(named);
  return { config: defaultConfig() };
}

/** The top-level keys a configuration file may have. */
export const KNOWN_KEYS = ['template', 'templates', 'paths', 'exempt', 'optional', 'aliases', 'require-reason', 'checklists', 'placeholders', 'rules', 'draft', 'max-size', 'time-limit', 'total-time-limit', 'memory-limit', 'require', 'skip-labels', 'exempt-authors', 'message'];

/** Parses and validates a YAML configuration file. */
export function parseConfig(text: string, file: string): PlancheckConfig {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlParser();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: YamlNode | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, file, e.linePos?.[0]?.line ?? 1);
  }
  const config = defaultConfig();
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return config;
  if (!isMap(root)) throw new ConfigError('expected a mapping of settings at the top level', file, lineOf(root));

  const fail = (node: YamlNode | null | undefined, key: string, message: string): never => {
    throw new ConfigError(message, file, lineOf(node), key);
  };
  const str = (node: YamlNode | null | undefined, key: string): string => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') fail(node, key, 'expected a non-empty string');
    return (node as { value: string }).value.trim();
  };
  const strList = (node: YamlNode | null | undefined, key: string): string[] => {
    if (isScalar(node) && typeof node.value === 'string') return [str(node, key)];
    if (!isSeq(node)) return fail(node, key, 'expected a list of strings');
    return (node.items as YamlNode[]).map((item, i) => str(item, `${key}[${i}]`));
  };

  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as YamlNode | null;
    switch (key) {
      case 'template':
        config.template = str(value, key);
        break;
      case 'templates': {
        if (!isSeq(value)) fail(value, key, 'expected a list of { paths, template }');
        config.templates = ((value as { items: YamlNode[] }).items ?? []).map((item, i) => {
          const at = `templates[${i}]`;
          if (!isMap(item)) return fail(item, at, 'expected { paths, template }');
          const route: Partial<TemplateRoute> = {};
          for (const p of item.items) {
            const k = isScalar(p.key) ? String(p.key.value) : '';
            if (k === 'paths') route.paths = strList(p.value as YamlNode, `${at}.paths`).map((g) => checkGlob(g, file, lineOf(p.value as YamlNode), `${at}.paths`));
            else if (k === 'template') route.template = str(p.value as YamlNode, `${at}.template`);
            else fail(p.key as YamlNode, `${at}.${k}`, 'unknown key (expected paths or template)');
          }
          if (!route.paths || !route.template) fail(item, at, 'needs both paths and template');
          return route as TemplateRoute;
        });
        break;
      }
      case 'paths':
        config.paths = strList(value, key).map((g) => checkGlob(g, file, lineOf(value), key));
        break;
      case 'exempt':
        config.exempt = strList(value, key).map((g) => checkGlob(g, file, lineOf(value), key));
        break;
      case 'optional':
        config.optional = strList(value, key);
        break;
      case 'checklists':
        config.checklists = strList(value, key);
        break;
      case 'require-reason':
        config.requireReason = strList(value, key);
        break;
      case 'aliases': {
        if (!isMap(value)) fail(value, key, 'expected a mapping of template headings to lists of other headings');
        for (const p of (value as { items: Array<{ key: unknown; value: unknown }> }).items) {
          const heading = isScalar(p.key) && typeof p.key.value === 'string' ? p.key.value.trim() : '';
          if (heading === '') fail(p.key as YamlNode, 'aliases', 'expected a template heading as the key');
          config.aliases[heading] = strList(p.value as YamlNode, `aliases.${heading}`);
        }
        break;
      }
      case 'placeholders': {
        if (!isMap(value)) fail(value, key, 'expected { markers, patterns, defaults }');
        let defaults = true;
        const markers: string[] = [];
        for (const p of (value as { items: Array<{ key: unknown; value: unknown }> }).items) {
          const k = isScalar(p.key) ? String(p.key.value) : '';
          const v = p.value as YamlNode;
          if (k === 'markers') markers.push(...strList(v, 'placeholders.markers'));
          else if (k === 'patterns') {
            // Each pattern's own line, so a refused one is found at once in a long list.
            const items = isSeq(v) ? (v.items as YamlNode[]) : [v];
            config.patterns = strList(v, 'placeholders.patterns').map((s, i) => compilePattern(s, file, lineOf(items[i] ?? v)));
          }
          else if (k === 'defaults') {
            if (!isScalar(v) || typeof v.value !== 'boolean') fail(v, 'placeholders.defaults', 'expected true or false');
            defaults = (v as { value: boolean }).value;
          } else fail(p.key as YamlNode, `placeholders.${k}`, 'unknown key (expected markers, patterns or defaults)');
        }
        config.markers = [...(defaults ? DEFAULT_MARKERS : []), ...markers];
        break;
      }
      case 'rules': {
        if (!isMap(value)) fail(value, key, `expected a mapping of rule ids to ${[...SEVERITIES, 'off'].join(', ')}`);
        for (const p of (value as { items: Array<{ key: unknown; value: unknown }> }).items) {
          const rule = isScalar(p.key) ? String(p.key.value) : '';
          if (!(RULE_IDS as readonly string[]).includes(rule)) fail(p.key as YamlNode, `rules.${rule}`, `unknown rule (known: ${RULE_IDS.join(', ')})`);
          const sev = isScalar(p.value) ? String((p.value as { value: unknown }).value) : '';
          if (![...SEVERITIES, 'off'].includes(sev)) fail(p.value as YamlNode, `rules.${rule}`, `expected one of ${[...SEVERITIES, 'off'].join(', ')}`);
          config.rules[rule as RuleId] = sev as Severity | 'off';
        }
        break;
      }
      case 'draft': {
        if (isScalar(value) && typeof value.value === 'boolean') {
          config.draft = { field: 'status', values: value.value ? ['draft'] : [] };
          break;
        }
        if (!isMap(value)) fail(value, key, 'expected true, false or { field, values }');
        config.draft = { field: 'status', values: ['draft'] };
        for (const p of (value as { items: Array<{ key: unknown; value: unknown }> }).items) {
          const k = isScalar(p.key) ? String(p.key.value) : '';
          if (k === 'field') config.draft.field = str(p.value as YamlNode, 'draft.field');
          else if (k === 'values') config.draft.values = strList(p.value as YamlNode, 'draft.values');
          else fail(p.key as YamlNode, `draft.${k}`, 'unknown key (expected field or values)');
        }
        break;
      }
      case 'max-size':
        config.maxSize = parseSize(value, file, lineOf(value));
        break;
      case 'time-limit':
        config.timeLimit = parseSeconds(value, file, lineOf(value), key, 3600);
        break;
      case 'total-time-limit':
        config.totalTimeLimit = parseSeconds(value, file, lineOf(value), key, 21_600);
        break;
      case 'memory-limit':
        config.memoryLimit = parseMegabytes(value, file, lineOf(value));
        break;
      case 'require': {
        if (!isMap(value)) fail(value, key, 'expected { when-changed }');
        for (const p of (value as { items: Array<{ key: unknown; value: unknown }> }).items) {
          const k = isScalar(p.key) ? String(p.key.value) : '';
          if (k !== 'when-changed') fail(p.key as YamlNode, `require.${k}`, 'unknown key (expected when-changed)');
          const v = p.value as YamlNode;
          const globs = strList(v, 'require.when-changed').map((g) => checkGlob(g, file, lineOf(v), 'require.when-changed'));
          if (!globs.some((g) => !g.startsWith('!'))) fail(v, 'require.when-changed', 'needs at least one glob that is not an exclusion (!)');
          config.require = { whenChanged: globs };
        }
        if (!config.require) fail(value, key, 'needs when-changed');
        break;
      }
      case 'skip-labels':
        config.skipLabels = strList(value, key);
        break;
      case 'exempt-authors':
        config.exemptAuthors = strList(value, key).map((g) => checkGlob(g, file, lineOf(value), key, AUTHOR_GLOBS));
        break;
      case 'message':
        config.message = str(value, key);
        break;
      default:
        fail(keyNode, key, `unknown key (known: ${KNOWN_KEYS.join(', ')})`);
    }
  }
  return config;
}

/** How paths are globbed: wildcards match hidden files (`.github/...`). */
export const PATH_GLOBS: GlobOptions = { dot: true };

/** How logins are globbed: brackets are letters (`dependabot[bot]`), case does not count. */
export const AUTHOR_GLOBS: GlobOptions = { literalBrackets: true, nocase: true };

/** A glob compiled for the linear-time matcher, or refused naming the file, line and key. */
function checkGlob(glob: string, file: string, line: number, key: string, options: GlobOptions = PATH_GLOBS): string {
  try {
    linearGlob(glob, options);
  } catch (e) {
    throw new ConfigError((e as Error).message, file, line, key);
  }
  return glob;
}

function parseSize(node: YamlNode | null, file: string, line: number): number {
  const { isScalar } = yamlParser();
  const raw = isScalar(node) ? node.value : undefined;
  if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0) return raw;
  const m = typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib)?\s*$/i.exec(raw) : null;
  if (!m) throw new ConfigError('expected a size such as 4MB, 512KB or a number of bytes', file, line, 'max-size');
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}

/** A time in seconds, at most `max` (an hour for a document, a job's six hours for a run). */
function parseSeconds(node: YamlNode | null, file: string, line: number, key: string, max: number): number {
  const { isScalar } = yamlParser();
  const raw = isScalar(node) ? node.value : undefined;
  const m = typeof raw === 'number' ? [String(raw), String(raw), 's'] : typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(s|m|min)?\s*$/i.exec(raw) : null;
  const seconds = m ? Number(m[1]) * (m[2] && m[2].toLowerCase().startsWith('m') ? 60 : 1) : NaN;
  if (!(seconds > 0 && seconds <= max)) throw new ConfigError(`expected a time such as 30s, 2m or a number of seconds, up to ${max === 3600 ? 'an hour' : `${max / 3600} hours`}`, file, line, key);
  return seconds;
}

function parseMegabytes(node: YamlNode | null, file: string, line: number): number {
  const { isScalar } = yamlParser();
  const raw = isScalar(node) ? node.value : undefined;
  const m = typeof raw === 'number' ? [String(raw), String(raw), 'mb'] : typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(mb|mib|gb|gib)?\s*$/i.exec(raw) : null;
  const mb = m ? Math.round(Number(m[1]) * (m[2] && m[2].toLowerCase().startsWith('g') ? 1024 : 1)) : NaN;
  // Below 64 MB the checker itself does not fit, and every document would fail.
  if (!(mb >= 64)) throw new ConfigError('expected a memory size of at least 64MB, such as 1024MB, 2GB or a number of megabytes', file, line, 'memory-limit');
  return mb;
}

/**
 * Compiles a user pattern: JavaScript syntax (`/body/flags` or bare), run on a linear-time
 * engine because patterns run over untrusted text; what that engine cannot run
 * (back-references, lookaround) is refused here, naming the file, line and key.
 */
export function compilePattern(source: string, file: string, line: number, key = 'placeholders.patterns'): RegExp {
  const slash = /^\/(.*)\/([a-z]*)$/s.exec(source);
  const body = slash ? slash[1] : source;
  const flags = slash ? slash[2].replace(/[gy]/g, '') : '';
  let re: RegExp;
  try {
    re = new RegExp(body, flags.includes('u') || flags.includes('v') ? flags : flags + 'u');
  } catch (e) {
    throw new ConfigError(`invalid pattern '${source}': ${(e as Error).message}`, file, line, key);
  }
  const refusal = linearRefusal(re);
  if (refusal) throw new ConfigError(`pattern '${source}' ${refusal}`, file, line, key);
  return re;
}

/** The check options a configuration implies. */
export function toCheckOptions(config: PlancheckConfig): CheckOptions {
  return {
    severities: config.rules,
    markers: config.markers,
    patterns: config.patterns,
    optional: config.optional,
    checklists: config.checklists,
    requireReason: config.requireReason,
    draft: config.draft
  };
}

/** The template path configured for a document, or undefined for the default. */
export function templateFor(config: PlancheckConfig, docPath: string): string | undefined {
  for (const route of config.templates) {
    if (linearGlobAny(route.paths, PATH_GLOBS)(docPath)) return route.template;
  }
  return config.template;
}

/** Whether the configuration exempts a document from checking. */
export function isExempt(config: PlancheckConfig, docPath: string): boolean {
  return config.exempt.length > 0 && linearGlobAny(config.exempt, PATH_GLOBS)(docPath);
}
