import { jest } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../src/cli/run.js';
import { VERSION } from '../src/version.js';
import { FakeGitHub } from './support/fake-github.js';
import { prepareRunner } from './support/run-dist.js';
import { HALF, ROOT } from './helpers.js';

// What users see for the half-filled example, stored whole: a change to any of it shows up as a
// diff of __fixtures__/golden/ in review. `UPDATE_GOLDEN=1 npm test -- golden` rewrites them.

const DIR = path.join(ROOT, '__fixtures__/golden');
const BASE = 'b'.repeat(40);
const HEAD = 'a'.repeat(40);
const DOC = 'docs/plans/saved-searches.md';

function golden(name: string, actual: string): void {
  const file = path.join(DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file)).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

async function cli(format: string): Promise<string> {
  let stdout = '';
  await runCli(['check', '--format', format, 'examples/half-filled-plan.md'], { cwd: ROOT, stdout: (t) => (stdout += t), stderr: () => undefined, readStdin: async () => new Uint8Array(), color: false });
  return stdout;
}

describe('golden outputs for examples/half-filled-plan.md', () => {
  test('text', async () => golden('half-filled-plan.txt', await cli('text')));
  test('SARIF (the version left out)', async () => golden('half-filled-plan.sarif', (await cli('sarif')).replace(`"version": "${VERSION}"`, '"version": "<version>"')));

  test('the pull request comment and the job summary', async () => {
    const gh = new FakeGitHub();
    await gh.start();
    try {
      gh.setFiles(BASE, { 'README.md': '# Repo\n' });
      gh.setFiles(HEAD, { 'README.md': '# Repo\n', [DOC]: HALF });
      gh.repo.pullFiles = [{ filename: DOC, status: 'added' }];
      const runner = prepareRunner(gh, { event: 'pull_request', payload: { action: 'opened', number: 7, pull_request: { number: 7, changed_files: 1, head: { sha: HEAD }, base: { sha: BASE } } }, sha: HEAD, inputs: {} });
      const saved = { ...process.env };
      Object.assign(process.env, runner.env);
      const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        const { run } = await import('../src/action/main.js');
        await run();
      } finally {
        quiet.mockRestore();
        for (const k of Object.keys(runner.env)) delete process.env[k];
        Object.assign(process.env, saved);
        process.exitCode = 0;
      }
      golden('half-filled-plan.comment.md', gh.repo.comments[0].body);
      golden('half-filled-plan.summary.md', runner.read().summary);
    } finally {
      await gh.stop();
    }
  });
});
