import { COMPLETE, HALF, lineOf } from './helpers.js';
import { FakeGitHub } from './support/fake-github.js';
import { DOC, PULL, startPull, stopPull } from './support/loopback-pull.js';
import { runDist, webhook, type DistRun } from './support/run-dist.js';

// The built dist/index.js, started as the runner starts it, against a loopback GitHub that keeps
// GitHub's published contract.

const pr = PULL;
const HEAD = pr.pull_request.head.sha;
const BASE = pr.pull_request.base.sha;
const NUMBER = pr.number;

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startPull(HALF);
});

afterEach(() => stopPull(gh));

function prPayload(changedFiles = gh.repo.pullFiles.length): unknown {
  const payload = structuredClone(pr);
  payload.pull_request.changed_files = changedFiles;
  return payload;
}

async function runPr(inputs: Record<string, string> = {}, changedFiles?: number): Promise<DistRun> {
  return runDist(gh, { event: 'pull_request', payload: prPayload(changedFiles), sha: HEAD, inputs });
}

const annotations = (r: DistRun, level: string): DistRun['commands'] => r.commands.filter((c) => c.command === level && c.properties.file);
const ourComments = (): typeof gh.repo.comments => gh.repo.comments.filter((c) => c.body.startsWith('<!-- plancheck:report -->'));
const apiCalls = (suffix: string): number => gh.calls().filter((c) => c.endsWith(suffix)).length;

test('1. an incomplete document: one comment, the step fails, annotations on the right lines', async () => {
  const r = await runPr();
  expect(r.code).toBe(1);
  expect(ourComments()).toHaveLength(1);
  const errors = annotations(r, 'error');
  expect(errors.map((a) => [a.properties.title, a.properties.line])).toEqual(
    expect.arrayContaining([
      ['plancheck missing-section', String(lineOf(HALF, '### Vulnerabilty'))],
      ['plancheck placeholder', String(lineOf(HALF, '[Goal 3]'))],
      ['plancheck template-text', String(lineOf(HALF, '```\nsrc/'))]
    ])
  );
  expect(errors.every((a) => a.properties.file === DOC)).toBe(true);
  expect(r.outputs).toMatchObject({ passed: 'false', documents: '1', errors: '7', warnings: '1' });
  expect(r.summary).toContain('Security Considerations › Data Privacy');
  // The built-in template is linked in the action's own repository, at the version in use.
  expect(ourComments()[0].body).toContain('[`plancheck:technical-planning-document.md`](https://github.example/plancheck/plancheck/blob/v1/templates/technical-planning-document.md)');
  expect(r.commands.find((c) => c.command === 'error' && !c.properties.file)?.message).toBe('1 of 1 planning document is incomplete (7 errors, 1 warning); see the annotations and the job summary.');
});

test('2. the author fixes it: the same comment turns green, no second comment', async () => {
  await runPr();
  const [first] = ourComments();
  gh.setFiles(HEAD, { [DOC]: COMPLETE });
  const r = await runPr();
  expect(r.code).toBe(0);
  expect(ourComments().map((c) => c.id)).toEqual([first.id]);
  expect(ourComments()[0].body).toContain('✅ **The planning document is complete.**');
  expect(gh.calls().filter((c) => c.startsWith('PATCH'))).toHaveLength(1);
});

test('3. a pull request with no planning document: success, no comment', async () => {
  gh.repo.pullFiles = [{ filename: 'src/index.ts', status: 'modified' }];
  const r = await runPr();
  expect(r.code).toBe(0);
  expect(gh.repo.comments).toHaveLength(0);
  expect(r.commands).toContainEqual({ command: 'notice', properties: {}, message: 'plancheck: no planning documents in this change; nothing to check.' });
});

