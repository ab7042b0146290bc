import { walk } from '../outline.js';
import { nearestMatched } from '../match.js';
import { siblingsOf, type TemplateSection } from '../template-model.js';
import { truncate } from '../text-utils.js';
import type { CheckContext } from './check-context.js';
import { defineRule } from './rule.js';

/** missing-section: once per missing subtree, placed where the section belongs. */
export const missingSection = defineRule({
  id: 'missing-section',
  description: 'A section the template requires has no matching heading.',
  severity: 'error',
  leftover: false,
  priority: 1,
  check(ctx, report) {
    const { bySection, depthOffset } = ctx.match;
    const { template } = ctx;
    const anyMatched = (t: TemplateSection): boolean => bySection.has(t) || t.children.some(anyMatched);
    for (const t of template.sections) {
      if (bySection.has(t) || ctx.isOptional(t) || ctx.ancestorNotApplicable(t)) continue;
      // Answered without a heading (untitled prose, closing link definitions): a heading mismatch.
      if (ctx.match.unheaded.some((u) => u.section === t)) continue;
      if (t.isPattern && t.key === '') continue;
      const parent = t.parent && t.parent !== template.title ? t.parent : undefined;
      if (parent && !bySection.has(parent) && !ctx.isOptional(parent) && !anyMatched(parent)) continue;
      // Its subsections are there (moved under another heading): the section's content is written.
      if (t.children.some(anyMatched)) continue;
      // A parent that answers its subsections together, with none of them as headings of their own.
      if (parent && bySection.has(parent) && !parent.children.some(anyMatched) && ctx.bodies.some((b) => b.section === parent && b.said !== '')) continue;
      const single = t.singleItem !== undefined && t.children.length === 0 ? saysSingle(ctx, t) : undefined;
      const subsections = countRequired(t, (c) => !bySection.has(c) && !ctx.isOptional(c));
      const { line, after } = whereBelongs(ctx, t);
      const level = Math.min(6, Math.max(1, t.depth + depthOffset));
      const under = parent ? ` under '${parent.title}'` : '';
      const also = subsections > 0 ? ` and its ${subsections} subsection${subsections === 1 ? '' : 's'}` : '';
      report({
        section: t.path,
        line,
        column: 1,
        message: single ? `missing section '${t.title}'${under}; the document says there was "${truncate(single, 40)}", which the template accepts ("${t.singleItem}")` : `missing section '${t.title}'${also}${under}`,
        fix: single ? `Add a '${'#'.repeat(level)} ${t.title}' heading${after ? ` after '${after}'` : ''} listing the one option.` : `Add a '${'#'.repeat(level)} ${t.title}' heading${after ? ` after '${after}'` : ''} and fill it in.`,
        data: { missing: { subsections, level, ...(parent ? { parent: parent.path } : {}), ...(after !== undefined ? { after } : {}) } },
        ...(single ? { demote: 'single-item' as const } : {})
      });
    }
  }
});

/** A sentence saying the choice had no rival: "a single approach", "the only option", "only one alternative". */
const SINGLE = /\b(?:only|single|sole)\s+(?:one\s+)?(?:option|approach|alternative|choice)\b/i;

/**
 * Where the template accepts a choice with no rival ({@link TemplateSection.singleItem}), the
 * words of the document, after the matched section before the missing list, saying there was
 * one ("Since there's a single approach here"); code does not count.
 */
function saysSingle(ctx: CheckContext, t: TemplateSection): string | undefined {
  const siblings = siblingsOf(ctx.template, t);
  const from = nearestMatched(siblings, siblings.indexOf(t), ctx.match.bySection, -1)?.bodyStart ?? 0;
  let said: string | undefined;
  walk(ctx.outline.root.children.slice(from), (n) => {
    if (said !== undefined || n.type === 'code' || n.type === 'html' || n.type === 'heading') return false;
    if (n.type !== 'text') return undefined;
    said = SINGLE.exec(n.value)?.[0];
    return false;
  });
  return said;
}

function countRequired(t: TemplateSection, missing: (t: TemplateSection) => boolean): number {
  let n = 0;
  for (const c of t.children) if (missing(c)) n += 1 + countRequired(c, missing);
  return n;
}

/** The line where a missing section should go, and the section it follows. */
function whereBelongs(ctx: CheckContext, t: TemplateSection): { line: number; after?: string } {
  const headings = ctx.outline.headings;
  const { bySection } = ctx.match;
  const siblings = siblingsOf(ctx.template, t);
  const at = siblings.indexOf(t);
  for (let i = at - 1; i >= 0; i--) {
    const h = bySection.get(siblings[i]);
    if (h) return { line: h.end < headings.length ? headings[h.end].line : ctx.lines.lineCount, after: siblings[i].title };
  }
  const parent = t.parent ? bySection.get(t.parent) : undefined;
  if (parent) return { line: parent.index + 1 < parent.end ? headings[parent.index + 1].line : parent.line, after: undefined };
  for (let i = at + 1; i < siblings.length; i++) {
    const h = bySection.get(siblings[i]);
    if (h) return { line: h.line };
  }
  return { line: headings.length > 0 ? headings[0].line : 1 };
}
