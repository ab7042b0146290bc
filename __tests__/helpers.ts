import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument, type CheckOptions } from '../src/engine/check.js';
import { DEFAULT_TEMPLATE } from '../src/engine/default-template.js';
import { buildTemplate } from '../src/engine/template.js';
import type { DocumentResult, Finding, RuleId } from '../src/engine/types.js';
import { findRoot } from './support/root.js';

export const ROOT = findRoot(import.meta.dirname);
export const SEED = buildTemplate(DEFAULT_TEMPLATE, 'seed');
export const COMPLETE = readFileSync(path.join(ROOT, 'examples/complete-plan.md'), 'utf8');
export const HALF = readFileSync(path.join(ROOT, 'examples/half-filled-plan.md'), 'utf8');

/** Checks text against the seed template. */
export function checkSeed(text: string, options?: CheckOptions): DocumentResult {
  return checkDocument(SEED, text, 'doc.md', options);
}

/** The findings of one rule. */
export function only(result: DocumentResult, rule: RuleId): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** The complete example with one exact piece of text replaced; fails loudly if it is not there. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return text.replace(from, to);
}

/** 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

/** The committed sample of real documents with their templates and licences. */
export const SAMPLE = path.join(ROOT, '__fixtures__/corpus');
/** Where the full corpus of real documents lives (`npm run corpus` only). */
export const CORPUS = process.env.PLANCHECK_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
