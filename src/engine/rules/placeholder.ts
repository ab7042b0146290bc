import { collectTextSlices } from '../slices.js';
import { findPlaceholderSpans } from '../template-model.js';
import { firstMatch } from '../linear-pattern.js';
import { wrap } from '../placeholder-syntax.js';
import { placeholderKey, truncate } from '../text-utils.js';
import { markersOf, type CheckContext } from './check-context.js';
import { defineRule, type Report } from './rule.js';

/** placeholder: the template's own placeholders and the generic markers, each where it is. */
export const placeholder = defineRule({
  id: 'placeholder',
  description: 'Placeholder text from the template, or a marker such as TODO, is still in the document.',
  severity: 'error',
  leftover: true,
  priority: 3,
  check(ctx, report) {
    const markers = buildMarkerPattern(markersOf(ctx.options), ctx.template.placeholderWords);
    const patterns = ctx.options.patterns ?? [];
    const slices = collectTextSlices(ctx.outline.root.children, ctx.text, ctx.definitions);
    // Text the template-text pre-pass already reported is not reported again, placeholder by placeholder.
    const covered = ctx.templateText;
    const at = (offset: number, found: string, inSentence = false): void => placeholderAt(ctx, report, offset, found, inSentence);
    let c = 0;
    for (const slice of slices) {
      while (c < covered.length && covered[c].end <= slice.offset) c++;
      if (c < covered.length && covered[c].start <= slice.offset && slice.offset < covered[c].end) continue;
      const reported: Array<[number, number]> = [];
      // Only the template's own placeholders, in the syntaxes it uses: real braces are not one.
      for (const span of findPlaceholderSpans(slice.text, ctx.template.syntaxes)) {
        const known = ctx.template.placeholders.get(placeholderKey(span.inner));
        if (!known || (span.syntax !== 'square' && known.syntax !== span.syntax)) continue;
        if (reported.some(([s, e]) => s <= span.start && span.start < e)) continue;
        reported.push([span.start, span.end]);
        // A field the template leaves for someone else (a number assigned on merge) is theirs to fill.
        if (known.leftFor) continue;
        at(slice.offset + span.start, wrap(span.syntax, span.inner));
      }
      const inReported = (i: number): boolean => reported.some(([s, e]) => s <= i && i < e);
      if (markers) {
        markers.lastIndex = 0;
        for (let m = markers.exec(slice.text); m; m = markers.exec(slice.text)) {
          if (inReported(m.index)) continue;
          const offset = slice.offset + m.index;
          // The template's own words (`NNNN`) are always its leftovers; a generic marker inside a
          // running sentence ("high on the TODO list") is worth a word, not a block.
          const ownWord = ctx.template.placeholderWords.has(m[0]);
          at(offset, m[0], !ownWord && !standsAlone(ctx.text, offset, m[0].length));
        }
      }
      for (const p of patterns) {
        for (const line of splitLines(slice.text)) {
          const m = firstMatch(p, line.text);
          if (m && m.text !== '') at(slice.offset + line.offset + m.index, m.text);
        }
      }
    }
  }
});

function placeholderAt(ctx: CheckContext, report: Report, offset: number, found: string, inSentence: boolean): void {
  const { line, column } = ctx.lines.locate(offset);
  const section = ctx.sectionAt(offset) ?? [];
  const label = section.length > 0 ? section[section.length - 1] : 'the document';
  report({
    section,
    line,
    column,
    message: inSentence ? `marker ${truncate(found, 60)} inside a sentence in '${label}'` : `placeholder ${truncate(found, 60)} left in '${label}'`,
    fix: inSentence ? `Check that ${truncate(found, 60)} is meant to stay; replace it if it stands for text still to write.` : `Replace ${truncate(found, 60)} with the real content, or delete it.`,
    excerpt: found,
    data: { placeholder: { text: found } },
    ...(inSentence ? { demote: 'in-sentence' as const } : {})
  });
}

/**
 * Whether a marker stands alone as a leftover: it is all of its list item, table cell, field
 * value or line, or it is set off as a note (`[TBD]`; `TODO:`, `TODO(name)` where its line, item
 * or cell starts, or after a finished sentence). One inside a running sentence does not stand
 * alone, nor a note right after the text it remarks on (`[Benchmarks](...) TODO: inline`).
 */
export function standsAlone(text: string, offset: number, length: number): boolean {
  const next = text.charAt(offset + length);
  const prev = text.charAt(offset - 1);
  if (prev === '[' && next === ']') return true;
  const note = next === ':' || next === '(';
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  let before = text.slice(lineStart, offset);
  let after = text.slice(offset + length, lineEnd);
  // Within a table cell, the cell is the unit.
  const pipeBefore = before.lastIndexOf('|');
  const pipeAfter = after.indexOf('|');
  if (pipeBefore !== -1 && pipeAfter !== -1) {
    before = before.slice(pipeBefore + 1);
    after = after.slice(0, pipeAfter);
  }
  // List marks, quote marks, emphasis and a field label (`Status:`) come before a value.
  before = before.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s*(?:\[[ xX]\]\s*)?/, '').replace(/^[^:]{1,40}:\s*/, '');
  // A note after a finished sentence is still set off; one right after the text it remarks on is not.
  if (note) return before.replace(/[\s*_`~([]/g, '') === '' || /[.!?:;]\s+$/.test(before);
  const rest = (before + after).replace(/[\s*_`~.,;:!?()"'“”‘’\-–—]/g, '');
  return rest === '';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One alternation of literals with word edges: linear to run over any text. */
function buildMarkerPattern(markers: string[], words: Set<string>): RegExp | undefined {
  const all = [...new Set([...markers, ...words])].filter((m) => m !== '');
  if (all.length === 0) return undefined;
  all.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${all.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}

function splitLines(text: string): Array<{ offset: number; text: string }> {
  const out: Array<{ offset: number; text: string }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      out.push({ offset: start, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}
