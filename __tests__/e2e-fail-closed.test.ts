import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMPLETE, HALF } from './helpers.js';
import { FakeGitHub } from './support/fake-github.js';
import { DOC, PULL, startPull, stopPull } from './support/loopback-pull.js';
import { runDist, webhook, type DistRun } from './support/run-dist.js';

// The gate fails closed: what it cannot read, list or check fails the step with a message naming
// the file and why. The built dist/index.js against the loopback GitHub.

const pr = PULL;
const HEAD = pr.pull_request.head.sha;
const BASE = pr.pull_request.base.sha;

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startPull(COMPLETE);
});

afterEach(() => stopPull(gh));

function prPayload(edit: (p: typeof pr) => void = () => undefined): unknown {
  const payload = structuredClone(pr);
  payload.pull_request.changed_files = gh.repo.pullFiles.length;
  edit(payload);
  return payload;
}

async function runPr(inputs: Record<string, string> = {}, options: { workspace?: string; payload?: unknown } = {}): Promise<DistRun> {
  return runDist(gh, { event: 'pull_request', payload: options.payload ?? prPayload(), sha: HEAD, inputs, workspace: options.workspace });
}

/** A workspace checked out at `sha`, as actions/checkout leaves it (without running git). */
function workspaceAt(sha: string, files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'plancheck-ws-'));
  mkdirSync(path.join(ws, '.git'), { recursive: true });
  writeFileSync(path.join(ws, '.git/HEAD'), sha + '\n');
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, p)), { recursive: true });
    writeFileSync(path.join(ws, p), text);
  }
  return ws;
}

const errorAbout = (r: DistRun, file: string): string[] => r.commands.filter((c) => c.command === 'error' && c.properties.file === file).map((c) => c.message);
const ourBody = (): string => gh.repo.comments.find((c) => c.body.startsWith('<!-- plancheck:report'))?.body ?? '';
const report = (r: DistRun): { documents: Array<{ path: string; passed: boolean; draft: boolean; findings: Array<{ rule: string; message: string }> }> } => JSON.parse(r.outputs.report);

describe('a changed document that cannot be read fails the check, naming it and why', () => {
  test('the contents API answers 404', async () => {
    gh.setFiles(HEAD, { 'README.md': '# Hello\n' });
    const r = await runPr();
    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(errorAbout(r, DOC)).toEqual([expect.stringMatching(/cannot check this document: GitHub has no such file at \w{7} \(404\)/)]);
    expect(report(r).documents.map((d) => [d.path, d.passed, d.findings[0].rule])).toEqual([[DOC, false, 'unreadable-document']]);
    expect(r.summary).toContain('404');
  });

  test('missing from a workspace checked out at the head (a sparse checkout): read from GitHub instead', async () => {
    gh.setFiles(HEAD, { [DOC]: HALF });
    const r = await runPr({}, { workspace: workspaceAt(HEAD, { 'README.md': '# Hello\n' }) });
    expect(r.code).toBe(1);
    expect(report(r).documents.map((d) => [d.path, d.passed])).toEqual([[DOC, false]]);
    expect(gh.calls()).toContain(`GET /repos/Codertocat/Hello-World/contents/${DOC}`);
  });

  test('missing from the workspace and from GitHub', async () => {
    gh.setFiles(HEAD, {});
    const r = await runPr({}, { workspace: workspaceAt(HEAD, {}) });
    expect(r.code).toBe(1);
    expect(errorAbout(r, DOC)).toEqual([expect.stringContaining('404')]);
  });

  test('a symbolic link in the workspace that leads out of it is not followed', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'plancheck-outside-'));
    writeFileSync(path.join(outside, 'plan.md'), COMPLETE);
    const ws = workspaceAt(HEAD, {});
    mkdirSync(path.join(ws, 'docs/plans'), { recursive: true });
    symlinkSync(path.join(outside, 'plan.md'), path.join(ws, DOC));
    const r = await runPr({}, { workspace: ws });
    expect(r.code).toBe(1);
    expect(errorAbout(r, DOC)).toEqual([expect.stringContaining('a symbolic link to a file outside the workspace; not followed')]);
  });

  test('a symbolic link within the workspace is read', async () => {
    const ws = workspaceAt(HEAD, { 'shared/plan.md': COMPLETE });
    mkdirSync(path.join(ws, 'docs/plans'), { recursive: true });
    symlinkSync('../../shared/plan.md', path.join(ws, DOC));
    const r = await runPr({}, { workspace: ws });
    expect(r.code).toBe(0);
    expect(report(r).documents.map((d) => [d.path, d.passed])).toEqual([[DOC, true]]);
  });
});

/** A git repository with a base commit and a head commit adding `files` on a branch. */
function gitRepo(files: Record<string, string>): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-git-'));
  const git = (...args: string[]): string => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'README.md'), '# Hello\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  git('add', '-A');
  git('commit', '-qm', 'head');
  return { dir, base, head: git('rev-parse', 'HEAD') };
}

