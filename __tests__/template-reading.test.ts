import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument } from '../src/engine/check.js';
import { explainTemplate } from '../src/engine/explain.js';
import { parseMarkdown } from '../src/engine/parse-markdown.js';
import { buildOutline } from '../src/engine/outline.js';
import { matchSections } from '../src/engine/match.js';
import { buildTemplate, type TemplateModel, type TemplateSection } from '../src/engine/template.js';
import { lineOf, ROOT } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(ROOT, '__fixtures__/templates', name), 'utf8');
const WORDS = buildTemplate(fixture('words.md'), 'words.md');
const section = (model: TemplateModel, title: string): TemplateSection => {
  const s = model.sections.find((t) => t.title === title);
  if (!s) throw new Error(`no section ${title}`);
  return s;
};

describe('optional and conditional sections from the template\'s words', () => {
  test.each([
    ['Decision Drivers', 'comment', false, 14],
    ['Motivation', 'comment', false, 23],
    ['Test Cases', 'comment', true, 31],
    ['Rollout', 'comment', true, 38],
    ['Upgrade Strategy', 'sentence', true, 43],
    ['Appendix', 'directive', false, 61]
  ])('%s is optional (%s, conditional %s, line %i)', (title, source, conditional, line) => {
    const t = section(WORDS, title);
    expect(t.optional).toBe(true);
    expect(t.requirement).toMatchObject({ source, conditional, line });
  });

  test('a comment before a heading speaks for that heading, not for the section it ends', () => {
    expect(section(WORDS, 'Context').optional).toBe(false);
    expect(section(WORDS, 'Security Considerations').optional).toBe(false);
  });

  test('sections that only mention the word stay required', () => {
    const model = buildTemplate(fixture('mention.md'), 'mention.md');
    expect(model.sections.map((t) => t.optional)).toEqual([false, false, false]);
  });

  test('<!-- plancheck: required --> overrides a heading marker', () => {
    const model = buildTemplate('# T\n\n<!-- plancheck: required -->\n## Risks (Optional)\n\nList the risks and what you will do about each.\n', 't.md');
    expect(model.sections[0].optional).toBe(false);
    expect(model.sections[0].requirement).toMatchObject({ source: 'directive', required: true });
  });
});

describe('text to keep', () => {
  test('the template asks for it to stay, or marks it, or it is fixed text beside hidden guidance', () => {
    const kept = new Map(WORDS.keep.map((k) => [k.text, k.why]));
    expect(kept.get('The key words "MUST" and "MAY" are to be read as described in RFC 2119.')).toBe('sentence');
    expect(kept.get('This document follows the house style.')).toBe('directive');
    const hidden = buildTemplate(fixture('hidden.md'), 'hidden.md');
    expect(hidden.keep.map((k) => [k.text, k.why])).toEqual([['Copyright and related rights waived via CC0.', 'fixed']]);
    // Guidance beside a keep comment is still guidance.
    expect(WORDS.guidance.has('write anything else a reader needs here, in as many paragraphs as needed.')).toBe(true);
  });

  test('kept text left in a document is not template text', () => {
    const doc = [
      '# ADR 7: Caching',
      '## Context',
      'Reads are slow.',
      '## Specification',
      'The key words "MUST" and "MAY" are to be read as described in RFC 2119.',
      '',
      'Clients MUST cache.',
      '## Security Considerations',
      'None that we know of, because nothing is stored.',
      '## Appendix',
      'This document follows the house style.'
    ].join('\n\n');
    const r = checkDocument(WORDS, doc, 'adr-7.md');
    expect(r.findings.filter((f) => f.rule === 'template-text')).toEqual([]);
    const hidden = buildTemplate(fixture('hidden.md'), 'hidden.md');
    const erc = '# E\n\n## Abstract\n\nA.\n\n## Specification\n\nS.\n\n## Security Considerations\n\nNone known.\n\n## Copyright\n\nCopyright and related rights waived via CC0.\n';
    expect(checkDocument(hidden, erc, 'e.md').findings.filter((f) => f.rule === 'template-text')).toEqual([]);
  });
});

describe('placeholder syntaxes from the template', () => {
  test('curly and angle placeholders, with their syntax and line', () => {
    expect(WORDS.syntaxes).toEqual(new Set(['curly', 'angle']));
    expect(WORDS.placeholders.get('argument a')).toMatchObject({ text: '{argument a}', syntax: 'curly', line: 75 });
    expect(WORDS.placeholders.get('the title, a few words')).toMatchObject({ text: '<The title, a few words>', syntax: 'angle', line: 4 });
  });

  test('front matter fields: placeholders and what the template says may be left out', () => {
    const fields = new Map(WORDS.frontMatter.map((f) => [f.key, f]));
    expect(fields.get('title')?.placeholder?.syntax).toBe('angle');
    expect(fields.get('status')?.optional).toMatchObject({ conditional: false, line: 2 });
    expect(fields.get('category')?.optional).toMatchObject({ conditional: true, text: 'Only required for Standards Track.' });
  });
});

