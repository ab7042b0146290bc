import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
const validator = require('@action-validator/core') as {
  validateAction: (src: string) => { errors: unknown[] };
  validateWorkflow: (src: string) => { errors: unknown[] };
};

const actionYml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('action.yml', () => {
  test('runs on node24 from the committed bundle', () => {
    const action = parse(actionYml) as { runs: { using: string; main: string } };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  test('loads the Markdown parser only for a change with planning documents', () => {
    // Most pull requests have no plan: the parser (its token names, such as "listItemPrefix")
    // lives in a chunk beside the bundle, loaded when a document is checked, not in the bundle
    // every run loads first.
    const dist = path.join(ROOT, 'dist');
    const chunks = readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f));
    const holdsParser = (f: string): boolean => readFileSync(path.join(dist, f), 'utf8').includes('"listItemPrefix"');
    expect(holdsParser('index.js')).toBe(false);
    expect(chunks.filter(holdsParser)).toHaveLength(1);
  });
  test('is valid for the schema validator', () => {
    // The validator's schema predates node24 (it knows up to node20); the runtime is asserted above.
    const state = validator.validateAction(actionYml.replace('using: node24', 'using: node20'));
    expect(state.errors).toEqual([]);
  });
  test('declares the inputs and outputs users depend on', () => {
    const action = parse(actionYml) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };
    expect(Object.keys(action.inputs)).toEqual(['github-token', 'paths', 'template', 'config', 'comment', 'fail-on', 'id', 'github-timeout']);
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
    expect(Object.keys(action.outputs)).toEqual(['passed', 'documents', 'errors', 'warnings', 'report', 'comment-url']);
  });
  test('the example .env for running it locally sets every input', () => {
    // `npm run local-action` reads .env, copied from .env.example: an input missing there is one a developer cannot try.
    const action = parse(actionYml) as { inputs: Record<string, unknown> };
    const example = readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    const set = [...example.matchAll(/^INPUT_([A-Z0-9-]+)=/gm)].map((m) => m[1].toLowerCase());
    expect(set).toEqual(Object.keys(action.inputs));
  });
  test('every input is documented in the README', () => {
    const action = parse(actionYml) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme).toContain(`\`${name}\``);
  });
});

describe('the README\'s workflow examples', () => {
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => /^on:/m.test(b));
  test('there are some', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });
  test.each(blocks.map((b, i) => [i, b]))('example %i is a valid workflow that uses the action', (_i, block) => {
    expect(validator.validateWorkflow(block as string).errors).toEqual([]);
    const wf = parse(block as string) as { on: Record<string, Record<string, unknown> | null>; permissions: Record<string, string>; jobs: Record<string, { steps: Array<{ uses?: string }> }> };
    expect(wf.permissions).toMatchObject({ contents: 'read', 'pull-requests': 'write' });
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => s.uses?.startsWith('plancheck/plancheck@'))).toBe(true);
    // A `paths:` filter on a trigger would leave a required check waiting for ever.
    for (const trigger of Object.values(wf.on)) expect(trigger?.paths ?? trigger?.['paths-ignore']).toBeUndefined();
  });
});

describe("the repository's own workflows", () => {
  const dir = path.join(ROOT, '.github/workflows');
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  test.each(files)('%s is a valid workflow', (file) => {
    expect(validator.validateWorkflow(readFileSync(path.join(dir, file), 'utf8')).errors).toEqual([]);
  });
  test('CI runs the tests, checks dist/ and runs the action from this checkout on its example plans', () => {
    const ci = parse(readFileSync(path.join(dir, 'ci.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }> }> };
    const steps = Object.values(ci.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => s.run === 'npm test')).toBe(true);
    expect(steps.some((s) => s.run === 'npm run check-dist')).toBe(true);
    const own = steps.filter((s) => s.uses === './');
    expect(own.map((s) => s.with?.paths).sort()).toEqual(['examples/complete-plan.md', 'examples/half-filled-plan.md']);
  });
});
