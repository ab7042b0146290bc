import type { DocumentResult } from '../engine/types.js';
import { codeSpan, oneLine } from './sanitize.js';
import { failingFirst, renderDocument, renderVerdict, type MarkdownOptions } from './checklist.js';

/** GitHub refuses comment bodies longer than this, counted in UTF-16 code units. */
export const COMMENT_LIMIT = 65536;
/** GitHub shows at most this much of a step summary (bytes of UTF-8). */
export const SUMMARY_LIMIT = 1024 * 1024;

/** What goes around the checklist. */
export interface ReportFrame extends MarkdownOptions {
  /** Text that must open the body (the comment's marker). */
  marker?: string;
  /** Notes shown under the verdict (a cut file list, a template changed by the PR). */
  notes?: string[];
  /** The commit checked, for the footer. */
  sha?: string;
  /** Paths of documents for the local command in the footer. */
  localPaths?: string[];
  /** Where the rest is when the report had to be cut. */
  overflowHint?: string;
  /** The team's own words from the configuration (e.g. a link to its planning guide). */
  message?: string;
}

/** What let a pull request through without a check. */
export type SkipReason = { kind: 'skip-label'; label: string; by?: string } | { kind: 'exempt-author'; author: string };

/**
 * The report of a pull request an escape hatch let through: it says which, so a skip is never
 * silent. Label names and logins are shown as code, so they cannot mention anyone.
 */
export function buildSkippedReport(reason: SkipReason, frame: ReportFrame): string {
  const lines: string[] = [];
  if (frame.marker) lines.push(frame.marker);
  lines.push('### plancheck', '');
  if (reason.kind === 'skip-label') {
    lines.push(`⏭️ **Skipped.** The label ${codeSpan(reason.label, 100)} lets this pull request through without a plan check${reason.by ? ` (applied by ${codeSpan(reason.by, 100)})` : ''}. Remove the label to check it again.`);
  } else {
    lines.push(`⏭️ **Skipped.** Pull requests by ${codeSpan(reason.author, 100)} are exempt from the plan check.`);
  }
  lines.push('');
  if (frame.message) lines.push(teamMessage(frame.message), '');
  return lines.join('\n');
}

/**
 * The configuration's message: from the base branch, so links and emphasis are kept, but it
 * stays one paragraph and cannot open HTML or imitate the hidden marker.
 */
function teamMessage(message: string): string {
  return `📘 ${oneLine(message).replace(/</g, '&lt;').replace(/>/g, '&gt;')}`;
}

/**
 * Builds the report Markdown within `limit` (as `measure` counts it). Whole documents are kept
 * while they fit; the first one that does not is shortened to its open items; the rest are
 * named. What was left out is said.
 */
export function buildReport(results: DocumentResult[], frame: ReportFrame, limit: number, measure: (s: string) => number = (s) => s.length): string {
  const head: string[] = [];
  if (frame.marker) head.push(frame.marker);
  head.push(`### plancheck`, '', renderVerdict(results), '');
  if (frame.message) head.push(teamMessage(frame.message), '');
  for (const note of frame.notes ?? []) head.push(`> [!NOTE]`, `> ${note}`, '');
  const foot = footer(frame);
  const ordered = failingFirst(results);
  const blocks = ordered.map((r) => renderDocument(r, frame));
  const reserve = 400;
  let used = measure(head.join('\n')) + measure(foot) + reserve;
  const body: string[] = [];
  let cut = false;
  let i = 0;
  for (; i < blocks.length; i++) {
    const text = blocks[i].join('\n') + '\n';
    if (used + measure(text) <= limit) {
      body.push(text);
      used += measure(text);
      continue;
    }
    cut = true;
    // Shorten this document to its open items, dropping the folded parts.
    const open: string[] = [];
    let inDetails = false;
    for (const line of blocks[i]) {
      if (line.startsWith('<details>')) inDetails = true;
      if (!inDetails) open.push(line);
      if (line.startsWith('</details>')) inDetails = false;
    }
    const kept: string[] = [];
    for (const line of open) {
      if (used + measure(line) + 1 > limit - reserve / 2) break;
      kept.push(line);
      used += measure(line) + 1;
    }
    const left = open.length - kept.length;
    if (kept.length > 0) body.push(kept.join('\n') + (left > 0 ? `\n- … ${left} more line${left === 1 ? '' : 's'} left out\n` : '\n'));
    i++;
    break;
  }
  const rest = ordered.slice(i);
  if (cut) {
    const names = rest.map((r) => codeSpan(r.path, 120));
    const listed: string[] = [];
    for (const n of names) {
      if (used + measure(n) + 2 > limit - 120) break;
      listed.push(n);
      used += measure(n) + 2;
    }
    const unnamed = rest.length - listed.length;
    const more = rest.length > 0 ? ` ${rest.length} more document${rest.length === 1 ? '' : 's'} not shown${listed.length > 0 ? `: ${listed.join(', ')}` : ''}${unnamed > 0 && listed.length > 0 ? ` and ${unnamed} others` : ''}.` : '';
    body.push(`> [!WARNING]\n> This report was cut to fit GitHub's size limit.${more} ${frame.overflowHint ?? ''}`.trimEnd() + '\n');
  }
  return [head.join('\n'), body.join('\n'), foot].join('\n').replace(/\n{3,}/g, '\n\n');
}

function footer(frame: ReportFrame): string {
  const parts: string[] = [];
  if (frame.sha) parts.push(`checked at ${codeSpan(frame.sha.slice(0, 7))}`);
  const paths = frame.localPaths ?? [];
  if (paths.length > 0) {
    const shown = paths.slice(0, 3).map((p) => (/^[\w./-]+$/.test(p) ? p : `'${p.replace(/'/g, '')}'`));
    parts.push(`run it locally: ${codeSpan(`npx plancheck check ${shown.join(' ')}${paths.length > 3 ? ' ...' : ''}`, 200)}`);
  }
  // Every part is fixed words and a code span, so nothing in it needs escaping.
  return parts.length > 0 ? `\n---\n<sub>${parts.join(' · ')}</sub>\n` : '';
}
