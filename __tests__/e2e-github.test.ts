import { COMPLETE, HALF } from './helpers.js';
import type { FakeComment, FakeGitHub } from './support/fake-github.js';
import { DOC, PULL, startPull, stopPull } from './support/loopback-pull.js';
import { runDist, type DistRun } from './support/run-dist.js';

// What plancheck does when GitHub stalls, fails or limits it, and whose comment it touches: the
// built dist/index.js against the loopback GitHub. Deadlines are made short through the
// github-timeout input; a hang would be ended by the jest timeout, failing the test.

const pr = PULL;
const HEAD = pr.pull_request.head.sha;
const NUMBER = pr.number;
const REPO = '/repos/Codertocat/Hello-World';
const MARKER = '<!-- plancheck:report -->';

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startPull(HALF);
});

afterEach(() => stopPull(gh));

async function runPr(inputs: Record<string, string> = {}): Promise<DistRun> {
  const payload = structuredClone(pr);
  payload.pull_request.changed_files = gh.repo.pullFiles.length;
  return runDist(gh, { event: 'pull_request', payload, sha: HEAD, inputs });
}

const failure = (r: DistRun): string | undefined => r.commands.find((c) => c.command === 'error' && !c.properties.file)?.message;
const warnings = (r: DistRun): string[] => r.commands.filter((c) => c.command === 'warning' && !c.properties.file).map((c) => c.message);
const calls = (method: string, suffix: RegExp): number => gh.calls().filter((c) => c.startsWith(method + ' ') && suffix.test(c)).length;

/** A comment someone else wrote on the pull request. */
function comment(id: number, login: string, body: string): FakeComment {
  return { id, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, html_url: `https://github.example/Codertocat/Hello-World/pull/${NUMBER}#issuecomment-${id}`, created_at: '2026-01-01T00:00:00Z' };
}

describe('a GitHub that stalls fails the run with a message naming what it was doing, within the deadline', () => {
  test('the files list is accepted and never answered', async () => {
    gh.fail(`GET ${REPO}/pulls/${NUMBER}/files`, ...Array.from({ length: 5 }, () => ({ status: 200, stall: 'answer' as const })));
    const r = await runPr({ 'github-timeout': '2' });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/^plancheck: could not list the changed files: GitHub did not answer within 1 s.*the run's 2 s for GitHub requests \(input github-timeout\) ran out$/);
    expect(r.outputs.passed).toBeUndefined();
  });

  test('the configuration stalls: the files were asked for at once, and the failure names the configuration', async () => {
    // Both are asked for together (a round trip fewer on every run); the configuration's failure still comes first.
    gh.fail(`GET ${REPO}/contents/.github/plancheck.yml`, ...Array.from({ length: 5 }, () => ({ status: 200, stall: 'answer' as const })));
    const r = await runPr({ 'github-timeout': '2' });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/^plancheck: could not read \.github\/plancheck\.yml: GitHub did not answer/);
    expect(calls('GET', /\/pulls\/\d+\/files$/)).toBe(1);
  });

  test('the files list sends its headers, then stalls the body', async () => {
    gh.fail(`GET ${REPO}/pulls/${NUMBER}/files`, ...Array.from({ length: 5 }, () => ({ status: 200, stall: 'body' as const })));
    const r = await runPr({ 'github-timeout': '2' });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/^plancheck: could not list the changed files: /);
  });

  test('a document\'s contents stall', async () => {
    gh.fail(`GET ${REPO}/contents/${DOC}`, ...Array.from({ length: 5 }, () => ({ status: 200, stall: 'body' as const })));
    const r = await runPr({ 'github-timeout': '2' });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(new RegExp(`^plancheck: could not read ${DOC}: `));
  });

  test('the comments list stalls', async () => {
    gh.fail(`GET ${REPO}/issues/${NUMBER}/comments`, ...Array.from({ length: 5 }, () => ({ status: 200, stall: 'answer' as const })));
    const r = await runPr({ 'github-timeout': '2' });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/^plancheck: could not update the pull request comment: GitHub did not answer/);
    expect(gh.repo.comments).toEqual([]);
  });

  test('one stalled answer, then an answer: retried, and the run goes on', async () => {
    gh.fail(`GET ${REPO}/pulls/${NUMBER}/files`, { status: 200, stall: 'answer' });
    const r = await runPr({ 'github-timeout': '20' });
    expect(calls('GET', /\/files$/)).toBe(2);
    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(gh.repo.comments).toHaveLength(1);
  });
});

test('a 503 on a document, then the document: retried, same result', async () => {
  gh.fail(`GET ${REPO}/contents/${DOC}`, { status: 503, body: { message: 'Service Unavailable' } });
  const r = await runPr();
  expect(calls('GET', new RegExp(`/contents/${DOC}$`))).toBe(2);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.outputs.report).documents).toHaveLength(1);
});

test('a server error that does not go away: a bounded number of attempts, then a message', async () => {
  gh.fail(`GET ${REPO}/pulls/${NUMBER}/files`, ...Array.from({ length: 6 }, () => ({ status: 502, body: { message: 'Bad Gateway' } })));
  const r = await runPr();
  expect(r.code).toBe(1);
  expect(calls('GET', /\/files$/)).toBe(4);
  expect(failure(r)).toBe('plancheck: could not list the changed files: GitHub answered 502: Bad Gateway (4 attempts)');
});

