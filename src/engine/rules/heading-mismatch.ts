import { truncate } from '../text-utils.js';
import { defineRule } from './rule.js';

/** heading-mismatch: a heading matched to a section only by typo distance. */
export const headingMismatch = defineRule({
  id: 'heading-mismatch',
  description: 'A heading only approximately matches the template (a typo?).',
  severity: 'warning',
  leftover: false,
  priority: 6,
  check(ctx, report) {
    const { bySection, byHeading } = ctx.match;
    for (const [t, h] of bySection) {
      if (t === ctx.template.title || byHeading[h.index]?.kind !== 'fuzzy') continue;
      report({ section: t.path, line: h.line, column: h.column, message: `heading '${truncate(h.text)}' does not match the template; did you mean '${t.title}'?`, fix: `Rename the heading to '${t.title}'.`, excerpt: h.text });
    }
  }
});
