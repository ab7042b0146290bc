import { globReader } from '../engine/lazy-modules.js';
import { AUTHOR_GLOBS, PATH_GLOBS, type PlancheckConfig } from '../engine/config.js';
import { linearGlob, type GlobOptions } from '../engine/linear-glob.js';
import { planRequired as planRequiredRule } from '../engine/rules/plan-required.js';
import type { DocumentResult } from '../engine/types.js';
import type { SkipReason } from '../report/pr-comment.js';

/** What the action knows of the pull request beyond its files; all of it written by its author. */
export interface PullRequestFacts {
  author?: string;
  labels: string[];
  body: string;
  headRef?: string;
  title?: string;
  /** On a `labeled` event: the label just applied and who applied it. */
  labeled?: { label: string; by?: string };
}

/** Whether the pull request is checked at all, and if not, what let it through. */
export type Gate = SkipReason | { kind: 'check' };

/** Where the repository lives, to recognise links to its own files. */
export interface RepositoryRef {
  serverUrl: string;
  owner: string;
  repo: string;
}

/** How many plans one description may reference: each costs a request. */
export const MAX_REFERENCED_PLANS = 10;

/**
 * A set of globs where a leading `!` excludes: a path matches one positive glob and no
 * exclusion. Matched in linear time (see {@link linearGlob}).
 */
export function globSet(globs: string[], options: GlobOptions = PATH_GLOBS): (path: string) => boolean {
  const positive = globs.filter((g) => !g.startsWith('!')).map((g) => linearGlob(g, options));
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => linearGlob(g.slice(1), options));
  return (p) => positive.some((m) => m(p)) && !negative.some((m) => m(p));
}

/**
 * Skip labels and exempt authors, in that order. Author globs take brackets literally, so
 * `dependabot[bot]` names the bot rather than a character class.
 */
export function gateFor(config: PlancheckConfig, pr: PullRequestFacts): Gate {
  const skip = config.skipLabels.map((l) => l.toLowerCase());
  if (pr.labeled && skip.includes(pr.labeled.label.toLowerCase())) return { kind: 'skip-label', label: pr.labeled.label, by: pr.labeled.by };
  const label = pr.labels.find((l) => skip.includes(l.toLowerCase()));
  if (label !== undefined) return { kind: 'skip-label', label };
  if (pr.author && config.exemptAuthors.length > 0 && globSet(config.exemptAuthors, AUTHOR_GLOBS)(pr.author)) {
    return { kind: 'exempt-author', author: pr.author };
  }
  return { kind: 'check' };
}

/** The changed files that make a plan necessary under the configuration (none when not required). */
export function filesNeedingPlan(config: PlancheckConfig, changed: string[]): string[] {
  if (!config.require) return [];
  const needs = globSet(config.require.whenChanged);
  return changed.filter(needs);
}