describe('matching headings', () => {
  const outline = (text: string) => buildOutline(parseMarkdown(text));

  test('a wildcard heading takes the author\'s headings in its place, repeated', () => {
    const doc = '# ADR 1: X\n\n## Context\n\nc\n\n## Pros and Cons of the Options\n\n### Redis\n\nfast\n\n### Memcached\n\nsimple\n\n### Files\n\nslow\n\n## Copyright\n\nx\n';
    const m = matchSections(WORDS, outline(doc));
    const pros = m.byHeading.map((b, i) => (b ? `${i}:${b.section.title}:${b.kind}` : '')).filter((s) => s.includes('option'));
    expect(pros).toEqual(['3:{title of option 1}:exact', '4:{title of other option}:exact', '5:{title of other option}:repeat']);
  });

  test('a heading that contains the template heading, or stands alone in its place, matches with a warning', () => {
    const template = buildTemplate('# T\n\n## Summary\n\nSay it.\n\n## Compatibility\n\nSay it.\n\n## Unresolved questions\n\nSay it.\n\n## Prior art\n\nSay it.\n', 't.md');
    const doc = '# Mine\n\n## Summary\n\ns\n\n## Effect on ABI compatibility\n\nc\n\n## Things we have not decided\n\nq\n\n## Prior art\n\np\n';
    const r = checkDocument(template, doc, 'd.md');
    expect(r.findings.filter((f) => f.rule === 'missing-section')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'heading-mismatch').map((f) => f.section[0])).toEqual(['Compatibility', 'Unresolved questions']);
  });

  test('a shared word in the same gap: Open questions for Unresolved questions', () => {
    const template = buildTemplate('# T\n\n## Summary\n\nSay it.\n\n## Unresolved questions\n\nSay it.\n', 't.md');
    const r = checkDocument(template, '# Mine\n\n## Summary\n\ns\n\n## Open questions\n\nq\n\n## Appendix\n\na\n', 'd.md');
    expect(r.findings.filter((f) => f.rule === 'missing-section')).toEqual([]);
    expect(r.findings.find((f) => f.rule === 'heading-mismatch')?.message).toMatch(/did you mean 'Unresolved questions'/);
  });

  test('two headings in the gap and no word in common: still missing', () => {
    const template = buildTemplate('# T\n\n## Summary\n\nSay it.\n\n## Drawbacks\n\nSay it.\n\n## Prior art\n\nSay it.\n', 't.md');
    const r = checkDocument(template, '# Mine\n\n## Summary\n\ns\n\n## Charter\n\nc\n\n## Members\n\nm\n\n## Prior art\n\np\n', 'd.md');
    expect(r.findings.filter((f) => f.rule === 'missing-section').map((f) => f.section[0])).toEqual(['Drawbacks']);
  });

  const RFC = buildTemplate('# T\n\n## Summary\n\nSay it.\n\n## Motivation\n\nSay why.\n\n## Guide-level explanation\n\nTeach it.\n\n## Reference-level explanation\n\nSpecify it.\n\n## Drawbacks\n\nWhy not?\n\n## Prior art\n\nSay it.\n', 't.md');
  const blocking = (r: ReturnType<typeof checkDocument>) => r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.section.join(' > ')}`);

  test('one heading in the place of two sections that share a word stands for both; a missing one is still missing', () => {
    const r = checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n## Proposal\n\nWe add a method.\n\n## Drawbacks\n\nd\n\n## FAQ\n\nf\n', 'd.md');
    expect(blocking(r)).toEqual(['missing-section Prior art']);
    const mismatch = r.findings.filter((f) => f.rule === 'heading-mismatch');
    expect(mismatch.map((f) => f.message)).toEqual(["heading 'Proposal' does not match the template; did you mean 'Guide-level explanation' and 'Reference-level explanation'?"]);
    expect(r.findings.filter((f) => f.rule === 'section-order')).toEqual([]);
  });

  test('a heading matched by its place is still checked: left empty, it blocks', () => {
    const r = checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n## Proposal\n\n## Drawbacks\n\nd\n\n## Prior art\n\np\n', 'd.md');
    expect(blocking(r)).toContain('empty-section Guide-level explanation');
    expect(blocking(r).filter((f) => f.startsWith('missing-section'))).toEqual([]);
  });

  test('as many headings as missing sections, one naming one of them: taken in order', () => {
    const r = checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n## Naked function definition\n\nn\n\n## Explanation\n\ne\n\n## Drawbacks\n\nd\n\n## Prior art\n\np\n', 'd.md');
    expect(blocking(r)).toEqual([]);
    expect(r.sections.filter((s) => s.heading).map((s) => `${s.section[0]}: ${s.heading}`)).toEqual(['Guide-level explanation: Naked function definition', 'Reference-level explanation: Explanation']);
  });

  test('as many headings as missing sections, none naming any: still missing', () => {
    const r = checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n## Guide-level explanation\n\ng\n\n## Reference-level explanation\n\nr\n\n## Frequently asked questions\n\nf\n\n## Why not hire someone?\n\nw\n', 'd.md');
    expect(blocking(r)).toEqual(['missing-section Drawbacks', 'missing-section Prior art']);
  });

  const ADR = buildTemplate('# ADR {N}: {TITLE}\n\n## Status\n\n> Say it.\n\n## Context\n\n> Say it.\n\n## Alternative Approaches\n\n> Say them.\n\n## Decision\n\n> Say it.\n\n## Consequences\n\n> Say them.\n', 'adr.md');

  test('a plural heading names the section (Alternatives for Alternative Approaches), also when a neighbour moved', () => {
    const r = checkDocument(ADR, '# ADR 5: X\n\n## Context\n\nc\n\n## Alternatives\n\na\n\n## Decision\n\nd\n\n## Status\n\nAccepted\n\n## Consequences\n\nq\n', 'd.md');
    expect(blocking(r)).toEqual([]);
    expect(r.findings.find((f) => f.rule === 'heading-mismatch')?.section).toEqual(['Alternative Approaches']);
  });

  test('no heading for the alternatives anywhere: still missing', () => {
    const r = checkDocument(ADR, '# ADR 5: X\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Status\n\nAccepted\n\n## Consequences\n\nq\n', 'd.md');
    expect(blocking(r)).toEqual(['missing-section Alternative Approaches']);
  });

  test('another word for the section (Proposal for Decision), anywhere at its level, matches with a warning', () => {
    // `Proposal` stands before `Alternatives`, though the template puts `Decision` after them.
    const r = checkDocument(ADR, '# ADR 7: X\n\n## Context\n\nc\n\n## Proposal\n\nWe adopt it.\n\n## Alternatives\n\na\n\n## Status\n\nAccepted\n\n## Consequences\n\nq\n', 'd.md');
    expect(blocking(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'heading-mismatch').map((f) => f.message)).toContain("heading 'Proposal' does not match the template; did you mean 'Decision'?");
    const rfc = checkDocument(RFC, '# Mine\n\n## Abstract\n\ns\n\n## Background\n\nm\n\n## Guide-level explanation\n\ng\n\n## Reference-level explanation\n\nr\n\n## Downsides\n\nd\n\n## Prior art\n\np\n', 'd.md');
    expect(blocking(rfc)).toEqual([]);
    expect(rfc.sections.filter((x) => x.heading).map((x) => `${x.section[0]}: ${x.heading}`)).toEqual(['Summary: Abstract', 'Motivation: Background', 'Drawbacks: Downsides']);
  });

  test('explain lists the other words that name a section', () => {
    const e = explainTemplate(ADR);
    const words = (title: string) => e.sections.find((x) => x.path[x.path.length - 1] === title)?.otherWords;
    expect(words('Decision')).toEqual(['proposal', 'proposed']);
    expect(words('Context')).toEqual(['motivation', 'background']);
    expect(words('Status')).toEqual([]);
  });

  test('another word for the section: a fragment that matches nothing else, two such headings, or a word for two missing sections still block', () => {
    // Nothing else of the template matched: `Proposal` is not taken for the decision.
    expect(blocking(checkDocument(ADR, '## Proposal\n\nWe could adopt it.\n\n### Details\n\nd\n', 'd.md'))).toContain('missing-section Decision');
    // Two candidates: neither is chosen.
    expect(blocking(checkDocument(ADR, '# ADR 7: X\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Proposal A\n\na\n\n## Proposal B\n\nb\n\n## Alternative Approaches\n\nx\n\n## Consequences\n\nq\n', 'd.md'))).toEqual(['missing-section Decision']);
    // `Background` could be the Motivation or the Context: neither is taken.
    const both = buildTemplate('# T\n\n## Summary\n\nSay it.\n\n## Motivation\n\nSay why.\n\n## Context\n\nSay where.\n\n## Design\n\nSay how.\n', 't.md');
    expect(blocking(checkDocument(both, '# Mine\n\n## Summary\n\ns\n\n## Background\n\nb\n\n## Design\n\nd\n', 'd.md'))).toEqual(['missing-section Motivation', 'missing-section Context']);
  });

  test('more words for a section: Detailed description or Specification for the reference-level explanation, History for prior art', () => {
    const r = checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n## Guide-level explanation\n\ng\n\n## Detailed description\n\nd\n\n## Drawbacks\n\nd\n\n## History\n\nEarlier attempts.\n', 'd.md');
    expect(blocking(r)).toEqual([]);
    expect(r.sections.filter((x) => x.heading).map((x) => `${x.section[0]}: ${x.heading}`)).toEqual(['Reference-level explanation: Detailed description', 'Prior art: History']);
    // The other explanation is not named by it: still missing.
    expect(blocking(checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Specification\n\nd\n\n## Drawbacks\n\nd\n\n## Prior art\n\np\n', 'd.md'))).toEqual(['missing-section Motivation', 'missing-section Guide-level explanation']);
    // A phrase is both words in order: `Related material` is not `Related work`.
    expect(blocking(checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n## Guide-level explanation\n\ng\n\n## Reference-level explanation\n\nr\n\n## Drawbacks\n\nd\n\n## Related material\n\nx\n', 'd.md'))).toEqual(['missing-section Prior art']);
    expect(explainTemplate(RFC).sections.find((x) => x.path[0] === 'Prior art')?.otherWords).toEqual(['history', 'related work']);
  });

  test('another word for the section one level deeper, nested in the section before it or in a heading of the author\'s own', () => {
    const r = checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n### Details of the project group\n\nThe group meets weekly.\n\n## Drawbacks\n\nd\n\n## Prior art\n\np\n', 'd.md');
    expect(blocking(r)).toEqual(['missing-section Guide-level explanation']);
    expect(r.findings.filter((f) => f.rule === 'heading-mismatch').map((f) => f.message)).toEqual(["heading 'Details of the project group' does not match the template; did you mean 'Reference-level explanation'?"]);
    // Nested in a section the template puts after it: not in its place, still missing.
    expect(blocking(checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n## Guide-level explanation\n\ng\n\n## Drawbacks\n\nd\n\n### Details\n\nx\n\n## Prior art\n\np\n', 'd.md'))).toEqual(['missing-section Reference-level explanation']);
    // Two levels deeper is not a level too low: still missing.
    expect(blocking(checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n### Goals\n\ng\n\n#### Details\n\nx\n\n## Drawbacks\n\nd\n\n## Prior art\n\np\n', 'd.md'))).toEqual(['missing-section Guide-level explanation', 'missing-section Reference-level explanation']);
  });

  test('a section the template leaves without a fixed format is answered by the author\'s own heading in its place', () => {
    const template = buildTemplate('# RFC {N}: {TITLE}\n\n## Abstract\n\n> Say it.\n\n## Background\n\n> Say it.\n\n## Discussion\n\n> This section contains the core of the discussion.\n>\n> There is no fixed format for this section.\n', 'rfc.md');
    expect(explainTemplate(template).sections.find((x) => x.path[0] === 'Discussion')?.freeForm?.text).toBe('There is no fixed format for this section.');
    expect(explainTemplate(template).sections.find((x) => x.path[0] === 'Background')?.freeForm).toBeUndefined();
    const r = checkDocument(template, '# RFC 9: X\n\n## Abstract\n\na\n\n## Background\n\nb\n\n## Problem Statement\n\np\n\n## Decision\n\nd\n', 'd.md');
    expect(blocking(r)).toEqual([]);
    expect(r.findings.find((f) => f.rule === 'heading-mismatch')?.message).toMatch(/'Problem Statement'.*did you mean 'Discussion'/);
    // Nothing after the section before it: still missing. A section with a format of its own is not taken.
    expect(blocking(checkDocument(template, '# RFC 9: X\n\n## Abstract\n\na\n\n## Background\n\nb\n', 'd.md'))).toEqual(['missing-section Discussion']);
    expect(blocking(checkDocument(template, '# RFC 9: X\n\n## Abstract\n\na\n\n## Problem Statement\n\np\n\n## Extra\n\nx\n\n## Discussion\n\nd\n', 'd.md'))).toEqual(['missing-section Background']);
  });

  test('the heading right after a matched section stands for the run of missing sections after it that share a word', () => {
    const r = checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n## Charter\n\nThe group will design the feature.\n\n## Membership\n\nm\n', 'd.md');
    expect(blocking(r)).toEqual(['missing-section Drawbacks', 'missing-section Prior art']);
    expect(r.findings.filter((f) => f.rule === 'heading-mismatch').map((f) => f.message)).toEqual(["heading 'Charter' does not match the template; did you mean 'Guide-level explanation' and 'Reference-level explanation'?"]);
    // The section before them missing too: nothing stands in their place.
    expect(blocking(checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Charter\n\nc\n\n## Drawbacks\n\nd\n\n## Prior art\n\np\n', 'd.md'))).toEqual(['missing-section Motivation', 'missing-section Guide-level explanation', 'missing-section Reference-level explanation']);
    // Questions that only share a word are not kinds of one thing: not a run.
    const questions = buildTemplate('# T\n\n## Planning\n\n### How can a rollout fail?\n\nSay it.\n\n### What metrics should inform a rollback?\n\nSay it.\n\n### Was the rollback tested?\n\nSay it.\n', 't.md');
    expect(blocking(checkDocument(questions, '# Mine\n\n## Planning\n\n### How can a rollout fail?\n\nf\n\n### Who is on call?\n\nm\n', 'd.md'))).toEqual(['missing-section Planning > What metrics should inform a rollback?', 'missing-section Planning > Was the rollback tested?']);
    // A single missing section after a matched one is not taken by whatever heading follows.
    expect(blocking(checkDocument(RFC, '# Mine\n\n## Summary\n\ns\n\n## Motivation\n\nm\n\n## Guide-level explanation\n\ng\n\n## Reference-level explanation\n\nr\n\n## FAQ\n\nf\n', 'd.md'))).toEqual(['missing-section Drawbacks', 'missing-section Prior art']);
  });

  test('untitled prose under the title, before the first section, answers the missing section the template puts there', () => {
    const r = checkDocument(RFC, '# Mine\n\nThis document is a follow-up to the earlier design and proposes another way.\n\n## Motivation\n\nm\n\n## Proposal\n\np\n\n## Drawbacks\n\nd\n\n## Prior art\n\np\n', 'd.md');
    expect(blocking(r)).toEqual([]);
    const w = r.findings.find((f) => f.rule === 'heading-mismatch' && f.section[0] === 'Summary');
    expect(w).toMatchObject({ severity: 'warning', line: 3, message: "the text before the first heading has no heading; did you mean it as 'Summary'?" });
    // A short note, or no prose at all, answers nothing.
    expect(blocking(checkDocument(RFC, '# Mine\n\nDraft.\n\n## Motivation\n\nm\n\n## Proposal\n\np\n\n## Drawbacks\n\nd\n\n## Prior art\n\np\n', 'd.md'))).toEqual(['missing-section Summary']);
    expect(blocking(checkDocument(RFC, '# Mine\n\n- [Motivation](#motivation)\n- [Proposal](#proposal)\n\n## Motivation\n\nm\n\n## Proposal\n\np\n\n## Drawbacks\n\nd\n\n## Prior art\n\np\n', 'd.md'))).toEqual(['missing-section Summary']);
  });

  test('link definitions that end the document answer a missing list of references', () => {
    const template = buildTemplate('# ADR {N}: {TITLE}\n\n## Context\n\n> Say it.\n\n## Decision\n\n> Say it.\n\n## References\n\n> Link them here.\n', 'adr.md');
    const r = checkDocument(template, '# ADR 9: X\n\n## Context\n\nSee [ADR 110][adr-110].\n\n## Decision\n\nd\n\n[adr-110]: https://github.com/o/r/pull/1565\n[HT94]: https://example.org/book\n', 'd.md');
    expect(blocking(r)).toEqual([]);
    expect(r.findings.find((f) => f.rule === 'heading-mismatch')).toMatchObject({ severity: 'warning', line: 11, message: "the link definitions that end the document have no heading; did you mean them as 'References'?" });
    // Links only inline, or definitions that point inside the page, or followed by more text: still missing.
    expect(blocking(checkDocument(template, '# ADR 9: X\n\n## Context\n\nSee [ADR 110](https://example.org).\n\n## Decision\n\nd\n', 'd.md'))).toEqual(['missing-section References']);
    expect(blocking(checkDocument(template, '# ADR 9: X\n\n## Context\n\nc\n\n## Decision\n\nd\n\n[top]: #context\n', 'd.md'))).toEqual(['missing-section References']);
    expect(blocking(checkDocument(template, '# ADR 9: X\n\n## Context\n\nc\n\n[a]: https://example.org\n\n## Decision\n\nd\n', 'd.md'))).toEqual(['missing-section References']);
    // A section that is more than references (`Prior Art and References`) is not answered by links.
    const prior = buildTemplate('# T\n\n## Summary\n\nSay it.\n\n## Prior Art and References\n\nSay it.\n', 't.md');
    expect(blocking(checkDocument(prior, '# Mine\n\n## Summary\n\ns [x]\n\n[x]: https://example.org\n', 'd.md'))).toEqual(['missing-section Prior Art and References']);
  });

  const MADR = buildTemplate('# {title}\n\n## Context and Problem Statement\n\n{Describe it.}\n\n## Considered Options\n\n- {title of option 1}\n\n## Decision Outcome\n\nChosen option: {title}\n', 'madr.md');

  test('options written as their own sections answer Considered Options; none at all is still missing', () => {
    const withOptions = checkDocument(MADR, '# X\n\n## Context and Problem Statement\n\nc\n\n## Option 1 - Redis\n\nfast\n\n## Option 2 - Files\n\nslow\n\n## Decision Outcome\n\nRedis.\n', 'd.md');
    expect(blocking(withOptions)).toEqual([]);
    const without = checkDocument(MADR, '# X\n\n## Context and Problem Statement\n\nc\n\n## Considerations\n\nIt must be fast.\n\n## Design\n\nA cache.\n\n## Decision Outcome\n\nRedis.\n', 'd.md');
    expect(blocking(without)).toEqual(['missing-section Considered Options']);
    const nested = checkDocument(MADR, '# X\n\n## Context and Problem Statement\n\nc\n\n## Requirements\n\nr\n\n## Design\n\nd\n\n### Naming options\n\n- Cache\n- Store\n\n## Decision Outcome\n\nCache.\n', 'd.md');
    expect(blocking(nested)).toEqual([]);
    // `Options` there is not what the heading is about: API option classes, not options weighed.
    const classes = checkDocument(MADR, '# X\n\n## Context and Problem Statement\n\nc\n\n## Requirements\n\nr\n\n## Design\n\nd\n\n### Definition / Options Classes\n\nclasses\n\n#### Thread Creation Options\n\nt\n\n## Decision Outcome\n\nCache.\n', 'd.md');
    expect(blocking(classes)).toEqual(['missing-section Considered Options']);
  });

  test('a section written as a paragraph labelled with its name, in its place, answers it with a warning', () => {
    const doc = '# X\n\n## Context and Problem Statement\n\nc\n\n## Connector\n\n### Naming options\n\n- Cache\n- Store\n\n  Decision: `Cache`\n\n### Parameters\n\np\n';
    const r = checkDocument(MADR, doc, 'd.md');
    expect(blocking(r)).toEqual([]);
    const warned = r.findings.filter((f) => f.rule === 'heading-mismatch' && f.section[0] === 'Decision Outcome');
    expect(warned.map((f) => [f.line, f.message])).toEqual([[lineOf(doc, 'Decision:'), "the labelled paragraph here has no heading; did you mean it as 'Decision Outcome'?"]]);
    expect(checkDocument(MADR, doc.replace('Decision:', '**Decision Outcome**:'), 'd.md').findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(explainTemplate(MADR).sections.find((x) => x.path[0] === 'Decision Outcome')?.labels).toEqual(['decision outcome', 'decision']);
  });

  test('a labelled paragraph: another label, a label inside a sentence, or one before the section\'s place still block', () => {
    const at = (body: string): string[] => blocking(checkDocument(MADR, `# X\n\n## Context and Problem Statement\n\nc\n\n## Considered Options\n\n- Cache\n- Store\n\n${body}\n`, 'd.md'));
    expect(at('Outcome unclear: we keep both.')).toEqual(['missing-section Decision Outcome']);
    expect(at('The decision: keep both.')).toEqual(['missing-section Decision Outcome']);
    expect(at('```\nDecision: cache\n```')).toEqual(['missing-section Decision Outcome']);
    // Before the section before it: the context is not the decision.
    expect(blocking(checkDocument(MADR, '# X\n\n## Context and Problem Statement\n\nDecision: pending.\n\n## Considered Options\n\n- Cache\n- Store\n', 'd.md'))).toEqual(['missing-section Decision Outcome']);
    // A question heading is not named by its first word.
    const kep = buildTemplate('# T\n\n## Summary\n\nSay it.\n\n## Can enabling this feature exhaust node resources?\n\nSay it.\n', 't.md');
    expect(blocking(checkDocument(kep, '# Mine\n\n## Summary\n\nEnabling: behind a gate.\n', 'd.md'))).toEqual(['missing-section Can enabling this feature exhaust node resources?']);
  });

  test('options listed with the choice under the section that picks from them answer the list, with a warning', () => {
    const template = buildTemplate('# {title}\n\n## Context\n\n{Describe it.}\n\n## Considered Options\n\n- {title of option 1}\n- {title of option 2}\n- … <!-- numbers of options can vary -->\n\n## Decision Outcome\n\nChosen option: "{title of option 1}", because {justification}.\n', 'madr.md');
    expect(explainTemplate(template).sections.filter((x) => x.pickedFrom).map((x) => x.path[0])).toEqual(['Considered Options']);
    const doc = (under: string): string => `# Memory\n\n## Context\n\nAgents forget between threads.\n\n## Decisions to make\n\n### Base class name\n\n${under}\n`;
    const chosen = doc('1. ConversationStateExtension\n\n   Too long.\n\n2. AIContextBehavior\n\nDecided 2. AIContextBehavior.');
    const r = checkDocument(template, chosen, 'd.md');
    expect(blocking(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'heading-mismatch' && f.section[0] === 'Considered Options').map((f) => [f.line, f.message])).toEqual([[lineOf(chosen, '1. Conv'), "the list the choice is made from has no heading; did you mean it as 'Considered Options'?"]]);
  });

  test('options and choice: a list with no line naming one of its items, or a template whose next section picks nothing, still block', () => {
    const template = buildTemplate('# {title}\n\n## Context\n\n{Describe it.}\n\n## Considered Options\n\n- {title of option 1}\n- {title of option 2}\n\n## Decision Outcome\n\nChosen option: "{title of option 1}", because {justification}.\n', 'madr.md');
    const doc = (under: string): string => `# Memory\n\n## Context\n\nAgents forget between threads.\n\n## Decision Outcome\n\nMove memory to a plugin.\n\n${under}\n`;
    // Tasks, then nothing that picks one of them.
    expect(blocking(checkDocument(template, doc('1. Move the code.\n2. Remove the property.'), 'd.md'))).toEqual(['missing-section Considered Options']);
    // A paragraph after the list that mentions an item in passing is not a choice.
    expect(blocking(checkDocument(template, doc('- Redis\n- Files\n\nRedis keeps state between restarts of the service, so the plugin can reload the memory of each thread when it starts.'), 'd.md'))).toEqual(['missing-section Considered Options']);
    const unpicked = buildTemplate('# {title}\n\n## Context\n\n{Describe it.}\n\n## Considered Options\n\n- {title of option 1}\n- {title of option 2}\n\n## Decision Outcome\n\n{Say what was decided and why.}\n', 'madr.md');
    expect(explainTemplate(unpicked).sections.some((x) => x.pickedFrom)).toBe(false);
    expect(blocking(checkDocument(unpicked, doc('- Redis\n- Files\n\nDecided: Redis.'), 'd.md'))).toEqual(['missing-section Considered Options']);
  });

  test('a missing list of options, where the document says it had a single one and the template accepts an only option, is a warning', () => {
    const template = buildTemplate('# {title}\n\n## Context\n\n{Describe it.}\n\n## Considered Options\n\n- {title of option 1}\n- {title of option 2}\n\n## Decision Outcome\n\nChosen option: "{title of option 1}", because {justification. e.g., only option, which meets k.o. criterion | comes out best}.\n', 'madr.md');
    expect(explainTemplate(template).sections.find((x) => x.path[0] === 'Considered Options')?.singleItem).toBe('only option');
    const doc = (said: string): string => `# Structured output\n\n## Context\n\nModels now follow a JSON schema.\n\n## Using it\n\n### Chosen Solution\n\n${said}\n`;
    const r = checkDocument(template, doc("Since there's a single approach here, we integrate it in the existing handler."), 'd.md');
    const [f] = r.findings.filter((x) => x.rule === 'missing-section' && x.section[0] === 'Considered Options');
    expect([f.severity, f.data?.demoted?.cause]).toEqual(['warning', 'single-item']);
    expect(f.message).toContain('"single approach"');
    // Guards: no such words, or words only in code, still block; so does a template that asks for a comparison.
    expect(blocking(checkDocument(template, doc('We integrate it in the existing handler.'), 'd.md'))).toContain('missing-section Considered Options');
    expect(blocking(checkDocument(template, doc('```\n# the only option\n```'), 'd.md'))).toContain('missing-section Considered Options');
    const best = buildTemplate('# {title}\n\n## Context\n\n{Describe it.}\n\n## Considered Options\n\n- {title of option 1}\n- {title of option 2}\n\n## Decision Outcome\n\nChosen option: "{title of option 1}", because {it comes out best}.\n', 'madr.md');
    expect(blocking(checkDocument(best, doc("Since there's a single approach here, we integrate it."), 'd.md'))).toContain('missing-section Considered Options');
  });

  test('a heading that contains the section at its level under the author\'s own top heading', () => {
    const r = checkDocument(MADR, '# X\n\n## Context and Problem Statement\n\nc\n\n# Caching\n\n## Considered Options - Caching\n\n- Redis\n\n## Decision Outcome - Caching\n\nRedis.\n', 'd.md');
    expect(blocking(r)).toEqual([]);
  });

  test('one heading naming two subsections (Ergonomics & Compatibility) stands for both', () => {
    const template = buildTemplate('# T\n\n## Summary\n\nSay it.\n\n## Impact\n\nSay it.\n\n### Performance\n\nSay it.\n\n### Ergonomics\n\nSay it.\n\n### Compatibility\n\nSay it.\n', 't.md');
    const r = checkDocument(template, '# Mine\n\n## Summary\n\ns\n\n## Impact\n\ni\n\n### Ergonomics & Compatibility\n\nNothing changes for users.\n', 'd.md');
    expect(blocking(r)).toEqual(['missing-section Impact > Performance']);
  });

  test('a heading for several sections that names one by another word answers it when its text uses that word', () => {
    const T = buildTemplate('# T\n\n## Explanation\n\nSay it.\n\n## Drawbacks\n\nSay them.\n\n## Unresolved Questions\n\nSay them.\n', 't.md');
    const r = checkDocument(T, '# Mine\n\n## Explanation\n\ne\n\n## Drawbacks, Alternatives and Unknowns\n\nUnknowns include the initial price.\n', 'd.md');
    expect(blocking(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'heading-mismatch').map((f) => f.message)).toEqual(["heading 'Drawbacks, Alternatives and Unknowns' also stands for 'Unresolved Questions'; did you mean to give it a heading of its own?"]);
    // Its text says nothing of them: still missing.
    expect(blocking(checkDocument(T, '# Mine\n\n## Explanation\n\ne\n\n## Drawbacks, Alternatives and Unknowns\n\nNone at present.\n', 'd.md'))).toEqual(['missing-section Unresolved Questions']);
  });

  test('configured aliases match as the template heading', () => {
    const template = buildTemplate('# T\n\n## Summary\n\nSay it.\n\n## Drawbacks\n\nSay it.\n', 't.md', { aliases: { Drawbacks: ['Costs', 'Downsides'] } });
    const r = checkDocument(template, '# Mine\n\n## Summary\n\ns\n\n## Downsides\n\nd\n', 'd.md');
    expect(r.findings.filter((f) => f.rule === 'missing-section' || f.rule === 'heading-mismatch')).toEqual([]);
  });
});

