import type { DocumentResult, Finding, SectionStatus } from '../engine/types.js';
import { codeSpan, escapeMarkdown, markdownUrl } from './sanitize.js';
import { describeCounts } from './summary.js';
import { renderRequirement, requirementOf } from './plan-required.js';

/** How the checklist links to documents; without it, lines are plain text. */
export interface MarkdownOptions {
  /** URL of a document, or of one of its lines. */
  linkTo?: (path: string, line?: number) => string | undefined;
  /** Shown under a document's heading: where its template came from. */
  templateLink?: (template: string) => string | undefined;
}

const SEP = ' › ';

/** The verdict line: complete, or how many documents need work. */
export function renderVerdict(results: DocumentResult[]): string {
  if (results.some((r) => requirementOf(r))) return '❌ **This pull request needs a plan.**';
  const failing = results.filter((r) => !r.passed).length;
  if (results.length === 0) return '✅ **No planning documents to check.**';
  if (failing === 0) {
    const n = results.length;
    return `✅ **${n === 1 ? 'The planning document is' : `All ${n} planning documents are`} complete.**`;
  }
  return `❌ **${failing} of ${results.length} planning document${results.length === 1 ? '' : 's'} need${failing === 1 && results.length === 1 ? 's' : ''} work.**`;
}

/** Documents that need work first, each group in its given order. */
export function failingFirst(results: DocumentResult[]): DocumentResult[] {
  return [...results].sort((a, b) => Number(a.passed) - Number(b.passed));
}

/**
 * The checklist the PR comment shows (and `--format markdown` prints): per document, the
 * template's sections with what is missing or still placeholder first, passing ones folded.
 */
