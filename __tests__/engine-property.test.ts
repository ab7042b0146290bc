import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument } from '../src/engine/check.js';
import { DEFAULT_TEMPLATE } from '../src/engine/default-template.js';
import { buildTemplate, type TemplateModel } from '../src/engine/template.js';
import type { DocumentResult } from '../src/engine/types.js';
import { COMPLETE, HALF, SAMPLE, SEED } from './helpers.js';

// Generated documents never make the engine throw or hang, every finding's line lies inside the
// document, and a document's result does not depend on the documents checked with it.

const RUNS = Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1200);

const rfcTemplate = buildTemplate(readFileSync(path.join(SAMPLE, 'rust-rfcs/template.md'), 'utf8'), 'rfc');
const kepTemplate = buildTemplate(readFileSync(path.join(SAMPLE, 'keps/template.md'), 'utf8'), 'kep');
/** The small documents of the committed sample: the properties are about shape, not size. */
const pick = (dir: string, n: number): string[] =>
  readdirSync(dir)
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .filter((text) => text.length < 12_000)
    .slice(0, n);
const sources: Array<[TemplateModel, string]> = [
  [SEED, DEFAULT_TEMPLATE],
  [SEED, COMPLETE],
  [SEED, HALF],
  ...pick(path.join(SAMPLE, 'rust-rfcs/docs'), 4).map((d): [TemplateModel, string] => [rfcTemplate, d]),
  ...pick(path.join(SAMPLE, 'keps/docs'), 3).map((d): [TemplateModel, string] => [kepTemplate, d])
];

const NASTY = ['```', '~~~', '<!--', '-->', '> > > >', '- [ ] ', '[Goal 1]: [x]', '| a | b |\n|---|', '# ', '---', '\uFEFF', '\r', '\u0000', '*'.repeat(200), '['.repeat(300), '  '.repeat(60) + '- deep'];

/** One mutation of a document's lines. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate'), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swap'), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 })) }),
  fc.record({ kind: fc.constant('nest'), at: fc.nat(), depth: fc.integer({ min: 1, max: 150 }), quote: fc.boolean() }),
  fc.record({ kind: fc.constant('huge'), at: fc.nat(), size: fc.integer({ min: 1000, max: 120_000 }) })
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, ms: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of ms) {
    const at = lines.length === 0 ? 0 : m.at % lines.length;
    switch (m.kind) {
      case 'delete':
        lines.splice(at, m.len);
        break;
      case 'duplicate':
        lines.splice(at, 0, ...lines.slice(at, at + m.len));
        break;
      case 'swap': {
        const to = lines.length === 0 ? 0 : m.to % lines.length;
        [lines[at], lines[to]] = [lines[to], lines[at]];
        break;
      }
      case 'truncate': {
        const joined = lines.join('\n');
        lines = joined.slice(0, Math.floor((joined.length * (m.at % 100)) / 100)).split('\n');
        break;
      }
      case 'insert':
        lines.splice(at, 0, m.text);
        break;
      case 'nest':
        lines.splice(at, 0, ...Array.from({ length: m.depth }, (_, i) => (m.quote ? '>'.repeat(i + 1) + ' q' : '  '.repeat(i) + '- n')));
        break;
      case 'huge':
        lines.splice(at, 0, 'x'.repeat(m.size) + ' [Goal 1] TODO');
        break;
    }
  }
  return lines.join('\n');
}

function assertSane(r: DocumentResult, text: string): void {
  const lineCount = text.replace(/^\uFEFF/, '').split('\n').length;
  expect(r.lineCount).toBe(lineCount);
  for (const f of r.findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lineCount);
    expect(f.column).toBeGreaterThanOrEqual(1);
  }
  expect(r.passed).toBe(!r.findings.some((f) => f.severity === 'error'));
}

test('mutated documents never throw, and every finding lies inside the document', () => {
  fc.assert(
    fc.property(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (which, ms) => {
      const [template, source] = sources[which];
      const text = mutate(source, ms);
      assertSane(checkDocument(template, text, 'doc.md'), text);
    }),
    { numRuns: RUNS }
  );
});

test('a result does not depend on the documents checked with it', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat({ max: 2 }), fc.array(mutation, { maxLength: 3 })), { minLength: 2, maxLength: 4 }), (docs) => {
      const texts = docs.map(([which, ms]) => mutate(sources[which][1], ms));
      const alone = texts.map((t) => checkDocument(SEED, t, 'doc.md'));
      const together = [...texts].reverse().map((t) => checkDocument(SEED, t, 'doc.md')).reverse();
      expect(together).toEqual(alone);
    }),
    { numRuns: Math.max(40, Math.floor(RUNS / 20)) }
  );
});

test('random text, with or without headings, never throws', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...NASTY), fc.constantFrom('## Goals', '### Alternative 7: [Name]', '# Title', 'N/A', 'TODO')), { maxLength: 60 }), (parts) => {
      const text = parts.join('\n');
      assertSane(checkDocument(SEED, text, 'doc.md'), text);
    }),
    { numRuns: RUNS }
  );
});
