// Rebuilds dist/: the action (dist/index.js), the CLI (dist/cli.js) and the library
// (dist/lib/index.js), each self-contained so that plain `node` runs it without node_modules;
// the library's type declarations (dist/types/); and beside each bundle the licences of the
// packages bundled into it. Byte-stable: the same sources give the same files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, chmodSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { minify } from 'terser';

const root = path.resolve(new URL('..', import.meta.url).pathname);
execFileSync(process.execPath, [path.join(root, 'scripts/embed-template.mjs')], { stdio: 'inherit' });

// [entry, bundle, licences file]
const entries = [
  ['src/action/entry.ts', 'dist/index.js', 'dist/licenses.txt'],
  ['src/cli.ts', 'dist/cli.js', 'dist/cli.licenses.txt'],
  ['src/index.ts', 'dist/lib/index.js', 'dist/lib/licenses.txt']
];
mkdirSync(path.join(root, 'dist/lib'), { recursive: true });
// Chunks of an earlier build must not linger.
for (const f of readdirSync(path.join(root, 'dist'))) if (/^\d+\.index\.js$/.test(f)) rmSync(path.join(root, 'dist', f));
for (const [entry, target, licenses] of entries) {
  const out = mkdtempSync(path.join(tmpdir(), 'plancheck-build-'));
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', entry, '-o', out, '--minify', '--quiet', '--no-source-map-register', '--target', 'es2022', '--license', 'licenses.txt'], {
      cwd: root,
      stdio: 'inherit'
    });
    // The action loads its parser lazily, as a chunk beside dist/index.js; the CLI and the library are one file each.
    const chunks = readdirSync(out).filter((f) => /^\d+\.index\.js$/.test(f));
    const other = readdirSync(out).filter((f) => !['index.js', 'package.json', 'licenses.txt'].includes(f) && !chunks.includes(f));
    if (other.length > 0 || (target !== 'dist/index.js' && chunks.length > 0)) throw new Error(`${entry}: unexpected files in the bundle (${[...other, ...chunks].join(', ')})`);
    // ncc minifies only the entry file: the chunks loaded later are minified here, keeping licence comments.
    for (const c of chunks) {
      const { code: small } = await minify(readFileSync(path.join(out, c), 'utf8'), { module: true, ecma: 2020, compress: true, mangle: true });
      writeFileSync(path.join(root, path.dirname(target), c), small);
    }
    let code = readFileSync(path.join(out, 'index.js'), 'utf8');
    if (target.endsWith('cli.js') && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
    writeFileSync(path.join(root, target), code);
    if (target.endsWith('cli.js')) chmodSync(path.join(root, target), 0o755);
    copyFileSync(path.join(out, 'licenses.txt'), path.join(root, licenses));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// The library's declarations, from the same sources; declarations of earlier builds must not linger.
rmSync(path.join(root, 'dist/types'), { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.types.json'], { cwd: root, stdio: 'inherit' });