test('4a. 250 changed files over three pages, no request repeated', async () => {
  gh.repo.pullFiles = [...Array.from({ length: 249 }, (_, i) => ({ filename: `src/f${i}.ts`, status: 'modified' })), { filename: DOC, status: 'modified' }];
  const r = await runPr();
  expect(apiCalls(`/pulls/${NUMBER}/files`)).toBe(3);
  expect(r.outputs.documents).toBe('1');
  const keys = gh.requests.filter((q) => q.method === 'GET').map((q) => `${q.path}?${q.query.toString()}`);
  // The comments are listed twice only around creating the comment (to settle a race).
  expect(keys.filter((k) => !k.includes('/comments'))).toEqual([...new Set(keys.filter((k) => !k.includes('/comments')))]);
  // The configuration takes two requests when there is none: .github/plancheck.yml, then .yaml.
  expect(gh.requests.length).toBe(Math.ceil(250 / 100) + 1 + 3 + 2);
});

test('4b. more than 3,000 files and no checkout: the check fails, saying the list was cut', async () => {
  gh.repo.pullFiles = Array.from({ length: 3000 }, (_, i) => ({ filename: `src/f${i}.ts`, status: 'modified' }));
  const r = await runPr({}, 3210);
  expect(apiCalls(`/pulls/${NUMBER}/files`)).toBe(30);
  expect(r.code).toBe(1);
  expect(r.outputs.passed).toBe('false');
  expect(r.commands.some((c) => c.command === 'error' && c.message.includes('first 3000 of the 3210 files'))).toBe(true);
  expect(ourComments()[0].body).toContain('GitHub lists only the first 3000 of the 3210 files this pull request changes');
});

