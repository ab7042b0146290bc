import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMPLETE, HALF, ROOT } from './helpers.js';
import { FakeGitHub } from './support/fake-github.js';
import { DOC, runPullAdding, startPull, stopPull } from './support/loopback-pull.js';
import { SMALL_STALL, STALLING_INPUTS, UNDER_LIMIT } from './support/stalling-inputs.js';

// Nothing a document holds can stall a run: each document is checked within a time and a heap
// budget; past it, that document fails naming the limit and the others are still checked.
// The built dist/cli.js and dist/index.js, as users and the runner start them.

const CLI = path.join(ROOT, 'dist/cli.js');
type Json = { documents: Array<{ path: string; passed: boolean; findings: Array<{ rule: string; message: string }> }> };

function checkDir(files: Record<string, string>, args: string[]): { status: number | null; report: Json; stderr: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-budget-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
  return { status: r.status, report: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

const budgetError = (r: Json, file: string): string | undefined => r.documents.find((d) => d.path === file)?.findings.find((f) => f.rule === 'unreadable-document')?.message;

describe('the inputs that stalled a run finish within their budget', () => {
  const files: Record<string, string> = { 'complete.md': COMPLETE, 'half.md': HALF };
  STALLING_INPUTS.forEach((input, i) => (files[`stall-${i}.md`] = input.make()));

  test('each is under the size limit, so only the budget stands between it and a stall', () => {
    for (const input of STALLING_INPUTS) expect(input.make().length).toBeLessThanOrEqual(UNDER_LIMIT);
  });

  test('in one run with ordinary documents: each gives a report or the budget error naming it, and the others are checked', () => {
    // Generous: an ordinary document takes well under a second here.
    const r = checkDir({ ...files, '.plancheck.yml': 'time-limit: 10s\n' }, ['--config', '.plancheck.yml', '.']);
    expect(r.report.documents.map((d) => d.path).sort()).toEqual(Object.keys(files).sort());
    let overBudget = 0;
    STALLING_INPUTS.forEach((input, i) => {
      const file = `stall-${i}.md`;
      const error = budgetError(r.report, file);
      if (error === undefined) return;
      expect([input.name, error]).toEqual([input.name, expect.stringMatching(/^cannot check this document: (too complex to check within 10 s \(time-limit\)|needed more than 2048 MB of memory to check \(memory-limit\))$/)]);
      expect(r.stderr).toContain(`plancheck: ${file}:1: ${error.replace('cannot check this document: ', '')}`);
      overBudget++;
    });
    // Some of them, at least, are what the budget is for.
    expect(overBudget).toBeGreaterThan(0);
    expect(r.status).toBe(2);
    const ordinary = r.report.documents.filter((d) => !d.path.startsWith('stall-'));
    expect(ordinary.map((d) => [d.path, d.passed, d.findings.some((f) => f.rule === 'unreadable-document')])).toEqual([
      ['complete.md', true, false],
      ['half.md', false, false]
    ]);
  }, 900_000);

  test('one small document alone, tried first in the thread of the command line: a stalling one still fails naming the time-limit', () => {
    const small = SMALL_STALL();
    expect(small.length).toBeLessThanOrEqual(256 * 1024);
    const r = checkDir({ 'small.md': small, '.plancheck.yml': 'time-limit: 3s\n' }, ['--config', '.plancheck.yml', 'small.md']);
    expect([r.status, budgetError(r.report, 'small.md')]).toEqual([2, 'cannot check this document: too complex to check within 3 s (time-limit)']);
  }, 120_000);

  test('one ordinary document alone gets the same report as when the worker checks it beside another', () => {
    const alone = checkDir({ 'half.md': HALF }, ['half.md']);
    const beside = checkDir({ 'half.md': HALF, 'complete.md': COMPLETE }, ['half.md', 'complete.md']);
    expect(alone.report.documents).toEqual([beside.report.documents.find((d) => d.path === 'half.md')]);
    expect(alone.status).toBe(1);
  }, 120_000);

  test('a document that needs more heap than the limit fails naming the limit; the next is checked', () => {
    const list = STALLING_INPUTS.find((s) => s.name.startsWith('a list of'))?.make() ?? '';
    const r = checkDir({ 'list.md': list, 'complete.md': COMPLETE, '.plancheck.yml': 'time-limit: 10m\nmemory-limit: 64MB\n' }, ['--config', '.plancheck.yml', 'list.md', 'complete.md']);
    expect(budgetError(r.report, 'list.md')).toBe('cannot check this document: needed more than 64 MB of memory to check (memory-limit)');
    expect(r.report.documents.find((d) => d.path === 'complete.md')?.passed).toBe(true);
  }, 900_000);
});

describe('the action', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startPull(COMPLETE);
  });
  afterEach(() => stopPull(gh));

  test('a pull request with a stalling document and an ordinary one: the first fails naming the budget, the second is reported', async () => {
    const stalling = 'docs/plans/list.md';
    const list = STALLING_INPUTS.find((s) => s.name.startsWith('a list of'))?.make() ?? '';
    const r = await runPullAdding(gh, 'time-limit: 10s\n', { [stalling]: list, [DOC]: HALF });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.command === 'error' && c.properties.file === stalling).map((c) => c.message)).toEqual(['cannot check this document: too complex to check within 10 s (time-limit)']);
    const report = JSON.parse(r.outputs.report) as Json;
    expect(report.documents.map((d) => [d.path, d.passed])).toEqual([
      [stalling, false],
      [DOC, false]
    ]);
    // The ordinary document got its full report.
    expect(report.documents[1].findings.length).toBeGreaterThan(0);
    expect(report.documents[1].findings.some((f) => f.rule === 'unreadable-document')).toBe(false);
    expect(r.summary).toContain('too complex to check within 10 s');
  }, 300_000);
});
