import type { Nodes } from 'mdast';
import { isComment, walk } from '../outline.js';
import { truncate } from '../text-utils.js';
import type { CheckContext, TemplateTextHit } from './check-context.js';
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
      // A template question kept as the prompt of the author's own answer reads as a question and
      // its answer: worth tidying, not a block. Guidance that tells the author what to do is not.
      const prompt = hit.kind === 'guidance' && asksOnly(hit.excerpt) && answeredBeside(ctx, hit);
      report({
        section: ctx.sectionAt(hit.start) ?? hit.from,
        line: hit.line,
        column: hit.column,
        message: prompt ? `question from the template kept above the answer: "${truncate(hit.excerpt, 60)}"` : `${hit.kind} from the template ${how}: "${truncate(hit.excerpt, 60)}"`,
        fix: hit.kind === 'example code' ? 'Replace the example with your own, or delete it.' : prompt ? 'Delete the template\'s question; the answer under it stays.' : 'Replace the guidance with your own text.',
        excerpt: hit.excerpt,
        data: { templateText: { kind: hit.kind, similarity: hit.similarity, from: hit.from } },
        ...(prompt ? { demote: 'answered-prompt' as const } : {})
      });
    }
  }
});

/** Fewest words of the author's own, in the section of a template question, that answer it. */
export const ANSWER_WORDS = 5;

/**
 * Whether a passage only asks: every sentence of it ends with a question mark ("Why should we
 * *not* do this?"). One that also instructs ("... if any. Summarize the migrations.") does not.
 */
export function asksOnly(text: string): boolean {
  const sentences = text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s !== '');
  return sentences.length > 0 && sentences.every((s) => /\?["'”’)\]*_]*$/.test(s));
}

/**
 * Whether the section holding a template passage (down to the end of its subsections) holds at
 * least {@link ANSWER_WORDS} words of the author's own besides the template's passages: text,
 * code and tables outside every passage the pre-pass found; headings, comments and link
 * definitions are not an answer.
 */
function answeredBeside(ctx: CheckContext, hit: TemplateTextHit): boolean {
  const { headings, root } = ctx.outline;
  let at = -1;
  for (const h of headings) {
    if ((h.node.position?.start.offset ?? 0) > hit.start) break;
    at = h.index;
  }
  if (at < 0) return false;
  const h = headings[at];
  const last = h.end < headings.length ? headings[h.end].bodyStart - 1 : root.children.length;
  const inPassage = (n: Nodes): boolean => {
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    return s !== undefined && e !== undefined && ctx.templateText.some((p) => p.start <= s && e <= p.end);
  };
  let words = 0;
  const count = (text: string): void => {
    words += text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  };
  walk(root.children.slice(h.bodyStart, last), (n) => {
    if (words >= ANSWER_WORDS) return false;
    if (inPassage(n)) return false;
    switch (n.type) {
      case 'heading':
      case 'definition':
      case 'yaml':
        return false;
      case 'html':
        if (!isComment(n.value)) count(n.value.replace(/<[^>]*>/g, ' '));
        return false;
      case 'text':
      case 'inlineCode':
      case 'code':
        count(n.value);
        return false;
      default:
        return undefined;
    }
  });
  return words >= ANSWER_WORDS;
}
