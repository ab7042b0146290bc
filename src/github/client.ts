import { setTimeout as sleep } from 'node:timers/promises';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';
import { escapeLogLine } from '../report/sanitize.js';

/** The REST client the action uses. */
export type Client = ReturnType<typeof getOctokit>;

/** How long, in seconds, the run's GitHub requests may take together unless the workflow says otherwise. */
export const DEFAULT_GITHUB_TIMEOUT_S = 300;
/** The longest one request may take; GitHub itself ends a REST request after about 10 s. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Retries of a request that got no answer or a server error; more only delays a failing run. */
const MAX_RETRIES = 3;
/** The first wait before a retry; each next one doubles it. */
const BACKOFF_MS = 1000;
/** Retries after a rate limit; a run should fail clearly rather than wait for long. */
const MAX_RATE_LIMIT_RETRIES = 2;
/** The longest `retry-after` worth waiting for inside a job, in seconds. */
const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * Methods whose retry cannot do anything twice. plancheck's only PATCH sets a comment's whole
 * body, and its only POST to /graphql is a query. A comment create (POST) is not retried after a
 * lost answer: GitHub may have made it.
 */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH']);

/** GitHub gave no usable answer within the run's limits; the message says what happened. */
export class GitHubUnavailableError extends Error {
  override name = 'GitHubUnavailableError';
}

/** A request that got no complete answer in time (thrown inside fetch; octokit wraps it). */
class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/**
 * The time the run's GitHub requests have used, counted only while one is open (waits for a
 * retry included), so slow parsing between requests does not eat into it.
 */
class Budget {
  private spent = 0;
  private open = 0;
  private since = 0;
  constructor(readonly totalMs: number) {}
  begin(): void {
    if (this.open++ === 0) this.since = Date.now();
  }
  end(): void {
    if (--this.open === 0) this.spent += Date.now() - this.since;
  }
  remaining(): number {
    return this.totalMs - this.spent - (this.open > 0 ? Date.now() - this.since : 0);
  }
  get exhausted(): string {
    return `the run's ${seconds(this.totalMs)} for GitHub requests (input github-timeout) ran out`;
  }
}

/**
 * fetch with a deadline on the whole answer, body included: the body is read here, because octokit
 * turns a body that stalls or breaks off into empty or partial data instead of an error.
 */
function boundedFetch(next: typeof fetch, budget: Budget, requestMs: number): typeof fetch {
  return async (input, init) => {
    const remaining = budget.remaining();
    if (remaining <= 0) throw new NoAnswerError(budget.exhausted);
    const limit = Math.min(requestMs, remaining);
    const timeout = AbortSignal.timeout(limit);
    const signal = init?.signal ? AbortSignal.any([timeout, init.signal]) : timeout;
    try {
      const res = await next(input, { ...init, signal });
      const body = res.status === 204 || res.status === 205 || res.status === 304 ? null : await res.arrayBuffer();
      const copy = new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
      Object.defineProperty(copy, 'url', { value: res.url });
      return copy;
    } catch (e) {
      if (timeout.aborted) throw new NoAnswerError(limit < requestMs ? budget.exhausted : `GitHub did not answer within ${seconds(limit)}`);
      throw e;
    }
  };
}

/** Why a failed request may succeed when tried again, or undefined when it will not. */
function transient(e: unknown): string | undefined {
  const status = httpStatus(e);
  if (status === undefined || status < 500) return undefined;
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof NoAnswerError) return cause.message;
  // octokit reports a request that got no answer at all as a 500 of its own.
  if (cause instanceof Error || (e as { response?: unknown }).response === undefined) return `GitHub could not be reached (${(e as Error).message})`;
  return `GitHub answered ${status}: ${(e as Error).message.split('\n')[0].slice(0, 200)}`;
}

/**
 * A client for `apiUrl` whose every request has a timeout, whose idempotent requests are retried
 * with backoff after no answer or a server error, and whose requests together stay within
 * `timeoutSeconds`; past that a request fails with {@link GitHubUnavailableError}. Rate limits are
 * waited out (by @octokit/plugin-throttling) only when the wait fits in what is left.
 */
export function createClient(token: string, apiUrl: string, timeoutSeconds = DEFAULT_GITHUB_TIMEOUT_S): Client {
  const budget = new Budget(timeoutSeconds * 1000);
  // A short total (in tests, or by choice) leaves room for a retry after a stalled request.
  const requestMs = Math.min(REQUEST_TIMEOUT_MS, budget.totalMs / 2);
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string; request?: object }) => {
    const count = (options.request as { retryCount?: number } | undefined)?.retryCount ?? 0;
    const retrying = count < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RETRY_AFTER_SECONDS && retryAfter * 1000 < budget.remaining();
    core.warning(`GitHub ${kind} rate limit on ${options.method} ${options.url}; ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`);
    return retrying;
  };
  const client = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') }
    },
    throttling
  );
  client.hook.wrap('request', async (request, options) => {
    // The fetch @actions/github set up (through the runner's proxy) is kept, bounded here. Set on
    // this request's own options object: the hooks inside this one were bound to it, and ignore
    // an object passed in its place; its `request` may be the client's defaults, so it is replaced.
    const next = (options.request as { fetch?: typeof fetch } | undefined)?.fetch ?? fetch;
    options.request = { ...options.request, fetch: boundedFetch(next, budget, requestMs) };
    budget.begin();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await request(options);
        } catch (e) {
          const why = transient(e);
          if (why === undefined) throw e;
          const wait = BACKOFF_MS * 2 ** (attempt - 1);
          const idempotent = IDEMPOTENT.has(options.method) || options.url === '/graphql';
          const attempts = attempt === 1 ? '' : ` (${attempt} attempts)`;
          if (!idempotent || attempt > MAX_RETRIES) throw new GitHubUnavailableError(`${why}${attempts}`, { cause: e });
          if (budget.remaining() <= wait) throw new GitHubUnavailableError(why === budget.exhausted ? why + attempts : `${why}${attempts}, and ${budget.exhausted}`, { cause: e });
          core.info(`plancheck: ${escapeLogLine(why)} on ${options.method} ${options.url}; retrying in ${seconds(wait)}`);
          await sleep(wait);
        }
      }
    } finally {
      budget.end();
    }
  });
  return client;
}

/** An HTTP error from the client, as far as the action cares. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The rate limit an error is, in words for the user, or undefined when it is not one. */
export function rateLimitOf(e: unknown): string | undefined {
  const status = httpStatus(e);
  if (status !== 403 && status !== 429) return undefined;
  const headers = (e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  if (/\bsecondary rate\b/i.test((e as Error).message ?? '')) return `GitHub's secondary rate limit (${status})`;
  if (headers['x-ratelimit-remaining'] === '0' || status === 429) {
    const reset = Number(headers['x-ratelimit-reset']);
    return `GitHub's API rate limit (${status}${reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : ''})`;
  }
  return undefined;
}
