import * as core from '@actions/core';
import type { FailOn } from '../engine/verdict.js';
import { PATH_GLOBS } from '../engine/config.js';
import { linearGlob } from '../engine/linear-glob.js';
import { DEFAULT_GITHUB_TIMEOUT_S } from '../github/client.js';

/** When the action comments on the pull request. */
export type CommentMode = 'always' | 'on-failure' | 'never';
/** The lowest severity that fails the step. */
export type { FailOn } from '../engine/verdict.js';

/** The action's inputs, validated. */
export interface ActionInputs {
  token: string;
  /** Globs of planning documents; empty means the configuration's, else {@link DEFAULT_PATHS}. */
  paths: string[];
  template?: string;
  /** Path of the configuration file, and whether the workflow named it (then it must exist). */
  config: { path: string; explicit: boolean };
  comment: CommentMode;
  failOn: FailOn;
  /** Names this instance, so two steps keep two comments; empty for the only one. */
  id: string;
  /** Seconds the run's GitHub requests may take together. */
  githubTimeout: number;
}

/** Where planning documents usually live. */
export const DEFAULT_PATHS = ['docs/plans/**/*.md', 'docs/planning/**/*.md', 'plans/**/*.md'];
/** The configuration file read when the `config` input is empty. */
export const DEFAULT_CONFIG_PATH = '.github/plancheck.yml';

/** A wrong input value, named as the workflow names it. */
export class InputError extends Error {
  constructor(input: string, message: string) {
    super(`input '${input}': ${message}`);
    this.name = 'InputError';
  }
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new InputError(name, `'${value}' is not one of ${allowed.join(', ')}`);
  return v as T;
}

/** Splits a newline- or comma-separated list, dropping blanks and `#` comments. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** Reads and validates every input; the only place that does. */
export function readInputs(): ActionInputs {
  const token = core.getInput('github-token');
  if (token === '') throw new InputError('github-token', 'is empty; pass ${{ github.token }} or a token with pull-requests: write');
  const configInput = core.getInput('config').trim();
  const template = core.getInput('template').trim();
  return {
    token,
    paths: readGlobs('paths', core.getInput('paths')),
    template: template === '' ? undefined : template,
    config: configInput === '' ? { path: DEFAULT_CONFIG_PATH, explicit: false } : { path: configInput, explicit: true },
    comment: oneOf('comment', core.getInput('comment'), ['always', 'on-failure', 'never'] as const, 'on-failure'),
    failOn: oneOf('fail-on', core.getInput('fail-on'), ['error', 'warning', 'never'] as const, 'error'),
    id: readId(core.getInput('id')),
    githubTimeout: readSeconds('github-timeout', core.getInput('github-timeout'), DEFAULT_GITHUB_TIMEOUT_S)
  };
}

/** Globs, each compiled for the linear-time matcher here so that one it refuses is named as an input. */
function readGlobs(name: string, value: string): string[] {
  const globs = splitList(value);
  for (const glob of globs) {
    try {
      linearGlob(glob, PATH_GLOBS);
    } catch (e) {
      throw new InputError(name, (e as Error).message);
    }
  }
  return globs;
}

/** A positive number of seconds, at most a job's own six-hour limit. */
function readSeconds(name: string, value: string, fallback: number): number {
  const v = value.trim();
  if (v === '') return fallback;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || n <= 0 || n > 21_600) throw new InputError(name, `'${v}' is not a number of seconds above 0 and at most 21600 (a job's limit)`);
  return n;
}

/** The instance id goes into the comment's hidden marker, so only marker-safe names are taken. */
function readId(value: string): string {
  const id = value.trim();
  if (id !== '' && !/^[A-Za-z0-9._-]{1,64}$/.test(id)) throw new InputError('id', `'${id}' may hold only letters, digits, '.', '_' and '-' (at most 64)`);
  return id;
}
