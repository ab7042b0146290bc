import type { RootContent } from 'mdast';
import { isComment, walk } from '../outline.js';
import { isUrlLike } from '../slices.js';
import { saysNothing } from '../non-answer.js';
import { truncate } from '../text-utils.js';
import type { Requirement } from '../template-reading.js';
import { namedIn, type CheckContext } from './check-context.js';
import { subsectionsTooHigh } from '../match.js';
import type { TemplateSection } from '../template.js';
import type { OutlineHeading } from '../outline.js';
import { defineRule } from './rule.js';

/** empty-section: a heading with nothing under it, only a bare "N/A", or nothing said (see `saysNothing`). */
export const emptySection = defineRule({
  id: 'empty-section',
  description: 'A section has a heading but nothing written under it.',
  severity: 'error',
  leftover: true,
  priority: 2,
  check(ctx, report) {
    for (const { section: t, heading: h, content, said, notApplicable } of ctx.bodies) {
      if (notApplicable === 'bare') {
        // "None." answers the question; a reason is only demanded where the team asks for one.
        const demand = namedIn(t, ctx.options.requireReason);
        report({
          section: t.path,
          line: h.line,
          column: h.column,
          message: `'${t.title}' says only '${truncate(said, 20)}'`,
          fix: 'Say why the section does not apply, e.g. "N/A: this feature stores no data."',
          ...(demand ? {} : { demote: 'bare-answer' as const })
        });
        continue;
      }
      if (notApplicable || ctx.ancestorNotApplicable(t)) continue;
      // A section the template leaves for someone else ("filled in by the reviewers") is theirs to write.
      if (t.requirement?.leftForOthers) continue;
      const nothing = saysNothing(content);
      if (nothing !== undefined && t.expectsContent) {
        const optional = ctx.isOptional(t);
        const later = optional ? undefined : ctx.laterStage(t);
        report({
          section: t.path,
          line: h.line,
          column: h.column,
          message: `'${t.title}' says nothing: ${nothing}`,
          fix: fixFor(optional, later),
          data: { empty: { reason: nothing } },
          optional,
          ...(later ? { demote: 'later-stage' as const } : {})
        });
        continue;
      }
      if (!t.expectsContent || rendersAnything(content)) continue;
      // A parent whose subsections carry the answer (Consequences: Positive, Negative) is not empty.
      if (t.children.some((c) => ctx.bodies.some((b) => b.section === c && (b.notApplicable !== undefined || rendersAnything(b.content))))) continue;
      // Or its subsections written a level too high (`### Risk: ...` after `### Risks and Mitigations`).
      if (writtenTooHigh(ctx, t, h)) continue;
      const where = t.children.length > 0 ? ' before its first subsection' : '';
      const optional = ctx.isOptional(t);
      const later = optional ? undefined : ctx.laterStage(t);
      report({
        section: t.path,
        line: h.line,
        column: h.column,
        message: `'${t.title}' has nothing written${where}`,
        fix: fixFor(optional, later),
        optional,
        ...(later ? { demote: 'later-stage' as const } : {})
      });
    }
  }
});

/**
 * What to do about an empty section. A question the template asks only at a later stage than
 * the document's, kept as an empty heading, is left for then: the author kept it to come back to.
 */
function fixFor(optional: boolean, later: Requirement | undefined): string {
  if (optional) return 'Write this optional section, or delete its heading.';
  if (later) return `Answer it before the document reaches ${later.stage ?? 'that stage'} (the template says "${truncate(later.text, 80)}", line ${later.line}).`;
  return 'Write this section, or say why it does not apply (e.g. "N/A: ...").';
}

/** Whether any of the nodes shows something to a reader. */
function rendersAnything(nodes: RootContent[]): boolean {
  let seen = false;
  walk(nodes, (n) => {
    if (seen) return false;
    switch (n.type) {
      case 'text':
        if (n.value.trim() !== '' && !/^\[[ xX]?\]$/.test(n.value.trim())) seen = true;
        return false;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'table':
        seen = true;
        return false;
      case 'code':
        if (n.value.trim() !== '') seen = true;
        return false;
      case 'html':
        if (!isComment(n.value) && n.value.trim() !== '') seen = true;
        return false;
      case 'definition':
        // A placeholder-shaped line (`- [Risk 1]: [Mitigation]`) is text to its author, and a
        // list of link definitions to other pages is a list of references, written in the
        // source; an in-page anchor (`[summary]: #summary`) is scaffold.
        if (!isUrlLike(n.url) || !n.url.startsWith('#')) seen = true;
        return false;
      case 'heading':
      case 'thematicBreak':
      case 'yaml':
        return false;
      default:
        return undefined;
    }
  });
  return seen;
}

/** Whether the section's subsections, written a level too high right after it, say something. */
function writtenTooHigh(ctx: CheckContext, t: TemplateSection, h: OutlineHeading): boolean {
  const subs = subsectionsTooHigh(ctx.match, ctx.outline, t, h);
  if (subs.length === 0) return false;
  const last = ctx.outline.headings[subs[subs.length - 1].end - 1];
  return rendersAnything(ctx.outline.root.children.slice(subs[0].bodyStart, last.bodyEnd).filter((n) => n.type !== 'heading'));
}
