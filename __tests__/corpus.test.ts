import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument } from '../src/engine/check.js';
import { buildTemplate, type TemplateModel } from '../src/engine/template.js';
import type { DocumentResult } from '../src/engine/types.js';
import { SAMPLE } from './helpers.js';

// A committed sample of real documents (__fixtures__/corpus, see its README for sources and
// licences); `npm run corpus` runs every document of the full set.

/** Which template a family's document goes with (CometBFT routes by file name, as upstream). */
const templateOf = (family: string, file: string): string => (family === 'cometbft' && /(^|--)rfc-/.test(file) ? 'template-rfc.md' : 'template.md');
const families = readdirSync(SAMPLE, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const results = new Map<string, DocumentResult[]>();
const templates = new Map<string, TemplateModel>();
const template = (family: string, name: string): TemplateModel => {
  const key = `${family}/${name}`;
  if (!templates.has(key)) templates.set(key, buildTemplate(readFileSync(path.join(SAMPLE, family, name), 'utf8'), name));
  return templates.get(key) as TemplateModel;
};

beforeAll(() => {
  for (const family of families) {
    const docs = readdirSync(path.join(SAMPLE, family, 'docs')).sort();
    results.set(
      family,
      docs.map((f) => checkDocument(template(family, templateOf(family, f)), readFileSync(path.join(SAMPLE, family, 'docs', f), 'utf8'), f))
    );
  }
});

test('the sample holds six families, each with documents', () => {
  expect(families).toEqual(['cometbft', 'ercs', 'keps', 'polkadot-rfcs', 'rust-rfcs', 'semantic-kernel-adrs']);
  for (const family of families) expect((results.get(family) as DocumentResult[]).length).toBeGreaterThanOrEqual(3);
});

describe.each(families)('%s', (family) => {
  test('every document gives a result, every finding inside the document', () => {
    for (const r of results.get(family) as DocumentResult[]) {
      for (const f of r.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.line).toBeLessThanOrEqual(r.lineCount);
        expect(f.column).toBeGreaterThanOrEqual(1);
      }
      expect(r.findings.some((f) => f.rule === 'unreadable-document')).toBe(false);
    }
  });
});

describe.each(['rust-rfcs', 'keps'])('%s template', (family) => {
  test('the untouched template fails', () => {
    const text = readFileSync(path.join(SAMPLE, family, 'template.md'), 'utf8');
    const r = checkDocument(template(family, 'template.md'), text, 'template.md');
    expect(r.passed).toBe(false);
    const rules = new Set(r.findings.map((f) => f.rule));
    // Rust RFC guidance is prose to replace; KEP guidance hides in comments, so its sections are empty.
    expect(rules.has(family === 'rust-rfcs' ? 'template-text' : 'empty-section')).toBe(true);
  });
});

describe('pinned results', () => {
  const find = (family: string, name: string): DocumentResult => {
    const r = (results.get(family) as DocumentResult[]).find((d) => d.path === name);
    if (!r) throw new Error(`${name} not in the sample`);
    return r;
  };
  const summary = (r: DocumentResult): string[] => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.line} ${f.rule} ${f.section.join(' > ')}`);

  test('RFC 0001 (2014) predates most of the template', () => {
    const r = find('rust-rfcs', '0001-private-fields.md');
    expect(r.passed).toBe(false);
    expect(summary(r)).toMatchSnapshot();
  });
  test('a recent RFC follows the template', () => {
    const r = find('rust-rfcs', '3484-unsafe-extern-blocks.md');
    expect(summary(r)).toMatchSnapshot();
  });
  test('a KEP with optional sections left out', () => {
    const r = find('keps', 'sig-node--5823-pod-level-checkpoint-restore.md');
    expect(summary(r)).toMatchSnapshot();
  });
  test('an old-format KEP with [optional] markers', () => {
    const r = find('keps', 'provider-aws--2315-aws-loadbalancer-prefix.md');
    expect(summary(r)).toMatchSnapshot();
  });
});
