/**
 * `npm run pictures`: renders the PR comment and the job summary for the README as GitHub
 * shows them (GFM to HTML under github-markdown-css, light and dark, desktop and phone width)
 * and screenshots them in headless Chromium. Needs Debian's `chromium` package.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { checkDocument } from '../src/engine/check.js';
import { DEFAULT_TEMPLATE } from '../src/engine/default-template.js';
import { buildTemplate } from '../src/engine/template.js';
import { COMMENT_MARKER } from '../src/github/sticky-comment.js';
import { buildReport, COMMENT_LIMIT, SUMMARY_LIMIT } from '../src/report/pr-comment.js';
import { findRoot } from '../__tests__/support/root.js';
import { planRequired } from '../src/action/require-plan.js';

const ROOT = findRoot(import.meta.dirname);
const OUT = path.join(ROOT, 'docs/images');
const SHA = '4f1c2a9e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a';
const REPO = 'https://github.com/acme/search-app';

function toHtml(markdown: string): string {
  return String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).processSync(markdown));
}

/** GitHub shows a job summary in a box under the job's name; the comment has no such frame. */
function summaryFrame(html: string): string {
  return `<div style="border:1px solid #d0d7de;border-radius:6px"><div style="padding:12px 24px;border-bottom:1px solid #d0d7de;font-weight:600">plancheck summary</div>${html}</div>`;
}

function page(markdown: string, theme: 'light' | 'dark', frame?: (html: string) => string): string {
  const css = readFileSync(path.join(ROOT, `node_modules/github-markdown-css/github-markdown-${theme}.css`), 'utf8');
  const bg = theme === 'dark' ? '#0d1117' : '#ffffff';
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { background: ${bg}; margin: 0; }
.markdown-body { box-sizing: border-box; padding: 24px; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
</style></head><body><article class="markdown-body">${frame ? frame(toHtml(markdown)) : toHtml(markdown)}</article></body></html>`;
}

async function main(): Promise<void> {
  const template = buildTemplate(DEFAULT_TEMPLATE, 'plancheck:technical-planning-document.md');
  const half = readFileSync(path.join(ROOT, 'examples/half-filled-plan.md'), 'utf8');
  const complete = readFileSync(path.join(ROOT, 'examples/complete-plan.md'), 'utf8');
  const results = [checkDocument(template, half, 'docs/plans/saved-searches.md'), checkDocument(template, complete, 'docs/plans/audit-log.md')];
  const linkTo = (p: string, line?: number): string => `${REPO}/blob/${SHA}/${p}${line ? `#L${line}` : ''}`;
  // The built-in template, linked in the action's own repository as the action links it.
  const templateLink = (): string => 'https://github.com/plancheck/plancheck/blob/v1/templates/technical-planning-document.md';
  const frame = { linkTo, templateLink, sha: SHA, localPaths: results.map((r) => r.path) };
  const comment = buildReport(results, { ...frame, marker: COMMENT_MARKER, overflowHint: 'The job summary has the full report.' }, COMMENT_LIMIT);
  const summary = buildReport(results, { ...frame, overflowHint: 'Run plancheck locally for the full report.' }, SUMMARY_LIMIT, (x) => Buffer.byteLength(x, 'utf8'));
  const needsPlan = buildReport([planRequired(['src/search/saved.ts', 'src/search/index.ts', 'src/api/routes.ts'], 'docs/plans/saved-searches.md')], { ...frame, localPaths: [], marker: COMMENT_MARKER, message: 'How we plan: https://wiki.example.com/planning' }, COMMENT_LIMIT);
  const green = buildReport([checkDocument(template, complete, 'docs/plans/saved-searches.md')], { ...frame, localPaths: ['docs/plans/saved-searches.md'], marker: COMMENT_MARKER }, COMMENT_LIMIT);

  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    // Playwright starts Chromium with a fresh, empty profile of its own.
  });
  try {
    const shots: Array<[string, string, 'light' | 'dark', number, ((html: string) => string)?]> = [
      ['comment-light.png', comment, 'light', 880],
      ['comment-dark.png', comment, 'dark', 880],
      ['comment-phone.png', comment, 'light', 390],
      ['comment-complete.png', green, 'light', 880],
      ['comment-plan-required.png', needsPlan, 'light', 880],
      ['job-summary.png', summary, 'light', 880, summaryFrame]
    ];
    for (const [file, markdown, theme, width, frame] of shots) {
      const p = await browser.newPage({ viewport: { width, height: 600 }, deviceScaleFactor: 1 });
      await p.setContent(page(markdown, theme, frame), { waitUntil: 'load' });
      await p.screenshot({ path: path.join(OUT, file), fullPage: true });
      await p.close();
      console.log(`wrote docs/images/${file}`);
    }
  } finally {
    await browser.close();
  }
}

void main();
