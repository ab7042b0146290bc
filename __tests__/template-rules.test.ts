import { checkDocument } from '../src/engine/check.js';
import { buildTemplate } from '../src/engine/template.js';
import type { Finding } from '../src/engine/types.js';

const TEMPLATE = buildTemplate(
  [
    '# ADR {NUMBER}: {TITLE}',
    '## Context',
    '> Say what the problem is and why it matters now, for a reader new to it.',
    '## Decision',
    '{Describe the decision.}',
    '## Consequences',
    '> All the consequences, not just the positive ones, after applying the decision.',
    '### Positive',
    '### Negative',
    '## Rollout',
    '> This section must be completed when targeting beta to a release.',
    '### How is it enabled?',
    '> Describe the switch an operator uses to turn the feature on and off again.',
    '### How is it rolled back?',
    '> Describe how an operator returns to the previous behaviour safely.',
    '## Unresolved questions',
    '> The questions still open, to settle before the decision is final.'
  ].join('\n\n'),
  'adr.md'
);
const check = (doc: string, requireReason?: string[]) => checkDocument(TEMPLATE, doc, 'adr-9.md', { requireReason });
const of = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.severity} ${f.section.join(' > ')}${f.data?.demoted ? ` (${f.data.demoted.cause})` : ''}`);
const doc = (parts: Record<string, string>) =>
  [
    '# ADR 9: Caching',
    '## Context',
    parts.context ?? 'Reads are slow.',
    '## Decision',
    parts.decision ?? 'We cache reads for a minute.',
    '## Consequences',
    parts.consequences ?? '',
    '### Positive',
    parts.positive ?? 'Faster reads.',
    '### Negative',
    parts.negative ?? 'Stale reads for up to a minute.',
    ...(parts.rollout === undefined ? [] : ['## Rollout', parts.rollout]),
    '## Unresolved questions',
    parts.unresolved ?? 'None.'
  ].join('\n\n');

describe('bare answers', () => {
  test('"None." is a warning asking for a reason, not an error', () => {
    const r = check(doc({}));
    expect(of(r.findings, 'empty-section')).toEqual(['warning Unresolved questions (bare-answer)']);
    expect(r.passed).toBe(true);
  });
  test('an error where the configuration requires a reason', () => {
    expect(of(check(doc({}), ['Unresolved questions']).findings, 'empty-section')).toEqual(['error Unresolved questions']);
  });
});

describe('parents and their subsections', () => {
  test('a parent answered by its subsections is not empty', () => {
    expect(of(check(doc({ unresolved: 'Whether a minute is right.' })).findings, 'empty-section')).toEqual([]);
  });
  test('a parent with nothing written and empty subsections still is', () => {
    expect(of(check(doc({ positive: '', negative: '', unresolved: 'Whether a minute is right.' })).findings, 'empty-section')).toEqual([
      'error Consequences',
      'error Consequences > Positive',
      'error Consequences > Negative'
    ]);
  });
  test('subsections written a level too high, right after their empty parent and named by its word: the parent is not empty', () => {
    const RISKS = buildTemplate('# T\n\n## Proposal\n\nSay it.\n\n### Risks and Mitigations\n\nSay them.\n\n## Design\n\nSay it.\n', 't.md');
    const r = checkDocument(RISKS, '# Mine\n\n## Proposal\n\np\n\n### Risks and Mitigations\n\n### Risk: version skew\n\nServers report skew as a metric.\n\n### Risk: test cost\n\nOne more job per branch.\n\n## Design\n\nd\n', 'd.md');
    expect(of(r.findings, 'empty-section')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'heading-level').map((f) => `${f.line} ${f.message}`)).toEqual([
      "9 'Risk: version skew' reads as a subsection of 'Risks and Mitigations' but is a level 3 heading, as 'Risks and Mitigations' is",
      "13 'Risk: test cost' reads as a subsection of 'Risks and Mitigations' but is a level 3 heading, as 'Risks and Mitigations' is"
    ]);
    // A heading after it that names something else, or ones with nothing under them: still empty.
    expect(of(checkDocument(RISKS, '# Mine\n\n## Proposal\n\np\n\n### Risks and Mitigations\n\n### Version skew\n\nServers report skew.\n\n## Design\n\nd\n', 'd.md').findings, 'empty-section')).toEqual(['error Proposal > Risks and Mitigations']);
    expect(of(checkDocument(RISKS, '# Mine\n\n## Proposal\n\np\n\n### Risks and Mitigations\n\n### Risk: version skew\n\n## Design\n\nd\n', 'd.md').findings, 'empty-section')).toEqual(['error Proposal > Risks and Mitigations']);
  });
  test('subsections present without their parent heading: the parent is not missing', () => {
    const text = doc({ unresolved: 'Whether a minute is right.' }).replace('## Consequences\n\n', '');
    expect(of(check(text).findings, 'missing-section')).toEqual([]);
  });
  test('a parent that answers its subsections together: they are not missing', () => {
    const text = doc({ consequences: 'Faster reads, and reads up to a minute stale; nothing else changes.', unresolved: 'Whether a minute is right.' })
      .replace('### Positive\n\nFaster reads.\n\n', '')
      .replace('### Negative\n\nStale reads for up to a minute.\n\n', '');
    expect(of(check(text).findings, 'missing-section')).toEqual([]);
  });
});

describe('conditional sections', () => {
  const rollout = (enabled: string, rolledBack: string) => `Left for beta.\n\n### How is it enabled?\n\n${enabled}\n\n### How is it rolled back?\n\n${rolledBack}`;
  test('left empty while the condition does not hold: warnings', () => {
    expect(of(check(doc({ unresolved: 'Whether a minute is right.', rollout: rollout('', '') })).findings, 'empty-section')).toEqual([
      'warning Rollout > How is it enabled? (optional)',
      'warning Rollout > How is it rolled back? (optional)'
    ]);
  });
  test('begun by the author: the rest of it is demanded', () => {
    expect(of(check(doc({ unresolved: 'Whether a minute is right.', rollout: rollout('A flag, cache.enabled.', '') })).findings, 'empty-section')).toEqual(['error Rollout > How is it rolled back?']);
  });
});

