import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** The REST client the action uses. */
export type Client = ReturnType<typeof getOctokit>;

/** Retries of a request that failed with a server error; more only delays a failing run. */
const MAX_RETRIES = 3;
/** Retries after a rate limit; a run should fail clearly rather than wait for long. */
const MAX_RATE_LIMIT_RETRIES = 2;
/** The longest `retry-after` worth waiting for inside a job, in seconds. */
const MAX_RETRY_AFTER_SECONDS = 60;

/** A client for `apiUrl` that retries transient failures a bounded number of times. */
export function createClient(token: string, apiUrl: string): Client {
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string; request?: object }) => {
    const count = (options.request as { retryCount?: number } | undefined)?.retryCount ?? 0;
    const retrying = count < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RETRY_AFTER_SECONDS;
    core.warning(`GitHub ${kind} rate limit on ${options.method} ${options.url}; ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`);
    return retrying;
  };
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      retry: { retries: MAX_RETRIES },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') }
    },
    retry,
    throttling
  );
}

/** An HTTP error from the client, as far as the action cares. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}
