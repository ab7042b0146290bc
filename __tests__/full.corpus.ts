import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument } from '../src/engine/check.js';
import { buildTemplate, type TemplateModel } from '../src/engine/template.js';
import type { DocumentResult } from '../src/engine/types.js';
import { CORPUS } from './helpers.js';

// Every document of the full corpus (`npm run corpus`); the pinned results run on the committed
// sample in corpus.test.ts. Its absence is an error, not a skip.
if (!existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS}; set PLANCHECK_CORPUS`);

const families = ['rust-rfcs', 'keps'] as const;
const templates = new Map<string, TemplateModel>();
const results = new Map<string, DocumentResult[]>();

beforeAll(() => {
  for (const family of families) {
    const dir = path.join(CORPUS, family);
    const template = buildTemplate(readFileSync(path.join(dir, 'template.md'), 'utf8'), 'template.md');
    templates.set(family, template);
    const docs = readdirSync(path.join(dir, 'docs')).filter((f) => f.endsWith('.md')).sort();
    results.set(
      family,
      docs.map((f) => {
        const text = readFileSync(path.join(dir, 'docs', f), 'utf8');
        const r = checkDocument(template, text, f);
        return r;
      })
    );
  }
}, 600_000);

describe.each(families)('%s', (family) => {
  test('every document gives a result, every finding inside the document', () => {
    const all = results.get(family) as DocumentResult[];
    expect(all.length).toBe(family === 'keps' ? 656 : 639);
    for (const r of all) {
      for (const f of r.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.line).toBeLessThanOrEqual(r.lineCount);
        expect(f.column).toBeGreaterThanOrEqual(1);
      }
      expect(r.findings.some((f) => f.rule === 'unreadable-document')).toBe(false);
    }
  });

  test('the untouched template fails', () => {
    const dir = path.join(CORPUS, family);
    const r = checkDocument(templates.get(family) as TemplateModel, readFileSync(path.join(dir, 'template.md'), 'utf8'), 'template.md');
    expect(r.passed).toBe(false);
    const rules = new Set(r.findings.map((f) => f.rule));
    // Rust RFC guidance is prose to replace; KEP guidance hides in comments, so its sections are empty.
    expect(rules.has(family === 'rust-rfcs' ? 'template-text' : 'empty-section')).toBe(true);
  });

  test('does not flood: a median document has a handful of findings', () => {
    const counts = (results.get(family) as DocumentResult[]).map((r) => r.findings.filter((f) => f.severity !== 'info').length).sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(10);
  });
});