test('5. the pull request edits the template and config: the base copies are used, and the comment says so', async () => {
  gh.setFiles(BASE, { '.github/plancheck.yml': 'template: tpl/plan.md\nrules:\n  unknown-section: off\n', 'tpl/plan.md': '# Plan\n\n## Summary\n\n## Risks\n' });
  gh.setFiles(HEAD, { '.github/plancheck.yml': 'template: tpl/plan.md\nrules:\n  missing-section: off\n', 'tpl/plan.md': '# Plan\n\n## Summary\n', [DOC]: '# Mine\n\n## Summary\n\nDone.\n' });
  gh.repo.pullFiles = [{ filename: DOC, status: 'added' }, { filename: '.github/plancheck.yml', status: 'modified' }, { filename: 'tpl/plan.md', status: 'modified' }];
  const r = await runPr();
  expect(r.code).toBe(1);
  const body = ourComments()[0].body;
  expect(body).toMatch(/\*\*Risks\*\* \(\[line 6\]\([^)\s]+#L6\)\): missing\./);
  expect(body).toContain('This pull request changes `.github/plancheck.yml`, `tpl/plan.md`.');
  const refs = gh.requests.filter((q) => /contents\/(\.github|tpl)\//.test(q.path)).map((q) => q.query.get('ref'));
  expect(new Set(refs)).toEqual(new Set([BASE]));
});

test('6. a fork pull request whose token cannot comment: a warning; summary and annotations carry the report', async () => {
  gh.fail(`POST /repos/Codertocat/Hello-World/issues/${NUMBER}/comments`, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com' } });
  const r = await runPr();
  expect(r.code).toBe(1);
  expect(r.commands.some((c) => c.command === 'warning' && c.message.startsWith('plancheck cannot comment on this pull request (403)'))).toBe(true);
  expect(annotations(r, 'error').length).toBeGreaterThan(0);
  expect(r.summary).toContain('[Goal 3]');
  gh.setFiles(HEAD, { [DOC]: COMPLETE });
  gh.fail(`POST /repos/Codertocat/Hello-World/issues/${NUMBER}/comments`, { status: 403 });
  expect((await runPr()).code).toBe(0);
});

test('7a. a 502, then success: retried, same result', async () => {
  gh.fail(`GET /repos/Codertocat/Hello-World/pulls/${NUMBER}/files`, { status: 502 });
  const r = await runPr();
  expect(r.code).toBe(1);
  expect(apiCalls(`/pulls/${NUMBER}/files`)).toBe(2);
  expect(ourComments()).toHaveLength(1);
});

test('7b. a secondary rate limit with retry-after: retried after the wait, bounded', async () => {
  const limit = { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com' } };
  gh.fail(`GET /repos/Codertocat/Hello-World/issues/${NUMBER}/comments`, limit);
  const r = await runPr();
  expect(r.code).toBe(1);
  expect(ourComments()).toHaveLength(1);
  expect(r.commands.some((c) => c.command === 'warning' && c.message.includes('secondary rate limit'))).toBe(true);
  // A limit that never lifts is not waited out for ever.
  gh.repo.comments = [];
  gh.fail(`GET /repos/Codertocat/Hello-World/pulls/${NUMBER}/files`, limit, limit, limit, limit, limit);
  const stuck = await runPr();
  expect(stuck.code).toBe(1);
  expect(apiCalls(`/pulls/${NUMBER}/files`)).toBeLessThanOrEqual(2 + 3);
});

test('7c. a 401: a clear message, no retry loop', async () => {
  const r = await runPr({ 'github-token': 'expired' });
  expect(r.code).toBe(1);
  expect(r.commands.find((c) => c.command === 'error')?.message).toMatch(/^plancheck: GitHub refused the token \(401\) trying to .+: check the github-token input$/);
  expect(gh.requests.length).toBeLessThanOrEqual(2);
});

test('8. two runs at once on the same pull request: exactly one comment', async () => {
  const [a, b] = await Promise.all([runPr(), runPr()]);
  expect([a.code, b.code]).toEqual([1, 1]);
  expect(ourComments()).toHaveLength(1);
});

test('9. a report larger than GitHub\'s limit: the comment stays under 65,536 and says what it left out', async () => {
  const many = Array.from({ length: 3000 }, (_, i) => `- [Goal ${i + 4}] and a [Justification] in item ${i}`).join('\n');
  gh.setFiles(HEAD, { [DOC]: HALF.replace('- [Goal 3]', many) });
  const r = await runPr();
  expect(r.code).toBe(1);
  const body = ourComments()[0].body;
  expect(body.length).toBeLessThanOrEqual(65536);
  expect(body).toContain("This report was cut to fit GitHub's size limit.");
  expect(body).toContain('The job summary has the full report.');
  expect(r.summary.length).toBeGreaterThan(body.length);
  // GitHub shows ten annotations of a level per step: the rest are counted, not dropped silently.
  expect(annotations(r, 'error')).toHaveLength(10);
  expect(r.stdout).toMatch(/plancheck: \d+ more errors than GitHub shows as annotations; the job summary lists them all\./);
});

test('10. @team, <details>, the marker and ::error:: in a document: nothing notifies, breaks out or becomes a command', async () => {
  const evil = HALF.replace('- [Goal 3]', '- [Goal 3] @acme/security </details> <!-- plancheck:report --> https://evil.example')
    .replace('### Problem Statement', '### Problem Statement\n\n## ::error file=x::injected @octocat <details><summary>x')
    .replace('TODO: agree', 'TODO ::warning::fake\n::error::second line');
  gh.setFiles(HEAD, { [DOC]: evil });
  const r = await runPr();
  const body = ourComments()[0].body;
  expect(body.match(/<!-- plancheck:report -->/g)).toHaveLength(1);
  // Code spans render literally; outside them nothing from the document may be live.
  const live = body.replace(/(`+)[^`]*?\1/g, '');
  expect(live).not.toMatch(/@(acme|octocat)\b/);
  expect(live).not.toContain('<details><summary>x');
  expect(live).not.toContain('evil.example');
  expect(live).not.toContain('</details> <!--');
  expect(r.commands.filter((c) => /injected|fake|second line/.test(c.message) && !c.properties.file)).toEqual([]);
  expect(r.commands.filter((c) => c.properties.file === 'x')).toEqual([]);
});

test('11a. merge_group: the files between the group\'s base and head', async () => {
  const payload = webhook('merge_group') as { merge_group: { head_sha: string; base_sha: string } };
  gh.setFiles(payload.merge_group.head_sha, { [DOC]: HALF });
  gh.setFiles(payload.merge_group.base_sha, {});
  gh.repo.compareFiles = [{ filename: DOC, status: 'modified' }];
  const r = await runDist(gh, { event: 'merge_group', payload, sha: payload.merge_group.head_sha });
  expect(r.code).toBe(1);
  expect(gh.calls()).toContain(`GET /repos/Codertocat/Hello-World/compare/${payload.merge_group.base_sha}...${payload.merge_group.head_sha}`);
  expect(gh.repo.comments).toHaveLength(0);
});

test('11b. push: the files between before and after', async () => {
  const payload = webhook('push') as { before: string; after: string };
  gh.setFiles(payload.after, { [DOC]: COMPLETE });
  gh.setFiles(payload.before, {});
  gh.repo.compareFiles = [{ filename: DOC, status: 'added' }, { filename: 'README.md', status: 'modified' }];
  const r = await runDist(gh, { event: 'push', payload, sha: payload.after });
  expect(r.code).toBe(0);
  expect(r.outputs.documents).toBe('1');
});

test('11c. workflow_dispatch: every matching document in the repository', async () => {
  gh.setFiles(HEAD, { [DOC]: COMPLETE, 'docs/plans/b.md': HALF, 'plans/c.md': COMPLETE, 'notes/d.md': HALF });
  const r = await runDist(gh, { event: 'workflow_dispatch', payload: webhook('workflow_dispatch'), sha: HEAD });
  expect(r.outputs.documents).toBe('3');
  expect(r.code).toBe(1);
});

test('12. a renamed doc is checked under its new name, a removed one is not, one over 1 MB is read raw', async () => {
  const big = COMPLETE + '\n' + Array.from({ length: 14000 }, (_, i) => `Paragraph ${i} of notes that make this plan longer than a megabyte, for the raw media type.`).join('\n\n') + '\n';
  expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024);
  gh.setFiles(HEAD, { 'docs/plans/new-name.md': HALF, 'docs/plans/big.md': big });
  gh.repo.pullFiles = [
    { filename: 'docs/plans/new-name.md', status: 'renamed', previous_filename: 'docs/plans/old-name.md' },
    { filename: 'docs/plans/gone.md', status: 'removed' },
    { filename: 'docs/plans/big.md', status: 'added' }
  ];
  const r = await runPr();
  const report = JSON.parse(r.outputs.report) as { documents: Array<{ path: string; passed: boolean }> };
  expect(report.documents.map((d) => [d.path, d.passed])).toEqual([
    ['docs/plans/new-name.md', false],
    ['docs/plans/big.md', true]
  ]);
  const raw = gh.requests.find((q) => q.path.endsWith('contents/docs/plans/big.md'));
  expect(raw?.headers.accept).toBe('application/vnd.github.raw');
});

test('the loopback GitHub answers the contents API in both media types, and 404 like GitHub', async () => {
  const get = (p: string, accept: string): Promise<Response> => fetch(`${gh.url}/repos/Codertocat/Hello-World/contents/${p}?ref=${HEAD}`, { headers: { accept, authorization: `token ${gh.token}` } });
  const raw = await get(DOC, 'application/vnd.github.raw');
  expect(await raw.text()).toBe(HALF);
  const json = (await (await get(DOC, 'application/vnd.github+json')).json()) as { encoding: string; content: string; path: string };
  expect(json.path).toBe(DOC);
  expect(Buffer.from(json.content, 'base64').toString('utf8')).toBe(HALF);
  expect((await get('nope.md', 'application/vnd.github+json')).status).toBe(404);
});
