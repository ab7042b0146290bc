import type { OutlineHeading } from '../outline.js';
import type { TemplateSection } from '../template.js';
import { defineRule } from './rule.js';

/** section-order: siblings outside the longest run that keeps the template's order. */
export const sectionOrder = defineRule({
  id: 'section-order',
  description: 'A section stands elsewhere than the template puts it.',
  severity: 'warning',
  leftover: false,
  priority: 8,
  check(ctx, report) {
    const { bySection } = ctx.match;
    const groups: TemplateSection[][] = [ctx.template.roots, ...ctx.template.sections.map((t) => t.children)];
    for (const siblings of groups) {
      // Sections the author wrote under one heading (`Ergonomics & Compatibility`) count once.
      const present = siblings.filter((t, i) => bySection.has(t) && !siblings.slice(0, i).some((o) => bySection.get(o) === bySection.get(t)));
      if (present.length < 2) continue;
      const keep = longestIncreasing(present.map((t) => (bySection.get(t) as OutlineHeading).index));
      present.forEach((t, i) => {
        if (keep.has(i)) return;
        const h = bySection.get(t) as OutlineHeading;
        const before = siblings[siblings.indexOf(t) - 1];
        const rel = before ? `after '${before.title}'` : 'first among its siblings';
        report({ section: t.path, line: h.line, column: h.column, message: `'${t.title}' is out of order: the template puts it ${rel}`, fix: `Move the section ${rel}.` });
      });
    }
  }
});

/** Indices (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i !== -1; i = prev[i]) keep.add(i);
  return keep;
}
