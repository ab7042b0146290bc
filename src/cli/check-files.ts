import { promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { BudgetedChecker } from '../budget/budgeted-checker.js';
import { describeReadError } from '../budget/check-worker.js';
import type { StartedWorker } from '../budget/worker-start.js';
import { templateFor, type PlancheckConfig } from '../engine/config.js';
import { TemplateLoadError } from '../engine/errors.js';
import { QUICK_MAX_BYTES } from './quick-check.js';
import { CheckSession } from '../engine/session.js';
import type { DocumentResult } from '../engine/types.js';

/** What became of one file: a result, or why it could not be read. */
export interface FileOutcome {
  file: string;
  result?: DocumentResult;
  readError?: string;
  templateError?: string;
}

/** The files to check, and how. */
export interface CheckJob {
  cwd: string;
  config: PlancheckConfig;
  template?: string;
  files: string[];
}

/** Files each worker should have at least: below that, starting it costs more than it saves. */
const MIN_FILES_PER_WORKER = 16;

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
 * Checks files in a worker thread (the bundled CLI started as a worker), each document within the
 * configured time and heap; results come back in argument order. One worker unless more are
 * asked for: parsing is bound by memory more than by a core, and two workers on two cores took
 * longer than one. Without a worker script (the sources run directly) they are checked in this
 * thread, without a budget.
 */
export async function checkFiles(job: CheckJob, readStdin: () => Promise<Uint8Array>, workerScript: string | undefined, workers = 1, started?: StartedWorker): Promise<FileOutcome[]> {
  if (workerScript === undefined || job.files.length === 0) {
    if (started) void started.worker.terminate();
    return checkSequentially(job, readStdin);
  }
  const quick = await checkOneQuickly(job);
  if (quick) {
    if (started) void started.worker.terminate();
    return [quick];
  }
  const checker = new BudgetedChecker({
    workerScript,
    config: job.config,
    template: job.template,
    workers: Math.min(workers, Math.floor(job.files.length / MIN_FILES_PER_WORKER)),
    started,
    readTemplate: (p) => fs.readFile(path.resolve(job.cwd, p)).catch((e: unknown) => Promise.reject(new Error(describeReadError(e))))
  });
  let out: FileOutcome[];
  try {
    out = await Promise.all(
      job.files.map(async (file): Promise<FileOutcome> => {
        try {
          const outcome = await checker.check(file === '-' ? { path: '<stdin>', bytes: await readStdin() } : { path: file, file: { cwd: job.cwd, name: file } });
          return { file, ...outcome };
        } catch (e) {
          if (e instanceof TemplateLoadError) return { file, templateError: e.message };
          throw e;
        }
      })
    );
  } finally {
    // Not awaited: the process's exit stops the idle workers anyway, and waiting for each to stop only delays it.
    void checker.close();
  }
  // A template error is reported once, for the first file it hit.
  const firstTemplateError = out.findIndex((o) => o.templateError);
  return firstTemplateError >= 0 ? [...out.slice(0, firstTemplateError), out[firstTemplateError]] : out;
}

/** How long it tries, at most: an ordinary plan takes a fraction of it. */
const QUICK_SLICE_MS = 1000;
/** The least memory-limit under which it tries: a slice of this length allocates far less. */
const QUICK_MIN_MEMORY_MB = 256;

/**
 * One small document, checked in this thread within a short slice of time (a `vm` timeout stops
 * even a synchronous parse): starting a worker costs more than checking an ordinary plan. A
 * document the slice is too short for, or that fails in any way, is left to the budgeted worker
 * (`undefined`), which checks it within the whole time-limit and heap: this path can only answer
 * faster, never decide otherwise.
 */
async function checkOneQuickly(job: CheckJob): Promise<FileOutcome | undefined> {
  const [file] = job.files;
  if (job.files.length !== 1 || file === '-' || job.config.memoryLimit < QUICK_MIN_MEMORY_MB) return undefined;
  try {
    const full = path.resolve(job.cwd, file);
    if (statSync(full).size > QUICK_MAX_BYTES) return undefined;
    const bytes = readFileSync(full);
    const templatePath = job.template ?? templateFor(job.config, file);
    const templateBytes = templatePath === undefined ? undefined : await fs.readFile(path.resolve(job.cwd, templatePath));
    const session = new CheckSession(job.config, () => Promise.reject(new Error('not used')), job.template);
    const slice = Math.min(QUICK_SLICE_MS, job.config.timeLimit * 1000);
    const result = vm.runInNewContext('check()', { check: () => session.checkNow(file, bytes, templateBytes) }, { timeout: slice }) as DocumentResult;
    return { file, result };
  } catch {
    return undefined;
  }
}
