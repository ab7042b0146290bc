import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ANNOTATION_ORDER, helpUri, RULE_IDS, RULES } from '../src/engine/rules/registry.js';
import { selectAnnotations } from '../src/report/annotations.js';
import { formatSarif } from '../src/report/sarif.js';
import { checkSeed, COMPLETE, edit, HALF, ROOT } from './helpers.js';

// The registry is the one list of rules: the schema, SARIF and the annotation order follow it.

describe('the rule registry', () => {
  test('the configuration schema knows exactly the registered rules', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/plancheck.schema.json'), 'utf8')) as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...RULE_IDS].sort());
  });
  test('ids are unique kebab-case; each rule has a one-sentence description', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description).toMatch(/^[A-Z][^\n]*\.$/);
    }
  });
  test('annotations go to an unreadable document first, then what fails most', () => {
    expect(ANNOTATION_ORDER[0]).toBe('unreadable-document');
    expect(ANNOTATION_ORDER.indexOf('missing-section')).toBeLessThan(ANNOTATION_ORDER.indexOf('heading-level'));
    expect(new Set(RULES.map((r) => r.priority)).size).toBe(RULES.length);
  });
  test('SARIF describes every rule with its default level and docs page', () => {
    const driver = JSON.parse(formatSarif([], '0.0.0')).runs[0].tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of driver.rules) expect(rule.helpUri).toBe(helpUri(rule.id));
    expect(driver.rules.find((r: { id: string }) => r.id === 'unknown-section').defaultConfiguration.level).toBe('note');
  });
});

describe('annotation selection', () => {
  test('every incomplete document gets one before a document gets a second; missing sections first', () => {
    const typo = { ...checkSeed(edit(COMPLETE, '### Vulnerability Analysis', '### Vulnerabilty Analysis')), path: 'typo.md' };
    const results = [{ ...checkSeed(HALF), path: 'half.md' }, { ...checkSeed(HALF), path: 'half2.md' }, typo];
    const [errors, warnings, notices] = selectAnnotations(results, 3);
    expect(errors.chosen.map(({ r, f }) => `${r.path} ${f.rule}`)).toEqual(['half.md missing-section', 'half2.md missing-section', 'half.md empty-section']);
    expect(errors.rest).toBe(14 - 3);
    expect(warnings.chosen.map(({ r }) => r.path)).toEqual(['half.md', 'half2.md', 'typo.md']);
    expect(notices).toMatchObject({ level: 'info', rest: 0 });
  });
});
