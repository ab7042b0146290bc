import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './cli/run.js';
import { checkSequentially, type CheckJob } from './cli/check-files.js';

/** Reads all of standard input. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const job = (workerData as { plancheckJob?: CheckJob } | null)?.plancheckJob;
if (!isMainThread && job) {
  // This file started as a worker: check its share and hand the results back.
  void checkSequentially(job).then((outcomes) => parentPort?.postMessage(outcomes));
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
    // Only the bundle can start itself as a worker.
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
