import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { CONFIG_CANDIDATES, ConfigError, isExempt, loadConfig, PATH_GLOBS, type PlancheckConfig } from '../engine/config.js';
import { linearGlobAny } from '../engine/linear-glob.js';
import { DEFAULT_TEMPLATE_NAME } from '../engine/default-template.js';
import { BudgetedChecker } from '../budget/budgeted-checker.js';
import { TemplateLoadError } from '../engine/errors.js';
import type { CheckSession } from '../engine/session.js';
import type { DocumentResult } from '../engine/types.js';
import { runFails, type FailOn } from '../engine/verdict.js';
import { createClient, GitHubUnavailableError, httpStatus, rateLimitOf, type Client } from '../github/client.js';
import { isCheckable, listChangedFiles } from '../github/changed-files.js';
import { listFilesWithGit } from '../github/git-listing.js';
import { commentMarker, IdentityError, upsertComment } from '../github/sticky-comment.js';
import { ContentReader, NotFoundError, UnreadableError } from '../github/content.js';
import { ContextError, readRunContext, type RunContext } from '../github/context.js';
import { DEFAULT_PATHS, InputError, readInputs, type ActionInputs } from './inputs.js';
import { filesNeedingPlan, gateFor, globSet, planRequired, referencedPlans, suggestPlanPath } from './require-plan.js';
import { selectAnnotations, toAnnotation } from '../report/annotations.js';
import { buildReport, buildSkippedReport, COMMENT_LIMIT, SUMMARY_LIMIT, type SkipReason } from '../report/pr-comment.js';
import { requirementOf } from '../report/plan-required.js';
import { buildJsonReport } from '../report/json.js';
import { breakLegacyCommand, codeSpan, escapeLogLine } from '../report/sanitize.js';
import { summarize } from '../report/summary.js';

/** GitHub shows at most this many annotations of each level for a step. */
const ANNOTATIONS_PER_LEVEL = 10;

/** How the action runs beyond its inputs. */
export interface RunOptions {
  /** The bundle's own file, started as the worker that checks each document within its budget. */
  workerScript?: string;
}

