import { GitHubUnavailableError, httpStatus, rateLimitOf, type Client } from './client.js';
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

/** Who the token is could not be learnt, so no marked comment can be told to be plancheck's. */
export class IdentityError extends Error {
  override name = 'IdentityError';
}

/** Whether a comment's first line is the marker; anyone can write that, so it is not enough. */
function carriesMarker(c: Comment, marker: string): boolean {
  const body = c.body ?? '';
  const first = body.indexOf('\n') === -1 ? body : body.slice(0, body.indexOf('\n'));
  return first.trimEnd() === marker;
}

/** Whether `login` wrote the comment (logins are case-insensitive). */
function writtenBy(c: Comment, login: string): boolean {
  return typeof c.user?.login === 'string' && c.user.login.toLowerCase() === login.toLowerCase();
}

/**
 * The login the token writes comments as. GraphQL's `viewer` answers for every kind of token
 * (REST `GET /user` refuses installation tokens such as GITHUB_TOKEN) and names an app as its bot
 * user, `github-actions[bot]`, as comments do.
 */
async function tokenLogin(client: Client): Promise<string> {
  let login: unknown;
  try {
    login = (await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')).viewer?.login;
  } catch (e) {
    // No answer and rate limits say so themselves; anything else means GitHub would not tell.
    if (e instanceof GitHubUnavailableError || rateLimitOf(e) !== undefined) throw e;
    throw new IdentityError(`GitHub would not say whom the token belongs to (${(e as Error).message.split('\n')[0].slice(0, 200)})`, { cause: e });
  }
  if (typeof login !== 'string' || login === '') throw new IdentityError('GitHub would not say whom the token belongs to (no viewer login)');
  return login;
}

async function listMarked(client: Client, ctx: RunContext, marker: string): Promise<Comment[]> {
  const marked: Comment[] = [];
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, { owner: ctx.owner, repo: ctx.repo, issue_number: ctx.pullNumber as number, per_page: PER_PAGE })) {
    for (const c of page.data as Comment[]) if (carriesMarker(c, marker)) marked.push(c);
  }
  return marked.sort((a, b) => a.id - b.id);
}

/** What happened to the comment. */
export interface CommentOutcome {
  action: 'created' | 'recreated' | 'updated' | 'unchanged' | 'skipped';
  url?: string;
}

/**
 * Keeps one report comment on the pull request: updates the existing one, or creates it when
 * `create` allows. The comment is plancheck's when it starts with the marker and the token's own
 * login wrote it: a marked comment by anyone else is never edited, deleted or adopted. When two
 * runs race and both create one, the newer is deleted and the older carries the report; one
 * deleted meanwhile is created again.
 */
export async function upsertComment(client: Client, ctx: RunContext, body: string, create: boolean, marker = COMMENT_MARKER): Promise<CommentOutcome> {
  const { owner, repo } = ctx;
  const issue_number = ctx.pullNumber as number;
  const marked = await listMarked(client, ctx, marker);
  // Who the token is matters only when some comment carries the marker.
  const login = marked.length > 0 ? await tokenLogin(client) : undefined;
  const existing = login === undefined ? [] : marked.filter((c) => writtenBy(c, login));
  let recreate = false;
  if (existing.length > 0) {
    const [keep, ...extra] = existing;
    for (const c of extra) await deleteComment(client, ctx, c.id);
    if (keep.body === body) return { action: 'unchanged', url: keep.html_url };
    try {
      const res = await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
      return { action: 'updated', url: res.data.html_url };
    } catch (e) {
      // Deleted since it was listed: the run still owes the pull request its report.
      if (httpStatus(e) !== 404) throw e;
      recreate = true;
    }
  }
  if (!create && !recreate) return { action: 'skipped' };
  const created = await client.rest.issues.createComment({ owner, repo, issue_number, body });
  const self = created.data.user?.login;
  if (!self) return { action: recreate ? 'recreated' : 'created', url: created.data.html_url };
  // Another run may have created one at the same moment: the oldest wins.
  const after = (await listMarked(client, ctx, marker)).filter((c) => writtenBy(c, self));
  if (after.length > 1 && after[0].id !== created.data.id) {
    await deleteComment(client, ctx, created.data.id);
    const keep = after[0];
    if (keep.body !== body) await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
    return { action: 'updated', url: keep.html_url };
  }
  return { action: recreate ? 'recreated' : 'created', url: created.data.html_url };
}

/** Deletes one of plancheck's own comments; one already gone is as good as deleted. */
async function deleteComment(client: Client, ctx: RunContext, comment_id: number): Promise<void> {
  try {
    await client.rest.issues.deleteComment({ owner: ctx.owner, repo: ctx.repo, comment_id });
  } catch (e) {
    if (httpStatus(e) !== 404) throw e;
  }
}
