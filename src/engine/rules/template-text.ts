import { truncate } from '../text-utils.js';
import { defineRule } from './rule.js';

/** template-text: guidance prose or example code left as it is or nearly (found by the context's pre-pass). */
export const templateText = defineRule({
  id: 'template-text',
  description: 'Guidance prose or example code from the template is left as it is.',
  severity: 'error',
  leftover: true,
  priority: 4,
  check(ctx, report) {
    for (const hit of ctx.templateText) {
      const how = hit.similarity === 1 ? 'left as it is' : `left nearly as it is (${Math.round(hit.similarity * 100)}% the same)`;
      report({
        section: ctx.sectionAt(hit.start) ?? hit.from,
        line: hit.line,
        column: hit.column,
        message: `${hit.kind} from the template ${how}: "${truncate(hit.excerpt, 60)}"`,
        fix: hit.kind === 'example code' ? 'Replace the example with your own, or delete it.' : 'Replace the guidance with your own text.',
        excerpt: hit.excerpt,
        data: { templateText: { kind: hit.kind, similarity: hit.similarity, from: hit.from } }
      });
    }
  }
});
