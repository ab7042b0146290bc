/**
 * `npm run bench`: measures plancheck on this machine and writes BENCHMARKS.md. It prints and
 * records figures; it asserts nothing. Ratios within one run are what to compare.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkPlan } from '../src/engine/remark-plan.js';
import { checkDocument } from '../src/engine/check.js';
import { DEFAULT_TEMPLATE } from '../src/engine/default-template.js';
import { buildTemplate, type TemplateModel } from '../src/engine/template.js';
import { FakeGitHub } from '../__tests__/support/fake-github.js';
import { findRoot } from '../__tests__/support/root.js';
import { runDist, webhook } from '../__tests__/support/run-dist.js';

const ROOT = findRoot(import.meta.dirname);
const CORPUS = process.env.PLANCHECK_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
const CLI = path.join(ROOT, 'dist/cli.js');
/** `--name value` from the command line. */
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** `--baseline <git ref>`: that ref's CLI is built and run in the same rounds as this one. */
const BASELINE_REF = flag('baseline');
const lines: string[] = [];
const say = (s = ''): void => {
  console.log(s);
  lines.push(s);
};
const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median and range of paired ratios, as `0.71x (0.65-0.80)`. */
const spread = (xs: number[]): string => `${median(xs).toFixed(2)}x (${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)})`;

/** Every `step`-th document of a family, `count` in all, spread over the whole list. */
function sampleDocs(family: string, count: number): string[] {
  const all = listDocs(family);
  return Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor((i * all.length) / Math.min(count, all.length))]);
}

/**
 * Builds the CLI of a git ref in a temporary worktree that shares this checkout's
 * node_modules, so that only the source differs; returns its bundle and short commit id.
 */
function buildBaseline(ref: string): { cli: string; commit: string } {
  const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plancheck-baseline-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: ROOT, stdio: 'ignore' });
  try {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const out = mkdtempSync(path.join(os.tmpdir(), 'plancheck-baseline-cli-'));
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/cli.ts', '-o', out, '--minify', '--quiet', '--no-source-map-register', '--target', 'es2022'], { cwd: dir, stdio: 'inherit' });
    return { cli: path.join(out, 'index.js'), commit };
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
  }
}

/** Wall time of one command run to completion. */
function wall(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: 'ignore', maxBuffer: 1 << 30 });
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')}: status ${r.status}`);
  return performance.now() - t0;
}

/**
 * Runs two commands alternately, `rounds` pairs, starting with the other one each round, so
 * that load from elsewhere on the machine falls on both alike; returns the ratios b / a.
 */
function paired(a: () => number, b: () => number, rounds: number): number[] {
  a();
  b();
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      const ta = a();
      ratios.push(b() / ta);
    } else {
      const tb = b();
      ratios.push(tb / a());
    }
  }
  return ratios;
}

