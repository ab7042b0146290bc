import type { TemplateExplanation } from '../engine/explain.js';
import { escapeTerminal } from './sanitize.js';
import { truncate } from '../engine/text-utils.js';

/** Template text shown on one terminal line: escaped and shortened. */
function q(text: string, max = 100): string {
  return escapeTerminal(truncate(text.replace(/\s+/g, ' ').trim(), max));
}

/** `plancheck explain` as text: one block per section, in template order. */
export function formatExplainText(e: TemplateExplanation): string {
  const out: string[] = [];
  out.push(`Template ${q(e.template)}${e.title ? `: title '${q(e.title)}' (any title matches)` : ''}`);
  if (e.syntaxes.length > 0) out.push(`Placeholder syntaxes: ${e.syntaxes.join(', ')}${e.placeholderWords.length > 0 ? ` (words: ${e.placeholderWords.map((w) => q(w)).join(', ')})` : ''}`);
  if (e.frontMatter.length > 0) {
    out.push('', 'Front matter:');
    for (const f of e.frontMatter) {
      const notes = [f.placeholder ? `placeholder ${q(f.placeholder.text, 60)} (${f.placeholder.syntax})` : `value ${q(f.value, 60)}`];
      if (f.optional) notes.push(`${f.optional.conditional ? 'conditional' : f.optional.leftForOthers ? 'left for others' : 'optional'}: "${q(f.optional.text)}" (line ${f.optional.line})`);
      out.push(`  ${q(f.key)} (line ${f.line}): ${notes.join('; ')}`);
    }
  }
  if (e.leftForOthers.length > 0) {
    out.push('', 'Left for someone other than the author (not reported when left):');
    for (const p of e.leftForOthers) out.push(`  placeholder ${q(p.text, 60)} (line ${p.line}): "${q(p.said)}"`);
  }
  out.push('', 'Sections:');
  for (const s of e.sections) {
    const indent = '  '.repeat(Math.max(1, s.depth - (e.title ? 1 : 0)));
    const status = s.required ? 'required' : s.conditional ? 'conditional' : 'optional';
    out.push(`${indent}${q(s.path[s.path.length - 1])} (line ${s.line}): ${status}${s.wildcard ? ', wildcard heading: the author names it, repeat as needed' : s.pattern ? ', heading with a placeholder' : ''}`);
    const sub = indent + '  ';
    out.push(`${sub}why: ${q(s.why, 200)}`);
    if (s.aliases.length > 0) out.push(`${sub}also matches: ${s.aliases.map((a) => q(a)).join(', ')}`);
    if (s.freeForm) out.push(`${sub}free-form: the template says "${q(s.freeForm.text, 120)}" (line ${s.freeForm.line}); the author's own heading in its place answers it`);
    if (s.otherWords.length > 0) out.push(`${sub}also named by: ${s.otherWords.join(', ')} (a heading with one of these words matches with a warning)`);
    if (s.labels.length > 0) out.push(`${sub}also answered by a paragraph labelled: ${s.labels.map((l) => `${q(l)}:`).join(', ')} (in its place, with a warning)`);
    if (s.pickedFrom) out.push(`${sub}a list the next section picks from: a list followed by a line naming the chosen item, under the next section, answers it (with a warning)`);
    if (s.singleItem) out.push(`${sub}the next section accepts "${q(s.singleItem)}": missing where the document says it had a single option or approach, a warning`);
    if (!s.expectsContent) out.push(`${sub}nothing to write before its subsections`);
    for (const p of s.placeholders) out.push(`${sub}placeholder ${q(p.text, 80)} (${p.syntax}, line ${p.line})${p.leftFor ? ', left for someone else' : ''}`);
    for (const g of s.guidance) out.push(`${sub}guidance to replace: "${q(g, 80)}"`);
    for (const x of s.examples) out.push(`${sub}example to replace: "${q(x, 80)}"`);
    for (const k of s.keep) out.push(`${sub}text to keep (line ${k.line}): "${q(k.text, 80)}": ${q(k.why, 200)}`);
  }
  return out.join('\n') + '\n';
}

/** `plancheck explain --format json`. */
export function formatExplainJson(e: TemplateExplanation): string {
  return JSON.stringify(e, null, 2) + '\n';
}
