import { COMPLETE, HALF } from './helpers.js';
import { FakeGitHub } from './support/fake-github.js';
import { runDist, webhook, type DistRun } from './support/run-dist.js';

// A plan demanded when code changes: dist/index.js against the loopback GitHub, with the
// requirement, skip labels and exempt authors read from the base branch's configuration.

interface PullPayload {
  action: string;
  number: number;
  label?: { name: string };
  sender: { login: string };
  pull_request: { head: { sha: string; ref: string }; base: { sha: string }; changed_files: number; body: string | null; title: string; user: { login: string }; labels: Array<{ name: string }> };
  repository: { name: string; owner: { login: string } };
}

const recorded = webhook('pull_request') as unknown as PullPayload;
const HEAD = recorded.pull_request.head.sha;
const BASE = recorded.pull_request.base.sha;
const CONFIG = ['paths: ["docs/plans/**/*.md"]', 'require:', '  when-changed: ["src/**", "!src/**/*.test.ts"]', 'skip-labels: [no-plan-needed]', 'exempt-authors: ["dependabot[bot]"]', 'message: "How we plan: https://wiki.example/planning"', ''].join('\n');
const CODE = [
  { filename: 'src/cart.ts', status: 'modified' },
  { filename: 'src/cart.test.ts', status: 'modified' }
];

let gh: FakeGitHub;

beforeEach(async () => {
  gh = new FakeGitHub(recorded.repository.owner.login, recorded.repository.name);
  await gh.start();
  gh.setFiles(BASE, { '.github/plancheck.yml': CONFIG, 'docs/plans/done.md': COMPLETE });
  gh.setFiles(HEAD, { '.github/plancheck.yml': CONFIG, 'src/cart.ts': 'export {};\n', 'docs/plans/done.md': COMPLETE, 'docs/plans/half.md': HALF });
  gh.repo.pullFiles = [...CODE];
});

afterEach(async () => {
  await gh.stop();
  expect(gh.violations).toEqual([]);
});

function payload(over: { action?: string; body?: string; labels?: string[]; author?: string; label?: string; sender?: string } = {}): PullPayload {
  const p = structuredClone(recorded);
  p.action = over.action ?? 'opened';
  p.pull_request.changed_files = gh.repo.pullFiles.length;
  p.pull_request.body = over.body ?? null;
  p.pull_request.title = 'Add a shopping cart';
  p.pull_request.head.ref = 'feature/shopping-cart';
  p.pull_request.user.login = over.author ?? 'octocat';
  p.pull_request.labels = (over.labels ?? []).map((name) => ({ name }));
  if (over.label) p.label = { name: over.label };
  p.sender = { ...p.sender, login: over.sender ?? 'octocat' };
  return p;
}

const run = (p: PullPayload, inputs: Record<string, string> = {}): Promise<DistRun> => runDist(gh, { event: 'pull_request', payload: p, sha: HEAD, inputs });
const comments = (marker = '<!-- plancheck:report -->'): string[] => gh.repo.comments.filter((c) => c.body.split('\n')[0] === marker).map((c) => c.body);
const failure = (r: DistRun): string | undefined => r.commands.find((c) => c.command === 'error' && !c.properties.file)?.message;

test('a pull request that changes code and brings no plan fails, saying what changed and how to start one', async () => {
  const r = await run(payload());
  expect(r.code).toBe(1);
  const [body] = comments();
  expect(body).toContain('A plan is required');
  expect(body).toContain('`src/cart.ts`');
  // The excluded test file is not what made the plan necessary.
  expect(body).not.toContain('`src/cart.test.ts`');
  expect(body).toContain('npx plancheck init docs/plans/shopping-cart.md');
  expect(body).toContain('How we plan: https://wiki.example/planning');
  expect(failure(r)).toMatch(/plan is required/);
  expect(r.outputs.passed).toBe('false');
});

