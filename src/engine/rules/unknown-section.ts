import { truncate } from '../text-utils.js';
import { defineRule } from './rule.js';

/** unknown-section: headings beside the template's sections that the template does not have. */
export const unknownSection = defineRule({
  id: 'unknown-section',
  description: 'A section that the template does not have.',
  severity: 'info',
  leftover: false,
  priority: 9,
  check(ctx, report) {
    const { byHeading, docTitle } = ctx.match;
    const title = ctx.template.title;
    for (const h of ctx.outline.headings) {
      if (byHeading[h.index] || h.index === docTitle) continue;
      const parent = h.parent;
      const parentSection = parent >= 0 ? byHeading[parent]?.section : undefined;
      const besideTemplate = parent === -1 || parent === docTitle || (parentSection !== undefined && parentSection.children.length > 0) || parentSection === title;
      if (!besideTemplate) continue;
      const section = parentSection && parentSection !== title ? parentSection.path : [];
      report({ section, line: h.line, column: h.column, message: `section '${truncate(h.text)}' is not in the template`, excerpt: h.text });
    }
  }
});
