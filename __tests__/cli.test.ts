import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli/run.js';
import { placeholderHint } from '../src/report/checklist.js';
import { DEFAULT_TEMPLATE } from '../src/engine/default-template.js';
import { COMPLETE, edit, HALF, lineOf, ROOT } from './helpers.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], options: { cwd?: string; stdin?: string; color?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: options.cwd ?? ROOT,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    color: options.color ?? false
  });
  return { code, stdout, stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('exit status', () => {
  test('0 when every document passes', async () => {
    const r = await cli(['check', 'examples/complete-plan.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ 1 document checked, all complete');
  });
  test('1 when a document is incomplete', async () => {
    const r = await cli(['check', 'examples/complete-plan.md', 'examples/half-filled-plan.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ 1 of 2 documents incomplete (7 errors, 1 warning)');
  });
  test('2 for bad usage, with a one-line message', async () => {
    expect(await cli([])).toMatchObject({ code: 2 });
    expect(await cli(['check'])).toMatchObject({ code: 2, stderr: 'plancheck: no documents given (plancheck check PATHS...)\n' });
    expect(await cli(['check', '--format', 'xml', 'a.md'])).toMatchObject({ code: 2, stderr: 'plancheck: unknown format \'xml\' (expected text, json, markdown, sarif, github)\n' });
    expect((await cli(['check', '--bogus', 'a.md'])).code).toBe(2);
    expect((await cli(['frobnicate'])).stderr).toBe("plancheck: unknown command 'frobnicate' (expected check, init or explain)\n");
  });
  test('2 for unreadable input, naming the file, while the other documents are still reported', async () => {
    const dir = workspace({ 'ok.md': COMPLETE, 'latin1.md': Buffer.from([0x23, 0x20, 0xe9, 0x0a]), 'bin.md': Buffer.from([0, 1, 2]) });
    const r = await cli(['check', 'ok.md', 'latin1.md', 'bin.md', 'gone.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      'plancheck: latin1.md:1: not UTF-8 (invalid byte 0xe9 at offset 2)',
      'plancheck: bin.md:1: binary file (NUL byte at offset 0), not Markdown',
      'plancheck: gone.md: no such file',
      ''
    ]);
    expect(r.stdout).toContain('ok.md: complete');
  });
  test('2 for a template without headings and for an invalid config, naming the file', async () => {
    const dir = workspace({ 'doc.md': COMPLETE, 'flat.md': 'no headings here\n', '.github/plancheck.yml': 'rules:\n  placeholder: fatal\n' });
    expect(await cli(['check', '--config', 'none.yml', '--template', 'flat.md', 'doc.md'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'plancheck: none.yml: no such configuration file\n' });
    const bad = await cli(['check', 'doc.md'], { cwd: dir });
    expect(bad).toMatchObject({ code: 2, stderr: 'plancheck: .github/plancheck.yml:2: rules.placeholder: expected one of error, warning, info, off\n' });
    writeFileSync(path.join(dir, '.github/plancheck.yml'), '');
    const flat = await cli(['check', '--template', 'flat.md', 'doc.md'], { cwd: dir });
    expect(flat).toMatchObject({ code: 2, stderr: 'plancheck: flat.md:1: the template has no headings, so there are no sections to check against\n' });
  });
});

describe('inputs', () => {
  test('globs and directories expand to Markdown files, each once, in a stable order', async () => {
    const dir = workspace({ 'docs/a.md': COMPLETE, 'docs/sub/b.md': HALF, 'docs/notes.txt': 'x', 'node_modules/x.md': HALF });
    const r = await cli(['check', '--format', 'json', 'docs/**/*.md', 'docs'], { cwd: dir });
    expect(JSON.parse(r.stdout).documents.map((d: { path: string }) => d.path)).toEqual(['docs/a.md', 'docs/sub/b.md']);
    expect((await cli(['check', 'nothing/*.md'], { cwd: dir })).stderr).toBe('plancheck: nothing/*.md: no files match\n');
  });
  test('- reads standard input', async () => {
    const r = await cli(['check', '--format', 'json', '-'], { stdin: HALF });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).documents[0].path).toBe('<stdin>');
  });
  test('--template checks against another template', async () => {
    const dir = workspace({ 'tpl.md': '# Design\n\n## Context\n\n[Why]\n\n## Decision\n\n[What]\n', 'adr.md': '# Use Postgres\n\n## Context\n\nWe need a database.\n' });
    const r = await cli(['check', '--format', 'json', '--template', 'tpl.md', 'adr.md'], { cwd: dir });
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.template).toBe('tpl.md');
    expect(doc.findings.map((f: { rule: string; section: string[] }) => `${f.rule} ${f.section.join('>')}`)).toEqual(['missing-section Decision']);
  });
  test('the configuration file is found in .github/ and routes templates', async () => {
    const dir = workspace({
      '.github/plancheck.yml': 'templates:\n  - paths: ["docs/adr/**"]\n    template: tpl/adr.md\n',
      'tpl/adr.md': '# ADR\n\n## Context\n\n## Decision\n',
      'docs/adr/1.md': '# One\n\n## Context\n\nText.\n\n## Decision\n\nText.\n',
      'docs/plans/p.md': COMPLETE
    });
    const r = await cli(['check', '--format', 'json', 'docs'], { cwd: dir });
    expect(JSON.parse(r.stdout).documents.map((d: { path: string; template: string; passed: boolean }) => [d.path, d.template, d.passed])).toEqual([
      ['docs/adr/1.md', 'tpl/adr.md', true],
      ['docs/plans/p.md', 'plancheck:technical-planning-document.md', true]
    ]);
  });
});

describe('formats', () => {
  test('json keeps its contract', async () => {
    const r = await cli(['check', '--format', 'json', 'examples/half-filled-plan.md']);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['documents', 'summary']);
    const doc = report.documents[0];
    expect(doc).toMatchObject({ path: 'examples/half-filled-plan.md', template: 'plancheck:technical-planning-document.md', passed: false });
    const missing = doc.findings.find((f: { rule: string }) => f.rule === 'missing-section');
    expect(missing).toEqual({
      rule: 'missing-section',
      severity: 'error',
      section: ['Security Considerations', 'Data Privacy'],
      line: lineOf(HALF, '### Vulnerabilty Analysis'),
      column: 1,
      message: "missing section 'Data Privacy' under 'Security Considerations'",
      fix: "Add a '### Data Privacy' heading after 'Authentication/Authorization' and fill it in.",
      data: { missing: { subsections: 0, level: 3, parent: ['Security Considerations'], after: 'Authentication/Authorization' } }
    });
    expect(report.summary).toEqual({ documents: 1, passed: 0, failed: 1, errors: 7, warnings: 1, notices: 0, passed_all: false });
  });
  test('markdown is a checklist with the missing and placeholder items first', async () => {
    const r = await cli(['check', '--format', 'markdown', 'examples/half-filled-plan.md']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('❌ **1 of 1 planning document needs work.**');
    const items = lines.filter((l) => l.startsWith('- [ ]'));
    expect(items[0]).toBe(`- [ ] **Security Considerations › Data Privacy** (line ${lineOf(HALF, '### Vulnerabilty')}): missing. Add a '\\#\\#\\# Data Privacy' heading after 'Authentication/Authorization' and fill it in.`);
    expect(r.stdout).toContain(`  - line ${lineOf(HALF, '[Goal 3]')}: placeholder \`[Goal 3]\` left — replace it with a goal, or delete the item.`);
    expect(r.stdout).toMatch(/<details><summary>\d+ sections complete<\/summary>/);
  });
  test('markdown says a draft is a draft and what would fail once it is ready', async () => {
    const r = await cli(['check', '--format', 'markdown', '-'], { stdin: '---\nstatus: draft\n---\n' + HALF, cwd: workspace({ '.github/plancheck.yml': 'draft: true\n' }) });
    expect(r.code).toBe(1); // the missing section still fails a draft
    expect(r.stdout).toContain('📝 Marked as a draft: leftovers are warnings for now; 6 of them will fail the check once it is marked ready.');
  });
  test("a draft's optional empty section is not counted as failing once ready", async () => {
    const plan = edit(COMPLETE, '- An agent saves a search, reloads the page and runs it.\n', '');
    const cwd = workspace({ '.github/plancheck.yml': 'optional: [E2E Tests]\ndraft: true\n', 'ready.md': plan, 'draft.md': '---\nstatus: draft\n---\n' + plan });
    // Once ready it passes: the empty optional section is a warning either way.
    expect((await cli(['check', 'ready.md'], { cwd })).code).toBe(0);
    const r = await cli(['check', '--format', 'markdown', 'draft.md'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('📝 Marked as a draft: leftovers are warnings for now.');
    expect(r.stdout).not.toContain('will fail the check');
  });
  test('sarif is SARIF 2.1.0 with rules and locations', async () => {
    const r = await cli(['check', '--format', 'sarif', 'examples/half-filled-plan.md']);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('plancheck');
    expect(run.results).toHaveLength(8);
    const first = run.results[0];
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
    expect(first.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'examples/half-filled-plan.md', uriBaseId: '%SRCROOT%' }, region: { startLine: lineOf(HALF, '[Goal 3]'), startColumn: 3 } });
  });
  test('github prints one escaped workflow command a finding', async () => {
    const r = await cli(['check', '--format', 'github', '-'], { stdin: COMPLETE + '\nTODO: 100% done,\n' });
    expect(r.stdout).toBe(`::error file=<stdin>,line=${COMPLETE.split('\n').length + 1},col=1,title=plancheck placeholder::placeholder TODO left in 'References' [References]. Replace TODO with the real content, or delete it.\n`);
  });
  test('text is coloured only when asked', async () => {
    expect((await cli(['check', 'examples/half-filled-plan.md'])).stdout).not.toContain('\u001b[');
    expect((await cli(['check', 'examples/half-filled-plan.md'], { color: true })).stdout).toContain('\u001b[31m');
  });
  test('untrusted text cannot inject terminal escapes', async () => {
    const r = await cli(['check', '-'], { stdin: COMPLETE + '\n## Evil \u001b[2J heading\n\nx\n' });
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout).toContain('\\u001b[2J');
  });
});