function time(fn: () => void, rounds: number): number {
  const xs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

function listDocs(family: string): string[] {
  const dir = path.join(CORPUS, family, 'docs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));
}

// 1. Engine overhead: the full check against a bare parse with the same plugins, same process.
function engineOverhead(): void {
  say('## 1. Engine overhead (full check / bare parse, same bytes, same plugins: remark-parse, front matter, GFM tables, task lists, footnotes, strikethrough)');
  say();
  const bare = unified().use(remarkParse).use(remarkPlan).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
  const seed = buildTemplate(DEFAULT_TEMPLATE, 'seed');
  const rfc = buildTemplate(readFileSync(path.join(CORPUS, 'rust-rfcs/template.md'), 'utf8'), 'rfc');
  const kep = buildTemplate(readFileSync(path.join(CORPUS, 'keps/template.md'), 'utf8'), 'kep');
  const sample = (family: string, t: TemplateModel): Array<[string, TemplateModel, string]> =>
    listDocs(family)
      .filter((_, i) => i % 32 === 0)
      .map((f): [string, TemplateModel, string] => [path.basename(f), t, readFileSync(f, 'utf8')]);
  const docs: Array<[string, TemplateModel, string]> = [
    ['examples/complete-plan.md', seed, readFileSync(path.join(ROOT, 'examples/complete-plan.md'), 'utf8')],
    ['examples/half-filled-plan.md', seed, readFileSync(path.join(ROOT, 'examples/half-filled-plan.md'), 'utf8')],
    ...sample('rust-rfcs', rfc),
    ...sample('keps', kep)
  ];
  const all = (fn: (t: TemplateModel, text: string) => void) => (): number => {
    const t0 = performance.now();
    for (const [, t, text] of docs) fn(t, text);
    return performance.now() - t0;
  };
  // Paired rounds over all documents; the first pair warms both paths.
  const ratios = paired(
    all((_, text) => bare.parse(text)),
    all((t, text) => checkDocument(t, text, 'd')),
    5
  );
  let worst = { name: '', ratio: 0 };
  for (const [name, t, text] of docs) {
    const rounds = text.length > 100_000 ? 1 : 3;
    const r = time(() => checkDocument(t, text, 'd'), rounds) / time(() => bare.parse(text), rounds);
    if (r > worst.ratio) worst = { name, ratio: r };
  }
  say(`| documents | full check / bare parse, median (range) of 5 paired rounds | worst document |`);
  say(`| --- | --- | --- |`);
  say(`| ${docs.length} (the examples, every 32nd RFC and KEP) | **${spread(ratios)}** | ${worst.name} ${worst.ratio.toFixed(2)}x |`);
  say();
  say('Target: at most 1.2x. Below 1 means the check costs less than a bare remark parse with every plugin: it leaves the table extension out where no table can be, which more than pays for its rules. The worst document is timed in single rounds and is noisy.');
  say();
}

// 2. Against markdownlint-cli2 with only MD043 set to the template's headings: paired runs.
const SAMPLE = Number(flag('sample') ?? 200);
const PAIRS = Number(flag('pairs') ?? 5);

/**
 * Runs the commands in turn, `rounds` times, each round starting one further along, so that
 * load from elsewhere on the machine falls on all alike; the first round only warms up.
 * Returns each command's times, round by round.
 */
function rotated(fns: Array<() => number>, rounds: number): number[][] {
  const times: number[][] = fns.map(() => []);
  for (let r = -1; r < rounds; r++) {
    for (let k = 0; k < fns.length; k++) {
      const i = (Math.max(r, 0) + k) % fns.length;
      const t = fns[i]();
      if (r >= 0) times[i].push(t);
    }
  }
  return times;
}

function againstMarkdownlint(unbudgeted: string, baseline?: { cli: string; commit: string; ref: string }): void {
  say(`## 2. plancheck check vs markdownlint-cli2 (MD043 only, the template's headings), ${SAMPLE} documents per family, wall time`);
  say();
  say(`Median (range) of ${PAIRS} rounds, the commands taking turns, each round starting with the next one, after a round that only warms up. \`plancheck check\` as users run it (one checking worker thread, each document within its time and heap budget).`);
  say();
  say('| corpus | documents | MB | plancheck / markdownlint | plancheck median | markdownlint median |');
  say('| --- | --- | --- | --- | --- | --- |');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'plancheck-bench-'));
  const againstBase: string[] = [];
  const againstUnbudgeted: string[] = [];
  for (const family of ['rust-rfcs', 'keps']) {
    const dir = path.join(CORPUS, family);
    const docs = sampleDocs(family, SAMPLE).map((f) => path.relative(dir, f));
    const mb = docs.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0) / 1e6;
    const headings = readFileSync(path.join(dir, 'template.md'), 'utf8')
      .split('\n')
      .filter((l) => /^#{1,6} /.test(l));
    const config = path.join(tmp, `${family}.markdownlint-cli2.jsonc`);
    writeFileSync(config, JSON.stringify({ config: { default: false, MD043: { headings } } }));
    const ours = (cli: string) => (): number => wall([cli, 'check', '--template', 'template.md', '--format', 'json', ...docs], dir);
    const lint = (): number => wall([path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '--config', config, ...docs], dir);
    const [tl, to, tu, tb] = rotated([lint, ours(CLI), ours(unbudgeted), ...(baseline ? [ours(baseline.cli)] : [])], PAIRS);
    say(`| ${family} | ${docs.length} | ${mb.toFixed(1)} | **${spread(to.map((t, i) => t / tl[i]))}** | ${ms(median(to))} | ${ms(median(tl))} |`);
    againstUnbudgeted.push(`| ${family} | **${spread(to.map((t, i) => t / tu[i]))}** | ${ms(median(to))} | ${ms(median(tu))} |`);
    if (tb) againstBase.push(`| ${family} | **${spread(to.map((t, i) => t / tb[i]))}** | ${ms(median(to))} | ${ms(median(tb))} |`);
  }
  say();
  say('Target: at most 0.8x on both families while checking content, not only headings.');
  say();
  say('### This build against the same build with no budget, same documents, same rounds');
  say();
  say('"No budget" is this build\'s command line bundled without its worker (bench/unbudgeted-cli.ts): every document checked in its own thread, with no time or heap limit. Run as a further command of each round above.');
  say();
  say('| corpus | this build / no budget | this build median | no budget median |');
  say('| --- | --- | --- | --- |');
  for (const row of againstUnbudgeted) say(row);
  say();
  say('Target: at most 1.05x: the budget must not slow the common case.');
  say();
  if (!baseline) return;
  say(`### This build against ${baseline.ref} (${baseline.commit}), same documents, same rounds`);
  say();
  say(`The baseline's CLI is built from its commit with this checkout's dependencies and run as a further command of each round above.`);
  say();
  say('| corpus | this build / baseline | this build median | baseline median |');
  say('| --- | --- | --- | --- |');
  for (const row of againstBase) say(row);
  say();
}

