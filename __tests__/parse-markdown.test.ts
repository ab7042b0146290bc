import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parseMarkdown } from '../src/engine/parse-markdown.js';
import { remarkPlan } from '../src/engine/remark-plan.js';
import { checkSeed, edit, only, ROOT } from './helpers.js';

// A complete plan whose prose names a link and a footnote defined at its very end.
const PLAN = readFileSync(path.join(ROOT, '__fixtures__/large-plan/references.md'), 'utf8');
// Enough plain paragraphs under one section to make the document several times the size the
// parser takes in one piece, so the references and their definitions are parsed apart.
const FILLER = Array.from({ length: 800 }, (_, i) => `Log entry ${i} records which saved search ran, for whom, and how long it took to answer.\n`).join('\n');
const LARGE = edit(PLAN, '### Alerting\n', `### Alerting\n\n${FILLER}\n`);

const whole = unified().use(remarkParse).use(remarkPlan).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

function count(root: Root, type: Nodes['type']): number {
  let n = 0;
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === type) n++;
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return n;
}

describe('a large document', () => {
  test('is large enough to be parsed in pieces', () => {
    expect(LARGE.length).toBeGreaterThan(2 * 32 * 1024);
  });

  test('parses to the same tree as in one piece: references resolve to definitions far below them', () => {
    const tree = parseMarkdown(LARGE);
    expect(count(tree, 'linkReference')).toBe(3);
    expect(count(tree, 'footnoteReference')).toBe(1);
    expect(tree.children).toEqual(whole.parse(LARGE).children);
  });

  test('with front matter, parses to the same tree as in one piece', () => {
    const text = `---\ntitle: Saved searches\n---\n${LARGE}`;
    expect(parseMarkdown(text).children).toEqual(whole.parse(text).children);
  });

  test('parses to the same tree as in one piece when a line far below only looks like a definition', () => {
    // Inside fenced code, in a block quote and in a list item: the first is no definition, so
    // "[Related design docs]" must stay text; the others are, so "[quoted]" and "[listed]" link.
    const tail = '\n```\n[Related design docs]: elsewhere.md\n```\n\n> [quoted]: q.md\n\n- [listed]: l.md\n';
    const text = edit(LARGE, '[Related design docs]: docs/design/search.md\n', '') + tail;
    const early = edit(text, '### Alerting\n', '### Alerting\n\nSee [quoted], [listed] and [Related design docs].\n');
    const tree = parseMarkdown(early);
    expect(tree.children).toEqual(whole.parse(early).children);
    expect(count(tree, 'linkReference')).toBe(4);
  });

  test('parses to the same tree as in one piece when a label far below has an escape', () => {
    const text = edit(LARGE, '### Alerting\n', '### Alerting\n\nAccepted (PR [\\#2897]).\n') + '\n[\\#2897]: https://example.com/pull/2897\n';
    const tree = parseMarkdown(text);
    expect(tree.children).toEqual(whole.parse(text).children);
    expect(count(tree, 'linkReference')).toBe(4);
  });

  // A reference far above its definition, for labels whose identifier differs from their text.
  const labels: Array<[string, string, string]> = [
    ['ending in a backslash and a space', 'See [foo\\ ] and [bar].', '[foo\\ ]: /u\n\n[bar]: /b'],
    ['starting with a caret after a space', 'See [ ^foo].', '[ ^foo]: /u'],
    ['read as a link when no footnote has its name', 'See [^foo].', '[ ^foo]: /u'],
    ['that case folding makes longer than a label may be', `See [${'ß'.repeat(600)}].`, `[${'ß'.repeat(600)}]: /u`],
    ['broken over lines in a block quote', '> See [foo\n> bar] here.', '[foo bar]: /u']
  ];
  test.each(labels)('parses to the same tree as in one piece: a label %s', (_, reference, definition) => {
    const text = edit(LARGE, '### Alerting\n', `### Alerting\n\n${reference}\n`) + `\n${definition}\n`;
    expect(parseMarkdown(text).children).toEqual(whole.parse(text).children);
  });

  test('with front matter holding a line separator, parses to the same tree as in one piece', () => {
    const text = `---\ntitle: "x\u2028---\u2028"\n---\nSee [foo].\n\n${LARGE}\n[foo]: /u\n`;
    expect(parseMarkdown(text).children).toEqual(whole.parse(text).children);
  });

  test('passes: a reference defined far below is a link, not a leftover placeholder', () => {
    const r = checkSeed(LARGE);
    expect(only(r, 'placeholder')).toEqual([]);
    expect(r.passed).toBe(true);
  });

  test('still reports a placeholder-shaped label once nothing defines it', () => {
    const r = checkSeed(edit(LARGE, '[Related design docs]: docs/design/search.md\n', ''));
    expect(only(r, 'placeholder').map((f) => f.excerpt)).toEqual(['[Related design docs]']);
    expect(r.passed).toBe(false);
  });
});

describe('tables', () => {
  // The table extension is left out of texts with no line shaped like a delimiter row: every
  // shape GFM accepts, in every container, must still give a table.
  const texts: Array<[string, string]> = [
    ['with outer pipes', '| a | b |\n| --- | :-: |\n| 1 | 2 |\n'],
    ['without outer pipes', 'a | b\n:-- | --:\n1 | 2\n'],
    ['of one column', '| a |\n| - |\n'],
    ['in a block quote', '> | a | b |\n> |---|---|\n> | 1 | 2 |\n'],
    ['in a list item', '- item\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n'],
    ['in a footnote', 'Text[^n].\n\n[^n]: Note.\n\n    | a | b |\n    | - | - |\n'],
    ['with CRLF line ends', '| a | b |\r\n| --- | --- |\r\n| 1 | 2 |\r\n'],
    ['with tabs', '| a\t| b |\n|\t-\t|\t:-:\t|\n']
  ];
  test.each(texts)('are parsed %s', (_, text) => {
    const tree = parseMarkdown(text);
    expect(count(tree, 'table')).toBe(1);
    expect(tree).toEqual(whole.parse(text));
  });

  test('are not made of rows without a delimiter row', () => {
    const text = '| a | b |\n| 1 | 2 |\n\n---\n\nTitle\n-----\n';
    const tree = parseMarkdown(text);
    expect(count(tree, 'table')).toBe(0);
    expect(tree).toEqual(whole.parse(text));
  });

  test('in one piece of a large document, and not another, are parsed', () => {
    const text = edit(LARGE, '### Alerting\n', '### Alerting\n\n| Alert | Threshold |\n| --- | ---: |\n| errors | 1% |\n');
    const tree = parseMarkdown(text);
    expect(count(tree, 'table')).toBe(1);
    expect(tree.children).toEqual(whole.parse(text).children);
  });
});
