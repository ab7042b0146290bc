import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FakeGitHub } from './fake-github.js';
import { findRoot } from './root.js';

/** What one run of the bundled action left behind. */
export interface DistRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the runner would act on, parsed from stdout. */
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>;
}

const ROOT = findRoot(import.meta.dirname);
const DIST = path.join(ROOT, 'dist/index.js');

/** Loads a recorded webhook payload (see scripts/extract-github-fixtures.mjs). */
export function webhook(name: 'pull_request' | 'merge_group' | 'push' | 'workflow_dispatch'): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, `__fixtures__/github/webhook-${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** What a run of the action is given, as the runner gives it. */
export interface RunOptions {
  event: string;
  payload: unknown;
  sha: string;
  inputs?: Record<string, string>;
  workspace?: string;
}

/** A runner's environment for one step, and how to read back what the step wrote. */
export interface RunnerSetup {
  env: Record<string, string>;
  read(): { outputs: Record<string, string>; summary: string };
}

/**
 * The environment the Actions runner gives a step: `GITHUB_*` variables pointing at the
 * loopback GitHub, inputs as `INPUT_<NAME>` with hyphens kept, and files for the event, the
 * outputs and the step summary.
 */
export function prepareRunner(gh: FakeGitHub, options: RunOptions): RunnerSetup {
  const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-e2e-'));
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
  writeFileSync(files.event, JSON.stringify(options.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputs: Record<string, string> = { 'github-token': gh.token, paths: '', template: '', config: '', comment: 'on-failure', 'fail-on': 'error', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${gh.repo.owner}/${gh.repo.repo}`,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_GRAPHQL_URL: gh.url.replace(/\/v3$/, '/graphql'),
    GITHUB_SHA: options.sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: options.workspace ?? mkdtempSync(path.join(tmpdir(), 'plancheck-ws-')),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    GITHUB_ACTION_REPOSITORY: 'plancheck/plancheck',
    GITHUB_ACTION_REF: 'v1'
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return {
    env,
    read: () => ({ outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') })
  };
}

/** Runs `node dist/index.js` the way the Actions runner starts it: a child process of its own. */
export async function runDist(gh: FakeGitHub, options: RunOptions): Promise<DistRun> {
  const runner = prepareRunner(gh, options);
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [DIST], { env: runner.env, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? null) : 0;
      resolve({ code: typeof code === 'number' ? code : null, stdout, stderr });
    });
  });
  return { ...result, ...runner.read(), commands: parseCommands(result.stdout) };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3];
  return out;
}

const unescape = (s: string): string => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Parses workflow commands as the runner does: only lines that start with `::`. */
function parseCommands(stdout: string): DistRun['commands'] {
  const commands: DistRun['commands'] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
    }
    commands.push({ command: m[1], properties, message: unescape(m[3]) });
  }
  return commands;
}
