import { promises as fs } from 'node:fs';
import path from 'node:path';
import { globReader } from '../engine/lazy-modules.js';
import { linearGlob } from '../engine/linear-glob.js';

/** Folders never searched for documents. */
const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Turns command-line arguments (files, directories, globs, `-`) into document paths relative
 * to `cwd`, in argument order, each once. A directory means the Markdown files under it.
 * An argument that names nothing is an error.
 */
export async function expandPaths(args: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    const scan = globReader().scan(arg);
    if (scan.isGlob) {
      const base = scan.base === '' ? '.' : scan.base;
      const isMatch = compileArgument(arg);
      const found = (await listFiles(path.resolve(cwd, base))).map((abs) => toPosix(path.relative(cwd, abs))).filter((rel) => isMatch(rel));
      if (found.length === 0) throw new Error(`${arg}: no files match`);
      found.sort().forEach(add);
      continue;
    }
    const abs = path.resolve(cwd, arg);
    const stat = await fs.stat(abs).catch(() => undefined);
    if (stat?.isDirectory()) {
      const found = (await listFiles(abs)).filter((f) => /\.(md|markdown)$/i.test(f)).map((f) => toPosix(path.relative(cwd, f)));
      if (found.length === 0) throw new Error(`${arg}: no Markdown files in this directory`);
      found.sort().forEach(add);
    } else {
      // A missing file is reported when it is read, so the other documents are still checked.
      add(toPosix(arg));
    }
  }
  return out;
}

/** A glob argument, matched in linear time; one that cannot be is an error naming it. */
function compileArgument(arg: string): (path: string) => boolean {
  try {
    return linearGlob(toPosix(path.normalize(arg)).replace(/^\.\//, ''), { dot: false });
  } catch (e) {
    throw new Error(`${arg}: ${(e as Error).message}`);
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop() as string;
    let entries;
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) stack.push(full);
      } else if (e.isFile()) files.push(full);
    }
  }
  return files;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