describe('init', () => {
  test('starts a document from the template and never overwrites one', async () => {
    const dir = workspace({});
    const first = await cli(['init', 'docs/plans/new.md'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(readFileSync(path.join(dir, 'docs/plans/new.md'), 'utf8')).toBe(DEFAULT_TEMPLATE);
    writeFileSync(path.join(dir, 'docs/plans/new.md'), 'my work');
    const again = await cli(['init', 'docs/plans/new.md'], { cwd: dir });
    expect(again).toMatchObject({ code: 2, stderr: 'plancheck: docs/plans/new.md: already exists; not overwriting it\n' });
    expect(readFileSync(path.join(dir, 'docs/plans/new.md'), 'utf8')).toBe('my work');
    const check = await cli(['check', 'docs/plans/new.md'], { cwd: dir });
    expect(check.code).toBe(1);
  });
  test("follows the configuration's template routes, so the new document is checked against the template it came from", async () => {
    const adr = '# ADR: [Title]\n\n## Context\n\n[Why this decision]\n\n## Decision\n\n[What we decided]\n';
    const dir = workspace({ 'docs/templates/adr.md': adr, '.github/plancheck.yml': 'templates:\n  - paths: ["docs/adr/**"]\n    template: docs/templates/adr.md\n' });
    const r = await cli(['init', 'docs/adr/0001-x.md'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: 'Created docs/adr/0001-x.md from the template docs/templates/adr.md. Fill it in, then run: plancheck check docs/adr/0001-x.md\n' });
    expect(readFileSync(path.join(dir, 'docs/adr/0001-x.md'), 'utf8')).toBe(adr);
    writeFileSync(path.join(dir, 'docs/adr/0001-x.md'), '# ADR: Use SQLite\n\n## Context\n\nOne process writes.\n\n## Decision\n\nSQLite, in WAL mode.\n');
    expect((await cli(['check', 'docs/adr/0001-x.md'], { cwd: dir })).code).toBe(0);
    // Elsewhere, the built-in template as before.
    await cli(['init', 'docs/plans/p.md'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'docs/plans/p.md'), 'utf8')).toBe(DEFAULT_TEMPLATE);
  });
});

describe('what a mistyped command line gets', () => {
  test('a missing document: named, and no verdict that all is complete', async () => {
    const r = await cli(['check', 'nope.md']);
    expect(r).toMatchObject({ code: 2, stderr: 'plancheck: nope.md: no such file\n' });
    expect(r.stdout).not.toContain('complete');
    expect(r.stdout).toBe('✗ 1 file could not be checked\n');
  });
  test('a missing document beside a complete one: the footer says one could not be checked', async () => {
    const r = await cli(['check', 'examples/complete-plan.md', 'nope.md']);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✗ 1 file could not be checked; 1 document checked, all complete');
  });
  test('a missing template: a message naming it, not a system error', async () => {
    const r = await cli(['check', '--template', 'nope.md', 'examples/complete-plan.md']);
    expect(r).toMatchObject({ code: 2, stderr: 'plancheck: nope.md: cannot read the template: no such file\n', stdout: '' });
  });
  test('a mistyped option: the nearest real one suggested, quotes balanced', async () => {
    expect(await cli(['check', '--frmat', 'json', 'a.md'])).toMatchObject({ code: 2, stderr: "plancheck: unknown option '--frmat'; did you mean '--format'? (see plancheck --help)\n" });
    expect(await cli(['check', '--templat=x.md', 'a.md'])).toMatchObject({ code: 2, stderr: "plancheck: unknown option '--templat'; did you mean '--template'? (see plancheck --help)\n" });
    expect(await cli(['check', '--zzzzzz', 'a.md'])).toMatchObject({ code: 2, stderr: "plancheck: unknown option '--zzzzzz' (see plancheck --help)\n" });
  });
});

describe('the bundled CLI', () => {
  test('checks many documents on worker threads with the same output, in the same order', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 48; i++) files[`docs/p${String(i).padStart(2, '0')}.md`] = i % 3 === 0 ? HALF : i % 3 === 1 ? COMPLETE : COMPLETE.replace('## Rollout Strategy', '## Rollout');
    files['docs/p07.md'] = '\u0000binary';
    const dir = workspace(files);
    const runWith = (workers: string): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', 'docs', 'missing.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PLANCHECK_WORKERS: workers } });
    const parallel = runWith('2');
    const sequential = runWith('1');
    expect(parallel.status).toBe(2);
    expect(parallel.stdout).toBe(sequential.stdout);
    expect(parallel.stderr).toBe(sequential.stderr);
    expect(JSON.parse(parallel.stdout as string).documents).toHaveLength(48);
  });

  test('runs with plain node and no node_modules', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-dist-'));
    copyFileSync(path.join(ROOT, 'dist/cli.js'), path.join(dir, 'cli.mjs'));
    writeFileSync(path.join(dir, 'plan.md'), HALF);
    const r = spawnSync(process.execPath, [path.join(dir, 'cli.mjs'), 'check', '--format', 'json', 'plan.md'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.errors).toBe(7);
    expect(execFileSync(process.execPath, [path.join(dir, 'cli.mjs'), '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the checklist says how to fix each leftover in its own terms', () => {
  test.each([
    ['[Goal 3]', 'replace it with a goal, or delete the item'],
    ['[Name or Agent ID]', 'replace it with the name or Agent ID, or delete the item'],
    ['[Describe the problem this feature solves. What pain point are we addressing?]', 'write what it asks for in its place'],
    ['[High/Medium/Low]', 'replace it with the value, or delete the line'],
    ['[YYYY-MM-DD]', 'replace it with the value, or delete the line'],
    ['[Load testing requirements]', 'replace it with load testing requirements, or delete the item'],
    ['[Integration scenarios]', 'replace it with integration scenarios, or delete the item'],
    ['TODO', 'finish that part, then remove the marker']
  ])('%s', (excerpt, hint) => {
    expect(placeholderHint(excerpt)).toBe(hint);
  });
});

describe('files read the same way as the action reads them', () => {
  test('a template or configuration that is not UTF-8 is refused, naming the file and line; a BOM is dropped', async () => {
    const template = '\uFEFF# Plan\n\n## Goals\n\n[Goal 1]\n';
    const dir = workspace({ 'doc.md': '# Plan\n\n## Goals\n\nShip it.\n', 'bom.md': template, 'latin1.md': Buffer.from('# Plan\n\n## Caf\xe9\n', 'latin1'), 'bad.yml': Buffer.from([0x72, 0x75, 0x6c, 0x65, 0x73, 0x3a, 0x0a, 0xe9]) });
    expect(await cli(['check', '--template', 'bom.md', 'doc.md'], { cwd: dir })).toMatchObject({ code: 0 });
    expect(await cli(['check', '--template', 'latin1.md', 'doc.md'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'plancheck: latin1.md:3: not UTF-8 (invalid byte 0xe9 at offset 14)\n' });
    expect(await cli(['check', '--config', 'bad.yml', 'doc.md'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'plancheck: bad.yml:2: not UTF-8 (invalid byte 0xe9 at offset 7)\n' });
  });
});
