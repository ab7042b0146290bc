import type { Worker } from 'node:worker_threads';
import { templateFor } from '../engine/config.js';
import { DEFAULT_TEMPLATE_NAME } from '../engine/default-template.js';
import { DocumentError, TemplateLoadError } from '../engine/errors.js';
import { unreadableFinding } from '../engine/rules/unreadable-document.js';
import type { DocumentResult } from '../engine/types.js';
import type { CheckMessage, CheckReply, CheckRequest, CheckWorkerSetup } from './check-worker.js';
import { startCheckWorker, type StartedWorker } from './worker-start.js';

export { isCheckWorker } from './worker-start.js';

/** What became of one document: a result (a failing one when it was over budget), or why it could not be read. */
export type CheckOutcome = { result: DocumentResult } | { readError: string };

/** One document for {@link BudgetedChecker.check}: its bytes, or a file a worker reads. */
export interface CheckItem {
  path: string;
  bytes?: Uint8Array;
  file?: { cwd: string; name: string };
}

/** How a {@link BudgetedChecker} runs. */
export interface CheckerOptions extends CheckWorkerSetup {
  /** The bundle's own file, started as the checking worker. */
  workerScript: string;
  /** Reads a template's bytes by its path; rejects with why it cannot. */
  readTemplate: (path: string) => Promise<Uint8Array>;
  /** How many documents are checked at once, each in its own worker (default 1). */
  workers?: number;
  /** A worker started earlier (see {@link startCheckWorker}): used first when its heap is the configured one. */
  started?: StartedWorker;
}

interface Task {
  item: CheckItem;
  templatePath?: string;
  /** The template's bytes, read before the task is queued. */
  templateBytes?: Uint8Array;
  resolve: (o: CheckOutcome) => void;
  reject: (e: unknown) => void;
}

/** Documents sent to one worker ahead of the one it is checking: it starts the next without waiting for the main thread. */
const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  /** Templates this worker already holds. */
  sent: Set<string>;
  /** Documents sent to this worker, in order; it checks the first, the others wait in its queue. */
  tasks: Task[];
  /** The clock of the first task. */
  timer?: NodeJS.Timeout;
  /** The worker has loaded; until then its document's clock does not run. */
  ready?: boolean;
  /** A document was sent before the worker was ready: start its clock when it is. */
  clockWaiting?: boolean;
  /** Set when this worker is done for: over budget or stopped. */
  gone?: boolean;
}

/**
 * Checks documents in worker threads, each within the configured time and heap: a document
 * past either fails with `unreadable-document` naming the limit, its worker is stopped, and the
 * next document gets a fresh one. Nothing a document holds can stall or crash the run. All
 * documents together have `total-time-limit` from when the checker is made: once it is spent,
 * every document not yet checked fails at once, saying so.
 */
export class BudgetedChecker {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly templateBytes = new Map<string, Promise<Uint8Array>>();
  private readonly size: number;
  private readonly runClock: NodeJS.Timeout;
  /** Why the documents left are not checked, once the run's total time is spent. */
  private spentWhy?: string;

  constructor(private readonly options: CheckerOptions) {
    this.size = Math.max(1, options.workers ?? 1);
    const total = options.config.totalTimeLimit;
    this.runClock = setTimeout(() => this.spend(`the run's ${total} s for all documents (total-time-limit) were spent before it was checked`), total * 1000);
    this.runClock.unref();
    // Started now (or earlier), so that the worker loads while the first document is still being read.
    const started = options.started;
    if (started && !started.failed && started.memoryLimit === options.config.memoryLimit) this.slots.push(this.spawn(started));
    else {
      if (started) void started.worker.terminate();
      this.slots.push(this.spawn());
    }
  }

  /** Checks one document; rejects only with a {@link TemplateLoadError} or an internal error. */
  async check(item: CheckItem): Promise<CheckOutcome> {
    const templatePath = this.options.template ?? templateFor(this.options.config, item.path);
    if (this.spentWhy !== undefined) return { result: this.notChecked(item.path) };
    const templateBytes = templatePath !== undefined ? await this.readTemplate(templatePath) : undefined;
    return new Promise<CheckOutcome>((resolve, reject) => {
      this.queue.push({ item, templatePath, templateBytes, resolve, reject });
      this.pump();
    });
  }

  /** Whether the run's total time is spent: documents not yet read need not be. */
  get spent(): boolean {
    return this.spentWhy !== undefined;
  }

