import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { checkDocument } from '../src/engine/check.js';
import { buildTemplate } from '../src/engine/template.js';
import { formatSarif } from '../src/report/sarif.js';
import { checkSeed, edit, HALF, ROOT, SAMPLE } from './helpers.js';

// The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (draft-04: its root `id` is the
// schema's id), with the formats it names (`uri`, `uri-reference`) checked.
const require = createRequire(import.meta.url);
const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv;
const schemaFile = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
const ajv = addFormats(new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }));
// Ajv 8 reads the draft-04 keywords this schema uses; only the root's `id` and `$schema` are renamed away.
const validate = ajv.compile({ ...schema, $schema: undefined, id: undefined, $id: schema.id as string });

interface SarifResult {
  message: { text: string };
  locations?: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }>;
  partialFingerprints: Record<string, string>;
}
const sarif = (text: string): { runs: Array<{ results: SarifResult[] }> } => JSON.parse(text) as { runs: Array<{ results: SarifResult[] }> };
const valid = (text: string): unknown => (validate(JSON.parse(text)) ? [] : validate.errors);

test('a path with a space, #, % or a non-ASCII letter gives a valid, percent-encoded relative uri on %SRCROOT%', () => {
  const results = ['docs/plans/my plan #2.md', 'docs/100% done.md', './docs/ünï.md', 'docs\\win dows.md'].map((p) => ({ ...checkSeed(HALF), path: p }));
  const out = formatSarif(results, '1.0.0');
  expect(valid(out)).toEqual([]);
  const uris = sarif(out).runs[0].results.map((r) => r.locations?.[0].physicalLocation.artifactLocation);
  expect(new Set(uris.map((u) => JSON.stringify(u)))).toEqual(
    new Set(
      [
        { uri: 'docs/plans/my%20plan%20%232.md', uriBaseId: '%SRCROOT%' },
        { uri: 'docs/100%25%20done.md', uriBaseId: '%SRCROOT%' },
        { uri: 'docs/%C3%BCn%C3%AF.md', uriBaseId: '%SRCROOT%' },
        { uri: 'docs/win%20dows.md', uriBaseId: '%SRCROOT%' }
      ].map((u) => JSON.stringify(u))
    )
  );
});

test('an absolute path is a file: URI; standard input has no location but says where in the message', () => {
  const out = formatSarif([{ ...checkSeed(HALF), path: '/home/me/my plan.md' }, { ...checkSeed(HALF), path: '<stdin>' }], '1.0.0');
  expect(valid(out)).toEqual([]);
  const results = sarif(out).runs[0].results;
  expect(results.find((r) => r.locations)?.locations?.[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///home/me/my%20plan.md' });
  const stdin = results.filter((r) => !r.locations);
  expect(stdin.length).toBe(8);
  expect(stdin[0].message.text).toMatch(/\(standard input, line \d+\)$/);
});

test('fingerprints are unique per finding, across documents with the same findings and within one', () => {
  const kep = buildTemplate(readFileSync(path.join(SAMPLE, 'keps/template.md'), 'utf8'), 'kep');
  const untouched = checkDocument(kep, readFileSync(path.join(SAMPLE, 'keps/template.md'), 'utf8'), 'keps/a.md');
  const results = [untouched, { ...untouched, path: 'keps/b.md' }, { ...checkSeed(HALF), path: 'plan.md' }, { ...checkSeed(HALF), path: 'other.md' }];
  const out = formatSarif(results, '1.0.0');
  expect(valid(out)).toEqual([]);
  const prints = sarif(out).runs[0].results.map((r) => JSON.stringify(r.partialFingerprints));
  expect(prints.length).toBeGreaterThan(40);
  expect(new Set(prints).size).toBe(prints.length);
});

test('fingerprints stay when unrelated text is added above a finding', () => {
  const before = sarif(formatSarif([checkSeed(HALF)], '1.0.0')).runs[0].results;
  const moved = edit(HALF, '### Goals and Non-Goals', 'A new paragraph of overview.\n\nAnd another one.\n\n### Goals and Non-Goals');
  const after = sarif(formatSarif([checkSeed(moved)], '1.0.0')).runs[0].results;
  expect(after.map((r) => r.locations?.[0].physicalLocation.region.startLine)).not.toEqual(before.map((r) => r.locations?.[0].physicalLocation.region.startLine));
  expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
});

test('the CLI example and the golden SARIF validate', () => {
  expect(valid(readFileSync(path.join(ROOT, '__fixtures__/golden/half-filled-plan.sarif'), 'utf8'))).toEqual([]);
});