test('the same pull request with a new complete plan passes', async () => {
  gh.setFiles(HEAD, { 'src/cart.ts': 'export {};\n', 'docs/plans/shopping-cart.md': COMPLETE });
  gh.repo.pullFiles = [...CODE, { filename: 'docs/plans/shopping-cart.md', status: 'added' }];
  const r = await run(payload());
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ passed: 'true', documents: '1' });
});

test('a complete plan referenced from the description passes, read at the head commit', async () => {
  const r = await run(payload({ body: 'Adds the cart.\n\nPlan: docs/plans/done.md\n' }));
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ passed: 'true', documents: '1' });
  expect(gh.requests.some((q) => q.path.endsWith('/contents/docs/plans/done.md') && q.query.get('ref') === HEAD)).toBe(true);
});

test('an incomplete plan referenced by a link fails on that plan', async () => {
  const r = await run(payload({ body: 'See [the plan](https://github.example/Codertocat/Hello-World/blob/main/docs/plans/half.md).' }));
  expect(r.code).toBe(1);
  const report = JSON.parse(r.outputs.report) as { documents: Array<{ path: string; passed: boolean }> };
  expect(report.documents.map((d) => [d.path, d.passed])).toEqual([['docs/plans/half.md', false]]);
  expect(comments()[0]).toContain('[Goal 3]');
  expect(comments()[0]).not.toContain('A plan is required');
});

test('a reference to a file that does not exist fails, naming it', async () => {
  const r = await run(payload({ body: 'Plan: docs/plans/nope.md' }));
  expect(r.code).toBe(1);
  const [body] = comments();
  expect(body).toContain('docs/plans/nope.md');
  expect(body).toMatch(/does not exist at the head commit/);
});

test('a skip label passes and says which label and who applied it; removing it fails again', async () => {
  const skipped = await run(payload({ action: 'labeled', labels: ['no-plan-needed'], label: 'no-plan-needed', sender: 'maintainer' }));
  expect(skipped.code).toBe(0);
  expect(skipped.outputs.passed).toBe('true');
  const body = comments()[0];
  expect(body).toContain('`no-plan-needed`');
  expect(body).toMatch(/applied by .*maintainer/);
  // The login is shown without notifying anyone.
  expect(body).not.toMatch(/(^|[^`])@maintainer\b/);
  const again = await run(payload({ action: 'unlabeled', labels: [], label: 'no-plan-needed', sender: 'maintainer' }));
  expect(again.code).toBe(1);
  expect(comments()).toHaveLength(1);
  expect(comments()[0]).toContain('A plan is required');
});

test('an exempt bot author passes', async () => {
  const r = await run(payload({ author: 'dependabot[bot]' }));
  expect(r.code).toBe(0);
  expect(r.outputs.passed).toBe('true');
  expect(r.commands.some((c) => c.command === 'notice' && c.message.includes('dependabot[bot]') && c.message.includes('exempt'))).toBe(true);
});

test('two instances keep two comments', async () => {
  gh.setFiles(BASE, { '.github/plancheck.yml': CONFIG, '.github/adr.yml': 'paths: ["docs/adr/**/*.md"]\nrequire:\n  when-changed: ["src/**"]\n' });
  await run(payload(), { id: 'plans' });
  await run(payload(), { id: 'adrs', config: '.github/adr.yml' });
  await run(payload(), { id: 'plans' });
  expect(comments('<!-- plancheck:report:plans -->')).toHaveLength(1);
  expect(comments('<!-- plancheck:report:adrs -->')).toHaveLength(1);
  expect(gh.repo.comments).toHaveLength(2);
});

test('a requirement loosened by the pull request itself applies only after merge', async () => {
  gh.setFiles(HEAD, { '.github/plancheck.yml': 'paths: ["docs/plans/**/*.md"]\n', 'src/cart.ts': 'export {};\n' });
  gh.repo.pullFiles = [...CODE, { filename: '.github/plancheck.yml', status: 'modified' }];
  const r = await run(payload());
  expect(r.code).toBe(1);
  expect(comments()[0]).toContain('A plan is required');
  expect(comments()[0]).toContain('the change takes effect after merge');
});
