import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { ConfigError, parseConfig } from '../src/engine/config.js';
import { GlobError, linearGlob } from '../src/engine/linear-glob.js';
import { gateFor, globSet } from '../src/action/require-plan.js';
import { expandPaths } from '../src/cli/paths.js';
import { ROOT } from './helpers.js';
import { HOSTILE_GLOB } from './support/hostile-glob.js';

// Globs come from the configuration, the action's inputs and the command line, and are matched
// against names a pull request chooses: they run on a linear-time engine, with picomatch's meaning.

describe('globs keep their meaning', () => {
  const pieces = ['a', 'b', '.', '/', '*', '**', '?', '{a,b}', '{.a,b}', '[ab]', '[!a]', '.md', '@(a|b)', '+(a|b)', '\\.', '{a,}', '{1..3}', './'];
  const segments = ['a', 'b', 'ab', 'a.b', 'b.md', 'x', '2', '.a', '.md'];
  const glob = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
  const repoPath = (hidden: boolean): fc.Arbitrary<string> =>
    fc.array(fc.constantFrom(...segments.filter((s) => hidden || !s.startsWith('.'))), { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

  test('as picomatch matches them, with dot files (the configuration and the action)', () => {
    fc.assert(
      fc.property(glob, repoPath(true), (g, p) => {
        expect(linearGlob(g, { dot: true })(p)).toBe(picomatch.isMatch(p, g, { dot: true }));
      }),
      { numRuns: 3000 }
    );
  });

  test('as picomatch matches them, without dot files (the command line), over names that are not hidden', () => {
    fc.assert(
      fc.property(glob, repoPath(false), (g, p) => {
        expect(linearGlob(g, { dot: false })(p)).toBe(picomatch.isMatch(p, g, { dot: false }));
      }),
      { numRuns: 3000 }
    );
  });

  test('on the command line a wildcard does not match a hidden name; a glob that names the dot does', () => {
    const m = (g: string, p: string): boolean => linearGlob(g, { dot: false })(p);
    // A leading ./ names the same files, as in picomatch; its dot is no hidden segment.
    expect([m('./a', 'a'), m('./docs/*.md', 'docs/plan.md'), m('./docs/*.md', 'docs/.plan.md')]).toEqual([true, true, false]);
    expect([m('docs/*.md', 'docs/.draft.md'), m('**/*.md', '.github/plan.md'), m('*.md', '.md'), m('docs/?draft.md', 'docs/.draft.md')]).toEqual([false, false, false, false]);
    expect([m('docs/.*.md', 'docs/.draft.md'), m('.github/**/*.md', '.github/a/plan.md'), m('{.github,docs}/*.md', '.github/plan.md'), m('docs/*.md', 'docs/a.b.md')]).toEqual([true, true, true, true]);
  });

  test('dot files, **, braces, ranges, ! excludes and literal brackets in logins, as the README shows them', () => {
    const docs = globSet(['docs/plans/**/*.md', '!docs/plans/archive/**']);
    expect(['docs/plans/a.md', 'docs/plans/x/y/.b.md', 'docs/plans/archive/old.md', 'docs/plans/a.txt', 'src/docs/plans/a.md'].map(docs)).toEqual([true, true, false, false, false]);
    expect(['.github/plancheck.yml', 'a/.github/x.yml'].map(globSet(['**/.github/*.yml']))).toEqual([true, true]);
    expect(['rfcs/1.md', 'rfcs/4.md', 'adr/b.markdown'].map(globSet(['rfcs/{1..3}.md', '{adr,kep}/*.{md,markdown}']))).toEqual([true, false, true]);
    const config = parseConfig('exempt-authors: ["dependabot[bot]", "release-*"]\n', 'c.yml');
    const author = (login: string): string => gateFor(config, { labels: [], body: '', author: login }).kind;
    expect(['dependabot[bot]', 'Dependabot[Bot]', 'dependabotb', 'release-bot', 'octocat'].map(author)).toEqual(['exempt-author', 'exempt-author', 'check', 'exempt-author', 'check']);
  });
});

describe('no glob can stall a run', () => {
  test(`${HOSTILE_GLOB} (configuration routes, exempt, require.when-changed, exempt-authors, a command-line glob) against a 100,000-character name gives its answer`, () => {
    // In a child process so that a matcher that backtracks fails this test instead of hanging the
    // suite; the limit is only that guard, far above what the answers take.
    const script = path.join(ROOT, '__tests__/support/hostile-globs.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      exempt: false,
      template: null,
      whenChanged: 1,
      exemptAuthor: 'check',
      commandLine: `docs/${HOSTILE_GLOB}.md: no files match`
    });
  }, 400_000);

  test('the same glob still matches what it means', () => {
    const m = linearGlob(HOSTILE_GLOB, { dot: true });
    expect([m('a'.repeat(99_999) + 'b'), m('a'.repeat(20) + 'b'), m('a'.repeat(19) + 'b')]).toEqual([true, true, false]);
  });
});

describe('a glob that cannot run in linear time is refused, named where it was written', () => {
  test('in the configuration: the file, line and key', () => {
    expect(() => parseConfig('paths: ["docs/**/*.md"]\nexempt: ["docs/!(keep)/**"]\n', '.github/plancheck.yml')).toThrow(
      new ConfigError("invalid glob 'docs/!(keep)/**': a negated extglob !(…) cannot run in linear time; exclude with a leading ! instead", '.github/plancheck.yml', 2, 'exempt')
    );
    expect(() => parseConfig('exempt-authors: ["!(octocat)"]\n', 'c.yml')).toThrow('c.yml:1: exempt-authors: invalid glob');
    expect(() => parseConfig('require:\n  when-changed: ["src/**", "!(x)"]\n', 'c.yml')).toThrow('c.yml:2: require.when-changed: invalid glob');
  });

  test('on the command line: the argument', async () => {
    await expect(expandPaths(['docs/!(old).md'], ROOT)).rejects.toThrow("docs/!(old).md: invalid glob 'docs/!(old).md': a negated extglob");
  });

  test('a glob is an error, not a pass, in the matcher itself', () => {
    expect(() => linearGlob('!(a)')).toThrow(GlobError);
  });
});