/**
 * Bundles bench/unbudgeted-cli.ts as the real command line is bundled: this build's command line
 * with no budget (no worker, no time slice), to set the budget's cost apart from the engine's.
 */
function buildUnbudgeted(): string {
  const out = mkdtempSync(path.join(os.tmpdir(), 'plancheck-unbudgeted-'));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'bench/unbudgeted-cli.ts', '-o', out, '--minify', '--quiet', '--no-source-map-register', '--target', 'es2022'], { cwd: ROOT, stdio: 'inherit' });
  return path.join(out, 'index.js');
}

/**
 * One document through the command line: this build against the same build with no budget, and
 * against the baseline's when one is given. Paired alternating runs, wall time from start to
 * exit, as a user waits for it (startup, the check, the report).
 */
function oneDocument(unbudgeted: string, baseline: { cli: string; commit: string; ref: string } | undefined): void {
  const dir = path.join(CORPUS, 'rust-rfcs');
  const doc = path.relative(dir, sampleDocs('rust-rfcs', 1)[0]);
  const run = (cli: string) => (): number => wall([cli, 'check', '--template', 'template.md', '--format', 'json', doc], dir);
  const rounds = 15;
  const [to, tu, tb] = rotated([run(CLI), run(unbudgeted), ...(baseline ? [run(baseline.cli)] : [])], rounds);
  say('### One document through the command line');
  say();
  say(`\`plancheck check --template template.md --format json ${doc}\` in rust-rfcs, median (range) of ${rounds} rounds, the command lines taking turns. "No budget" is this build's command line bundled without its worker, checking in its own thread with no time or heap limit: the ratio is what the budget costs an ordinary plan.`);
  say();
  say('| against | this build / other | this build median | other median |');
  say('| --- | --- | --- | --- |');
  say(`| this build, no budget | **${spread(to.map((t, i) => t / tu[i]))}** | ${ms(median(to))} | ${ms(median(tu))} |`);
  if (baseline && tb) say(`| ${baseline.ref} (${baseline.commit}) | **${spread(to.map((t, i) => t / tb[i]))}** | ${ms(median(to))} | ${ms(median(tb))} |`);
  say();
  say('Target: at most 1.05x the same build with no budget.');
  say();
}

