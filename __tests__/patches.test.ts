import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { ROOT } from './helpers.js';

// The patched dependency, as installed: `npm ci` applies patches/ through patch-package.
const installed = (name: string): string => (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

describe('the patch of mdast-util-from-markdown', () => {
  test('is made for the installed version', () => {
    const patches = readdirSync(path.join(ROOT, 'patches')).filter((f) => f.startsWith('mdast-util-from-markdown+'));
    expect(patches).toEqual([`mdast-util-from-markdown+${installed('mdast-util-from-markdown')}.patch`]);
  });

  test('is applied: every parser event is compiled with one context, each with its own source text', () => {
    const contexts = new Set<unknown>();
    const seen: string[] = [];
    // A handler for a token the tree ignores observes the compile context without changing the tree.
    const record = function (this: { sliceSerialize: (token: unknown) => string }, token: unknown): void {
      contexts.add(this);
      seen.push(this.sliceSerialize(token));
    };
    const processor = unified().use(remarkParse);
    (processor.data() as { fromMarkdownExtensions?: unknown[] }).fromMarkdownExtensions = [{ enter: { listItemPrefix: record }, exit: { listItemPrefix: record } }];
    const tree = processor.parse('1. one\n2. two\n3. three\n') as Root;
    expect(seen).toEqual(['1. ', '1. ', '2. ', '2. ', '3. ', '3. ']);
    expect(contexts.size).toBe(1);
    expect(tree.children).toHaveLength(1);
  });
});
