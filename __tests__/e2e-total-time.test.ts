import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMPLETE, HALF, ROOT } from './helpers.js';
import { FakeGitHub } from './support/fake-github.js';
import { DOC, runPullAdding, startPull, stopPull } from './support/loopback-pull.js';
import { STALLING_INPUTS } from './support/stalling-inputs.js';

// Each document has its time-limit, and all of a run's documents together have
// total-time-limit: once it is spent, every document not yet checked fails saying so, and the
// run ends instead of taking one time-limit per stalling document. The built dist/cli.js and
// dist/index.js, as users and the runner start them.

const CLI = path.join(ROOT, 'dist/cli.js');
type Json = { documents: Array<{ path: string; passed: boolean; findings: Array<{ rule: string; message: string }> }> };

/** Two inputs that take minutes each to check, far beyond the limits below. */
const stalling = (start: string): string => STALLING_INPUTS.find((s) => s.name.startsWith(start))?.make() ?? '';
const BACKTICKS = stalling('backtick runs');
const HEADINGS = stalling('a million one-line headings');
const notChecked = (seconds: number): string => `cannot check this document: the run's ${seconds} s for all documents (total-time-limit) were spent before it was checked`;
const unreadable = (r: Json, file: string): string | undefined => r.documents.find((d) => d.path === file)?.findings.find((f) => f.rule === 'unreadable-document')?.message;

describe('the command line', () => {
  test('once total-time-limit is spent, the document being checked and those after it fail unchecked, naming the limit; those before are reported', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-total-'));
    const files: Record<string, string> = { 'complete.md': COMPLETE, 'backticks.md': BACKTICKS, 'headings.md': HEADINGS, 'half.md': HALF };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    // Each document could take a minute; all of them together only 5 s.
    writeFileSync(path.join(dir, '.plancheck.yml'), 'time-limit: 60s\ntotal-time-limit: 5s\n');
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--config', '.plancheck.yml', ...Object.keys(files)], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
    const report = JSON.parse(r.stdout) as Json;
    expect(report.documents.map((d) => d.path)).toEqual(Object.keys(files));
    expect(report.documents[0]).toMatchObject({ path: 'complete.md', passed: true });
    // Not the document's own 60 s: the run's 5 s ended it, and nothing after it was checked.
    expect(['backticks.md', 'headings.md', 'half.md'].map((f) => [f, unreadable(report, f)])).toEqual([
      ['backticks.md', notChecked(5)],
      ['headings.md', notChecked(5)],
      ['half.md', notChecked(5)]
    ]);
    expect(report.documents.find((d) => d.path === 'half.md')?.findings).toHaveLength(1);
    expect(r.stderr).toContain(`plancheck: half.md:1: ${notChecked(5).replace('cannot check this document: ', '')}`);
    expect(r.status).toBe(2);
  }, 900_000);
});

describe('the action', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startPull(COMPLETE);
  });
  afterEach(() => stopPull(gh));

  test('a stalling document spends total-time-limit: it and the document after it fail unchecked, the check fails, and both are in the report', async () => {
    const stall = 'docs/plans/headings.md';
    const r = await runPullAdding(gh, 'time-limit: 60s\ntotal-time-limit: 3s\n', { [stall]: HEADINGS, [DOC]: HALF });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.outputs.report) as Json;
    expect(report.documents.map((d) => [d.path, d.passed, unreadable(report, d.path)])).toEqual([
      [stall, false, notChecked(3)],
      [DOC, false, notChecked(3)]
    ]);
    expect(r.commands.filter((c) => c.command === 'error' && c.properties.file === DOC).map((c) => c.message)).toEqual([notChecked(3)]);
    expect(r.summary).toContain("total-time-limit");
    expect(gh.repo.comments.at(-1)?.body).toContain(DOC);
  }, 300_000);
});