/** `Plan: path-or-link` lines (also `Planning document:`, bold or in a list item). */
const PLAN_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:plan|planning doc(?:ument)?)(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(.+?)[ \t]*$/gim;

/**
 * The plans a pull request description references: every `Plan: …` line (a repository path, a
 * Markdown link or a link to a file of this repository), and any link to a file of this
 * repository that `isPlan` accepts. Paths are repository-relative, in order, without repeats.
 */
export function referencedPlans(body: string, repo: RepositoryRef, isPlan: (path: string) => boolean): string[] {
  const out: string[] = [];
  const add = (p: string | undefined): void => {
    if (p && !out.includes(p) && out.length < MAX_REFERENCED_PLANS) out.push(p);
  };
  for (const m of body.matchAll(PLAN_LINE)) add(pathOfReference(m[1], repo, isPlan));
  const blob = new RegExp(`${escapeRegExp(repo.serverUrl)}/${escapeRegExp(repo.owner)}/${escapeRegExp(repo.repo)}/blob/[^\\s)>\\]"']+`, 'gi');
  for (const m of body.matchAll(blob)) {
    const p = pathOfBlobUrl(m[0], repo, isPlan);
    if (p && isPlan(p)) add(p);
  }
  return out;
}

/** A `Plan:` value: `[text](target)`, `<target>` or a bare target, each a link or a path. */
function pathOfReference(value: string, repo: RepositoryRef, isPlan: (path: string) => boolean): string | undefined {
  let target = value.trim();
  const link = /^\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/.exec(target);
  if (link) target = link[1];
  else {
    const angle = /^<([^>\s]+)>/.exec(target);
    target = angle ? angle[1] : target.split(/\s+/)[0];
  }
  target = target.replace(/^`|`$/g, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return pathOfBlobUrl(target, repo, isPlan);
  return normalisePath(target);
}

/**
 * The file path of a link to this repository's `blob/<ref>/<path>`. A branch name may hold
 * slashes, so the first split whose path is a planning document wins; else the ref is one segment.
 */
function pathOfBlobUrl(url: string, repo: RepositoryRef, isPlan: (path: string) => boolean): string | undefined {
  const prefix = `${repo.serverUrl}/${repo.owner}/${repo.repo}/blob/`.toLowerCase();
  if (!url.toLowerCase().startsWith(prefix)) return undefined;
  const rest = url.slice(prefix.length).replace(/[?#].*$/, '');
  const segments = rest.split('/').filter((s) => s !== '');
  if (segments.length < 2) return undefined;
  let decoded: string[];
  try {
    decoded = segments.map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
  for (let k = 1; k < decoded.length; k++) {
    const p = normalisePath(decoded.slice(k).join('/'));
    if (p && isPlan(p)) return p;
  }
  return normalisePath(decoded.slice(1).join('/'));
}

/** A repository-relative path, or undefined for one that climbs out or is empty. */
function normalisePath(p: string): string | undefined {
  const parts: string[] = [];
  for (const part of p.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

/**
 * Where a new plan would go: the folder the first planning-document glob names, and a file
 * name from the branch (its last segment) or, failing that, the title.
 */
export function suggestPlanPath(planGlobs: string[], pr: PullRequestFacts): string {
  const glob = planGlobs.find((g) => !g.startsWith('!')) ?? 'docs/plans/**/*.md';
  const scan = globReader().scan(glob);
  const folder = scan.isGlob ? scan.base : glob.includes('/') ? glob.slice(0, glob.lastIndexOf('/')) : '';
  const fromBranch = slug(pr.headRef?.split('/').pop() ?? '');
  const name = fromBranch !== '' && !/^(main|master|patch-\d+)$/.test(fromBranch) ? fromBranch : slug(pr.title ?? '') || 'plan';
  return `${folder === '' ? '' : folder.replace(/\/+$/, '') + '/'}${name}.md`;
}

/** Lower-case words joined by hyphens, ASCII letters and digits only, at most 60 characters. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** How many of the files that need a plan the finding names. */
const NAMED_FILES = 5;

/** The failing result of a pull request that needs a plan and brings none. */
export function planRequired(needing: string[], suggestion: string): DocumentResult {
  const named = needing.slice(0, NAMED_FILES);
  const more = needing.length - named.length;
  return {
    path: suggestion,
    template: '',
    passed: false,
    draft: false,
    lineCount: 1,
    sections: [],
    findings: [
      {
        rule: planRequiredRule.id,
        severity: 'error',
        section: [],
        line: 1,
        column: 1,
        message: `a plan is required: this pull request changes ${named.join(', ')}${more > 0 ? ` and ${more} more file${more === 1 ? '' : 's'}` : ''} but adds or changes no planning document`,
        fix: `Start one with 'npx plancheck init ${suggestion}', or reference a merged plan in the description ('Plan: path/to/plan.md').`,
        data: { plan: { changed: named, total: needing.length, suggestion } }
      }
    ]
  };
}
