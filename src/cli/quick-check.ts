import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** The command line's options, read the same way by the command and by {@link mayCheckInThisThread}. */
export const CLI_OPTIONS = {
  template: { type: 'string', short: 't' },
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const;

/** The largest document checked in the command's own thread first (see `checkOneQuickly`). */
export const QUICK_MAX_BYTES = 256 * 1024;

/**
 * Whether `plancheck check` was given one small file by name, which it checks in its own thread
 * first: then no worker is started before it is needed, since starting one costs more than
 * checking an ordinary plan. Anything else (several files, globs, folders, stdin, a bad option)
 * says no, and the worker starts at once as before.
 */
export function mayCheckInThisThread(argv: string[], cwd: string): boolean {
  if (argv[0] !== 'check') return false;
  try {
    const { positionals } = parseArgs({ args: argv.slice(1), allowPositionals: true, strict: true, options: CLI_OPTIONS });
    if (positionals.length !== 1 || positionals[0] === '-' || /[*?[\]{}!]/.test(positionals[0])) return false;
    const stat = statSync(path.resolve(cwd, positionals[0]));
    return stat.isFile() && stat.size <= QUICK_MAX_BYTES;
  } catch {
    return false;
  }
}
