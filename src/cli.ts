import { fileURLToPath } from 'node:url';
import { isCheckWorker } from './budget/budgeted-checker.js';
import { serveChecks } from './budget/check-worker.js';
import { runCli } from './cli/run.js';

/** Reads all of standard input. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

if (isCheckWorker()) {
  // This file started as a worker: check the documents the command line sends.
  serveChecks();
} else {
  const self = fileURLToPath(import.meta.url);
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const workers = Number(process.env.PLANCHECK_WORKERS) || undefined;
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin,
    color,
    // Only the bundle can start itself as a worker; documents are checked there, within their budget.
    workerScript: self.endsWith('.js') ? self : undefined,
    workers
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`plancheck: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    }
  );
}