test('a secondary rate limit that never lifts: the failure names the rate limit, not a permission', async () => {
  const limit = { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com' } };
  gh.fail(`GET ${REPO}/pulls/${NUMBER}/files`, limit, limit, limit);
  const r = await runPr();
  expect(r.code).toBe(1);
  expect(failure(r)).toBe("plancheck: GitHub's secondary rate limit (403) stopped plancheck trying to list the changed files; run the job again once it lifts");
});

describe('the comment belongs to plancheck alone', () => {
  test('another app\'s comment carrying the marker is never edited, deleted or adopted', async () => {
    const foreign = comment(1, 'other-app[bot]', `${MARKER}\nA report that is not plancheck's.`);
    gh.repo.comments = [structuredClone(foreign)];
    const first = await runPr();
    expect(first.code).toBe(1);
    const ours = gh.repo.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    gh.setFiles(HEAD, { [DOC]: COMPLETE });
    const second = await runPr();
    expect(second.code).toBe(0);
    expect(gh.repo.comments).toEqual([foreign, { ...ours[0], body: expect.stringContaining('complete') }]);
    expect(gh.calls().filter((c) => /^(PATCH|DELETE) /.test(c))).toEqual([`PATCH ${REPO}/issues/comments/${ours[0].id}`]);
  });

  test('a passing run that need not comment leaves another app\'s marked comment alone', async () => {
    const foreign = comment(1, 'other-app[bot]', `${MARKER}\nA report that is not plancheck's.`);
    gh.repo.comments = [structuredClone(foreign)];
    gh.setFiles(HEAD, { [DOC]: COMPLETE });
    const r = await runPr();
    expect(r.code).toBe(0);
    expect(gh.repo.comments).toEqual([foreign]);
    expect(r.outputs['comment-url']).toBe('');
  });

  test('a personal access token updates its own comment instead of adding one each run', async () => {
    gh.repo.botLogin = 'octocat';
    await runPr();
    await runPr({ comment: 'always' });
    gh.setFiles(HEAD, { [DOC]: COMPLETE });
    const r = await runPr();
    expect(r.code).toBe(0);
    expect(gh.repo.comments).toHaveLength(1);
    expect(gh.repo.comments[0].user).toEqual({ login: 'octocat', type: 'User' });
    expect(gh.repo.comments[0].body).toContain('complete');
  });

  test('a user\'s comment quoting the marker is not the report, and a human\'s marked comment is not a PAT\'s either', async () => {
    gh.repo.comments = [comment(1, 'someone', `${MARKER}\nCopied from the bot.`)];
    gh.repo.botLogin = 'octocat';
    await runPr();
    expect(gh.repo.comments.map((c) => [c.id, c.user.login])).toEqual([
      [1, 'someone'],
      [expect.any(Number), 'octocat']
    ]);
    expect(gh.repo.comments[0].body).toBe(`${MARKER}\nCopied from the bot.`);
  });

  test('when GitHub will not say who the token is, marked comments are left alone and a warning says why', async () => {
    gh.repo.comments = [comment(1, 'other-app[bot]', `${MARKER}\nA report that is not plancheck's.`)];
    gh.fail('POST /api/graphql', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const r = await runPr();
    expect(r.code).toBe(1);
    expect(gh.repo.comments).toHaveLength(1);
    expect(warnings(r)).toContainEqual(expect.stringMatching(/^plancheck cannot tell which report comment is its own: GitHub would not say whom the token belongs to \(Resource not accessible by integration/));
  });
});

describe('the comment is kept, and a warning names the real cause', () => {
  test('deleted between listing and updating (404): created again', async () => {
    await runPr();
    const [first] = gh.repo.comments;
    gh.setFiles(HEAD, { [DOC]: COMPLETE });
    gh.fail(/^PATCH .*\/issues\/comments\/\d+$/.source, { status: 404, body: { message: 'Not Found' }, meanwhile: () => (gh.repo.comments = []) });
    const r = await runPr();
    expect(r.code).toBe(0);
    expect(gh.repo.comments).toHaveLength(1);
    expect(gh.repo.comments[0].id).not.toBe(first.id);
    expect(gh.repo.comments[0].body).toContain('complete');
    expect(r.stdout).toContain('plancheck: the comment was deleted meanwhile; created it again');
    expect(r.outputs['comment-url']).toBe(gh.repo.comments[0].html_url);
  });

  test('the API rate limit is exhausted: the warning names the rate limit, not fork permissions', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    gh.fail(`POST ${REPO}/issues/${NUMBER}/comments`, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com' } });
    const r = await runPr();
    expect(r.code).toBe(1);
    const mine = warnings(r).filter((w) => w.startsWith('plancheck could not update its comment'));
    expect(mine).toEqual([expect.stringMatching(/^plancheck could not update its comment: GitHub's API rate limit \(403; it resets at \d\d:\d\d UTC\) was reached\. The job summary and the annotations carry the report\.$/)]);
    expect(warnings(r).join('\n')).not.toContain('fork');
  });
});
