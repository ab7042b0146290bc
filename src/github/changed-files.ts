import type { Client } from './client.js';
import type { RunContext } from './context.js';

/** GitHub lists at most this many files of a pull request, however many it changes. */
export const PR_FILES_LIMIT = 3000;
/** Files a page of the pull request files list holds at most. */
const PER_PAGE = 100;
/** The compare endpoint lists at most this many files. */
export const COMPARE_FILES_LIMIT = 300;

/** A file the run may check. */
export interface ChangedFile {
  path: string;
  status: string;
  previousPath?: string;
}

/** The files of a run, and whether GitHub cut the list short. */
export interface ChangedFiles {
  files: ChangedFile[];
  /** Set when the list is incomplete, with the reason to tell the user. */
  truncated?: string;
}

/** Statuses whose new content is checked; `removed` files are not. */
const CHECKED_STATUSES = new Set(['added', 'modified', 'renamed', 'copied', 'changed']);

/** Whether a changed file still exists at the head and so is checked. */
export function isCheckable(f: ChangedFile): boolean {
  return CHECKED_STATUSES.has(f.status);
}

/** Lists the files the run's event changes (or, for an audit, every file at the head). */
export async function listChangedFiles(client: Client, ctx: RunContext): Promise<ChangedFiles> {
  switch (ctx.kind) {
    case 'pull_request':
      return listPullFiles(client, ctx);
    case 'merge_group':
    case 'push':
      return listCompareFiles(client, ctx);
    default:
      return listTreeFiles(client, ctx);
  }
}

async function listPullFiles(client: Client, ctx: RunContext): Promise<ChangedFiles> {
  const files: ChangedFile[] = [];
  for await (const page of client.paginate.iterator(client.rest.pulls.listFiles, { owner: ctx.owner, repo: ctx.repo, pull_number: ctx.pullNumber as number, per_page: PER_PAGE })) {
    for (const f of page.data) files.push({ path: f.filename, status: f.status, previousPath: f.previous_filename });
  }
  const total = ctx.changedFiles;
  let truncated: string | undefined;
  if ((total !== undefined && total > files.length) || files.length >= PR_FILES_LIMIT) {
    truncated = `GitHub lists only the first ${files.length} of the ${total ?? 'more than ' + PR_FILES_LIMIT} files this pull request changes; planning documents beyond them were not checked`;
  }
  return { files, truncated };
}

async function listCompareFiles(client: Client, ctx: RunContext): Promise<ChangedFiles> {
  const files: ChangedFile[] = [];
  const basehead = `${ctx.compareBase}...${ctx.headSha}`;
  let page = 1;
  for (;;) {
    const res = await client.rest.repos.compareCommitsWithBasehead({ owner: ctx.owner, repo: ctx.repo, basehead, per_page: PER_PAGE, page });
    const batch = res.data.files ?? [];
    for (const f of batch) files.push({ path: f.filename, status: f.status, previousPath: f.previous_filename });
    if (batch.length < PER_PAGE || files.length >= COMPARE_FILES_LIMIT) break;
    page++;
  }
  const truncated = files.length >= COMPARE_FILES_LIMIT ? `GitHub compares at most ${COMPARE_FILES_LIMIT} files; planning documents beyond them were not checked` : undefined;
  return { files, truncated };
}

async function listTreeFiles(client: Client, ctx: RunContext): Promise<ChangedFiles> {
  const res = await client.rest.git.getTree({ owner: ctx.owner, repo: ctx.repo, tree_sha: ctx.headSha, recursive: 'true' });
  const files = res.data.tree.filter((e) => e.type === 'blob' && typeof e.path === 'string').map((e) => ({ path: e.path as string, status: 'added' }));
  return { files, truncated: res.data.truncated ? 'the repository is too large for GitHub to list in one tree; some documents were not checked' : undefined };
}
