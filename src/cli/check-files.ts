import { promises as fs, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PlancheckConfig } from '../engine/config.js';
import { TemplateLoadError } from '../engine/errors.js';
import { CheckSession } from '../engine/session.js';
import type { DocumentResult } from '../engine/types.js';

/** What became of one file: a result, or why it could not be read. */
export interface FileOutcome {
  file: string;
  result?: DocumentResult;
  readError?: string;
  templateError?: string;
}

/** What a worker needs to check its share of the files. */
export interface CheckJob {
  cwd: string;
  config: PlancheckConfig;
  template?: string;
  files: string[];
}

/** A larger young generation: parsing allocates short-lived nodes fast, and fewer scavenges
 * leave more of each core to the parse (about a tenth faster on the corpus). */
const YOUNG_GENERATION_MB = 192;

/** Files each worker should have at least: below that, starting it costs more than it saves. */
const MIN_FILES_PER_WORKER = 16;

function describeReadError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
}

/** Checks files one after another in this thread; `-` reads `stdin`. */
export async function checkSequentially(job: CheckJob, readStdin?: () => Promise<Uint8Array>): Promise<FileOutcome[]> {
  // A template that cannot be read is named with why, in the same words as a document.
  const readTemplate = (p: string): Promise<Uint8Array> => fs.readFile(path.resolve(job.cwd, p)).catch((e: unknown) => Promise.reject(new Error(describeReadError(e))));
  const session = new CheckSession(job.config, readTemplate, job.template);
  const out: FileOutcome[] = [];
  for (const file of job.files) {
    let bytes: Uint8Array;
    try {
      // Synchronous: this thread has nothing else to do meanwhile, and awaiting each read left it idle.
      bytes = file === '-' && readStdin ? await readStdin() : readFileSync(path.resolve(job.cwd, file));
    } catch (e) {
      out.push({ file, readError: describeReadError(e) });
      continue;
    }
    try {
      out.push({ file, result: await session.check(file === '-' ? '<stdin>' : file, bytes) });
    } catch (e) {
      if (e instanceof TemplateLoadError) {
        out.push({ file, templateError: e.message });
        break;
      }
      throw e;
    }
  }
  return out;
}

/**
 * Checks files on every core when there are enough of them: each worker (this same script,
 * started as a worker) takes an interleaved share and parses each template once; results come
 * back in argument order. Fewer files, or standard input, are checked in this thread.
 */
export async function checkFiles(job: CheckJob, readStdin: () => Promise<Uint8Array>, workerScript: string | undefined, workers = availableParallelism()): Promise<FileOutcome[]> {
  const n = Math.min(workers, Math.floor(job.files.length / MIN_FILES_PER_WORKER));
  if (workerScript === undefined || n < 2 || job.files.includes('-')) return checkSequentially(job, readStdin);
  // Interleaved shares balance long and short documents better than contiguous ones.
  const shares: number[][] = Array.from({ length: n }, () => []);
  job.files.forEach((_, i) => shares[i % n].push(i));
  const parts = await Promise.all(
    shares.map(
      (indices) =>
        new Promise<FileOutcome[]>((resolve, reject) => {
          const w = new Worker(workerScript, { workerData: { plancheckJob: { ...job, files: indices.map((i) => job.files[i]) } }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
          w.once('message', (m: FileOutcome[]) => resolve(m));
          w.once('error', reject);
          w.once('exit', (code) => {
            if (code !== 0) reject(new Error(`a checking worker stopped with status ${code}`));
          });
        })
    )
  );
  const out: FileOutcome[] = new Array(job.files.length);
  shares.forEach((indices, s) => indices.forEach((fileIndex, k) => (out[fileIndex] = parts[s][k])));
  // A template error stops a share early: report it once, for the first file it hit.
  const firstTemplateError = out.findIndex((o) => o?.templateError);
  return firstTemplateError >= 0 ? [...out.slice(0, firstTemplateError).filter(Boolean), out[firstTemplateError]] : out;
}