// 3. Scaling, each size in a fresh process for its peak memory; the 1 MB size repeated for its spread.
function scaling(): void {
  say('## 3. Scaling: time per byte and peak memory by document size');
  say();
  const script = path.join(import.meta.dirname, 'scale-one.js');
  const one = (size: number): { ms: number; rss: number; bytes: number } => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', script, String(size)], { encoding: 'utf8' })) as { ms: number; rss: number; bytes: number };
  say('| size | check time | time per KB | peak RSS |');
  say('| --- | --- | --- | --- |');
  let first: number | undefined;
  const rows: Array<[number, number]> = [];
  for (const size of [5_000, 50_000, 1_000_000, 10_000_000]) {
    const { ms: t, rss, bytes } = one(size);
    const perKb = t / (bytes / 1024);
    first ??= perKb;
    rows.push([bytes, t]);
    say(`| ${(bytes / 1e6).toFixed(3)} MB | ${ms(t)} | ${perKb.toFixed(3)} ms (${(perKb / first).toFixed(2)}x the 5 KB rate) | ${(rss / 1024 / 1024).toFixed(0)} MiB |`);
  }
  const [b1, t1] = rows[2];
  const [b10, t10] = rows[3];
  say();
  say(`10x the bytes (1 MB to 10 MB) took **${(t10 / t1).toFixed(1)}x** the time (${(b10 / b1).toFixed(1)}x the bytes). Target: at most 11x.`);
  say('Documents over `max-size` (default 4 MiB) are reported as too large to check without being parsed; the 10 MB row checks one directly.');
  say();
  // Memory: peak RSS for a 1 MB document, and per MB over a small one, alternating, 5 of each.
  const peak: number[] = [];
  const perMb: number[] = [];
  for (let i = 0; i < 3; i++) {
    const small = one(5_000);
    const big = one(1_000_000);
    peak.push(big.rss / 2 ** 20);
    perMb.push((big.rss - small.rss) / 2 ** 20 / ((big.bytes - small.bytes) / 1e6));
  }
  const range = (xs: number[]): string => `${median(xs).toFixed(0)} MiB (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
  say(`Memory, median (range) of 3 fresh processes each: peak RSS checking a 1 MB document **${range(peak)}**; growth **${range(perMb)} per MB** of document (1 MB against 5 KB).`);
  say();
}

// 4. Cold start of the action on an event with no planning document.
async function coldStart(): Promise<void> {
  say('## 4. Cold start and bundle size');
  say();
  const gh = new FakeGitHub();
  await gh.start();
  gh.setFiles('b'.repeat(40), {});
  gh.setFiles('a'.repeat(40), {});
  gh.repo.pullFiles = [{ filename: 'src/app.ts', status: 'modified' }];
  const payload = { number: 7, pull_request: { number: 7, changed_files: 1, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40) } } };
  const bare: number[] = [];
  const action: number[] = [];
  for (let i = 0; i < 11; i++) {
    let t0 = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    bare.push(performance.now() - t0);
    t0 = performance.now();
    await runDist(gh, { event: 'pull_request', payload, sha: 'a'.repeat(40) });
    action.push(performance.now() - t0);
  }
  await gh.stop();
  const over = median(action) - median(bare);
  const overs = action.map((t, i) => t - bare[i]);
  const chunks = readdirSync(path.join(ROOT, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f));
  const chunkBytes = chunks.reduce((n, f) => n + statSync(path.join(ROOT, 'dist', f)).size, 0);
  say(`| node -e '' | node dist/index.js (no planning document) | over bare Node | dist/index.js (loaded at start) | parser chunks (loaded for documents) | dist/cli.js |`);
  say(`| --- | --- | --- | --- | --- | --- |`);
  say(`| ${ms(median(bare))} | ${ms(median(action))} | **+${ms(over)}** (pairs: ${ms(Math.min(...overs))} to ${ms(Math.max(...overs))}) | ${(statSync(path.join(ROOT, 'dist/index.js')).size / 1e6).toFixed(2)} MB | ${(chunkBytes / 1e6).toFixed(2)} MB in ${chunks.length} files | ${(statSync(CLI).size / 1e6).toFixed(2)} MB |`);
  say();
  say('Targets: at most +100 ms over bare Node; the action bundle at most 1 MB. Medians of 11 runs alternating with bare Node (range of the paired differences in brackets); the action run includes its requests to the loopback GitHub.');
  if (over > 100) {
    say();
    say(`Missed by ${ms(over - 100)}. The figure includes the run's ${gh.requests.length / 11} requests to the loopback GitHub, each waited for in turn, and, on a loaded machine, waiting for a core.`);
  }
  say();
  loading();
}

/**
 * What loading costs, apart from the requests: the action stopped at its first input (no token,
 * so no request) against a bundle of `@actions/core` and `@actions/github` alone, each against
 * bare Node in the same rounds. Their difference is the most that loading plancheck's own code
 * lazily could take off: the toolkit is needed before the first request.
 */
function loading(): void {
  const out = mkdtempSync(path.join(os.tmpdir(), 'plancheck-toolkit-only-'));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'bench/actions-toolkit-only.ts', '-o', out, '--minify', '--quiet', '--no-source-map-register', '--target', 'es2022'], { cwd: ROOT, stdio: 'inherit' });
  const toolkit = path.join(out, 'index.js');
  const noToken = { GITHUB_ACTIONS: 'true', 'INPUT_GITHUB-TOKEN': '' };
  const rounds = 15;
  const [bare, action, kit] = rotated([() => wall(['-e', ''], ROOT), () => wall([path.join(ROOT, 'dist/index.js')], ROOT, noToken), () => wall([toolkit], ROOT)], rounds);
  const over = (t: number[]): string => `+${ms(median(t.map((x, i) => x - bare[i])))} (${ms(Math.min(...t.map((x, i) => x - bare[i])))} to ${ms(Math.max(...t.map((x, i) => x - bare[i])))})`;
  const own = median(action.map((x, i) => x - kit[i]));
  say('### Loading, without the requests');
  say();
  say('| what is loaded | over bare Node, median (range) | size |');
  say('| --- | --- | --- |');
  say(`| dist/index.js, stopping at its first input (no token given, so no request) | **${over(action)}** | ${(statSync(path.join(ROOT, 'dist/index.js')).size / 1e6).toFixed(2)} MB |`);
  say(`| @actions/core and @actions/github alone, bundled the same way | **${over(kit)}** | ${(statSync(toolkit).size / 1e6).toFixed(2)} MB |`);
  say();
  rmSync(out, { recursive: true, force: true });
  say(`Medians of ${rounds} rounds, the three commands taking turns. Loading the rest of plancheck's own code (rules, reports, YAML, pattern engine; the parser already loads only for documents) lazily could take off at most the difference: **${ms(own)}** a run. The rest is the toolkit, which the action needs before its first request; @actions/core alone loads undici, through its HTTP client, when it loads.`);
  say();
}

