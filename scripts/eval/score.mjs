#!/usr/bin/env node
// Precision of blocking findings from a labels file, per family and per rule, and the recall
// check: every finding labelled TRUE must still be reported as blocking by the given CLI.
//
//   node scripts/eval/score.mjs --labels docs/evaluation/labels-before.jsonl [--recall dist/cli.js]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusRoot } from './families.mjs';
import { collectFindings } from './findings.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { labels: { type: 'string' }, recall: { type: 'string' } } });
if (!values.labels) {
  console.error('usage: score.mjs --labels FILE [--recall CLI]');
  process.exit(2);
}
const rows = readFileSync(values.labels, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const unlabelled = rows.filter((r) => r.label !== 'TRUE' && r.label !== 'FALSE');
if (unlabelled.length > 0) console.log(`${unlabelled.length} of ${rows.length} findings are not labelled yet; they are left out.`);
const labelled = rows.filter((r) => r.label === 'TRUE' || r.label === 'FALSE');

function table(title, key) {
  const groups = new Map();
  for (const r of labelled) {
    const k = key(r);
    const g = groups.get(k) ?? { t: 0, n: 0 };
    g.n++;
    if (r.label === 'TRUE') g.t++;
    groups.set(k, g);
  }
  console.log(`\n| ${title} | sampled | TRUE | precision |\n| --- | ---: | ---: | ---: |`);
  for (const [k, g] of [...groups].sort()) console.log(`| ${k} | ${g.n} | ${g.t} | ${Math.round((100 * g.t) / g.n)}% |`);
  const t = labelled.filter((r) => r.label === 'TRUE').length;
  console.log(`| all | ${labelled.length} | ${t} | ${labelled.length ? Math.round((100 * t) / labelled.length) : 0}% |`);
}
table('family', (r) => r.family);
table('rule', (r) => r.rule);

if (values.recall) {
  const now = collectFindings(corpusRoot(repo), path.resolve(values.recall));
  const blocking = new Set(now.filter((f) => f.severity === 'error').map((f) => `${f.family}/${f.doc}#L${f.line}`));
  const lost = labelled.filter((r) => r.label === 'TRUE' && !blocking.has(`${r.family}/${r.doc}#L${r.line}`));
  const trues = labelled.filter((r) => r.label === 'TRUE').length;
  console.log(`\nRecall check: ${trues - lost.length} of ${trues} TRUE findings still block at their line.`);
  for (const r of lost) console.log(`- lost: ${r.id} (${r.reason})`);
  if (lost.length > 0) process.exitCode = 1;
}