  /** The failing result of a document left unchecked because the run's total time is spent. */
  notChecked(path: string): DocumentResult {
    return overBudget(path, this.options.template ?? templateFor(this.options.config, path) ?? DEFAULT_TEMPLATE_NAME, this.spentWhy ?? '');
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    clearTimeout(this.runClock);
    const workers = this.slots.splice(0).map((s) => s.worker);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private readTemplate(p: string): Promise<Uint8Array> {
    let bytes = this.templateBytes.get(p);
    if (!bytes) {
      bytes = this.options.readTemplate(p).catch((e: unknown) => Promise.reject(new TemplateLoadError(p, undefined, `cannot read the template: ${(e as Error).message}`)));
      this.templateBytes.set(p, bytes);
    }
    return bytes;
  }

  private spawn(started = startCheckWorker(this.options.workerScript, this.options.config.memoryLimit)): Slot {
    const setup: CheckWorkerSetup = { config: this.options.config, template: this.options.template, failOn: this.options.failOn };
    const worker = started.worker;
    // The run's settings come first, before any document: the worker may have started before they were known.
    worker.postMessage({ setup } satisfies CheckMessage);
    const slot: Slot = { worker, sent: new Set(), tasks: [], ready: started.ready };
    worker.on('message', (reply: CheckReply) => {
      if (!('ready' in reply)) return this.settle(slot, reply);
      slot.ready = true;
      if (slot.clockWaiting) this.startClock(slot);
    });
    worker.on('error', (e: Error & { code?: string }) => {
      const why = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `needed more than ${this.options.config.memoryLimit} MB of memory to check (memory-limit)` : `the check stopped: ${e.message}`;
      this.retire(slot, why);
    });
    worker.on('exit', (code) => this.retire(slot, `the check stopped unexpectedly (status ${code})`));
    // Idle, a worker does not keep the process alive (startCheckWorker); busy, it does (see send).
    return slot;
  }

  /** The run's total time is spent: the documents waiting and those being checked fail now. */
  private spend(why: string): void {
    this.spentWhy = why;
    for (const task of this.queue.splice(0)) task.resolve({ result: overBudget(task.item.path, task.templatePath ?? DEFAULT_TEMPLATE_NAME, why) });
    for (const slot of [...this.slots]) if (slot.tasks.length > 0) this.retire(slot, why);
  }

  private pump(): void {
    while (this.queue.length > 0) {
      if (this.spentWhy !== undefined) return this.spend(this.spentWhy);
      // An idle worker first, then a new one, then one more document ahead for a busy worker.
      let slot = this.slots.find((s) => s.tasks.length === 0 && !s.gone);
      if (!slot && this.slots.length < this.size) {
        slot = this.spawn();
        this.slots.push(slot);
      }
      slot ??= this.slots.find((s) => s.tasks.length < IN_FLIGHT && !s.gone);
      if (!slot) return;
      this.send(slot, this.queue.shift() as Task);
    }
  }

  private send(slot: Slot, task: Task): void {
    const templates: Array<[string, Uint8Array]> = [];
    if (task.templatePath !== undefined && task.templateBytes !== undefined && !slot.sent.has(task.templatePath)) {
      templates.push([task.templatePath, task.templateBytes]);
      slot.sent.add(task.templatePath);
    }
    const request: CheckRequest = { path: task.item.path, bytes: task.item.bytes, file: task.item.file, templates };
    slot.tasks.push(task);
    slot.worker.ref();
    slot.worker.postMessage(request);
    if (slot.tasks.length > 1) return;
    if (slot.ready) this.startClock(slot);
    else slot.clockWaiting = true;
  }

  /** The first document's clock: from when a loaded worker starts on it. */
  private startClock(slot: Slot): void {
    slot.clockWaiting = false;
    slot.timer = setTimeout(() => this.retire(slot, `too complex to check within ${this.options.config.timeLimit} s (time-limit)`), this.options.config.timeLimit * 1000);
  }

  private settle(slot: Slot, reply: Exclude<CheckReply, { ready: true }>): void {
    const task = slot.tasks.shift();
    if (!task) return;
    clearTimeout(slot.timer);
    slot.timer = undefined;
    // The worker answers in order and went straight on to the next document: its clock starts now.
    if (slot.tasks.length === 0) slot.worker.unref();
    else if (slot.ready) this.startClock(slot);
    if ('result' in reply) task.resolve({ result: reply.result });
    else if ('readError' in reply) task.resolve({ readError: reply.readError });
    else if ('templateError' in reply) {
      const { file, line, message } = reply.templateError;
      const prefix = `${file}${line ? `:${line}` : ''}: `;
      task.reject(new TemplateLoadError(file, line, message.startsWith(prefix) ? message.slice(prefix.length) : message));
    } else task.reject(new Error(reply.error));
    this.pump();
  }

  /**
   * A worker that went over budget or stopped: the document it was checking fails saying why,
   * the worker is stopped and dropped, and the documents still waiting (those sent to it after
   * that one first) get a fresh one.
   */
  private retire(slot: Slot, why: string): void {
    if (slot.gone) return;
    slot.gone = true;
    const [task, ...waiting] = slot.tasks;
    clearTimeout(slot.timer);
    slot.tasks = [];
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
    this.queue.unshift(...waiting);
    if (task) task.resolve({ result: overBudget(task.item.path, task.templatePath ?? DEFAULT_TEMPLATE_NAME, why) });
    this.pump();
  }
}

/** The failing result of a document that could not be checked within the budget. */
function overBudget(path: string, template: string, why: string): DocumentResult {
  return { path, template, passed: false, draft: false, lineCount: 1, sections: [], findings: [unreadableFinding(new DocumentError(why, 1), 1)] };
}
