import { FakeGitHub } from './fake-github.js';
import { runDist, webhook } from './run-dist.js';

/** The recorded `pull_request` webhook, as the end-to-end suites read it. */
export type PullPayload = { number: number; pull_request: { head: { sha: string }; base: { sha: string }; changed_files: number; draft?: boolean }; repository: { name: string; owner: { login: string } } };

/** The recorded pull request every loopback scenario starts from. */
export const PULL = webhook('pull_request') as PullPayload;
/** The planning document the pull request adds. */
export const DOC = 'docs/plans/saved-searches.md';

/** A loopback GitHub whose pull request adds one planning document with `text`. */
export async function startPull(text: string): Promise<FakeGitHub> {
  const gh = new FakeGitHub(PULL.repository.owner.login, PULL.repository.name);
  await gh.start();
  gh.setFiles(PULL.pull_request.base.sha, { 'README.md': '# Hello\n' });
  gh.setFiles(PULL.pull_request.head.sha, { 'README.md': '# Hello\n', [DOC]: text });
  gh.repo.pullFiles = [{ filename: DOC, status: 'added' }];
  return gh;
}

/** Stops the loopback GitHub; no request or answer may have broken GitHub's published contract. */
export async function stopPull(gh: FakeGitHub): Promise<void> {
  await gh.stop();
  expect(gh.violations).toEqual([]);
}

/**
 * Runs the built action on a pull request that adds `docs` (path to text, in the order listed),
 * with `config` as the base branch's `.github/plancheck.yml`.
 */
export function runPullAdding(gh: FakeGitHub, config: string, docs: Record<string, string>): ReturnType<typeof runDist> {
  gh.setFiles(PULL.pull_request.base.sha, { 'README.md': '# Hello\n', '.github/plancheck.yml': config });
  gh.setFiles(PULL.pull_request.head.sha, { 'README.md': '# Hello\n', ...docs });
  gh.repo.pullFiles = Object.keys(docs).map((filename) => ({ filename, status: 'added' }));
  const payload = structuredClone(PULL);
  payload.pull_request.changed_files = gh.repo.pullFiles.length;
  return runDist(gh, { event: 'pull_request', payload, sha: PULL.pull_request.head.sha });
}
