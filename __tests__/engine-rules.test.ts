import { DEFAULT_TEMPLATE } from '../src/engine/default-template.js';
import { decodeDocument } from '../src/engine/input.js';
import { checkSeed, COMPLETE, edit, HALF, lineOf, only } from './helpers.js';

describe('a complete plan', () => {
  test('passes with no error or warning', () => {
    const r = checkSeed(COMPLETE);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.sections.every((s) => s.state === 'ok')).toBe(true);
  });
});

describe('the untouched template', () => {
  const r = checkSeed(DEFAULT_TEMPLATE);
  test('fails', () => {
    expect(r.passed).toBe(false);
  });
  test('reports each placeholder on its own line and column', () => {
    const goals = only(r, 'placeholder').filter((f) => /Goal \d/.test(f.excerpt ?? ''));
    expect(goals.map((f) => [f.excerpt, f.line, f.column])).toEqual([
      ['[Goal 1]', lineOf(DEFAULT_TEMPLATE, '[Goal 1]'), 3],
      ['[Goal 2]', lineOf(DEFAULT_TEMPLATE, '[Goal 2]'), 3],
      ['[Goal 3]', lineOf(DEFAULT_TEMPLATE, '[Goal 3]'), 3]
    ]);
    expect(goals[0].section).toEqual(['Feature Overview', 'Goals and Non-Goals']);
  });
  test('finds placeholders hidden in definition-shaped lines', () => {
    // `- [Technology 1]: [Justification]` parses as a link reference definition, not text.
    const line = lineOf(DEFAULT_TEMPLATE, '- [Technology 1]: [Justification]');
    const found = only(r, 'placeholder').filter((f) => f.line === line).map((f) => f.excerpt);
    expect(found).toEqual(['[Technology 1]', '[Justification]']);
  });
  test('finds placeholders in fields, nested lists and headings', () => {
    const excerpts = only(r, 'placeholder').map((f) => `${f.line}:${f.excerpt}`);
    expect(excerpts).toContain(`${lineOf(DEFAULT_TEMPLATE, '**Author**')}:[Name or Agent ID]`);
    expect(excerpts).toContain(`${lineOf(DEFAULT_TEMPLATE, '**Impact**')}:[High/Medium/Low]`);
    expect(excerpts).toContain(`${lineOf(DEFAULT_TEMPLATE, '### Alternative 1')}:[Name]`);
  });
  test('reports the example code left verbatim', () => {
    const examples = only(r, 'template-text').map((f) => f.section.join(' > '));
    expect(examples).toEqual(['Implementation Details > Data Models', 'Implementation Details > API Design', 'Implementation Details > File Structure']);
  });
  test('does not flag the scaffold meant to stay', () => {
    // Labels like **Goals:** and the Definition of Done checklist are not leftovers.
    const lines = new Set(r.findings.map((f) => f.line));
    expect(lines.has(lineOf(DEFAULT_TEMPLATE, '**Goals:**'))).toBe(false);
    expect(lines.has(lineOf(DEFAULT_TEMPLATE, '- [ ] All tests passing'))).toBe(false);
  });
});

describe('missing-section', () => {
  test('names the section and where it belongs', () => {
    const doc = edit(COMPLETE, '### Data Privacy\n\n- Queries may hold customer names; they are stored encrypted at rest like tickets.\n\n', '');
    const [f] = only(checkSeed(doc), 'missing-section');
    expect(f.section).toEqual(['Security Considerations', 'Data Privacy']);
    expect(f.severity).toBe('error');
    expect(f.line).toBe(lineOf(doc, '### Vulnerability Analysis'));
    expect(f.fix).toBe("Add a '### Data Privacy' heading after 'Authentication/Authorization' and fill it in.");
  });
  test('says so once when a whole parent is missing', () => {
    const start = COMPLETE.indexOf('## Testing Strategy');
    const end = COMPLETE.indexOf('## Security Considerations');
    const doc = COMPLETE.slice(0, start) + COMPLETE.slice(end);
    const missing = only(checkSeed(doc), 'missing-section');
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toBe("missing section 'Testing Strategy' and its 4 subsections");
  });
  test('skips sections the configuration makes optional', () => {
    const start = COMPLETE.indexOf('## Alternatives Considered');
    const end = COMPLETE.indexOf('## Dependencies and Risks');
    const doc = COMPLETE.slice(0, start) + COMPLETE.slice(end);
    expect(checkSeed(doc).passed).toBe(false);
    expect(checkSeed(doc, { optional: ['Alternatives Considered'] }).passed).toBe(true);
  });
});

