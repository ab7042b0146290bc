// Fails when dist/ differs from a fresh build of the sources: dist/ is what users run.
import { execFileSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist', 'src/engine/default-template.ts', 'src/version.ts'], { cwd: root, encoding: 'utf8' });
if (changed.trim() !== '') {
  console.error(`dist/ is stale: run 'npm run build' and commit the result.\n${changed}`);
  process.exit(1);
}
console.log('dist/ matches a fresh build');
