import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument } from '../src/engine/check.js';
import { buildTemplate } from '../src/engine/template.js';
import type { DocumentResult, Finding } from '../src/engine/types.js';
import { checkSeed, COMPLETE, edit, lineOf, only, ROOT } from './helpers.js';

const PROBLEM = 'Support agents re-type the same five or six ticket searches every morning. Each search takes\nabout a minute to rebuild, and typos give silently wrong results.';
const errors = (r: DocumentResult): Finding[] => r.findings.filter((f) => f.severity === 'error');
const at = (r: DocumentResult, line: number): string[] => errors(r).filter((f) => f.line === line).map((f) => f.rule);

describe('near-verbatim template text on the built-in template', () => {
  test.each([
    ['brackets removed', 'Describe the problem this feature solves. What pain point are we addressing?', 1],
    ['a URL appended', 'Describe the problem this feature solves. What pain point are we addressing? https://example.com/prd', 1],
    ['a clause appended', 'Describe the problem this feature solves. What pain point are we addressing, and for whom?', undefined],
    ['a word changed', 'Describe the problem this change solves. What pain point are we addressing?', undefined]
  ])('guidance with %s', (_, text, similarity) => {
    const doc = edit(COMPLETE, PROBLEM, text);
    const [f, ...rest] = errors(checkSeed(doc));
    expect(rest).toEqual([]);
    expect(f.rule).toBe('template-text');
    expect(f.section).toEqual(['Feature Overview', 'Problem Statement']);
    expect(f.line).toBe(lineOf(doc, text));
    if (similarity !== undefined) expect(f.data?.templateText?.similarity).toBe(similarity);
    else expect(f.data?.templateText?.similarity).toBeLessThan(1);
  });
  test('the example JSON on one line', () => {
    const doc = edit(COMPLETE, '{ "name": "Open P1s", "query": { "priority": "P1", "status": "open" } }', '{"example": "payload"}');
    const [f, ...rest] = errors(checkSeed(doc));
    expect(rest).toEqual([]);
    expect([f.rule, f.section, f.line]).toEqual(['template-text', ['Implementation Details', 'API Design'], lineOf(doc, '{"example"') - 1]);
    expect(f.data?.templateText).toEqual({ kind: 'example code', similarity: 1, from: ['Implementation Details', 'API Design'] });
  });
  test('the example code with a line changed', () => {
    const model = 'interface SavedSearch {\n  id: string;\n  ownerId: string;\n  teamId: string | null;\n  name: string;\n  query: SearchQuery;\n}';
    const doc = edit(COMPLETE, model, '// Example schema definitions\ninterface Example {\n  field: string;\n  id: number;\n  // ...\n}');
    expect(errors(checkSeed(doc)).map((f) => [f.rule, f.section.join(' > ')])).toEqual([['template-text', 'Implementation Details > Data Models']]);
  });
  test('guards: prose sharing a few words with the guidance, code sharing a line with the example', () => {
    const prose = edit(COMPLETE, PROBLEM, 'The problem this feature solves: agents re-type the same searches every morning, the pain point support raised most in Q3.');
    expect(errors(checkSeed(prose))).toEqual([]);
    const code = edit(COMPLETE, '  query: SearchQuery;\n}', '  query: SearchQuery;\n  field: string;\n}');
    expect(errors(checkSeed(code))).toEqual([]);
  });
});

describe('non-answers on the built-in template', () => {
  test.each([
    ['...', "only '...'"],
    ['…', "only '…'"],
    ['?', "only '?'"],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', 'only filler text'],
    ['| Problem | Who |\n| --- | --- |', 'a table with no rows'],
    ['<details>\n<summary>Problem</summary>\n\n</details>', 'an empty <details> block']
  ])('%j is an empty section', (body, reason) => {
    const doc = edit(COMPLETE, PROBLEM, body);
    const [f, ...rest] = errors(checkSeed(doc));
    expect(rest).toEqual([]);
    expect([f.rule, f.section, f.line]).toEqual(['empty-section', ['Feature Overview', 'Problem Statement'], lineOf(doc, '### Problem Statement')]);
    expect(f.message).toContain(reason);
    expect(f.data?.empty?.reason).toContain(reason);
  });
  test('a list whose items are all blank is an empty section', () => {
    const doc = edit(COMPLETE, '- Saving and deleting a search, with the user id, at info level.', '-\n-\n-');
    expect(errors(checkSeed(doc)).map((f) => [f.rule, f.section.join(' > ')])).toEqual([['empty-section', 'Monitoring and Observability > Logging']]);
  });
  test('guards: a real table, a filled disclosure block, and a short real answer pass', () => {
    for (const body of ['| Problem | Who |\n| --- | --- |\n| Re-typed searches | Support agents |', '<details>\n<summary>Problem</summary>\n\nAgents re-type the same searches every morning.\n\n</details>', 'Agents re-type searches.']) {
      expect(errors(checkSeed(edit(COMPLETE, PROBLEM, body)))).toEqual([]);
    }
  });
});

