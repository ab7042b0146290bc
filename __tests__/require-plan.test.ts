import { ConfigError, parseConfig } from '../src/engine/config.js';
import { filesNeedingPlan, gateFor, globSet, MAX_REFERENCED_PLANS, referencedPlans, suggestPlanPath, type PullRequestFacts } from '../src/action/require-plan.js';

const config = parseConfig(
  [
    'paths: ["docs/plans/**/*.md"]',
    'require:',
    '  when-changed: ["src/**", "!src/**/*.test.ts"]',
    'skip-labels: [no-plan-needed]',
    'exempt-authors: ["dependabot[bot]", "renovate[bot]"]',
    'message: "Plans follow https://example.com/planning-guide"',
    ''
  ].join('\n'),
  '.github/plancheck.yml'
);
const pr = (over: Partial<PullRequestFacts> = {}): PullRequestFacts => ({ labels: [], body: '', author: 'octocat', ...over });
const repo = { serverUrl: 'https://github.com', owner: 'acme', repo: 'shop' };
const isPlan = globSet(['docs/plans/**/*.md']);

describe('the configuration of a required plan', () => {
  test('reads require, skip-labels, exempt-authors and message', () => {
    expect(config.require).toEqual({ whenChanged: ['src/**', '!src/**/*.test.ts'] });
    expect(config.skipLabels).toEqual(['no-plan-needed']);
    expect(config.exemptAuthors).toEqual(['dependabot[bot]', 'renovate[bot]']);
    expect(config.message).toBe('Plans follow https://example.com/planning-guide');
  });

  test('refuses a requirement of exclusions only, and unknown keys, naming the line and key', () => {
    expect(() => parseConfig('require:\n  when-changed: ["!docs/**"]\n', 'c.yml')).toThrow(new ConfigError('needs at least one glob that is not an exclusion (!)', 'c.yml', 2, 'require.when-changed'));
    expect(() => parseConfig('require:\n  when: ["src/**"]\n', 'c.yml')).toThrow('c.yml:2: require.when: unknown key (expected when-changed)');
    expect(() => parseConfig('require: src/**\n', 'c.yml')).toThrow('c.yml:1: require: expected { when-changed }');
  });
});

describe('which changes need a plan', () => {
  test('code changes do, excluded tests and other files do not', () => {
    expect(filesNeedingPlan(config, ['src/cart.ts', 'src/cart.test.ts', 'README.md', 'docs/plans/x.md'])).toEqual(['src/cart.ts']);
    expect(filesNeedingPlan(config, ['src/cart.test.ts', 'README.md'])).toEqual([]);
  });

  test('without a requirement nothing does', () => {
    expect(filesNeedingPlan(parseConfig('paths: ["docs/**"]\n', 'c.yml'), ['src/cart.ts'])).toEqual([]);
  });
});

describe('escape hatches', () => {
  test('a skip label lets the pull request through and names the label and, on a labeled event, who applied it', () => {
    expect(gateFor(config, pr({ labels: ['bug', 'No-Plan-Needed'] }))).toEqual({ kind: 'skip-label', label: 'No-Plan-Needed' });
    expect(gateFor(config, pr({ labels: ['no-plan-needed'], labeled: { label: 'no-plan-needed', by: 'maintainer' } }))).toEqual({ kind: 'skip-label', label: 'no-plan-needed', by: 'maintainer' });
    expect(gateFor(config, pr({ labels: ['bug'] }))).toEqual({ kind: 'check' });
  });

  test('exempt authors match by login glob with brackets taken literally', () => {
    expect(gateFor(config, pr({ author: 'dependabot[bot]' }))).toEqual({ kind: 'exempt-author', author: 'dependabot[bot]' });
    expect(gateFor(config, pr({ author: 'renovate[bot]' }))).toEqual({ kind: 'exempt-author', author: 'renovate[bot]' });
    // As a character class, [bot] would have matched these.
    expect(gateFor(config, pr({ author: 'dependabotb' }))).toEqual({ kind: 'check' });
    expect(gateFor(config, pr({ author: 'dependabot' }))).toEqual({ kind: 'check' });
  });
});

describe('plans referenced from the description', () => {
  test('Plan: lines with a path, a Markdown link or a link to the repository', () => {
    const body = [
      'Implements the cart.',
      '',
      'Plan: docs/plans/cart.md',
      '- **Planning document:** [the design](https://github.com/acme/shop/blob/main/docs/plans/cart-v2.md#risks)',
      'plan: <./docs/plans/old/checkout.md>'
    ].join('\n');
    expect(referencedPlans(body, repo, isPlan)).toEqual(['docs/plans/cart.md', 'docs/plans/cart-v2.md', 'docs/plans/old/checkout.md']);
  });

  test('a bare link to a plan of this repository counts; links elsewhere and to code do not', () => {
    const body = 'See https://github.com/acme/shop/blob/feature/cart/docs/plans/cart.md and https://github.com/other/shop/blob/main/docs/plans/x.md and https://github.com/acme/shop/blob/main/src/cart.ts';
    expect(referencedPlans(body, repo, isPlan)).toEqual(['docs/plans/cart.md']);
  });

  test('paths that climb out of the repository are refused; the count is capped', () => {
    expect(referencedPlans('Plan: ../../etc/passwd', repo, isPlan)).toEqual([]);
    const many = Array.from({ length: 20 }, (_, i) => `Plan: docs/plans/p${i}.md`).join('\n');
    expect(referencedPlans(many, repo, isPlan)).toHaveLength(MAX_REFERENCED_PLANS);
  });

  test('prose that mentions a plan is not a reference', () => {
    expect(referencedPlans('We plan to ship this next week.\nThe plan is simple.', repo, isPlan)).toEqual([]);
  });
});

describe('where a new plan goes', () => {
  test('named after the branch, in the folder of the first planning glob', () => {
    expect(suggestPlanPath(['docs/plans/**/*.md'], pr({ headRef: 'feature/Saved Searches!' }))).toBe('docs/plans/saved-searches.md');
  });

  test('named after the title when the branch says nothing', () => {
    expect(suggestPlanPath(['plans/*.md'], pr({ headRef: 'patch-1', title: 'Add a shopping cart' }))).toBe('plans/add-a-shopping-cart.md');
    expect(suggestPlanPath([], pr({}))).toBe('docs/plans/plan.md');
  });
});