describe('a pull request over GitHub\'s 3,000-file list', () => {
  const padding = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`src/f${String(i).padStart(4, '0')}.ts`, `export const x${i} = ${i};\n`]));

  test('with a checkout that has both commits: git lists every file, and the plan past the cut fails', async () => {
    const repo = gitRepo({ ...padding, [DOC]: HALF });
    // GitHub lists the first 3,000; the plan is the 3,001st.
    gh.repo.pullFiles = Object.keys(padding).map((filename) => ({ filename, status: 'added' }));
    gh.setFiles(repo.head, { [DOC]: HALF });
    const payload = prPayload((p) => {
      p.pull_request.head.sha = repo.head;
      p.pull_request.base.sha = repo.base;
      p.pull_request.changed_files = 3001;
    });
    const r = await runDist(gh, { event: 'pull_request', payload, sha: repo.head, inputs: {}, workspace: repo.dir });
    expect(r.code).toBe(1);
    expect(report(r).documents.map((d) => [d.path, d.passed])).toEqual([[DOC, false]]);
    expect(r.summary).toContain('the full list came from git in the checkout');
  });

  test('without one: the check fails even though every listed document passes', async () => {
    gh.repo.pullFiles = [{ filename: DOC, status: 'added' }, ...Object.keys(padding).slice(1).map((filename) => ({ filename, status: 'added' }))];
    const r = await runPr({}, { payload: prPayload((p) => (p.pull_request.changed_files = 3500)) });
    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(report(r).documents.map((d) => [d.path, d.passed])).toEqual([[DOC, true]]);
    expect(r.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message)).toEqual([
      'plancheck: GitHub lists only the first 3000 of the 3500 files this pull request changes; planning documents beyond them were not checked, and there is no checkout to ask git (add actions/checkout with fetch-depth: 0 before plancheck).'
    ]);
  });

  test('a merge group over the compare cap fails without a checkout', async () => {
    const payload = webhook('merge_group') as { merge_group: { head_sha: string; base_sha: string } };
    gh.setFiles(payload.merge_group.head_sha, { [DOC]: COMPLETE });
    gh.repo.compareFiles = [{ filename: DOC, status: 'modified' }, ...Object.keys(padding).slice(0, 299).map((filename) => ({ filename, status: 'added' }))];
    const r = await runDist(gh, { event: 'merge_group', payload, sha: payload.merge_group.head_sha });
    expect(r.code).toBe(1);
    expect(r.commands.some((c) => c.command === 'error' && c.message.includes('GitHub compares at most 300 files'))).toBe(true);
  });
});

test('a renamed file with a hostile name and a hostile heading: text in the comment, the summary, the log and the annotations', async () => {
  const name = 'docs/plans/x\n##[warning]legacy @octocat <img src=x onerror=y> [a](javascript:alert(1)) ).md';
  const text = HALF.replace('### Problem Statement', '## @octocat <details>\n::error::from a heading ##[error]legacy\n=====\n\nText.\n\n### Problem Statement');
  gh.repo.pullFiles = [{ filename: name, status: 'renamed', previous_filename: 'docs/plans/old.md' }];
  const r = await runPr({}, { workspace: workspaceAt(HEAD, { [name]: text }) });
  expect(r.code).toBe(1);
  for (const md of [ourBody(), r.summary]) {
    // Code spans render literally; outside them nothing from the name or heading may be live.
    const live = md.replace(/(`+)[\s\S]*?\1/g, '');
    expect(live).not.toMatch(/@octocat|<img|<details>(?!<summary>\d)|javascript:|##\[/);
    // Every link target is one unbroken URL: the name's `)`, spaces and `<` are encoded.
    for (const [, href] of md.matchAll(/\]\((https:[^)]*)\)/g)) expect(href).toMatch(/^https:\/\/github\.example\/[^\s<>()]+$/);
    expect(md).toContain('%29.md');
  }
  const lines = r.stdout.split(/\r?\n/);
  expect(lines.filter((l) => l.includes('##['))).toEqual([]);
  expect(lines.filter((l) => l.startsWith('::') && !/^::(error|warning|notice|debug|set-output)[ :]/.test(l))).toEqual([]);
  expect(r.commands.filter((c) => c.message.startsWith('from a heading'))).toEqual([]);
  expect(r.commands.filter((c) => c.command === 'error' && c.properties.file).every((c) => c.properties.file.startsWith('docs/plans/x\n##\u200b[warning]'))).toBe(true);
});

describe('drafts are no way around the gate', () => {
  test('front matter status: draft fails the untouched template by default', async () => {
    gh.setFiles(HEAD, { [DOC]: '---\nstatus: draft\n---\n' + HALF });
    const r = await runPr();
    expect(r.code).toBe(1);
    expect(report(r).documents.map((d) => [d.passed, d.draft])).toEqual([[false, false]]);
  });

  test('a team that opts in (draft: true) gets warnings for a draft\'s leftovers', async () => {
    gh.setFiles(BASE, { '.github/plancheck.yml': 'draft: true\n' });
    gh.setFiles(HEAD, { [DOC]: '---\nstatus: draft\n---\n' + HALF.replace(/### Vulnerabilty Analysis/, '### Vulnerability Analysis\n\n### Data Privacy\n\nNone stored.') });
    const r = await runPr();
    expect(report(r).documents.map((d) => d.draft)).toEqual([true]);
  });

  test('a draft pull request: the comment says what will fail once ready, and the step does not fail yet', async () => {
    gh.setFiles(HEAD, { [DOC]: HALF });
    const r = await runPr({}, { payload: prPayload((p) => (p.pull_request.draft = true)) });
    expect(r.code).toBe(0);
    expect(r.outputs.passed).toBe('false');
    expect(ourBody()).toContain('this pull request is a draft, so the check does not fail yet; 1 of 1 planning document will fail the check once it is marked ready for review.');
    // Marked ready: the same documents fail.
    const ready = await runPr({}, { payload: prPayload((p) => (p.pull_request.draft = false)) });
    expect(ready.code).toBe(1);
  });
});
