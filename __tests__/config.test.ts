import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { ConfigError, isExempt, KNOWN_KEYS, parseConfig, templateFor } from '../src/engine/config.js';
import { ROOT } from './helpers.js';
import { DEFAULT_MAX_BYTES } from '../src/engine/input.js';

const errorOf = (text: string): ConfigError => {
  try {
    parseConfig(text, '.github/plancheck.yml');
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
};

describe('a valid configuration', () => {
  const config = parseConfig(
    [
      'templates:',
      '  - paths: ["docs/adr/**"]',
      '    template: templates/adr.md',
      'template: templates/plan.md',
      'optional: ["Alternatives Considered", "Security Considerations > Data Privacy"]',
      'checklists: ["Definition of Done"]',
      'exempt: docs/plans/legacy/**',
      'placeholders:',
      '  markers: [WIP]',
      '  patterns: ["/\\\\?{3}/"]',
      'rules:',
      '  unknown-section: off',
      '  section-order: error',
      'draft:',
      '  field: state',
      '  values: [draft, wip]',
      'max-size: 512KB',
      ''
    ].join('\n'),
    'plancheck.yml'
  );
  test('routes documents to templates by path, first match first', () => {
    expect(templateFor(config, 'docs/adr/0001-use-postgres.md')).toBe('templates/adr.md');
    expect(templateFor(config, 'docs/plans/search.md')).toBe('templates/plan.md');
  });
  test('reads every setting', () => {
    expect(config.optional).toEqual(['Alternatives Considered', 'Security Considerations > Data Privacy']);
    expect(config.checklists).toEqual(['Definition of Done']);
    expect(isExempt(config, 'docs/plans/legacy/old.md')).toBe(true);
    expect(isExempt(config, 'docs/plans/new.md')).toBe(false);
    expect(config.markers).toEqual(expect.arrayContaining(['TODO', 'WIP']));
    expect(config.patterns[0].test('needs ??? here')).toBe(true);
    expect(config.rules).toEqual({ 'unknown-section': 'off', 'section-order': 'error' });
    expect(config.draft).toEqual({ field: 'state', values: ['draft', 'wip'] });
    expect(config.maxSize).toBe(512 * 1024);
  });
  test('an empty file is the defaults', () => {
    const empty = parseConfig('', 'x.yml');
    expect(empty.maxSize).toBe(DEFAULT_MAX_BYTES);
    expect(empty.templates).toEqual([]);
  });
  test('a pattern that backtracks in JavaScript, (a+)+$, is accepted: it runs in linear time', () => {
    expect(parseConfig('placeholders:\n  patterns: ["(a+)+$"]\n', 'x.yml').patterns[0].source).toBe('(a+)+$');
  });
  test('the time and memory budget of each document: 30 s and 2048 MB unless configured', () => {
    expect([parseConfig('', 'x.yml').timeLimit, parseConfig('', 'x.yml').memoryLimit]).toEqual([30, 2048]);
    const c = parseConfig('time-limit: 2m\nmemory-limit: 2GB\n', 'x.yml');
    expect([c.timeLimit, c.memoryLimit]).toEqual([120, 2048]);
    const plain = parseConfig('time-limit: 7.5\nmemory-limit: 512\n', 'x.yml');
    expect([plain.timeLimit, plain.memoryLimit]).toEqual([7.5, 512]);
  });
  test('the time all documents of a run may take together: 10 minutes unless configured', () => {
    expect(parseConfig('', 'x.yml').totalTimeLimit).toBe(600);
    expect(parseConfig('total-time-limit: 30m\n', 'x.yml').totalTimeLimit).toBe(1800);
    expect(parseConfig('total-time-limit: 90\n', 'x.yml').totalTimeLimit).toBe(90);
  });
  test('markers can replace the defaults', () => {
    expect(parseConfig('placeholders:\n  defaults: false\n  markers: [TBC]\n', 'x.yml').markers).toEqual(['TBC']);
  });
});

describe('an invalid configuration names the file, the line and the key', () => {
  test.each([
    ['unknown top-level key', 'template: a.md\ntemplat: b.md\n', 2, 'templat', 'unknown key'],
    ['unknown rule', 'rules:\n  no-such-rule: error\n', 2, 'rules.no-such-rule', 'unknown rule'],
    ['bad severity', 'rules:\n  placeholder: fatal\n', 2, 'rules.placeholder', 'expected one of error, warning, info, off'],
    ['wrong type', 'optional: 3\n', 1, 'optional', 'expected a list of strings'],
    ['route without template', 'templates:\n  - paths: [a/**]\n', 2, 'templates[0]', 'needs both paths and template'],
    ['bad size', 'max-size: huge\n', 1, 'max-size', 'expected a size'],
    ['time limit of zero', 'time-limit: 0s\n', 1, 'time-limit', 'expected a time'],
    ['time limit in a unit it does not know', 'time-limit: 3 weeks\n', 1, 'time-limit', 'expected a time'],
    ['total time limit of zero', 'total-time-limit: 0\n', 1, 'total-time-limit', 'expected a time'],
    ['total time limit beyond a job', 'total-time-limit: 400m\n', 1, 'total-time-limit', 'up to 6 hours'],
    ['memory limit too small to check anything', 'memory-limit: 32MB\n', 1, 'memory-limit', 'at least 64MB'],
    ['back-reference', 'placeholders:\n  patterns: ["(a)\\\\1"]\n', 2, 'placeholders.patterns', 'back-reference'],
    ['named back-reference', 'placeholders:\n  patterns:\n    - TBD\n    - "/(?<w>x)\\\\k<w>/"\n', 4, 'placeholders.patterns', 'back-reference'],
    ['lookahead', 'placeholders:\n  patterns: ["TODO(?!:)"]\n', 2, 'placeholders.patterns', 'lookahead or lookbehind'],
    ['lookbehind', 'placeholders:\n  patterns:\n    - "(?<=x)y"\n', 3, 'placeholders.patterns', 'lookahead or lookbehind'],
    ['repeat RE2 cannot count to', 'placeholders:\n  patterns: ["x{2000}"]\n', 2, 'placeholders.patterns', 'cannot run on the linear-time engine'],
    ['invalid regex', 'placeholders:\n  patterns: ["[unclosed"]\n', 2, 'placeholders.patterns', 'invalid pattern']
  ])('%s', (_name, text, line, key, message) => {
    const e = errorOf(text);
    expect(e.line).toBe(line);
    expect(e.key).toBe(key);
    expect(e.message.startsWith(`.github/plancheck.yml:${line}: ${key}: `)).toBe(true);
    expect(e.message).toContain(message);
  });
  test('broken YAML', () => {
    const e = errorOf('rules:\n  placeholder: [error\n');
    expect(e.message).toMatch(/^\.github\/plancheck\.yml:\d+: invalid YAML/);
  });
  test('a list at the top level', () => {
    expect(errorOf('- a\n- b\n').message).toContain('expected a mapping of settings at the top level');
  });
});

describe('the JSON Schema editors complete the file with', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/plancheck.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
  const ajv = new Ajv({ strict: false });
  const validate = ajv.compile(schema);
  const readmeExample = /```yaml\n(# The template for documents[\s\S]*?)```/.exec(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))?.[1] ?? '';
  test('accepts the README\'s example, which the parser accepts too', () => {
    expect(readmeExample).not.toBe('');
    expect(validate(parseYaml(readmeExample))).toBe(true);
    expect(() => parseConfig(readmeExample, 'README')).not.toThrow();
  });
  test('knows exactly the keys the parser knows', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...KNOWN_KEYS].sort());
  });
  test('refuses what the parser refuses', () => {
    for (const text of ['templat: x\n', 'rules:\n  placeholder: fatal\n', 'max-size: huge\n', 'templates:\n  - paths: [a]\n']) {
      expect(validate(parseYaml(text))).toBe(false);
      expect(() => parseConfig(text, 'x.yml')).toThrow(ConfigError);
    }
  });
});