describe('conditions that name stages', () => {
  const STAGED = buildTemplate(
    [
      '# KEP-NNNN: Title',
      '## Summary',
      '> One paragraph that says what the proposal changes and for whom.',
      '## Test Plan',
      '> Describe the tests that show the feature works before it ships.',
      '### Prerequisite testing updates',
      '> Based on reviewers feedback describe what additional tests need to be added prior implementing this enhancement.',
      '### Unit tests',
      '> Name the packages you will touch and their current unit test coverage.',
      '## Enablement',
      '> This section must be completed when targeting alpha to a release.',
      '### How is it enabled?',
      '> Describe the switch an operator uses to turn the feature on and off again.',
      '### Are there tests for enabling it?',
      '> Name the tests that turn the feature on and off and check the behaviour.',
      '## Monitoring',
      '> This section must be completed when targeting beta to a release.',
      '### How can an operator tell it is in use?',
      '> Describe the metric or condition an operator reads to tell the feature is in use.',
      '### What are the SLOs?',
      '> Give the service level objectives that tell the feature is healthy.'
    ].join('\n\n'),
    'kep.md'
  );
  const kep = (parts: Record<string, string | undefined>, front = '') =>
    [
      ...(front ? [`---\n${front}\n---`] : []),
      '# KEP-12: Pod checkpoints',
      '## Summary',
      parts.summary ?? 'Pods can be checkpointed and restored.',
      '## Test Plan',
      '### Prerequisite testing updates',
      parts.prerequisite ?? '',
      '### Unit tests',
      'pkg/kubelet: 80%.',
      '## Enablement',
      '### How is it enabled?',
      parts.enabled ?? 'The PodCheckpoint feature gate.',
      '### Are there tests for enabling it?',
      parts.tests ?? 'Yes, TestCheckpointGate.',
      '## Monitoring',
      '### How can an operator tell it is in use?',
      parts.inUse ?? 'The checkpoint_total metric.',
      ...(parts.slo === undefined ? [] : ['### What are the SLOs?', parts.slo])
    ].join('\n\n');
  const errors = (doc: string) => checkDocument(STAGED, doc, 'kep-12.md').findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.section.join(' > ')}`);

  test('the template reads each condition\'s stage, in the order it names them', () => {
    expect(STAGED.stages).toEqual(['alpha', 'beta']);
    expect(STAGED.sections.find((t) => t.title === 'Monitoring')?.requirement).toMatchObject({ conditional: true, stage: 'beta' });
    expect(STAGED.sections.find((t) => t.title === 'Prerequisite testing updates')?.requirement).toMatchObject({ conditional: true, line: 13 });
  });
  test('a later stage\'s question kept empty is a warning that says when it is due', () => {
    const r = checkDocument(STAGED, kep({ slo: '' }), 'kep-12.md');
    expect(of(r.findings, 'empty-section')).toEqual(['warning Test Plan > Prerequisite testing updates (optional)', 'warning Monitoring > What are the SLOs? (later-stage)']);
    expect(r.findings.find((f) => f.data?.demoted?.cause === 'later-stage')?.fix).toContain('before the document reaches beta');
    expect(r.passed).toBe(true);
  });
  test('the first stage\'s question left empty in a group the author began still blocks', () => {
    expect(errors(kep({ slo: 'p99 under a second.', tests: '' }))).toEqual(['empty-section Enablement > Are there tests for enabling it?']);
  });
  test('a later stage\'s question dropped from a group the author answers still blocks', () => {
    expect(errors(kep({}))).toEqual(['missing-section Monitoring > What are the SLOs?']);
  });
  test('a document whose front matter says it is at the later stage is held to it', () => {
    expect(errors(kep({ slo: '' }, 'stage: beta'))).toEqual(['empty-section Monitoring > What are the SLOs?']);
  });
  test('a required section left empty still blocks', () => {
    expect(errors(kep({ summary: '', slo: 'p99 under a second.' }))).toEqual(['empty-section Summary']);
  });
});

describe('placeholders in the template\'s syntaxes', () => {
  test('a {curly} placeholder of the template left in the document blocks; other braces do not', () => {
    const r = check(doc({ decision: '{Describe the decision.}', context: 'See {citationkey} and `{code}`.', unresolved: 'Whether a minute is right.' }));
    // Left whole, it is the template's text: one blocking finding for it, none for the other braces.
    const blocking = r.findings.filter((f) => f.severity === 'error' && (f.rule === 'placeholder' || f.rule === 'template-text'));
    expect(blocking.map((f) => f.excerpt)).toEqual([expect.stringContaining('Describe the decision.')]);
    expect(r.findings.some((f) => (f.excerpt ?? '').includes('citationkey') || (f.excerpt ?? '').includes('{code}'))).toBe(false);
    const partial = check(doc({ decision: 'We cache reads. {Describe the decision.}', unresolved: 'Whether a minute is right.' }));
    expect(partial.findings.filter((f) => f.rule === 'placeholder').map((f) => `${f.severity} ${f.excerpt}`)).toEqual(['error {Describe the decision.}']);
  });
});

describe('markers', () => {
  const markers = (context: string) => check(doc({ context, unresolved: 'Whether a minute is right.' })).findings.filter((f) => f.rule === 'placeholder').map((f) => f.severity);
  test.each([
    ['TBD', 'error'],
    ['- TODO: measure the hit rate', 'error'],
    ['TODO(ana) measure the hit rate', 'error'],
    ['Owner: TBD', 'error'],
    ['| Service | Name |\n| --- | --- |\n| Meta | TBD |', 'error'],
    ['[TBD]', 'error'],
    ['Reads are slow; a cache is high on the TODO list.', 'warning'],
    ['We keep the last entries (exact number TBD) in memory.', 'warning'],
    ['> _TODO: measure the hit rate_', 'error'],
    ['Reads take 40 ms. TODO: measure the hit rate', 'error'],
    ['Reads take 40 ms TODO: measure', 'warning'],
    ['[Benchmarks](https://example.com/bench) TODO: inline', 'warning']
  ])('%j: %s', (text, severity) => {
    expect(markers(text)).toEqual([severity]);
  });
});

describe('link definitions', () => {
  test('references written as link definitions count; an in-page anchor does not', () => {
    const refs = check(doc({ unresolved: '[adr-1]: https://example.com/adr-1\n[rfc]: ./rfc.md' }));
    expect(of(refs.findings, 'empty-section')).toEqual([]);
    const anchor = check(doc({ unresolved: '[unresolved-questions]: #unresolved-questions' }));
    expect(of(anchor.findings, 'empty-section')).toEqual(['error Unresolved questions']);
  });
});
