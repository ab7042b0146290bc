import { fileURLToPath } from 'node:url';
import { isCheckWorker } from '../budget/budgeted-checker.js';
import { run } from './main.js';

// The bundle starts itself as the worker that checks each document within its budget; the
// parser is loaded there, and only when a change has planning documents.
if (isCheckWorker()) void import('../budget/check-worker.js').then((worker) => worker.serveChecks());
else void run({ workerScript: fileURLToPath(import.meta.url) });
