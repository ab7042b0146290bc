import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { PlancheckConfig } from '../engine/config.js';
import { TemplateLoadError } from '../engine/errors.js';
import { CheckSession } from '../engine/session.js';
import type { DocumentResult } from '../engine/types.js';
import type { FailOn } from '../engine/verdict.js';

/** What a checking worker is sent first: the same for every document of the run. */
export interface CheckWorkerSetup {
  config: PlancheckConfig;
  /** A template that overrides the configured ones (the CLI's `--template`). */
  template?: string;
  failOn?: FailOn;
}

/** One document to check: its bytes, or a file the worker reads itself. */
export interface CheckRequest {
  path: string;
  bytes?: Uint8Array;
  file?: { cwd: string; name: string };
  /** Template bytes by path, each sent once to a worker, before the first document that needs it. */
  templates: Array<[string, Uint8Array]>;
}

/** What a checking worker is sent: its settings once, first, then documents. */
export type CheckMessage = { setup: CheckWorkerSetup } | CheckRequest;

/** A worker's answer for one document; `ready` first, once it has loaded. */
export type CheckReply = { ready: true } | { result: DocumentResult } | { readError: string } | { templateError: { file: string; line?: number; message: string } } | { error: string };

/** A file system error in the words the command line shows. */
export function describeReadError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
}

/** Checks the documents the main thread sends, one at a time, each answered with a {@link CheckReply}. */
export function serveChecks(): void {
  const templates = new Map<string, Uint8Array>();
  let session: CheckSession | undefined;
  let queue: Promise<void> = Promise.resolve();
  const port = parentPort;
  if (!port) return;
  port.on('message', (message: CheckMessage) => {
    if ('setup' in message) {
      const { setup } = message;
      session = new CheckSession(
        setup.config,
        // The main thread reads templates (from disk or from GitHub) and sends them along.
        async (p) => templates.get(p) ?? Promise.reject(new Error('not received')),
        setup.template,
        setup.failOn
      );
      return;
    }
    // One at a time, in the order sent: the main thread may send the next document before this one is done.
    queue = queue.then(() => answer(message)).then((reply) => port.postMessage(reply));
  });
  // Loading this thread is not the document's time: its clock starts now.
  port.postMessage({ ready: true } satisfies CheckReply);

  async function answer(request: CheckRequest): Promise<CheckReply> {
    for (const [p, bytes] of request.templates) templates.set(p, bytes);
    let bytes = request.bytes;
    if (bytes === undefined) {
      try {
        bytes = readFileSync(path.resolve(request.file?.cwd ?? '.', request.file?.name ?? request.path));
      } catch (e) {
        return { readError: describeReadError(e) };
      }
    }
    try {
      if (!session) return { error: 'no settings received before the document' };
      return { result: await session.check(request.path, bytes) };
    } catch (e) {
      if (e instanceof TemplateLoadError) return { templateError: { file: e.file, line: e.line, message: e.message } };
      return { error: (e as Error)?.message ?? String(e) };
    }
  }
}
