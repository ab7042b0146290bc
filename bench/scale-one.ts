/**
 * Checks one synthetic document of about the size given (bytes) and prints its time and the
 * process's peak memory as JSON; run in a fresh process per size by bench/run.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../src/engine/check.js';
import { DEFAULT_TEMPLATE } from '../src/engine/default-template.js';
import { buildTemplate } from '../src/engine/template.js';
import { findRoot } from '../__tests__/support/root.js';

const size = Number(process.argv[2]);
const root = findRoot(import.meta.dirname);
const complete = readFileSync(path.join(root, 'examples/complete-plan.md'), 'utf8');
const half = readFileSync(path.join(root, 'examples/half-filled-plan.md'), 'utf8');
// A plan whose sections grow: the filled example, then its body repeated as notes.
const body = half.slice(half.indexOf('## Technical Approach'));
let text = complete.replace('## References', '## Notes\n\n');
let i = 0;
while (text.length < size) text += body.replace(/^## /gm, `### ${i++} `) + '\n';
text = text.slice(0, size);
const template = buildTemplate(DEFAULT_TEMPLATE, 'seed');
checkDocument(template, complete, 'warm.md');
const t0 = performance.now();
checkDocument(template, text, 'doc.md');
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), ms, rss: process.resourceUsage().maxRSS * 1024 }));
