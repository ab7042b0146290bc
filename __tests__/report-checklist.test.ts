import { renderChecklist } from '../src/report/checklist.js';
import { checkSeed, HALF, lineOf } from './helpers.js';

// What the checklist calls each open item, and where it links: the comment and job summary
// render from it.

const linkTo = (p: string, line?: number): string => `https://github.example/acme/plans/blob/abc/${p}${line ? `#L${line}` : ''}`;
const checklist = renderChecklist([checkSeed(HALF)], { linkTo });
const items = checklist.split('\n').filter((l) => l.startsWith('- [ ]'));

test("a pattern section is named by the author's heading, not the template's placeholder", () => {
  const item = items.find((l) => l.includes('Alternatives Considered'));
  expect(item).toContain('**Alternatives Considered › Alternative 2: Saved searches in local storage**');
  expect(checklist).not.toContain('Alternative 2: \\[Name\\]');
});

test("a missing section's item links to the line where it belongs", () => {
  const item = items.find((l) => l.includes('Data Privacy'));
  expect(item).toContain(`([line ${lineOf(HALF, '### Vulnerabilty')}](https://github.example/acme/plans/blob/abc/doc.md#L${lineOf(HALF, '### Vulnerabilty')}))`);
});