describe('placeholders wherever they render, each on its own line', () => {
  test.each([
    ['an HTML block', '<div>\n  <p>[Goal 1]</p>\n</div>', '[Goal 1]'],
    ['inline HTML', 'Agents <b>[Goal 1]</b> every morning.', '[Goal 1]'],
    ['a block quote', '> [Goal 1]', '[Goal 1]'],
    ['a table cell', '| Goal | Owner |\n| --- | --- |\n| [Goal 1] | Dana |', '[Goal 1]'],
    ['link text', 'See [TODO](https://example.com/prd).', 'TODO'],
    ['emphasis', 'Agents lose *[Goal 2]* every morning.', '[Goal 2]']
  ])('in %s', (_, body, excerpt) => {
    const doc = edit(COMPLETE, PROBLEM, body);
    const found = only(checkSeed(doc), 'placeholder');
    expect(found.map((f) => [f.excerpt, f.line, f.section.join(' > ')])).toEqual([[excerpt, lineOf(doc, excerpt), 'Feature Overview > Problem Statement']]);
  });
  test('tags and attributes are not text', () => {
    const doc = edit(COMPLETE, PROBLEM, '<img alt="[Goal 1]" src="x.png" title="TODO">\n\nAgents re-type searches.');
    expect(errors(checkSeed(doc))).toEqual([]);
  });
  test('in front matter values', () => {
    const doc = `---\nowner: "[Name or Agent ID]"\nreviewers:\n  - TBD\n---\n${COMPLETE}`;
    const found = only(checkSeed(doc), 'placeholder');
    expect(found.map((f) => [f.excerpt, f.line])).toEqual([
      ['[Name or Agent ID]', 2],
      ['TBD', 4]
    ]);
  });
  test('guards: legitimate brackets and braces', () => {
    const doc = edit(COMPLETE, PROBLEM, 'Agents type `{team}/{name}` paths and [RFC 7231] dates; see [the PRD](docs/prd.md) and {citationkey}.');
    expect(errors(checkSeed(doc))).toEqual([]);
  });
});

describe('templates of other projects', () => {
  const fixture = (name: string): string => readFileSync(path.join(ROOT, '__fixtures__/templates', name), 'utf8');
  const ERC = buildTemplate(fixture('erc-template.md'), 'erc-template.md');
  const MADR = buildTemplate(fixture('madr-template.md'), 'madr-template.md');
  const ercDoc = (frontMatter: string): string =>
    `---\n${frontMatter}\n---\n\n## Abstract\n\nOne call sets allowances for several spenders, so a wallet asks for one signature.\n\n## Specification\n\n\`approveBatch(address[] spenders, uint256[] amounts)\` sets each allowance and emits one \`Approval\` per spender.\n\n## Rationale\n\nArrays keep the ABI flat; a struct array costs more gas to decode.\n\n## Security Considerations\n\nA front-run between batches is the same race as \`approve\`; clients set zero first.\n`;
  const FILLED = 'title: Batch token approvals\ndescription: Approve several spenders in one call.\nauthor: Jane Doe (@janedoe), John Roe <john@example.org>\ndiscussions-to: https://ethereum-magicians.org/t/batch-approvals/1\nstatus: Review\ntype: Standards Track\ncategory: ERC\ncreated: 2024-02-01\nrequires: 20';
  const leftoverRules = new Set(['template-text', 'placeholder', 'empty-section']);

  test('ERC: front matter values left as the template wrote them are found on their lines', () => {
    const fm = FILLED.replace('description: Approve several spenders in one call.', 'description: <Description is one full (short) sentence>').replace('title: Batch token approvals', 'title: The EIP title is a few words, not a complete sentence');
    const doc = ercDoc(fm);
    const r = checkDocument(ERC, doc, 'erc-draft.md');
    expect(at(r, lineOf(doc, 'description:')).some((rule) => leftoverRules.has(rule))).toBe(true);
    expect(at(r, lineOf(doc, 'title:'))).toEqual(['template-text']);
  });
  test('ERC: filled front matter and sections give no leftover finding', () => {
    const r = checkDocument(ERC, ercDoc(FILLED), 'erc-filled.md');
    expect(errors(r).filter((f) => leftoverRules.has(f.rule))).toEqual([]);
  });

  const madrDoc = (context: string, contact: string): string =>
    `---\nstatus: accepted\ncontact: ${contact}\ndate: 2024-03-05\n---\n\n# Use one kernel per request\n\n## Context and Problem Statement\n\n${context}\n\n## Considered Options\n\n- One kernel per request\n- A shared kernel\n\n## Decision Outcome\n\nChosen option: "One kernel per request", because plugins hold request state.\n\n\`\`\`json\n{"example": "payload", "kernel": "per-request"}\n\`\`\`\n`;
  const REAL_CONTEXT = 'Plugins keep per-request state in the kernel, so a shared kernel leaks it between users; see {citationkey} and `{ "scope": "request" }`.';

  test('MADR: a braced field with its braces removed, and a front matter field left, are found', () => {
    const doc = madrDoc('Describe the context and problem statement, e.g., in free form using two to three sentences or in the form of an illustrative story. You may want to articulate the problem in form of a question.', '{person proposing the ADR}');
    const r = checkDocument(MADR, doc, 'adr.md');
    const context = errors(r).find((f) => f.line === lineOf(doc, 'Describe the context'));
    expect(context?.rule).toBe('template-text');
    expect(context?.section).toEqual(['Context and Problem Statement']);
    expect(context?.data?.templateText?.similarity).toBeGreaterThan(0.6);
    expect(at(r, lineOf(doc, 'contact:')).some((rule) => leftoverRules.has(rule))).toBe(true);
  });
  test('MADR: real braces, and code that shares tokens with no example, are not leftovers', () => {
    const doc = madrDoc(REAL_CONTEXT, 'Jane Doe');
    const r = checkDocument(MADR, doc, 'adr.md');
    expect(errors(r).filter((f) => leftoverRules.has(f.rule))).toEqual([]);
  });
});