/** The action: inputs -> changed documents -> check -> report -> verdict. */
export async function run(options: RunOptions = {}): Promise<void> {
  try {
    const inputs = readInputs();
    const ctx = readRunContext();
    const client = createClient(inputs.token, ctx.apiUrl, inputs.githubTimeout);
    const reader = new ContentReader(client, ctx);
    // The changed files do not depend on the configuration: both are asked for at once, which
    // saves a round trip on every run. A failure is still reported in the same order: the
    // configuration's first, so the listing's is held (and not left unhandled) until then.
    const listing = withApiHelp(() => listChangedFiles(client, ctx), 'list the changed files', 'contents: read and pull-requests: read');
    listing.catch(() => undefined);
    const { config } = await loadConfig((p) => readConfig(reader, ctx, p), inputs.config.explicit ? inputs.config.path : undefined, (p) => new InputError('config', `${p} does not exist at the base commit ${ctx.baseSha.slice(0, 7)}`));

    const patterns = inputs.paths.length > 0 ? inputs.paths : (config.paths ?? DEFAULT_PATHS);
    const isDoc = linearGlobAny(patterns, PATH_GLOBS);
    const changed = await listing;
    const notes: string[] = [];
    let unlisted: string | undefined;
    if (changed.truncated) {
      // A cut list could hide a plan past the cut: only a full list from git lets the run pass.
      const listing = await listFilesWithGit(ctx.workspace, ctx.kind === 'audit' ? undefined : (ctx.compareBase ?? ctx.baseSha), ctx.headSha);
      if ('files' in listing) {
        notes.push(`${changed.truncated.replace(/; planning documents beyond them were not checked$/, '')}; the full list came from git in the checkout.`);
        changed.files = listing.files;
      } else {
        unlisted = `${changed.truncated}, and ${listing.reason}`;
        notes.push(`**The check fails:** ${unlisted}.`);
      }
    }
    const gatePaths = [...(inputs.config.explicit ? [inputs.config.path] : CONFIG_CANDIDATES), inputs.template, ...config.templates.map((t) => t.template), config.template].filter((p): p is string => !!p);
    const touchedGate = changed.files.filter((f) => gatePaths.includes(f.path) || (f.previousPath !== undefined && gatePaths.includes(f.previousPath)));
    if (ctx.kind === 'pull_request' && touchedGate.length > 0) {
      notes.push(`This pull request changes ${touchedGate.map((f) => codeSpan(f.path, 200)).join(', ')}. Documents are checked against the base branch's copy; the change takes effect after merge.`);
    }

    const pull = ctx.kind === 'pull_request' ? ctx.pull : undefined;
    const gate = pull ? gateFor(config, pull) : ({ kind: 'check' } as const);
    if (gate.kind !== 'check') {
      await reportSkipped(gate, { inputs, ctx, client, notes, docsSeen: 0, message: config.message });
      return;
    }

    const docs = changed.files.filter((f) => isCheckable(f) && isDoc(f.path) && !isExempt(config, f.path)).map((f) => f.path);
    // Plans merged earlier count when the description references them; they are read at the head commit.
    const referenced = pull ? referencedPlans(pull.body, { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo }, globSet(patterns)).filter((p) => !docs.includes(p)) : [];
    const toCheck = [...docs, ...referenced];
    const results = toCheck.length > 0 ? await checkDocs(toCheck, reader, ctx, config, inputs.template, inputs.failOn, new Set(referenced), options.workerScript) : [];
    if (pull && toCheck.length === 0) {
      const needing = filesNeedingPlan(config, changed.files.filter(isCheckable).map((f) => f.path));
      if (needing.length > 0) results.push(planRequired(needing, suggestPlanPath(patterns, pull)));
    }
    await report(results, { inputs, ctx, client, notes, docsSeen: toCheck.length, message: config.message, unlisted });
  } catch (e) {
    core.setFailed(describeError(e));
  }
}

/** Reads and checks the documents at the head commit against templates from the base commit. */
async function checkDocs(paths: string[], reader: ContentReader, ctx: RunContext, config: PlancheckConfig, template: string | undefined, failOn: FailOn, referenced: Set<string>, workerScript: string | undefined): Promise<DocumentResult[]> {
  // The parser is loaded only when there is something to parse: most pull requests have no plan.
  const { CheckSession } = await import('../engine/session.js');
  const readTemplate = (p: string): Promise<Uint8Array> => readOrExplain(reader, p, ctx.baseSha, 'template');
  const session = new CheckSession(config, readTemplate, template, failOn);
  // Each document is checked in a worker, within the configured time and heap (the sources run
  // directly, as in unit tests, have no worker to start and check in this thread).
  const checker = workerScript ? new BudgetedChecker({ workerScript, config, template, failOn, readTemplate }) : undefined;
  try {
    return await readAndCheck(paths, reader, ctx, session, referenced, checker);
  } finally {
    await checker?.close();
  }
}

async function readAndCheck(paths: string[], reader: ContentReader, ctx: RunContext, session: CheckSession, referenced: Set<string>, checker: BudgetedChecker | undefined): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for (const p of paths) {
    // Once the run's total-time-limit is spent, the documents left are not even read.
    if (checker?.spent) {
      results.push(checker.notChecked(p));
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await withApiHelp(() => reader.read(p, ctx.headSha), `read ${escapeLogLine(p)}`, 'contents: read');
    } catch (e) {
      // A changed document that cannot be read was not checked: it fails, saying why.
      if (e instanceof NotFoundError && referenced.has(p)) {
        results.push(await session.unreadable(p, `the pull request description references it, but it does not exist at the head commit ${ctx.headSha.slice(0, 7)}`));
        continue;
      }
      if (e instanceof NotFoundError || e instanceof UnreadableError) {
        results.push(await session.unreadable(p, e.message.startsWith(p + ': ') ? e.message.slice(p.length + 2) : e.message));
        continue;
      }
      throw e;
    }
    if (!checker) {
      results.push(await session.check(p, bytes));
      continue;
    }
    const outcome = await checker.check({ path: p, bytes });
    results.push('result' in outcome ? outcome.result : await session.unreadable(p, outcome.readError));
  }
  return results;
}

