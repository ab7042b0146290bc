import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGitHub } from './support/fake-github.js';
import { prepareRunner } from './support/run-dist.js';
import { COMPLETE, HALF, lineOf } from './helpers.js';

const BASE = 'b'.repeat(40);
const HEAD = 'a'.repeat(40);
const DOC = 'docs/plans/saved-searches.md';

interface Outcome {
  failed: boolean;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

let gh: FakeGitHub;
let run: () => Promise<void>;

beforeAll(async () => {
  ({ run } = await import('../src/action/main.js'));
});

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
  gh.setFiles(BASE, { 'README.md': '# Repo\n' });
  gh.setFiles(HEAD, { 'README.md': '# Repo\n', [DOC]: HALF });
  gh.repo.pullFiles = [{ filename: DOC, status: 'added' }];
});

afterEach(async () => {
  await gh.stop();
  // Every request the action made, and every answer the fake gave, keeps GitHub's published contract.
  expect(gh.violations).toEqual([]);
});

function prEvent(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { action: 'synchronize', number: 7, pull_request: { number: 7, changed_files: gh.repo.pullFiles.length, head: { sha: HEAD }, base: { sha: BASE } }, ...extra };
}

/** Runs the action in this process with a runner's environment, capturing what it writes. */
async function runAction(eventName: string, payload: Record<string, unknown>, inputs: Record<string, string> = {}, workspace?: string): Promise<Outcome> {
  const runner = prepareRunner(gh, { event: eventName, payload, sha: HEAD, inputs, workspace });
  const saved = { ...process.env };
  Object.assign(process.env, runner.env);
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
    for (const k of Object.keys(runner.env)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  const failed = process.exitCode === 1;
  process.exitCode = 0;
  return { failed, stdout, ...runner.read() };
}

describe('pull_request', () => {
  test('an incomplete document: one comment, a failed step, annotations on the lines', async () => {
    const r = await runAction('pull_request', prEvent());
    expect(r.failed).toBe(true);
    expect(gh.repo.comments).toHaveLength(1);
    const body = gh.repo.comments[0].body;
    expect(body.startsWith('<!-- plancheck:report -->')).toBe(true);
    expect(body).toContain('❌ **1 of 1 planning document needs work.**');
    expect(body).toContain(`[line ${lineOf(HALF, '[Goal 3]')}](https://github.example/acme/plans/blob/${HEAD}/docs/plans/saved-searches.md#L${lineOf(HALF, '[Goal 3]')})`);
    expect(r.stdout).toContain(`::error title=plancheck missing-section,file=${DOC},line=${lineOf(HALF, '### Vulnerabilty')},col=1::missing section 'Data Privacy'`);
    expect(r.outputs).toMatchObject({ passed: 'false', documents: '1', errors: '7', warnings: '1' });
    expect(r.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(JSON.parse(r.outputs.report).documents[0].path).toBe(DOC);
    expect(r.summary).toContain('Security Considerations › Data Privacy');
  });

  test('the author fixes it: the same comment turns green, the step passes', async () => {
    await runAction('pull_request', prEvent());
    const id = gh.repo.comments[0].id;
    gh.setFiles(HEAD, { [DOC]: COMPLETE });
    const r = await runAction('pull_request', prEvent());
    expect(r.failed).toBe(false);
    expect(gh.repo.comments.map((c) => c.id)).toEqual([id]);
    expect(gh.repo.comments[0].body).toContain('✅ **The planning document is complete.**');
    expect(r.outputs.passed).toBe('true');
  });

  test('fail-on: warning fails a document with only warnings, and the comment and outputs say so', async () => {
    gh.setFiles(HEAD, { [DOC]: COMPLETE.replace('### Vulnerability Analysis', '### Vulnerabilty Analysis') });
    const r = await runAction('pull_request', prEvent(), { 'fail-on': 'warning' });
    expect(r.failed).toBe(true);
    expect(r.outputs).toMatchObject({ passed: 'false', errors: '0', warnings: '1' });
    const report = JSON.parse(r.outputs.report);
    expect(report.summary.passed_all).toBe(false);
    expect(report.documents[0].passed).toBe(false);
    expect(gh.repo.comments[0].body).toContain('❌ **1 of 1 planning document needs work.**');
    expect(r.summary).toContain('❌ **1 of 1 planning document needs work.**');
  });

  test('a pull request without planning documents succeeds with a notice and no comment', async () => {
    gh.repo.pullFiles = [{ filename: 'src/app.ts', status: 'modified' }, { filename: 'docs/plans/old.md', status: 'removed' }];
    const r = await runAction('pull_request', prEvent());
    expect(r.failed).toBe(false);
    expect(gh.repo.comments).toHaveLength(0);
    expect(r.stdout).toContain('::notice::plancheck: no planning documents in this change; nothing to check.');
    expect(r.outputs).toMatchObject({ passed: 'true', documents: '0' });
  });

  test('every page of changed files is read', async () => {
    gh.repo.pullFiles = Array.from({ length: 249 }, (_, i) => ({ filename: `src/f${i}.ts`, status: 'modified' }));
    gh.repo.pullFiles.push({ filename: DOC, status: 'modified' });
    const r = await runAction('pull_request', prEvent());
    expect(gh.calls().filter((c) => c.endsWith('/pulls/7/files'))).toHaveLength(3);
    expect(r.outputs.documents).toBe('1');
  });

  test('a pull request over GitHub\'s 3,000-file listing limit fails, saying the list was cut', async () => {
    gh.repo.pullFiles = Array.from({ length: 3000 }, (_, i) => ({ filename: `src/f${i}.ts`, status: 'modified' }));
    const r = await runAction('pull_request', prEvent({ pull_request: { number: 7, changed_files: 3500, head: { sha: HEAD }, base: { sha: BASE } } }), { comment: 'always' });
    expect(r.stdout).toContain('::error::plancheck: GitHub lists only the first 3000 of the 3500 files');
    expect(r.outputs.passed).toBe('false');
    expect(gh.repo.comments[0].body).toContain('GitHub lists only the first 3000 of the 3500 files');
  });

  test('the template and config come from the base branch, and the comment says a change waits for merge', async () => {
    const strict = '# Plan\n\n## Summary\n\n## Risks\n';
    const weak = '# Plan\n\n## Summary\n';
    gh.setFiles(BASE, { 'tpl/plan.md': strict, '.github/plancheck.yml': 'template: tpl/plan.md\n' });
    gh.setFiles(HEAD, { 'tpl/plan.md': weak, '.github/plancheck.yml': 'template: tpl/plan.md\n', [DOC]: '# Mine\n\n## Summary\n\nText.\n' });
    gh.repo.pullFiles = [{ filename: DOC, status: 'added' }, { filename: 'tpl/plan.md', status: 'modified' }];
    const r = await runAction('pull_request', prEvent());
    expect(r.failed).toBe(true);
    const body = gh.repo.comments[0].body;
    expect(body).toContain('missing.');
    expect(body).toContain('This pull request changes `tpl/plan.md`. Documents are checked against the base branch\'s copy; the change takes effect after merge.');
    expect(gh.calls()).toContain(`GET /repos/acme/plans/contents/tpl/plan.md`);
    expect(gh.requests.filter((q) => q.path.endsWith('tpl/plan.md')).map((q) => q.query.get('ref'))).toEqual([BASE]);
  });

  test('a fork\'s read-only token: a warning, the verdict follows the documents', async () => {
    gh.fail('POST /repos/acme/plans/issues/7/comments', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const r = await runAction('pull_request', prEvent());
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain('::warning::plancheck cannot comment on this pull request (403)');
    expect(r.stdout).toContain('::error title=plancheck placeholder,file=docs/plans/saved-searches.md,line=20,col=3::');
    expect(r.summary).toContain('Data Privacy');
  });

  test('a bad token gives a clear message and is not retried', async () => {
    const r = await runAction('pull_request', prEvent(), { 'github-token': 'revoked' });
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain('::error::plancheck: GitHub refused the token (401)');
    expect(gh.requests.length).toBeLessThanOrEqual(2);
  });

  test('a 502 is retried and the result is the same', async () => {
    gh.fail('GET /repos/acme/plans/pulls/7/files', { status: 502 });
    const r = await runAction('pull_request', prEvent());
    expect(r.failed).toBe(true);
    expect(gh.calls().filter((c) => c.endsWith('/pulls/7/files'))).toHaveLength(2);
    expect(gh.repo.comments).toHaveLength(1);
  });

  test('text quoted from a document cannot mention, break out or run a workflow command', async () => {
    const evil = COMPLETE.replace('- Share a saved search with the agent\'s team.', '- [Goal 2] @acme/security </details><!-- plancheck:report --> ::error::pwned');
    gh.setFiles(HEAD, { [DOC]: evil + '\n## @acme/security <details> heading\n\nx\n' });
    const r = await runAction('pull_request', prEvent());
    const body = gh.repo.comments[0].body;
    expect(body.match(/<!-- plancheck:report -->/g)).toHaveLength(1);
    expect(body).not.toMatch(/(^|[^`&\w])@acme\/security/);
    expect(body).not.toContain('<details> heading');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::pwned'))).toEqual([]);
  });

  test('comment: never posts nothing; fail-on: never passes', async () => {
    const r = await runAction('pull_request', prEvent(), { comment: 'never', 'fail-on': 'never' });
    expect(r.failed).toBe(false);
    expect(gh.repo.comments).toHaveLength(0);
    expect(r.outputs.passed).toBe('true');
  });

  test('an invalid input names it', async () => {
    const r = await runAction('pull_request', prEvent(), { comment: 'sometimes' });
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain("::error::plancheck: input 'comment': 'sometimes' is not one of always, on-failure, never");
  });

  test('a paths glob that cannot run in linear time is refused, naming the input, before any request', async () => {
    const r = await runAction('pull_request', prEvent(), { paths: 'docs/plans/**/*.md, docs/!(old)/*.md' });
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain("::error::plancheck: input 'paths': invalid glob 'docs/!(old)/*.md': a negated extglob !(…) cannot run in linear time; exclude with a leading ! instead");
    expect(gh.requests).toEqual([]);
  });

  test.each(['soon', '0', '-5', '1e3'])('github-timeout: %s is refused before any request', async (value) => {
    const r = await runAction('pull_request', prEvent(), { 'github-timeout': value });
    expect(r.failed).toBe(true);
    expect(r.stdout).toContain(`::error::plancheck: input 'github-timeout': '${value}' is not a number of seconds above 0 and at most 21600 (a job's limit)`);
    expect(gh.requests).toEqual([]);
  });
});

describe('where content comes from', () => {
  test('a workspace checked out at the head commit is read from disk, not the API', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'plancheck-ws-'));
    mkdirSync(path.join(ws, '.git'), { recursive: true });
    writeFileSync(path.join(ws, '.git/HEAD'), `${HEAD}\n`);
    mkdirSync(path.join(ws, 'docs/plans'), { recursive: true });
    writeFileSync(path.join(ws, DOC), COMPLETE);
    const r = await runAction('pull_request', prEvent(), {}, ws);
    expect(r.failed).toBe(false);
    expect(gh.calls().filter((c) => c.includes('/contents/docs/plans'))).toEqual([]);
  });
  test('pull_request_target reads the pull request through the API, never the base checkout', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'plancheck-ws-'));
    mkdirSync(path.join(ws, '.git'), { recursive: true });
    writeFileSync(path.join(ws, '.git/HEAD'), `${BASE}\n`);
    const r = await runAction('pull_request_target', prEvent(), {}, ws);
    expect(r.failed).toBe(true);
    expect(gh.calls()).toContain(`GET /repos/acme/plans/contents/${DOC}`);
    expect(gh.repo.comments).toHaveLength(1);
  });
});

describe('configuration', () => {
  test('.github/plancheck.yaml is read when there is no .yml, as the command line reads it', async () => {
    gh.setFiles(BASE, { 'README.md': '# Repo\n', '.github/plancheck.yaml': 'exempt: [docs/plans/**]\n' });
    const r = await runAction('pull_request', prEvent());
    expect(r.failed).toBe(false);
    expect(r.outputs.documents).toBe('0');
  });
});

describe('other events', () => {
  test('merge_group checks the files between the group\'s base and head', async () => {
    gh.repo.compareFiles = [{ filename: DOC, status: 'modified' }];
    const r = await runAction('merge_group', { merge_group: { head_sha: HEAD, base_sha: BASE } });
    expect(r.failed).toBe(true);
    expect(gh.calls()).toContain(`GET /repos/acme/plans/compare/${BASE}...${HEAD}`);
    expect(gh.repo.comments).toHaveLength(0);
  });
  test('push checks the files between before and after', async () => {
    gh.repo.compareFiles = [{ filename: DOC, status: 'modified' }];
    gh.setFiles(HEAD, { [DOC]: COMPLETE });
    const r = await runAction('push', { before: BASE, after: HEAD });
    expect(r.failed).toBe(false);
    expect(r.outputs.documents).toBe('1');
  });
  test('workflow_dispatch audits every matching document in the repository', async () => {
    gh.setFiles(HEAD, { [DOC]: COMPLETE, 'docs/plans/other.md': HALF, 'notes/x.md': HALF });
    const r = await runAction('workflow_dispatch', {});
    expect(r.outputs.documents).toBe('2');
    expect(r.failed).toBe(true);
  });
});
