import { truncate } from '../text-utils.js';
import { defineRule } from './rule.js';

/** template-text: guidance prose or example code left verbatim (found by the context's pre-pass). */
export const templateText = defineRule({
  id: 'template-text',
  description: 'Guidance prose or example code from the template is left as it is.',
  severity: 'error',
  leftover: true,
  priority: 4,
  check(ctx, report) {
    for (const hit of ctx.templateText) {
      report({
        section: ctx.sectionAt(hit.start) ?? hit.from,
        line: hit.line,
        column: hit.column,
        message: `${hit.kind} from the template left as it is: "${truncate(hit.excerpt, 60)}"`,
        fix: hit.kind === 'example code' ? 'Replace the example with your own, or delete it.' : 'Replace the guidance with your own text.',
        excerpt: hit.excerpt
      });
    }
  }
});
