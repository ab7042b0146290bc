import type { Client } from './client.js';
import type { RunContext } from './context.js';

/** Opens every report comment, so a later run finds and updates it instead of adding one. */
export const COMMENT_MARKER = '<!-- plancheck:report -->';

/** The marker of one instance: each `id` keeps its own comment. */
export function commentMarker(id = ''): string {
  return id === '' ? COMMENT_MARKER : `<!-- plancheck:report:${id} -->`;
}
/** Comments a page of the list holds at most. */
const PER_PAGE = 100;

interface Comment {
  id: number;
  body?: string;
  html_url: string;
  user?: { login?: string; type?: string } | null;
}

/** Whether a comment is this instance's: its first line is the marker and a bot wrote it. */
function isOurs(c: Comment, marker: string): boolean {
  const body = c.body ?? '';
  const first = body.indexOf('\n') === -1 ? body : body.slice(0, body.indexOf('\n'));
  return first.trimEnd() === marker && (c.user?.type === 'Bot' || c.user?.login === 'github-actions[bot]');
}

async function listOurs(client: Client, ctx: RunContext, marker: string): Promise<Comment[]> {
  const ours: Comment[] = [];
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, { owner: ctx.owner, repo: ctx.repo, issue_number: ctx.pullNumber as number, per_page: PER_PAGE })) {
    for (const c of page.data as Comment[]) if (isOurs(c, marker)) ours.push(c);
  }
  return ours.sort((a, b) => a.id - b.id);
}

/** What happened to the comment. */
export interface CommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  url?: string;
}

/**
 * Keeps one report comment on the pull request: updates the existing one, or creates it when
 * `create` allows. When two runs race and both create one, the newer is deleted and the older
 * carries the report.
 */
export async function upsertComment(client: Client, ctx: RunContext, body: string, create: boolean, marker = COMMENT_MARKER): Promise<CommentOutcome> {
  const { owner, repo } = ctx;
  const issue_number = ctx.pullNumber as number;
  const existing = await listOurs(client, ctx, marker);
  if (existing.length > 0) {
    const [keep, ...extra] = existing;
    for (const c of extra) await client.rest.issues.deleteComment({ owner, repo, comment_id: c.id });
    if (keep.body === body) return { action: 'unchanged', url: keep.html_url };
    const res = await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
    return { action: 'updated', url: res.data.html_url };
  }
  if (!create) return { action: 'skipped' };
  const created = await client.rest.issues.createComment({ owner, repo, issue_number, body });
  // Another run may have created one at the same moment: the oldest wins.
  const after = await listOurs(client, ctx, marker);
  if (after.length > 1 && after[0].id !== created.data.id) {
    await client.rest.issues.deleteComment({ owner, repo, comment_id: created.data.id });
    const keep = after[0];
    if (keep.body !== body) await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
    return { action: 'updated', url: keep.html_url };
  }
  return { action: 'created', url: created.data.html_url };
}
