#!/usr/bin/env node
// Precision of blocking findings from a labels file, per family and per rule, and the recall
// check: every finding labelled TRUE must still be reported as blocking by the given CLI, at its
// line; a missing or empty section also counts when the same section of the same document still
// blocks elsewhere (a missing section is reported where it belongs, after the section before it,
// so its line moves when a heading in between comes to stand for another section).
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
  const errors = now.filter((f) => f.severity === 'error');
  const blocking = new Set(errors.map((f) => `${f.family}/${f.doc}#L${f.line}`));
  const sectionKey = (f) => `${f.family}/${f.doc}/${f.rule}/${f.section.join(' > ')}`;
  const bySection = new Set(errors.filter((f) => f.rule === 'missing-section' || f.rule === 'empty-section').map(sectionKey));
  const lost = labelled.filter((r) => r.label === 'TRUE' && !blocking.has(`${r.family}/${r.doc}#L${r.line}`) && !bySection.has(sectionKey(r)));
  const trues = labelled.filter((r) => r.label === 'TRUE').length;
  const moved = labelled.filter((r) => r.label === 'TRUE' && !blocking.has(`${r.family}/${r.doc}#L${r.line}`) && bySection.has(sectionKey(r)));
  console.log(`\nRecall check: ${trues - lost.length} of ${trues} TRUE findings still block (${moved.length} of them, a missing or empty section, at another line).`);
  for (const r of moved) console.log(`- moved: ${r.id}`);
  for (const r of lost) console.log(`- lost: ${r.id} (${r.reason})`);
  if (lost.length > 0) process.exitCode = 1;
}
