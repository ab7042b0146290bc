// Checks every document of the full corpus of real planning documents (not part of the
// repository): `$PLANCHECK_CORPUS`, else `../shared/corpus` beside the repository.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const corpus = path.resolve(process.env.PLANCHECK_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
if (!existsSync(path.join(corpus, 'rust-rfcs')) || !existsSync(path.join(corpus, 'keps'))) {
  console.error(`corpus not found at ${corpus} (no rust-rfcs/ and keps/ there): set PLANCHECK_CORPUS to its folder. npm test does not need it.`);
  process.exit(2);
}
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const r = spawnSync(process.execPath, [jest, '--config', 'jest.corpus.config.js', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PLANCHECK_CORPUS: corpus, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() }
});
process.exit(r.status ?? 1);
