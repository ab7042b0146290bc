import { PassageIndex, codeTokens, proseWords } from '../src/engine/shingles.js';
import { frontMatterValues, htmlText } from '../src/engine/rendered-text.js';
import { saysNothing } from '../src/engine/non-answer.js';
import { parseMarkdown } from '../src/engine/parse-markdown.js';
import { ordinalValue, renumberKey } from '../src/engine/text-utils.js';
import { checkSeed, COMPLETE, edit, only } from './helpers.js';

const GUIDANCE = '[Describe the problem this feature solves. What pain point are we addressing?]';
const EXAMPLE = '{\n  "example": "payload"\n}';
const DATA_MODEL = '// Example schema definitions\ninterface Example {\n  field: string;\n  // ...\n}';

function index(): PassageIndex {
  const ix = new PassageIndex();
  ix.add({ kind: 'guidance', text: GUIDANCE, section: ['Problem Statement'] });
  ix.add({ kind: 'guidance', text: 'Describe the overall architectural approach. Include diagrams if helpful.', section: ['High-Level Architecture'] });
  ix.add({ kind: 'example', text: EXAMPLE, section: ['API Design'] });
  ix.add({ kind: 'example', text: DATA_MODEL, section: ['Data Models'] });
  return ix;
}

describe('near-verbatim guidance', () => {
  const ix = index();
  test('finds guidance with its brackets removed, at full similarity', () => {
    const m = ix.find('guidance', 'Describe the problem this feature solves. What pain point are we addressing?');
    expect(m?.passage.section).toEqual(['Problem Statement']);
    expect(m?.similarity).toBe(1);
  });
  test('finds guidance with a URL or a clause appended, or a word changed', () => {
    // The URL is not compared; the one word beside it is an addition.
    expect(ix.find('guidance', 'Describe the problem this feature solves. What pain point are we addressing? See https://example.com/issues/12')?.similarity).toBe(0.92);
    const clause = ix.find('guidance', 'Describe the problem this feature solves. What pain point are we addressing here today?');
    expect(clause?.similarity).toBeGreaterThan(0.6);
    expect(clause?.similarity).toBeLessThan(1);
    expect(ix.find('guidance', 'Describe the overall architecture approach. Include diagrams if helpful.')?.passage.section).toEqual(['High-Level Architecture']);
  });
  test('ignores case, spacing and punctuation', () => {
    expect(ix.find('guidance', 'describe   the problem this feature solves -- what pain point are we addressing')?.similarity).toBe(1);
  });
  test('leaves real prose that shares a few words with the guidance', () => {
    expect(ix.find('guidance', 'The problem this feature solves: support agents re-type the same ticket filters twenty times a day, which is the pain point we are addressing first.')).toBeUndefined();
    expect(ix.find('guidance', 'What pain point are we addressing? Agents lose ten minutes a shift rebuilding filters; saved views bring that to seconds and cut wrong-queue escalations.')).toBeUndefined();
  });
});

describe('near-verbatim example code', () => {
  const ix = index();
  test('finds the example JSON on one line', () => {
    expect(ix.find('example', '{"example": "payload"}')?.similarity).toBe(1);
  });
  test('finds the example with a line changed', () => {
    const m = ix.find('example', '// Example schema definitions\ninterface Example {\n  field: string;\n  id: number;\n  // ...\n}');
    expect(m?.passage.section).toEqual(['Data Models']);
    expect(m?.similarity).toBeLessThan(1);
  });
  test('leaves code that shares a line with the example', () => {
    expect(ix.find('example', 'interface SavedView {\n  id: string;\n  field: string;\n  ownerId: string;\n  filters: Filter[];\n  createdAt: Date;\n}')).toBeUndefined();
    expect(ix.find('example', '{\n  "name": "Open P1 tickets",\n  "filters": {"priority": "P1"}\n}')).toBeUndefined();
  });
  test('does not compare prose with code', () => {
    expect(ix.find('guidance', '{"example": "payload"}')).toBeUndefined();
  });
});

describe('tokens', () => {
  test('prose words drop brackets, braces and URLs', () => {
    expect(proseWords('{Describe the context} [see](https://x.y/z) <URL>')).toEqual(['describe', 'the', 'context', 'see', 'url']);
  });
  test('code tokens ignore white space entirely', () => {
    expect(codeTokens('{ "a" :1 }')).toEqual(codeTokens('{"a": 1}'));
  });
});

