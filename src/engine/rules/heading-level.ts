import { subsectionsTooHigh } from '../match.js';
import { truncate } from '../text-utils.js';
import { defineRule } from './rule.js';

/** heading-level: a section's heading at another level than the template's (after the document's offset). */
export const headingLevel = defineRule({
  id: 'heading-level',
  description: 'A section heading is at another level than the template puts it.',
  severity: 'warning',
  leftover: false,
  priority: 7,
  check(ctx, report) {
    const { bySection, depthOffset } = ctx.match;
    for (const [t, h] of bySection) {
      if (t === ctx.template.title) continue;
      const want = t.depth + depthOffset;
      if (h.depth === want || want < 1 || want > 6) continue;
      report({ section: t.path, line: h.line, column: h.column, message: `'${t.title}' is a level ${h.depth} heading here; the template makes it level ${want}`, fix: `Use '${'#'.repeat(want)} ${t.title}'.` });
    }
    // Subsections of a section written at its own level, right after it: read as its subsections.
    for (const b of ctx.bodies) {
      if (b.said !== '') continue;
      for (const c of subsectionsTooHigh(ctx.match, ctx.outline, b.section, b.heading)) {
        report({ section: b.section.path, line: c.line, column: c.column, message: `'${truncate(c.text)}' reads as a subsection of '${b.section.title}' but is a level ${c.depth} heading, as '${b.section.title}' is`, fix: `Use '${'#'.repeat(Math.min(6, c.depth + 1))} ${truncate(c.text)}'.` });
      }
    }
  }
});
