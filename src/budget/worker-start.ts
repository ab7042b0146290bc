import { isMainThread, Worker, workerData } from 'node:worker_threads';

/** Whether this thread was started to check documents (the bundle starts itself as that worker). */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { plancheckCheck?: unknown } | null)?.plancheckCheck === true;
}

/** A checking worker, started before it has documents or a configuration. */
export interface StartedWorker {
  worker: Worker;
  /** Its heap limit in MB: fixed when it starts, so it serves only a run with the same memory-limit. */
  memoryLimit: number;
  /** It has loaded and said so. */
  ready: boolean;
  /** It failed or stopped before it was used. */
  failed: boolean;
}

/**
 * Starts the bundle as a checking worker with the given heap. This module loads nothing else, so
 * that the command line can start the worker first thing and let it load while the main thread
 * reads its arguments, configuration and documents. The worker does not keep the process alive
 * until it is given a document.
 */
export function startCheckWorker(workerScript: string, memoryLimit: number): StartedWorker {
  const worker = new Worker(workerScript, {
    workerData: { plancheckCheck: true },
    // Only the heap that outlives a parse is limited; V8's own young generation measured faster than a larger one.
    resourceLimits: { maxOldGenerationSizeMb: memoryLimit }
  });
  const started: StartedWorker = { worker, memoryLimit, ready: false, failed: false };
  // Heard from now on: its ready message may come before anyone else listens.
  worker.on('message', (m: { ready?: boolean }) => {
    if (m?.ready) started.ready = true;
  });
  worker.on('error', () => {
    started.failed = true;
  });
  worker.on('exit', () => {
    started.failed = true;
  });
  worker.unref();
  return started;
}
