import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository's root: the nearest folder up from here holding action.yml (also from a build folder). */
export function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'action.yml')) && existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}
