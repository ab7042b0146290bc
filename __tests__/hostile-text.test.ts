import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli/run.js';
import { escapeLogLine, escapeTerminal, markdownUrl } from '../src/report/sanitize.js';
import { HALF } from './helpers.js';

// Text from a document or its name stays text in every output of the command line.

const HOSTILE_NAME = 'plan\n::error file=x::injected\r##[warning]legacy @octocat <img src=x onerror=y> ).md';
const HOSTILE_HEADING = 'Notes\n::error::from a heading ##[error]legacy\n=====';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => Buffer.from(''), color: false });
  return { code, stdout, stderr };
}

function hostileWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-hostile-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'docs', HOSTILE_NAME), HALF.replace('### Problem Statement', `${HOSTILE_HEADING}\n\nText.\n\n### Problem Statement`));
  return dir;
}

test.each(['text', 'github', 'markdown'])('the %s format: a file name or heading with line breaks never starts a line of its own', async (format) => {
  const r = await cli(['check', '--format', format, 'docs'], hostileWorkspace());
  expect(r.code).toBe(1);
  const lines = (r.stdout + r.stderr).split(/\r?\n|\r/);
  expect(lines.filter((l) => /^::/.test(l) && !/^::(error|warning|notice) file=docs\/plan/.test(l))).toEqual([]);
  expect(lines.filter((l) => l.includes('##['))).toEqual([]);
  expect(r.stdout).toContain('injected');
});

test('each output has its own escaping function', () => {
  expect(escapeTerminal('a\n::error::b\u001b[31m')).toBe('a\\u000a::error::b\\u001b[31m');
  expect(escapeLogLine('x ##[error]y\n::warning::z')).not.toMatch(/##\[|\n/);
  expect(escapeLogLine('::error::z')).not.toMatch(/^::/);
  expect(markdownUrl('https://h.example/a b)<c>[d].md')).toBe('https://h.example/a%20b%29%3Cc%3E%5Bd%5D.md');
});
