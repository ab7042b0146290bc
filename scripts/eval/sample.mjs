#!/usr/bin/env node
// Draws a seeded random sample of blocking findings (severity error) from each corpus family,
// for hand labelling. Findings already labelled in an earlier labels file keep their labels.
//
//   node scripts/eval/sample.mjs --out docs/evaluation/labels-before.jsonl [--per-family 30]
//        [--seed 20261127] [--cli dist/cli.js] [--keep docs/evaluation/labels-before.jsonl]
//
// Each output line is one finding: id, family, doc, file (under the corpus), line, rule,
// section, message, excerpt, label (TRUE/FALSE, null until labelled) and reason.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusRoot, FAMILIES } from './families.mjs';
import { collectFindings } from './findings.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    'per-family': { type: 'string', default: '30' },
    seed: { type: 'string', default: '20261127' },
    cli: { type: 'string', default: path.join(repo, 'dist', 'cli.js') },
    keep: { type: 'string', multiple: true, default: [] }
  }
});
if (!values.out) {
  console.error('usage: sample.mjs --out FILE [--per-family N] [--seed N] [--cli FILE] [--keep LABELS...]');
  process.exit(2);
}

/**
 * A finding's place in the seeded order: a hash of the seed and its id. Unlike a shuffle of the
 * whole pool, a finding keeps its place while others come and go, so the sample of a later build
 * keeps the findings both builds report (and their labels). labels-before.jsonl was drawn by an
 * earlier version of this script that shuffled the pool with the same seed.
 */
function rank(seed, id) {
  return createHash('sha256').update(`${seed}:${id}`).digest('hex');
}

const corpus = corpusRoot(repo);
if (!existsSync(corpus)) {
  console.error(`corpus not found at ${corpus} (set PLANCHECK_CORPUS)`);
  process.exit(2);
}
const known = new Map();
for (const file of values.keep) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const row = JSON.parse(line);
    if (row.label) known.set(row.id, row);
  }
}
const blocking = collectFindings(corpus, values.cli).filter((f) => f.severity === 'error');
const rows = [];
for (const family of FAMILIES) {
  const pool = blocking.filter((f) => f.family === family.name).map((f) => ({ f, key: rank(values.seed, f.id) }));
  pool.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { f } of pool.slice(0, Number(values['per-family']))) {
    const old = known.get(f.id);
    rows.push({
      id: f.id,
      family: f.family,
      doc: f.doc,
      file: f.file,
      line: f.line,
      rule: f.rule,
      section: f.section,
      message: f.message,
      excerpt: f.excerpt,
      label: old?.label ?? null,
      reason: old?.reason ?? ''
    });
  }
  console.error(`${family.name}: ${pool.length} blocking findings, ${Math.min(pool.length, Number(values['per-family']))} sampled`);
}
writeFileSync(values.out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.error(`wrote ${rows.length} findings to ${values.out} (${rows.filter((r) => r.label).length} already labelled)`);
