import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import { checkDocument } from '../src/engine/check.js';
import { parseConfig, toCheckOptions } from '../src/engine/config.js';
import { parseMarkdown } from '../src/engine/parse-markdown.js';
import { docsPath, RULES, RULE_IDS } from '../src/engine/rules/registry.js';
import { buildTemplate } from '../src/engine/template.js';
import type { Finding } from '../src/engine/types.js';
import { ROOT } from './helpers.js';

// Each rule's docs page is its contract: the examples on it are checked here, and each states
// every finding it gives (`line:column severity rule section`), as remark-lint's pages do.

interface Example {
  kind: 'before' | 'after';
  text: string;
  expected: string[];
}

function readPage(id: string): { text: string; template?: string; config?: string; examples: Example[] } {
  const text = readFileSync(path.join(ROOT, docsPath(id as (typeof RULE_IDS)[number])), 'utf8');
  const blocks = parseMarkdown(text).children.filter((n): n is Code => n.type === 'code');
  const page: ReturnType<typeof readPage> = { text, examples: [] };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.lang === 'markdown' && b.meta === 'template') page.template = b.value + '\n';
    else if (b.lang === 'yaml' && b.meta === 'config') page.config = b.value + '\n';
    else if (b.lang === 'markdown' && (b.meta === 'before' || b.meta === 'after')) {
      const next = blocks[i + 1];
      if (!next || next.lang !== 'text' || next.meta !== 'findings') throw new Error(`${id}: a ${b.meta} example without its findings`);
      page.examples.push({ kind: b.meta, text: b.value + '\n', expected: next.value.split('\n').filter((l) => l.trim() !== '') });
      i++;
    }
  }
  return page;
}

const describeFinding = (f: Finding): string => `${f.line}:${f.column} ${f.severity} ${f.rule}${f.section.length > 0 ? ' ' + f.section.join(' > ') : ''}`;

describe('rule docs pages', () => {
  test('there is exactly one page per registered rule', () => {
    const pages = readdirSync(path.join(ROOT, 'docs/rules')).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...RULE_IDS].sort());
  });

  test("the README's rule table links every rule's page with its default severity", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| \[`([a-z-]+)`\]\((docs\/rules\/[a-z-]+\.md)\) \| (\w+) \|/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual(RULES.map((r) => [r.id, docsPath(r.id), r.severity]));
  });

  describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    test('the page opens with the id, the registry description and the default severity', () => {
      expect(existsSync(path.join(ROOT, docsPath(id)))).toBe(true);
      const { text } = readPage(id);
      const [title, , description] = text.split('\n');
      expect(title).toBe(`# \`${id}\``);
      expect(description).toBe(rule.description);
      expect(text).toContain(`Default severity: **${rule.severity}**`);
    });

    if (!rule.check) return;
    test('its examples give exactly the findings they state', () => {
      const page = readPage(id);
      expect(page.template).toBeDefined();
      const template = buildTemplate(page.template as string, `docs/rules/${id}.md`);
      const options = page.config ? toCheckOptions(parseConfig(page.config, `docs/rules/${id}.md`)) : {};
      // A page shows the rule failing and the same document fixed.
      expect(page.examples.some((e) => e.kind === 'before' && e.expected.some((l) => l.split(' ')[2] === id))).toBe(true);
      expect(page.examples.some((e) => e.kind === 'after')).toBe(true);
      for (const example of page.examples) {
        const result = checkDocument(template, example.text, 'example.md', options);
        expect({ kind: example.kind, findings: result.findings.map(describeFinding) }).toEqual({ kind: example.kind, findings: example.expected });
      }
    });
  });
});