/** A file's page on GitHub at a commit. */
function blobUrl(serverUrl: string, repository: string, ref: string, file: string): string {
  return `${serverUrl}/${repository}/blob/${encodeURIComponent(ref)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

interface ReportContext {
  inputs: ActionInputs;
  ctx: RunContext;
  client: Client;
  notes: string[];
  docsSeen: number;
  /** The team's own words from the configuration, shown in the comment. */
  message?: string;
  /** Why the list of changed files is incomplete, when it is: the check then fails. */
  unlisted?: string;
}

async function report(results: DocumentResult[], rc: ReportContext): Promise<void> {
  const { inputs, ctx } = rc;
  const summary = summarize(results);
  // Each result's `passed` is already judged at the fail-on threshold; the run follows it.
  const failing = results.filter((r) => !r.passed);
  const docsFailed = runFails(results, inputs.failOn);
  const runFailed = docsFailed || rc.unlisted !== undefined;
  // A draft pull request cannot be merged: say what will fail once it is ready, and do not fail yet.
  const held = runFailed && ctx.draftPull === true;
  const heldMessage = `plancheck: this pull request is a draft, so the check does not fail yet; ${failing.length > 0 ? `${failing.length} of ${results.length} planning document${results.length === 1 ? '' : 's'}` : 'it'} will fail the check once it is marked ready for review.`;
  if (held) rc.notes.unshift(`**Draft pull request:** ${heldMessage.replace(/^plancheck: /, '')}`);
  const repository = `${ctx.owner}/${ctx.repo}`;
  const linkTo = (p: string, line?: number): string => blobUrl(ctx.serverUrl, repository, ctx.headSha, p) + (line ? `#L${line}` : '');
  const templateLink = (t: string): string | undefined => {
    if (t !== DEFAULT_TEMPLATE_NAME) return blobUrl(ctx.serverUrl, repository, ctx.baseSha, t);
    // The built-in template, in the action's own repository at the version the workflow uses.
    const repo = process.env.GITHUB_ACTION_REPOSITORY;
    const ref = process.env.GITHUB_ACTION_REF;
    return repo && ref ? blobUrl(ctx.serverUrl, repo, ref, 'templates/technical-planning-document.md') : undefined;
  };
  const frame = { linkTo, templateLink, notes: rc.notes, message: rc.message, sha: ctx.headSha, localPaths: results.filter((r) => !requirementOf(r)).map((r) => r.path) };

  annotate(results);

  const summaryText = buildReport(results, { ...frame, overflowHint: 'Run plancheck locally for the full report.' }, SUMMARY_LIMIT, (s) => Buffer.byteLength(s, 'utf8'));
  try {
    await writeStepSummary(summaryText);
  } catch (e) {
    core.warning(`could not write the job summary: ${escapeLogLine((e as Error).message)}`);
  }

  let commentUrl = '';
  if (ctx.kind === 'pull_request' && inputs.comment !== 'never') {
    const body = buildReport(results, { ...frame, marker: commentMarker(inputs.id), overflowHint: 'The job summary has the full report.' }, COMMENT_LIMIT);
    const create = inputs.comment === 'always' || runFailed;
    try {
      const outcome = await upsertComment(rc.client, ctx, body, create, commentMarker(inputs.id));
      commentUrl = outcome.url ?? '';
      if (outcome.action === 'recreated') core.info(`plancheck: the comment was deleted meanwhile; created it again${outcome.url ? `: ${outcome.url}` : ''}`);
      else if (outcome.action !== 'skipped') core.info(`plancheck: comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
    } catch (e) {
      if (e instanceof GitHubUnavailableError) throw new Error(`could not update the pull request comment: ${e.message}`, { cause: e });
      const why = commentTrouble(e);
      if (why === undefined) throw e;
      core.warning(`${why} The job summary and the annotations carry the report.`);
    }
  }

  core.setOutput('passed', String(!runFailed));
  core.setOutput('documents', String(results.filter((r) => !requirementOf(r)).length));
  core.setOutput('errors', String(summary.errors));
  core.setOutput('warnings', String(summary.warnings));
  core.setOutput('report', JSON.stringify(buildJsonReport(results)));
  core.setOutput('comment-url', commentUrl);

  if (held) {
    core.warning(heldMessage);
    return;
  }
  if (rc.unlisted) core.setFailed(`plancheck: ${escapeLogLine(rc.unlisted)}.`);
  if (results.length === 0) {
    if (rc.unlisted) return;
    core.notice(rc.docsSeen === 0 ? 'plancheck: no planning documents in this change; nothing to check.' : 'plancheck: no planning documents could be read.');
    return;
  }
  for (const r of results.filter((x) => !requirementOf(x))) core.info(`plancheck: ${escapeLogLine(r.path)}: ${r.passed ? 'complete' : 'incomplete'} (${r.findings.length} finding${r.findings.length === 1 ? '' : 's'})`);
  const requirement = results.map(requirementOf).find((f) => f !== undefined);
  if (requirement && docsFailed) {
    core.setFailed(`plancheck: ${escapeLogLine(requirement.message)}; see the comment or the job summary for how to start one.`);
    return;
  }
  if (docsFailed) {
    core.setFailed(`${failing.length} of ${results.length} planning document${results.length === 1 ? '' : 's'} ${failing.length === 1 ? 'is' : 'are'} incomplete (${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}); see the annotations and the job summary.`);
  }
}

/**
 * A pull request an escape hatch let through: it passes, and says why in the log, the job
 * summary and the comment (created for a skip label, updated for an exempt author if one exists).
 */
async function reportSkipped(reason: SkipReason, rc: ReportContext): Promise<void> {
  const { inputs, ctx } = rc;
  const why = reason.kind === 'skip-label' ? `the label '${escapeLogLine(reason.label)}'${reason.by ? ` applied by ${escapeLogLine(reason.by)}` : ''} skips the check` : `pull requests by ${escapeLogLine(reason.author)} are exempt`;
  core.notice(`plancheck: skipped: ${why}.`);
  const frame = { message: rc.message };
  try {
    await writeStepSummary(buildSkippedReport(reason, frame));
  } catch (e) {
    core.warning(`could not write the job summary: ${escapeLogLine((e as Error).message)}`);
  }
  let commentUrl = '';
  if (inputs.comment !== 'never') {
    const marker = commentMarker(inputs.id);
    try {
      const outcome = await upsertComment(rc.client, ctx, buildSkippedReport(reason, { ...frame, marker }), reason.kind === 'skip-label', marker);
      commentUrl = outcome.url ?? '';
    } catch (e) {
      core.warning(commentTrouble(e) ?? `plancheck could not comment on this pull request: ${escapeLogLine((e as Error).message)}`);
    }
  }
  core.setOutput('passed', 'true');
  core.setOutput('documents', '0');
  core.setOutput('errors', '0');
  core.setOutput('warnings', '0');
  core.setOutput('report', JSON.stringify(buildJsonReport([])));
  core.setOutput('comment-url', commentUrl);
}

/** Appends to the job summary; read from the environment each run (the runner sets it per step). */
async function writeStepSummary(text: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(file, text + '\n', 'utf8');
}

/** Annotations on document lines: the most useful first, up to what GitHub shows, the rest counted. */
function annotate(results: DocumentResult[]): void {
  for (const { level, chosen, rest } of selectAnnotations(results, ANNOTATIONS_PER_LEVEL)) {
    for (const { r, f } of chosen) {
      // A required plan does not exist yet: its annotation belongs to the run, not to a file.
      if (requirementOf(r)) {
        core.error(escapeLogLine(f.message), { title: `plancheck ${f.rule}` });
        continue;
      }
      const a = toAnnotation(r.path, f);
      const props = { file: breakLegacyCommand(a.file), startLine: a.line, startColumn: a.col, title: a.title };
      if (level === 'error') core.error(a.message, props);
      else if (level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    if (rest > 0) core.info(`plancheck: ${rest} more ${level === 'info' ? 'notice' : level}${rest === 1 ? '' : 's'} than GitHub shows as annotations; the job summary lists them all.`);
  }
}

/** A configuration file at the base commit, or `undefined` when there is none. */
async function readConfig(reader: ContentReader, ctx: RunContext, p: string): Promise<Uint8Array | undefined> {
  try {
    return await withApiHelp(() => reader.read(p, ctx.baseSha), `read ${p}`, 'contents: read');
  } catch (e) {
    if (e instanceof NotFoundError) return undefined;
    throw e;
  }
}

async function readOrExplain(reader: ContentReader, p: string, sha: string, what: string): Promise<Uint8Array> {
  try {
    return await withApiHelp(() => reader.read(p, sha), `read ${escapeLogLine(p)}`, 'contents: read');
  } catch (e) {
    if (e instanceof NotFoundError) throw new Error(`the ${what} does not exist at the base commit ${sha.slice(0, 7)}; a template added by a pull request takes effect after merge`);
    throw e;
  }
}

/**
 * Runs an API call, turning no answer, rate limits and 401/403/404 into messages that say what the
 * run was doing and what to fix.
 */
async function withApiHelp<T>(call: () => Promise<T>, doing: string, permission: string): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof GitHubUnavailableError) throw new Error(`could not ${doing}: ${e.message}`, { cause: e });
    const limit = rateLimitOf(e);
    if (limit) throw new Error(`${limit} stopped plancheck trying to ${doing}; run the job again once it lifts`, { cause: e });
    const status = httpStatus(e);
    if (status === 401) throw new Error(`GitHub refused the token (401) trying to ${doing}: check the github-token input`);
    if (status === 403) throw new Error(`GitHub denied permission (403) trying to ${doing}: the workflow needs 'permissions: ${permission}'`);
    if (status === 404 && !(e instanceof NotFoundError)) throw new Error(`GitHub answered not found (404) trying to ${doing}: the token cannot see this repository, or it does not exist`);
    throw e;
  }
}

/** Why the comment could not be written, naming the real cause, or undefined for an unexpected error. */
function commentTrouble(e: unknown): string | undefined {
  if (e instanceof IdentityError) return `plancheck cannot tell which report comment is its own: ${escapeLogLine(e.message)}; it leaves comments carrying its marker alone.`;
  const limit = rateLimitOf(e);
  if (limit) return `plancheck could not update its comment: ${limit} was reached.`;
  const status = httpStatus(e);
  if (status === 403) return `plancheck cannot comment on this pull request (403): a pull request from a fork gets a read-only token, or the workflow lacks 'permissions: pull-requests: write'.`;
  if (status === 404) return `plancheck cannot comment on this pull request (404): the token cannot see the pull request's comments (a token for another repository, or one without pull-requests access).`;
  return undefined;
}

function describeError(e: unknown): string {
  if (e instanceof InputError || e instanceof ContextError || e instanceof ConfigError || e instanceof TemplateLoadError) return `plancheck: ${escapeLogLine(e.message)}`;
  const status = httpStatus(e);
  if (status !== undefined) return `plancheck: GitHub API error ${status}: ${escapeLogLine((e as Error).message)}`;
  return `plancheck: ${escapeLogLine((e as Error)?.message ?? String(e))}`;
}
