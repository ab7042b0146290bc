// Writes the JSON report of dist/cli.js for every family of a corpus of planning documents, one
// file per family and template, so that two builds can be compared byte for byte:
//   node scripts/corpus-reports.mjs CORPUS OUTDIR [CLI]   (CLI: a built dist/cli.js, the default)
//   diff -r OUTDIR-before OUTDIR-after
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [corpus, out, cliArg] = process.argv.slice(2);
if (!corpus || !out) {
  console.error('usage: node scripts/corpus-reports.mjs CORPUS OUTDIR [CLI]');
  process.exit(2);
}
const cli = path.resolve(cliArg ?? path.join(new URL('..', import.meta.url).pathname, 'dist/cli.js'));
mkdirSync(out, { recursive: true });
for (const family of readdirSync(corpus).sort()) {
  const dir = path.join(corpus, family);
  if (!existsSync(path.join(dir, 'docs'))) continue;
  const docs = readdirSync(path.join(dir, 'docs')).filter((f) => f.endsWith('.md')).sort();
  const templates = readdirSync(dir).filter((f) => /^template.*\.md$/.test(f)).sort();
  for (const template of templates) {
    // Every document against every template of its family: more of the engine is exercised.
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', cli, 'check', '--template', template, '--format', 'json', ...docs.map((d) => `docs/${d}`)], {
      cwd: dir,
      env: { ...process.env, PLANCHECK_WORKERS: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 30
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${family}/${template}: status ${r.status}: ${r.stderr}`);
    writeFileSync(path.join(out, `${family}--${template.replace(/\.md$/, '')}.json`), r.stdout);
    console.log(`${family} ${template}: ${docs.length} documents`);
  }
}