describe('empty-section', () => {
  test('a heading with only a comment and blank list items is empty', () => {
    const doc = edit(COMPLETE, '- Turn the flag off; the table stays and is harmless.', '<!-- fill in later -->\n\n-\n-');
    const [f] = only(checkSeed(doc), 'empty-section');
    expect(f.section).toEqual(['Rollout Strategy', 'Rollback Plan']);
    expect(f.line).toBe(lineOf(doc, '### Rollback Plan'));
  });
  test('a section that only holds subsections needs no text of its own', () => {
    expect(COMPLETE).toMatch(/## Technical Approach\n\n### High-Level Architecture/);
    expect(only(checkSeed(COMPLETE), 'empty-section')).toEqual([]);
  });
  test('a bare N/A is not an answer, an N/A with a reason is', () => {
    const bare = edit(COMPLETE, '- Turn the flag off; the table stays and is harmless.', 'N/A');
    expect(only(checkSeed(bare), 'empty-section')[0].message).toMatch(/says only 'N\/A'/);
    const reasoned = edit(COMPLETE, '- Turn the flag off; the table stays and is harmless.', 'N/A: the flag is the rollback; nothing else changes.');
    expect(checkSeed(reasoned).passed).toBe(true);
  });
  test('an N/A with a reason covers the subsections it replaces', () => {
    const start = COMPLETE.indexOf('### Existing Systems');
    const end = COMPLETE.indexOf('## Testing Strategy');
    const doc = COMPLETE.slice(0, start) + 'Not applicable: this feature talks to no other system.\n\n---\n\n' + COMPLETE.slice(end);
    const r = checkSeed(doc);
    expect(only(r, 'missing-section')).toEqual([]);
    expect(r.passed).toBe(true);
  });
});

describe('placeholder', () => {
  test('one finding per leftover item of a half-filled list', () => {
    const doc = edit(COMPLETE, '- Share a saved search with the agent\'s team.', '- [Goal 2]\n- [Goal 3]');
    const found = only(checkSeed(doc), 'placeholder');
    expect(found.map((f) => [f.excerpt, f.line])).toEqual([
      ['[Goal 2]', lineOf(doc, '[Goal 2]')],
      ['[Goal 3]', lineOf(doc, '[Goal 3]')]
    ]);
  });
  test('numbered placeholders match whatever their number', () => {
    const doc = edit(COMPLETE, '- Share a saved search with the agent\'s team.', '- [Goal 7]');
    expect(only(checkSeed(doc), 'placeholder').map((f) => f.excerpt)).toEqual(['[Goal 7]']);
  });
  test('placeholders in table cells and headings are found', () => {
    const doc = edit(edit(COMPLETE, '### Alternative 2: Saved searches in local storage', '### Alternative 2: [Name]'), '- `saved_searches`: new table', '| Table | Change |\n|---|---|\n| [Table/Collection 1] | [Changes] |\n\n- `saved_searches`: new table');
    const found = only(checkSeed(doc), 'placeholder').map((f) => f.excerpt);
    expect(found).toEqual(['[Table/Collection 1]', '[Changes]', '[Name]']);
  });
  test('generic markers are found, with their own line', () => {
    const doc = COMPLETE + '\nTBD by Friday.\nFIXME later. <placeholder> and date YYYY-MM-DD.\n';
    const found = only(checkSeed(doc), 'placeholder').map((f) => `${f.line}:${f.column}:${f.excerpt}`);
    const last = doc.split('\n').length - 1;
    expect(found).toEqual([`${last - 1}:1:TBD`, `${last}:1:FIXME`, `${last}:14:<placeholder>`, `${last}:37:YYYY-MM-DD`]);
  });
  test('links, footnotes, task boxes, inline code, code blocks and comments are not placeholders', () => {
    const extra = [
      'See [the PRD](docs/prd.md) and [Goal 1][prd] and a footnote[^1].',
      '',
      '- [ ] an open task',
      '- `[Goal 1]` in inline code',
      '',
      '```',
      '[Goal 1] TODO in a code block',
      '```',
      '',
      '<!-- TODO: [Goal 1] in a comment -->',
      '',
      '[prd]: https://example.com/prd',
      '[^1]: A footnote.',
      ''
    ].join('\n');
    const doc = COMPLETE + '\n' + extra;
    expect(only(checkSeed(doc), 'placeholder')).toEqual([]);
  });
  test('lower-case "todo" in prose is not a marker', () => {
    const doc = COMPLETE + '\nThe todo list feature is out of scope.\n';
    expect(only(checkSeed(doc), 'placeholder')).toEqual([]);
  });
  test('configured markers and patterns are found too', () => {
    const doc = COMPLETE + '\nWIP: pending sign-off. ???\n';
    const r = checkSeed(doc, { markers: ['WIP'], patterns: [/\?{3}/u] });
    expect(only(r, 'placeholder').map((f) => f.excerpt)).toEqual(['WIP', '???']);
  });
});

describe('template-text', () => {
  test('example code left verbatim, whatever its spacing', () => {
    const doc = edit(COMPLETE, '{ "name": "Open P1s", "query": { "priority": "P1", "status": "open" } }', '{\n    "example":   "payload"\n}');
    const [f] = only(checkSeed(doc), 'template-text');
    expect(f.section).toEqual(['Implementation Details', 'API Design']);
    expect(f.line).toBe(lineOf(doc, '"example"') - 2);
  });
});

describe('heading matching', () => {
  test('a typo matches with a warning that says what was meant', () => {
    const doc = edit(COMPLETE, '### Vulnerability Analysis', '### Vulnerabilty Analysis');
    const r = checkSeed(doc);
    expect(only(r, 'missing-section')).toEqual([]);
    const [f] = only(r, 'heading-mismatch');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain("did you mean 'Vulnerability Analysis'?");
    expect(r.passed).toBe(true);
  });
  test('case, numbering, emoji, ampersands, closing hashes and setext headings all match', () => {
    let doc = edit(COMPLETE, '## Feature Overview', 'Feature overview\n----------------');
    doc = edit(doc, '### Goals and Non-Goals', '### 1.2 Goals & Non-Goals 🎯');
    doc = edit(doc, '## Technical Approach', '## 2. TECHNICAL APPROACH ##');
    doc = edit(doc, '### Data Models', '### Data models ###');
    const r = checkSeed(doc);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  test('front matter, CRLF line ends and a BOM change nothing', () => {
    // A file's bytes, read as every front end reads them.
    const file = (text: string): string => decodeDocument(Buffer.from(text));
    const doc = '\uFEFF---\ntitle: Saved searches\n---\n' + COMPLETE.replace(/\n/g, '\r\n');
    const r = checkSeed(file(doc));
    expect(r.passed).toBe(true);
    const broken = checkSeed(file('\uFEFF' + edit(COMPLETE, '- Share a saved search', '- [Goal 2]\n- Share a saved search').replace(/\n/g, '\r\n')));
    expect(only(broken, 'placeholder')[0].line).toBe(lineOf(COMPLETE, '- Share a saved search'));
  });
  test('the whole structure nested one level deeper under the author\'s title', () => {
    const doc = COMPLETE.replace(/^(#+) /gm, (_m, h: string) => `${h}# `).replace(/^## Technical Planning/m, '# Technical Planning');
    const r = checkSeed(doc);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  test('headings inside code blocks are not headings', () => {
    // The section's own text stays, under no heading: a heading in its place would be read as a rename.
    const doc = edit(COMPLETE, '### Data Privacy', '```\n### Data Privacy\n```\n\nSee above.');
    expect(only(checkSeed(doc), 'missing-section').map((f) => f.section.join(' > '))).toEqual(['Security Considerations > Data Privacy']);
  });
  test('a heading at the wrong level is a warning', () => {
    const doc = edit(COMPLETE, '### Data Privacy', '#### Data Privacy');
    const [f] = only(checkSeed(doc), 'heading-level');
    expect(f.severity).toBe('warning');
    expect(f.line).toBe(lineOf(doc, '#### Data Privacy'));
  });
  test('sections out of order are a warning on the moved one', () => {
    const a = COMPLETE.indexOf('### Unit Tests');
    const b = COMPLETE.indexOf('### Integration Tests');
    const c = COMPLETE.indexOf('### E2E Tests');
    const doc = COMPLETE.slice(0, a) + COMPLETE.slice(b, c) + COMPLETE.slice(a, b) + COMPLETE.slice(c);
    const found = only(checkSeed(doc), 'section-order');
    expect(found).toHaveLength(1);
    expect(found[0].section[1]).toMatch(/Unit Tests|Integration Tests/);
    expect(checkSeed(doc).passed).toBe(true);
  });
  test('a section the template does not have is a notice', () => {
    const doc = edit(COMPLETE, '### Design Patterns', '### Caching\n\nRedis, 5 minutes.\n\n### Design Patterns');
    const [f] = only(checkSeed(doc), 'unknown-section');
    expect(f.severity).toBe('info');
    expect(f.excerpt).toBe('Caching');
  });
  test('extra numbered alternatives repeat the template\'s pattern', () => {
    const doc = edit(COMPLETE, '## Dependencies and Risks', '### Alternative 3: A browser extension\n\nToo hard to roll out.\n\n---\n\n## Dependencies and Risks');
    const r = checkSeed(doc);
    expect(only(r, 'unknown-section')).toEqual([]);
    expect(r.passed).toBe(true);
  });
});

describe('drafts', () => {
  test('a draft turns leftovers into warnings and says so', () => {
    const doc = '---\nstatus: draft\n---\n' + HALF;
    const r = checkSeed(doc);
    expect(r.draft).toBe(true);
    expect(only(r, 'placeholder').every((f) => f.severity === 'warning')).toBe(true);
    // A missing section is still an error: the draft must have the template's shape.
    expect(only(r, 'missing-section')[0].severity).toBe('error');
  });
  test('a demoted finding says why: the draft, or an optional section', () => {
    const empty = edit(COMPLETE, '- An agent saves a search, reloads the page and runs it.\n', '');
    const [optional] = only(checkSeed('---\nstatus: draft\n---\n' + empty, { optional: ['E2E Tests'] }), 'empty-section');
    expect(optional).toMatchObject({ severity: 'warning', data: { demoted: { from: 'error', cause: 'optional' } } });
    const [draft] = only(checkSeed('---\nstatus: draft\n---\n' + empty), 'empty-section');
    expect(draft).toMatchObject({ severity: 'warning', data: { demoted: { from: 'error', cause: 'draft' } } });
    expect(only(checkSeed(empty), 'empty-section')[0].data).toBeUndefined();
  });
});

describe('unchecked-item', () => {
  test('a configured checklist must be fully ticked', () => {
    const doc = edit(COMPLETE, '- [x] All tests passing', '- [ ] All tests passing');
    expect(checkSeed(doc).passed).toBe(true);
    const r = checkSeed(doc, { checklists: ['Definition of Done'] });
    const [f] = only(r, 'unchecked-item');
    expect(f.line).toBe(lineOf(doc, '- [ ] All tests passing'));
    expect(f.excerpt).toBe('All tests passing');
    expect(r.passed).toBe(false);
  });
});

describe('severities', () => {
  test('a rule can be turned off or made an error', () => {
    const doc = edit(COMPLETE, '### Vulnerability Analysis', '### Vulnerabilty Analysis');
    expect(only(checkSeed(doc, { severities: { 'heading-mismatch': 'off' } }), 'heading-mismatch')).toEqual([]);
    expect(checkSeed(doc, { severities: { 'heading-mismatch': 'error' } }).passed).toBe(false);
  });
});

describe('the half-filled example', () => {
  test('gives exactly its leftovers, in line order', () => {
    const r = checkSeed(HALF);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.line} ${f.rule} ${f.excerpt ?? f.section.join(' > ')}`)).toEqual([
      `${lineOf(HALF, '[Goal 3]')} placeholder [Goal 3]`,
      `${lineOf(HALF, '```\nsrc/') } template-text src/ ├── feature/ │ ├── module1.ts │ ├── module2.ts │ └── types.ts └── tests/ └── feature.test.ts`,
      `${lineOf(HALF, '[Load testing')} placeholder [Load testing requirements]`,
      `${lineOf(HALF, 'TODO')} placeholder TODO`,
      `${lineOf(HALF, '### Vulnerabilty')} heading-mismatch Vulnerabilty Analysis`,
      `${lineOf(HALF, '### Vulnerabilty')} missing-section Security Considerations > Data Privacy`,
      `${lineOf(HALF, '### Rollback Plan')} empty-section Rollout Strategy > Rollback Plan`,
      `${lineOf(HALF, '[Reasoning]')} placeholder [Reasoning]`
    ]);
  });
});