// 5 and 6. GitHub API requests per run, counted on the loopback GitHub.
async function apiRequests(): Promise<void> {
  say('## 5. GitHub API requests per pull request');
  say();
  say('| changed files N | planning docs D | workspace | requests | target | wall time |');
  say('| --- | --- | --- | --- | --- | --- |');
  const complete = readFileSync(path.join(ROOT, 'examples/complete-plan.md'), 'utf8');
  const half = readFileSync(path.join(ROOT, 'examples/half-filled-plan.md'), 'utf8');
  const pr = webhook('pull_request') as { number: number; pull_request: { head: { sha: string }; base: { sha: string }; changed_files: number }; repository: { name: string; owner: { login: string } } };
  for (const [n, d, checkout] of [
    [10, 1, false],
    [250, 3, false],
    [250, 3, true],
    [3000, 50, false],
    [3000, 50, true]
  ] as Array<[number, number, boolean]>) {
    const gh = new FakeGitHub(pr.repository.owner.login, pr.repository.name);
    await gh.start();
    const head = pr.pull_request.head.sha;
    const files: Record<string, string> = {};
    for (let i = 0; i < d; i++) files[`docs/plans/p${i}.md`] = i % 2 === 0 ? half : complete;
    gh.setFiles(head, files);
    gh.setFiles(pr.pull_request.base.sha, {});
    gh.repo.pullFiles = [...Object.keys(files).map((f) => ({ filename: f, status: 'added' })), ...Array.from({ length: n - d }, (_, i) => ({ filename: `src/f${i}.ts`, status: 'modified' }))];
    let workspace: string | undefined;
    if (checkout) {
      workspace = mkdtempSync(path.join(os.tmpdir(), 'plancheck-bench-ws-'));
      mkdirSync(path.join(workspace, '.git'));
      writeFileSync(path.join(workspace, '.git/HEAD'), head + '\n');
      for (const [f, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(workspace, f)), { recursive: true });
        writeFileSync(path.join(workspace, f), text);
      }
    }
    const payload = structuredClone(pr);
    payload.pull_request.changed_files = n;
    const t0 = performance.now();
    await runDist(gh, { event: 'pull_request', payload, sha: head, workspace });
    const wall = performance.now() - t0;
    const target = Math.ceil(n / 100) + (checkout ? 0 : d) + 3;
    const count = gh.requests.length;
    say(`| ${n} | ${d} | ${checkout ? 'checked out' : 'none'} | **${count}** | ${target} | ${ms(wall)} |`);
    await gh.stop();
  }
  say();
  say('Target: at most ceil(N/100) + D + 3 requests, and ceil(N/100) + 3 with the workspace checked out at the head commit.');
  say();
  say('The run that creates the comment lists the comments again after creating it, so that two runs racing on one pull request settle on one comment; the counts above are of that first run.');
  say();
}

async function main(): Promise<void> {
  const started = performance.now();
  const pkg = (name: string): string => (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  say('# Benchmarks');
  say();
  say(`Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; remark-parse ${pkg('remark-parse')}, micromark-extension-gfm-table ${pkg('micromark-extension-gfm-table')}, markdownlint-cli2 ${pkg('markdownlint-cli2')}.`);
  say('Shared, noisy machine (2 cores, other work running): every figure below comes from this one run of `npm run bench`; compare the ratios within it, not absolute times across runs. Ratios are medians of paired runs, alternating the sides, with their range.');
  say(`Load average (1 min) when the run started: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores. Source and dist/ of commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}.`);
  say();
  const baseline = BASELINE_REF ? { ...buildBaseline(BASELINE_REF), ref: BASELINE_REF } : undefined;
  engineOverhead();
  const unbudgeted = buildUnbudgeted();
  againstMarkdownlint(unbudgeted, baseline);
  oneDocument(unbudgeted, baseline);
  scaling();
  await coldStart();
  await apiRequests();
  say(`Benchmark run took ${((performance.now() - started) / 1000).toFixed(0)} s; load average (1 min) at its end: ${os.loadavg()[0].toFixed(1)}.`);
  writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), lines.join('\n') + '\n');
}

void main();
