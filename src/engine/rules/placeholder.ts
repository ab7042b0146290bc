import { collectTextSlices } from '../slices.js';
import { findBracketSpans, placeholderKey, truncate } from '../text-utils.js';
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
    const at = (offset: number, found: string): void => placeholderAt(ctx, report, offset, found);
    let c = 0;
    for (const slice of slices) {
      while (c < covered.length && covered[c].end <= slice.offset) c++;
      if (c < covered.length && covered[c].start <= slice.offset && slice.offset < covered[c].end) continue;
      const reported: Array<[number, number]> = [];
      for (const span of findBracketSpans(slice.text)) {
        const known = ctx.template.placeholders.get(placeholderKey(span.inner));
        if (!known) continue;
        reported.push([span.start, span.end]);
        at(slice.offset + span.start, `[${span.inner}]`);
      }
      const inReported = (i: number): boolean => reported.some(([s, e]) => s <= i && i < e);
      if (markers) {
        markers.lastIndex = 0;
        for (let m = markers.exec(slice.text); m; m = markers.exec(slice.text)) {
          if (!inReported(m.index)) at(slice.offset + m.index, m[0]);
        }
      }
      for (const p of patterns) {
        for (const line of splitLines(slice.text)) {
          p.lastIndex = 0;
          const m = p.exec(line.text);
          if (m && m[0] !== '') at(slice.offset + line.offset + m.index, m[0]);
        }
      }
    }
  }
});

function placeholderAt(ctx: CheckContext, report: Report, offset: number, found: string): void {
  const { line, column } = ctx.lines.locate(offset);
  const section = ctx.sectionAt(offset) ?? [];
  const label = section.length > 0 ? section[section.length - 1] : 'the document';
  report({ section, line, column, message: `placeholder ${truncate(found, 60)} left in '${label}'`, fix: `Replace ${truncate(found, 60)} with the real content, or delete it.`, excerpt: found, data: { placeholder: { text: found } } });
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
