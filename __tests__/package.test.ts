import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers.js';

// What a stranger gets from `npm install plancheck`: the packed tarball, installed into an empty
// folder with nothing else beside it, must run `npx plancheck check` and the library import.

const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

let dir: string;
let project: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plancheck-pack-'));
  const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT)) as Array<{ filename: string }>;
  project = path.join(dir, 'project');
  execFileSync('mkdir', [project]);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'stranger', version: '1.0.0', private: true, type: 'module' }));
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(dir, packed[0].filename)], project);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the package is publishable: not private, with bin, exports, types and truthful engines', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  expect(pkg.private).toBeUndefined();
  expect(pkg.bin).toEqual({ plancheck: 'dist/cli.js' });
  expect(pkg.exports).toMatchObject({ '.': { types: './dist/types/index.d.ts', default: './dist/lib/index.js' } });
  // Everything the package runs is bundled into dist/; it depends only on the syntax tree's types,
  // which its declarations mention.
  expect(pkg.dependencies).toEqual({ '@types/mdast': expect.any(String) });
  const installed = JSON.parse(readFileSync(path.join(project, 'node_modules/plancheck/package.json'), 'utf8')) as { engines: { node: string } };
  expect(installed.engines.node).toBe('>=20');
});

test('npx plancheck check runs from the installed package', () => {
  writeFileSync(path.join(project, 'plan.md'), readFileSync(path.join(ROOT, 'examples/half-filled-plan.md')));
  const r = spawnSync('npx', ['--no', 'plancheck', 'check', 'plan.md'], { cwd: project, encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('plan.md: incomplete (7 errors, 1 warning)');
  expect(r.stdout).toContain('✗ 1 of 1 document incomplete');
  const init = spawnSync('npx', ['--no', 'plancheck', 'init', 'docs/new.md'], { cwd: project, encoding: 'utf8' });
  expect(init.status).toBe(0);
});

test('globs, user patterns and front matter work from the installed package alone', () => {
  // Their libraries load on first use; they must come from the bundle, not from a node_modules the stranger does not have.
  const work = path.join(project, 'lazy');
  execFileSync('mkdir', ['-p', path.join(work, '.github'), path.join(work, 'docs')]);
  writeFileSync(path.join(work, '.github/plancheck.yml'), 'paths: ["docs/**/*.md"]\nexempt: ["docs/old-*.md"]\nplaceholders:\n  patterns: ["FIXME-[0-9]+"]\n');
  writeFileSync(path.join(work, 'docs/new.md'), `---\ntitle: New\n---\n${readFileSync(path.join(ROOT, 'examples/half-filled-plan.md'), 'utf8')}\nFIXME-12\n`);
  writeFileSync(path.join(work, 'docs/old-plan.md'), '# Old\n');
  const r = spawnSync(process.execPath, [path.join(project, 'node_modules/plancheck/dist/cli.js'), 'check', '--format', 'json', 'docs/*.md'], { cwd: work, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as { documents: Array<{ path: string; findings: Array<{ rule: string; message: string }> }> };
  // The exempt glob left the old plan out; the pattern found its placeholder.
  expect(report.documents.map((d) => d.path)).toEqual(['docs/new.md']);
  expect(report.documents[0].findings).toContainEqual(expect.objectContaining({ rule: 'placeholder', message: expect.stringContaining('FIXME-12') }));
});

test('the library import checks a document and renders every format', () => {
  const script = `
    import { buildTemplate, checkDocument, DEFAULT_TEMPLATE, formatText, formatJson, formatSarif, renderChecklist, VERSION } from 'plancheck';
    import { readFileSync } from 'node:fs';
    const template = buildTemplate(DEFAULT_TEMPLATE, 'built-in');
    const result = checkDocument(template, readFileSync('plan.md', 'utf8'), 'plan.md');
    const out = { passed: result.passed, rules: [...new Set(result.findings.map((f) => f.rule))].sort(), text: formatText([result]).split('\\n')[0],
      json: JSON.parse(formatJson([result])).documents.length, sarif: JSON.parse(formatSarif([result], VERSION)).version, markdown: renderChecklist([result]).split('\\n')[0] };
    console.log(JSON.stringify(out));`;
  writeFileSync(path.join(project, 'plan.md'), readFileSync(path.join(ROOT, 'examples/half-filled-plan.md')));
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toEqual({
    passed: false,
    rules: ['empty-section', 'heading-mismatch', 'missing-section', 'placeholder', 'template-text'],
    text: 'plan.md: incomplete (7 errors, 1 warning)',
    json: 1,
    sarif: '2.1.0',
    markdown: '❌ **1 of 1 planning document needs work.**'
  });
});

test('the types resolve for a TypeScript user without skipLibCheck', () => {
  writeFileSync(
    path.join(project, 'use.ts'),
    `import { buildTemplate, checkDocument, DEFAULT_TEMPLATE, type DocumentResult, type Finding } from 'plancheck';
const r: DocumentResult = checkDocument(buildTemplate(DEFAULT_TEMPLATE, 'built-in'), '# Plan', 'plan.md');
const first: Finding | undefined = r.findings[0];
export const line: number = first?.line ?? 0;
// @ts-expect-error a path is a string
checkDocument(buildTemplate(DEFAULT_TEMPLATE, 'built-in'), '# Plan', 42);
`
  );
  const options = { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [], skipLibCheck: false };
  writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['use.ts'] }));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: project, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});
