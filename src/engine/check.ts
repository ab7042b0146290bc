import { DocumentError } from './errors.js';
import { parseMarkdown } from './parse-markdown.js';
import { buildOutline, type Outline } from './outline.js';
import { buildContext, type CheckContext, type CheckOptions } from './rules/check-context.js';
import { RULES } from './rules/registry.js';
import type { FindingDraft, Rule } from './rules/rule.js';
import { unreadableFinding } from './rules/unreadable-document.js';
import type { TemplateModel } from './template.js';
import { LineIndex } from './text-utils.js';
import type { DocumentResult, Finding, SectionStatus, Severity } from './types.js';
import { passes } from './verdict.js';

export type { CheckOptions } from './rules/check-context.js';

/**
 * Checks one document's text (decoded by `decodeDocument`, so without a BOM) against a template.
 * Never throws for any document text, but runs in the calling thread with no time or memory
 * budget: a document made to stall the parser can hold the thread for minutes. The command line
 * and the action call it in a worker thread within `time-limit`, `memory-limit` and
 * `total-time-limit`; for untrusted text do the same (a `Worker` with `resourceLimits`, stopped
 * by a timer) or run the command line.
 */
export function checkDocument(template: TemplateModel, text: string, path: string, options: CheckOptions = {}): DocumentResult {
  const lines = new LineIndex(text);
  let outline: Outline;
  try {
    outline = buildOutline(parseMarkdown(text));
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    return unreadableResult(template, path, e, lines.lineCount);
  }
  const ctx = buildContext(template, text, outline, lines, options);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.check) continue;
    const configured = options.severities?.[rule.id] ?? rule.severity;
    if (configured === 'off') continue;
    rule.check(ctx, (draft) => findings.push(toFinding(ctx, rule, configured, draft)));
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return {
    path,
    template: template.name,
    passed: passes(findings, options.failOn),
    draft: ctx.draft,
    lineCount: lines.lineCount,
    findings,
    sections: sectionStatuses(ctx, findings)
  };
}

/** A rule's finding with its severity: errors become warnings in a draft's leftovers and optional sections. */
function toFinding(ctx: CheckContext, rule: Rule, configured: Severity, d: FindingDraft): Finding {
  const cause = configured !== 'error' ? undefined : d.optional ? 'optional' : d.demote ? d.demote : ctx.draft && rule.leftover ? 'draft' : undefined;
  const finding: Finding = {
    rule: rule.id as Finding['rule'],
    severity: cause ? 'warning' : configured,
    section: d.section,
    line: Math.max(1, Math.min(d.line, ctx.lines.lineCount)),
    column: Math.max(1, d.column),
    message: d.message
  };
  if (d.fix) finding.fix = d.fix;
  if (d.excerpt !== undefined) finding.excerpt = d.excerpt;
  if (d.data || cause) finding.data = { ...d.data, ...(cause ? { demoted: { from: 'error', cause } } : {}) };
  return finding;
}

/** The result for a document that could not be read or parsed. */
export function unreadableResult(template: TemplateModel, path: string, error: DocumentError, lineCount = 1): DocumentResult {
  return { path, template: template.name, passed: false, draft: false, lineCount, sections: [], findings: [unreadableFinding(error, lineCount)] };
}

/** Each template section's state in the checklist, from the findings about it. */
function sectionStatuses(ctx: CheckContext, findings: Finding[]): SectionStatus[] {
  const bad = new Map<string, 'error' | 'warning'>();
  for (const f of findings) {
    if (f.severity === 'info' || f.rule === 'missing-section') continue;
    const key = f.section.join('\u0000');
    if (bad.get(key) !== 'error') bad.set(key, f.severity === 'error' ? 'error' : 'warning');
  }
  return ctx.template.sections.map((t) => {
    const h = ctx.match.bySection.get(t);
    const status: SectionStatus = { section: t.path, depth: t.depth, optional: ctx.isOptional(t), state: 'ok' };
    if (!h) status.state = status.optional || ctx.ancestorNotApplicable(t) ? 'optional-missing' : 'missing';
    else {
      status.line = h.line;
      // A pattern heading (`Alternative 2: [Name]`) reads like a leftover: reports show the author's.
      if (h.text !== t.title) status.heading = h.text;
      const worst = bad.get(t.path.join('\u0000'));
      status.state = worst === 'error' ? 'incomplete' : worst === 'warning' ? 'warning' : 'ok';
    }
    return status;
  });
}