describe('a template question kept above the author\'s answer', () => {
  const TEMPLATE = buildTemplate('# Title\n\n## Summary\n\nOne paragraph explanation of the feature.\n\n## Drawbacks\n\nWhy should we *not* do this?\n\n## Compatibility\n\nDoes this proposal break compatibility with existing interfaces? Summarize necessary migrations, if any.\n', 'rfc.md');
  const doc = (drawbacks: string, compatibility = 'Old clients keep working; the new field is ignored by them.'): string =>
    `# Lint reasons\n\n## Summary\n\nLint attributes take a reason that the compiler prints with the lint.\n\n## Drawbacks\n\n${drawbacks}\n\n## Compatibility\n\n${compatibility}\n`;
  const templateText = (r: DocumentResult): Finding[] => r.findings.filter((f) => f.rule === 'template-text');

  test('a question answered below it is a warning that asks to delete the question', () => {
    const text = doc('> Why should we *not* do this?\n\nThe main drawback is one more attribute argument for tools to read.');
    const [f, ...rest] = templateText(checkDocument(TEMPLATE, text, 'rfc.md'));
    expect(rest).toEqual([]);
    expect([f.severity, f.line, f.section]).toEqual(['warning', lineOf(text, '> Why'), ['Drawbacks']]);
    expect(f.data?.demoted).toEqual({ from: 'error', cause: 'answered-prompt' });
    expect(f.fix).toMatch(/Delete the template's question/);
  });
  test('answered in a subsection under it, as a list item', () => {
    const text = doc('- Why should we *not* do this?\n\n### Minimalism\n\nLater extensions may clash with the syntax chosen here.');
    expect(templateText(checkDocument(TEMPLATE, text, 'rfc.md')).map((f) => f.severity)).toEqual(['warning']);
  });
  test('guards: a question with no answer beside it, or a bare word, stays an error', () => {
    for (const drawbacks of ['Why should we *not* do this?', 'Why should we *not* do this?\n\nNone.']) {
      const r = checkDocument(TEMPLATE, doc(drawbacks), 'rfc.md');
      expect(templateText(r).map((f) => [f.severity, f.section])).toEqual([['error', ['Drawbacks']]]);
    }
  });
  test('guard: guidance that also tells the author what to write stays an error, answer or not', () => {
    const text = doc('Possibly low value for the effort it takes to implement.', 'Does this proposal break compatibility with existing interfaces? Summarize necessary migrations, if any.\n\nOld clients keep working; the new field is ignored by them.');
    expect(templateText(checkDocument(TEMPLATE, text, 'rfc.md')).map((f) => [f.severity, f.section])).toEqual([['error', ['Compatibility']]]);
  });
});
