import { plainText, walk } from '../outline.js';
import { collapseSpace, truncate } from '../text-utils.js';
import { namedIn } from './check-context.js';
import { defineRule } from './rule.js';

/** unchecked-item: unticked task items in the sections configured as checklists. */
export const uncheckedItem = defineRule({
  id: 'unchecked-item',
  description: 'A checklist that must be complete before merging has unticked items.',
  severity: 'error',
  leftover: true,
  priority: 5,
  check(ctx, report) {
    const checklists = ctx.options.checklists;
    if (!checklists || checklists.length === 0) return;
    for (const { section: t, content, notApplicable } of ctx.bodies) {
      if (notApplicable || !namedIn(t, checklists)) continue;
      walk(content, (n) => {
        if (n.type === 'listItem' && n.checked === false) {
          const item = truncate(collapseSpace(plainText(n)), 60);
          const pos = n.position?.start;
          report({ section: t.path, line: pos?.line ?? 1, column: pos?.column ?? 1, message: `unticked item in '${t.title}': ${item}`, fix: 'Tick it once it is done, or remove it if it does not apply.', excerpt: item });
        }
        if (n.type === 'code' || n.type === 'html') return false;
        return undefined;
      });
    }
  }
});
