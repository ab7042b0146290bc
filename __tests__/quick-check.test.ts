import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mayCheckInThisThread } from '../src/cli/quick-check.js';

// One small file named on the command line is checked in the command's own thread first (a
// short vm timeout, then the budgeted worker); anything else starts the worker at once.

describe('which runs try a document in the command line thread first', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-quick-'));
  writeFileSync(path.join(dir, 'plan.md'), '# Plan\n');
  writeFileSync(path.join(dir, 'other.md'), '# Other\n');
  writeFileSync(path.join(dir, 'big.md'), 'a'.repeat(300 * 1024));
  const may = (...args: string[]): boolean => mayCheckInThisThread(['check', ...args], dir);

  test('one small file, with or without options', () => {
    expect([may('plan.md'), may('--template', 'other.md', 'plan.md'), may('-f', 'json', 'plan.md'), may('--config=x.yml', 'plan.md')]).toEqual([true, true, true, true]);
  });

  test('not several files, a glob, a folder, stdin, a large or missing file, a bad option or another command', () => {
    expect([may('plan.md', 'other.md'), may('*.md'), may('.'), may('-'), may('big.md'), may('gone.md'), may('--nope', 'plan.md'), mayCheckInThisThread(['init', 'plan.md'], dir)]).toEqual([false, false, false, false, false, false, false, false]);
  });
});
