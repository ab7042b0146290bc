import { fileURLToPath } from 'node:url';
import { isCheckWorker, startCheckWorker } from './budget/worker-start.js';
import { DEFAULT_MEMORY_LIMIT_MB } from './engine/budget-defaults.js';
import { mayCheckInThisThread } from './cli/quick-check.js';

/** Reads all of standard input. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

if (isCheckWorker()) {
  // This file started as a worker: check the documents the command line sends. Modules load
  // only when imported (kept in this file, not split out), so the worker loads no CLI code.
  void import(/* webpackMode: "eager" */ './budget/check-worker.js').then((worker) => worker.serveChecks());
} else {
  const self = fileURLToPath(import.meta.url);
  const workerScript = self.endsWith('.js') ? self : undefined;
  // Started before anything else loads, so that the worker's own loading overlaps this thread's.
  // Not for one small file, which is checked in this thread first (check-files.ts).
  const started = workerScript && process.argv[2] === 'check' && !mayCheckInThisThread(process.argv.slice(2), process.cwd()) ? startCheckWorker(workerScript, DEFAULT_MEMORY_LIMIT_MB) : undefined;
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const workers = Number(process.env.PLANCHECK_WORKERS) || undefined;
  import(/* webpackMode: "eager" */ './cli/run.js').then(({ runCli }) => runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin,
    color,
    // Only the bundle can start itself as a worker; documents are checked there, within their budget.
    workerScript,
    workers,
    startedWorker: started
  })).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`plancheck: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    }
  );
}