describe('HTML text content', () => {
  test('keeps text, drops tags, attributes, comments and scripts, at their offsets', () => {
    const html = '<p title="[Name]">Hello <b>[Goal 1]</b></p><!-- [x] --><script>var a = "[y]";</script>';
    const { runs, elements } = htmlText(html, 10);
    expect(runs.map((r) => r.text)).toEqual(['Hello ', '[Goal 1]']);
    expect(runs[1].offset).toBe(10 + html.indexOf('[Goal 1]'));
    expect(elements.has('p')).toBe(true);
  });
  test('marks the summary of a disclosure block', () => {
    const { runs } = htmlText('<details><summary>More</summary>\nBody</details>');
    expect(runs.map((r) => [r.text.trim(), r.summary])).toEqual([
      ['More', true],
      ['Body', false]
    ]);
  });
  test('a > inside a quoted attribute does not end the tag', () => {
    expect(htmlText('<a title="x > y">link</a>').runs.map((r) => r.text)).toEqual(['link']);
  });
});

describe('front matter values', () => {
  test('one slice per value, without keys, quotes or comments', () => {
    const src = '---\ntitle: <The EIP title>\ncategory: <Core, ERC> # Only for Standards Track.\nauthors:\n  - "Jane (@jane)"\nstatus: Draft\n---\n# Doc\n';
    const slices = frontMatterValues(src, 0, src.indexOf('\n# Doc'));
    expect(slices.map((s) => s.text)).toEqual(['<The EIP title>', '<Core, ERC>', 'Jane (@jane)', 'Draft']);
    for (const s of slices) expect(src.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });
});

describe('says nothing', () => {
  const body = (md: string): string | undefined => saysNothing(parseMarkdown(md).children);
  test.each([
    ['...', "only '...'"],
    ['…', "only '…'"],
    ['?', "only '?'"],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', "only filler text ('Lorem ipsum dolor sit amet, c…')"],
    ['| Risk | Mitigation |\n| --- | --- |', 'a table with no rows'],
    ['| Risk | Mitigation |\n| --- | --- |\n|  |  |', 'a table with no rows'],
    ['<details>\n<summary>Design notes</summary>\n</details>', 'an empty <details> block'],
    ['<details><summary>Notes</summary>\n\n</details>', 'an empty <details> block']
  ])('%j says %s', (md, reason) => {
    expect(body(md)).toBe(reason);
  });
  test.each([
    'Lorem ipsum is what the mockups show until copy arrives; the real strings ship in week 3.',
    '| Risk | Mitigation |\n| --- | --- |\n| Index lag | Reindex nightly |',
    '<details><summary>Design notes</summary>We keep one table.</details>',
    '<details>\n<summary>Design notes</summary>\n\nWe keep one table.\n\n</details>',
    'N/A: nothing is stored.',
    '```\n...\n```',
    '![diagram](d.png)',
    ''
  ])('%j says something, or nothing at all', (md) => {
    expect(body(md)).toBeUndefined();
  });
});

describe('numbered headings', () => {
  test('ordinals in the ways authors number things', () => {
    expect(['1', '2', 'b', 'c', 'ii', 'iv', 'three', 'x'].map(ordinalValue)).toEqual([1, 2, 2, 3, 2, 4, 3, 10]);
    expect(ordinalValue('redis')).toBeUndefined();
  });
  test('read the template way', () => {
    expect(renumberKey('option b redis cache', 'alternative 1')).toBe('alternative 2 redis cache');
    expect(renumberKey('alternative iii redis', 'alternative 1')).toBe('alternative 3 redis');
    expect(renumberKey('approach b redis', 'alternative 1')).toBe('approach b redis');
    expect(renumberKey('alternative redis', 'alternative 1')).toBe('alternative redis');
  });
  test.each([
    ['Alternative A', 'Alternative B'],
    ['Alternative I', 'Alternative II'],
    ['Option 1', 'Option 2'],
    ['Option A', 'Option B']
  ])('%s / %s match the template with no error or warning', (first, second) => {
    const doc = edit(edit(COMPLETE, '### Alternative 1: Browser bookmarks', `### ${first}: Browser bookmarks`), '### Alternative 2: Saved searches in local storage', `### ${second}: Saved searches in local storage`);
    const r = checkSeed(doc);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(only(r, 'unknown-section')).toEqual([]);
  });
  test('a third option is a repeat of the group', () => {
    const doc = edit(COMPLETE, '## Dependencies and Risks', '### Option C: A browser extension\n\nToo hard to roll out.\n\n---\n\n## Dependencies and Risks');
    expect(checkSeed(doc).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