export function renderChecklist(results: DocumentResult[], options: MarkdownOptions = {}): string {
  const out: string[] = [renderVerdict(results), ''];
  for (const r of failingFirst(results)) out.push(...renderDocument(r, options), '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** One document's block of the checklist. */
export function renderDocument(r: DocumentResult, options: MarkdownOptions = {}): string[] {
  const requirement = requirementOf(r);
  if (requirement) return renderRequirement(requirement);
  const lines: string[] = [];
  const href = options.linkTo?.(r.path);
  const name = href ? `[${codeSpan(r.path, 200)}](${markdownUrl(href)})` : codeSpan(r.path, 200);
  const counts = describeCounts(r.findings);
  const state = r.passed ? '✅' : '❌';
  lines.push(`#### ${state} ${name}${counts ? ` — ${counts}` : ' — complete'}`);
  if (r.draft) {
    // Only what the draft itself demoted fails once it is ready; an optional section's warning stays one.
    const wouldFail = r.findings.filter((f) => f.data?.demoted?.cause === 'draft').length;
    lines.push('', `📝 Marked as a draft: leftovers are warnings for now${wouldFail > 0 ? `; ${wouldFail} of them will fail the check once it is marked ready` : ''}.`);
  }
  const tLink = options.templateLink?.(r.template);
  lines.push('', `<sub>Template: ${tLink ? `[${codeSpan(r.template, 200)}](${markdownUrl(tLink)})` : codeSpan(r.template, 200)}</sub>`, '');

  const docLevel = r.findings.filter((f) => f.section.length === 0 && f.severity !== 'info');
  for (const f of docLevel) lines.push(`- [ ] ${describeFinding(f, r, options)}`);

  const bySection = new Map<string, Finding[]>();
  for (const f of r.findings) {
    if (f.section.length === 0 || f.severity === 'info') continue;
    const key = f.section.join(SEP);
    const list = bySection.get(key) ?? [];
    list.push(f);
    bySection.set(key, list);
  }
  const rank = (s: SectionStatus): number => (s.state === 'missing' ? 0 : s.state === 'incomplete' ? 1 : s.state === 'warning' ? 2 : 3);
  const open = r.sections.filter((s) => s.state === 'missing' || s.state === 'incomplete' || s.state === 'warning');
  open.sort((a, b) => rank(a) - rank(b));
  for (const s of open) {
    const key = s.section.join(SEP);
    const findings = bySection.get(key) ?? [];
    const missing = findings.find((f) => f.rule === 'missing-section');
    if (s.state === 'missing' && !missing) continue; // covered by its missing parent
    const shown = s.heading !== undefined ? [...s.section.slice(0, -1), s.heading].join(SEP) : key;
    const title = `**${escapeMarkdown(shown)}**`;
    const icon = s.state === 'warning' ? '⚠️ ' : '';
    if (missing) {
      const where = lineLink(r, missing.line, options);
      lines.push(`- [ ] ${title}${where ? ` (${where})` : ''}: ${whatMissing(missing)}${missing.fix ? ` ${escapeMarkdown(missing.fix)}` : ''}`);
      continue;
    }
    const at = lineLink(r, s.line, options);
    lines.push(`- [ ] ${icon}${title}${at ? ` (${at})` : ''}`);
    for (const f of findings) lines.push(`  - ${describeFinding(f, r, options)}`);
  }
  const done = r.sections.filter((s) => s.state === 'ok');
  const skipped = r.sections.filter((s) => s.state === 'optional-missing');
  if (done.length > 0) {
    lines.push('', `<details><summary>${done.length} section${done.length === 1 ? '' : 's'} complete</summary>`, '');
    for (const s of done) lines.push(`- [x] ${escapeMarkdown(s.section.join(SEP))}`);
    if (skipped.length > 0) lines.push(...skipped.map((s) => `- [x] ~${escapeMarkdown(s.section.join(SEP))}~ (optional, left out)`));
    lines.push('', '</details>');
  }
  const notices = r.findings.filter((f) => f.severity === 'info');
  if (notices.length > 0) {
    lines.push('', `<details><summary>${notices.length} notice${notices.length === 1 ? '' : 's'}</summary>`, '');
    for (const f of notices) lines.push(`- ${describeFinding(f, r, options)}`);
    lines.push('', '</details>');
  }
  return lines;
}

function whatMissing(f: Finding): string {
  const n = f.data?.missing?.subsections ?? 0;
  return n > 0 ? `missing, with its ${n} subsection${n === 1 ? '' : 's'}.` : 'missing.';
}

function lineLink(r: DocumentResult, line: number | undefined, options: MarkdownOptions): string {
  if (line === undefined) return '';
  const href = options.linkTo?.(r.path, line);
  return href ? `[line ${line}](${markdownUrl(href)})` : `line ${line}`;
}

/** One finding as a checklist line: what, where, and how to fix it. Quotes are code spans. */
export function describeFinding(f: Finding, r: DocumentResult, options: MarkdownOptions = {}): string {
  const at = lineLink(r, f.line, options);
  const quote = f.excerpt !== undefined ? codeSpan(f.excerpt) : '';
  const warn = f.severity === 'warning' ? '⚠️ ' : '';
  switch (f.rule) {
    case 'placeholder':
      return `${warn}${at}: placeholder ${quote} left — ${placeholderHint(f.excerpt ?? '')}.`;
    case 'template-text':
      return `${warn}${at}: template text left as it is: ${quote} — replace it with your own.`;
    case 'unchecked-item':
      return `${warn}${at}: unticked ${quote} — tick it once done, or remove it if it does not apply.`;
    case 'heading-mismatch':
      return `${warn}${at}: heading ${quote} does not match the template — ${escapeMarkdown(lowerFirst(f.fix ?? ''))}`;
    case 'unknown-section':
      return `${at}: section ${quote} is not in the template.`;
    default:
      return `${warn}${at}: ${escapeMarkdown(f.message)}${f.fix ? ` — ${escapeMarkdown(lowerFirst(f.fix))}` : ''}`;
  }
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * How to fix a leftover, in the placeholder's own terms: `[Goal 3]` asks for a goal, a
 * bracketed instruction asks to be done, a marker asks to be finished.
 */
export function placeholderHint(excerpt: string): string {
  const inner = /^\[(.*)\]$/.exec(excerpt)?.[1];
  if (inner === undefined) return 'finish that part, then remove the marker';
  const words = inner.replace(/\s*\d+$/, '').trim();
  if (/[?.]$/.test(words) || words.split(/\s+/).length > 4) return 'write what it asks for in its place';
  if (/^[A-Z]{2,}(-[A-Z]{2,})*$/.test(words) || /\//.test(words)) return 'replace it with the value, or delete the line';
  const noun = words.charAt(0).toLowerCase() + words.slice(1);
  const definite = /^(name|version|purpose|description|justification|rationale|reasoning|strategy|mitigation|changes)\b/i.test(noun);
  const plural = /[^s]s$/.test(noun);
  const article = definite ? 'the ' : plural ? '' : /^[aeiou]/i.test(noun) ? 'an ' : 'a ';
  return `replace it with ${article}${escapeMarkdown(noun)}, or delete the item`;
}
