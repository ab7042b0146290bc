import { readFileSync } from 'node:fs';
import type { PullRequestFacts } from '../action/require-plan.js';

/** The events the action understands, and what each one checks. */
export type EventKind = 'pull_request' | 'merge_group' | 'push' | 'audit';

/** What the action needs to know about the run, read from the runner's environment. */
export interface RunContext {
  eventName: string;
  kind: EventKind;
  owner: string;
  repo: string;
  /** The commit whose documents are checked. */
  headSha: string;
  /** The commit whose template and configuration are used: a PR cannot weaken its own gate. */
  baseSha: string;
  /** For `merge_group` and `push`: the commit to compare the head with. */
  compareBase?: string;
  pullNumber?: number;
  /** How many files the PR changes, as the event says. */
  changedFiles?: number;
  apiUrl: string;
  serverUrl: string;
  workspace?: string;
  /** `GITHUB_SHA`: what `actions/checkout` checks out by default. */
  sha: string;
  /** For pull requests: author, labels, description, branch and title, as the event carries them. */
  pull?: PullRequestFacts;
  /** A draft pull request: it cannot be merged, so its failures are reported but do not fail the step. */
  draftPull?: boolean;
}

/** A run the action cannot work with, and why. */
export class ContextError extends Error {
  override name = 'ContextError';
}

const ZERO_SHA = /^0+$/;

type Getter = (obj: unknown, ...keys: string[]) => unknown;

/** The pull request's own facts; every string in them is the author's and untrusted. */
function pullFacts(payload: unknown, get: Getter): PullRequestFacts {
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const labels = get(payload, 'pull_request', 'labels');
  const facts: PullRequestFacts = {
    author: text(get(payload, 'pull_request', 'user', 'login')),
    labels: Array.isArray(labels) ? labels.map((l) => text(get(l, 'name'))).filter((l): l is string => l !== undefined) : [],
    body: text(get(payload, 'pull_request', 'body')) ?? '',
    headRef: text(get(payload, 'pull_request', 'head', 'ref')),
    title: text(get(payload, 'pull_request', 'title'))
  };
  const label = text(get(payload, 'label', 'name'));
  if (get(payload, 'action') === 'labeled' && label !== undefined) facts.labeled = { label, by: text(get(payload, 'sender', 'login')) };
  return facts;
}

/** Reads the event and repository from the runner's environment variables. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new ContextError('GITHUB_REPOSITORY is not set: plancheck runs as a step of a GitHub Actions workflow');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new ContextError(`cannot read the event payload at GITHUB_EVENT_PATH: ${(e as Error).message}`);
    }
  }
  const sha = env.GITHUB_SHA ?? '';
  const base: RunContext = {
    eventName,
    kind: 'audit',
    owner,
    repo,
    headSha: sha,
    baseSha: sha,
    sha,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || undefined
  };
  const get: Getter = (obj, ...keys) => keys.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = get(payload, 'pull_request', 'number') ?? get(payload, 'number');
      const head = get(payload, 'pull_request', 'head', 'sha');
      const baseSha = get(payload, 'pull_request', 'base', 'sha');
      if (typeof number !== 'number' || typeof head !== 'string' || typeof baseSha !== 'string') {
        throw new ContextError(`the ${eventName} event payload has no pull_request number, head or base`);
      }
      const changed = get(payload, 'pull_request', 'changed_files');
      return { ...base, kind: 'pull_request', pullNumber: number, headSha: head, baseSha, changedFiles: typeof changed === 'number' ? changed : undefined, pull: pullFacts(payload, get), draftPull: get(payload, 'pull_request', 'draft') === true };
    }
    case 'merge_group': {
      const head = get(payload, 'merge_group', 'head_sha');
      const baseSha = get(payload, 'merge_group', 'base_sha');
      if (typeof head !== 'string' || typeof baseSha !== 'string') throw new ContextError('the merge_group event payload has no head_sha or base_sha');
      return { ...base, kind: 'merge_group', headSha: head, baseSha, compareBase: baseSha };
    }
    case 'push': {
      const before = get(payload, 'before');
      const after = get(payload, 'after');
      const head = typeof after === 'string' && !ZERO_SHA.test(after) ? after : sha;
      // A new branch has no `before`: every document on it is checked.
      if (typeof before !== 'string' || ZERO_SHA.test(before)) return { ...base, kind: 'audit', headSha: head, baseSha: head };
      return { ...base, kind: 'push', headSha: head, baseSha: head, compareBase: before };
    }
    default:
      // workflow_dispatch, schedule and anything else: audit every document at the commit.
      return base;
  }
}
