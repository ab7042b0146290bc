// Rebuilds dist/: the action (dist/index.js) and the CLI (dist/cli.js), each one self-contained
// file that plain `node` runs without node_modules. Byte-stable: the same sources give the same files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, chmodSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(new URL('..', import.meta.url).pathname);
execFileSync(process.execPath, [path.join(root, 'scripts/embed-template.mjs')], { stdio: 'inherit' });

const entries = [
  ['src/action/entry.ts', 'dist/index.js'],
  ['src/cli.ts', 'dist/cli.js']
];
mkdirSync(path.join(root, 'dist'), { recursive: true });
// Chunks of an earlier build must not linger.
for (const f of readdirSync(path.join(root, 'dist'))) if (/^\d+\.index\.js$/.test(f)) rmSync(path.join(root, 'dist', f));
for (const [entry, target] of entries) {
  const out = mkdtempSync(path.join(tmpdir(), 'plancheck-build-'));
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', entry, '-o', out, '--minify', '--quiet', '--no-source-map-register', '--target', 'es2022'], {
      cwd: root,
      stdio: 'inherit'
    });
    // The action loads its parser lazily, as a chunk beside dist/index.js; the CLI is one file.
    const chunks = readdirSync(out).filter((f) => /^\d+\.index\.js$/.test(f));
    const other = readdirSync(out).filter((f) => f !== 'index.js' && f !== 'package.json' && !chunks.includes(f));
    if (other.length > 0 || (target.endsWith('cli.js') && chunks.length > 0)) throw new Error(`${entry}: unexpected files in the bundle (${[...other, ...chunks].join(', ')})`);
    for (const c of chunks) copyFileSync(path.join(out, c), path.join(root, 'dist', c));
    let code = readFileSync(path.join(out, 'index.js'), 'utf8');
    if (target.endsWith('cli.js') && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
    writeFileSync(path.join(root, target), code);
    if (target.endsWith('cli.js')) chmodSync(path.join(root, target), 0o755);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
