import { containsWords } from '../match.js';
import { truncate } from '../text-utils.js';
import { defineRule } from './rule.js';

/** heading-mismatch: a heading matched to a section only by typo distance. */
export const headingMismatch = defineRule({
  id: 'heading-mismatch',
  description: 'A heading only approximately matches the template (a typo?).',
  severity: 'warning',
  leftover: false,
  priority: 6,
  check(ctx, report) {
    const { bySection, byHeading } = ctx.match;
    const done = new Set<number>();
    for (const [t, h] of bySection) {
      if (t === ctx.template.title || byHeading[h.index]?.kind !== 'fuzzy' || done.has(h.index)) continue;
      done.add(h.index);
      // One heading written for several sections (`Proposal` for both explanations): one finding.
      const all = [...bySection].filter(([o, m]) => m === h && o !== ctx.template.title).map(([o]) => `'${o.title}'`);
      const meant = all.length > 1 ? `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}` : `'${t.title}'`;
      const fix = all.length > 1 ? `Split it into ${meant}, the template's headings.` : `Rename the heading to '${t.title}'.`;
      report({ section: t.path, line: h.line, column: h.column, message: `heading '${truncate(h.text)}' does not match the template; did you mean ${meant}?`, fix, excerpt: h.text });
    }
    // A heading matched as one section that also stands for another it names by another word
    // (`Drawbacks, Alternatives and Unknowns` for `Unresolved Questions`).
    for (const [t, h] of bySection) {
      const own = byHeading[h.index];
      if (t === ctx.template.title || !own || own.kind !== 'exact' || own.section === t || containsWords(h.key, t.key)) continue;
      report({ section: t.path, line: h.line, column: h.column, message: `heading '${truncate(h.text)}' also stands for '${t.title}'; did you mean to give it a heading of its own?`, fix: `Add a '${t.title}' heading for that part.`, excerpt: h.text });
    }
    for (const u of ctx.match.unheaded) {
      const what = u.kind === 'preamble' ? 'the text before the first heading has' : u.kind === 'label' ? 'the labelled paragraph here has' : u.kind === 'choice' ? 'the list the choice is made from has' : 'the link definitions that end the document have';
      const it = u.kind === 'links' ? 'them' : 'it';
      const level = '#'.repeat(Math.min(6, Math.max(1, u.section.depth + ctx.match.depthOffset)));
      report({ section: u.section.path, line: u.line, column: u.column, message: `${what} no heading; did you mean ${it} as '${u.section.title}'?`, fix: `Put a '${level} ${u.section.title}' heading above ${it}.` });
    }
  }
});