describe('explain', () => {
  test('each section required or optional, and why, with the line', () => {
    const e = explainTemplate(WORDS, ['Context']);
    const by = new Map(e.sections.map((s) => [s.path.join(' > '), s]));
    expect(by.get('Motivation')).toMatchObject({ required: false, conditional: false });
    expect(by.get('Motivation')?.why).toBe('optional: the template says "This section is optional." (line 23)');
    expect(by.get('Test Cases')?.why).toMatch(/^conditional: .*"This section is optional for non-Core proposals\." \(line 31\)/);
    expect(by.get('Context')?.why).toBe("optional: the configuration's optional list names 'Context'");
    expect(by.get('Specification')).toMatchObject({ required: true });
    expect(by.get('Pros and Cons of the Options > {title of option 1}')).toMatchObject({ wildcard: true });
    expect(by.get('Specification')?.keep[0]).toMatchObject({ text: 'The key words "MUST" and "MAY" are to be read as described in RFC 2119.', line: 52 });
    expect(by.get('Specification')?.keep[0].why).toMatch(/^the template says "Do not remove the key word definitions/);
  });
});

describe('draft fillers', () => {
  test('text the template calls a placeholder acceptable for a draft is not guidance; markers in it still are leftovers', () => {
    const model = buildTemplate('# T\n\n## Backwards Compatibility\n\n<!--\n  Describe the incompatibilities and how authors should deal with them. The current placeholder is acceptable for a draft.\n-->\n\nNo backward compatibility issues found.\n\n## Rationale\n\n<!--\n  Why the design is as it is, and the alternatives weighed. The current placeholder is acceptable for a draft.\n-->\n\nTBD\n', 't.md');
    expect(model.guidance.size).toBe(0);
    const r = checkDocument(model, '# E\n\n## Backwards Compatibility\n\nNo backward compatibility issues found.\n\n## Rationale\n\nTBD\n', 'e.md');
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.excerpt ?? ''}`)).toEqual(['placeholder TBD']);
  });
});

describe('fields and sections left for someone else', () => {
  const template = [
    '# RFC: [Title]',
    '',
    '- Start date: [YYYY-MM-DD]',
    '- RFC number: [assigned on merge]',
    '- Review manager: [Manager] (leave this empty)',
    '',
    '## Summary',
    '',
    '[One paragraph that says what changes and for whom.]',
    '',
    '## Review notes',
    '',
    'This section is filled in by the reviewers once the discussion settles.',
    ''
  ].join('\n');
  const model = buildTemplate(template, 'rfc.md');
  const doc = (start: string, summary: string) =>
    ['# RFC: Saved searches', '', `- Start date: ${start}`, '- RFC number: [assigned on merge]', '- Review manager: [Manager]', '', '## Summary', '', summary, '', '## Review notes', ''].join('\n');

  test('explain shows each with the line and the words that said so', () => {
    const e = explainTemplate(model);
    expect(e.leftForOthers).toEqual([
      { text: '[assigned on merge]', section: ['RFC: [Title]'], line: 4, said: 'assigned on merge' },
      { text: '[Manager]', section: ['RFC: [Title]'], line: 5, said: 'Review manager: [Manager] (leave this empty)' }
    ]);
    const notes = e.sections.find((s) => s.path[0] === 'Review notes');
    expect(notes?.required).toBe(false);
    expect(notes?.why).toContain('left for someone other than the author');
    expect(notes?.why).toContain('(line 13)');
  });

  test('left as the template has them, they are not reported; the author\'s own fields still are', () => {
    const done = checkDocument(model, doc('2026-11-27', 'Agents can save a search and run it again.'), 'rfc.md');
    expect(done.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(done.passed).toBe(true);
    const half = checkDocument(model, doc('[YYYY-MM-DD]', ''), 'rfc.md');
    expect(half.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.excerpt ?? f.section.join(' > ')}`)).toEqual(['placeholder [YYYY-MM-DD]', 'empty-section Summary']);
  });
});
