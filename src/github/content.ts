import { existsSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Client } from './client.js';
import type { RunContext } from './context.js';

/** A file that does not exist at the commit asked for. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A file that exists but cannot or must not be read; the message names it and says why. */
export class UnreadableError extends Error {
  override name = 'UnreadableError';
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied in the workspace';
  if (code === 'ELOOP') return 'a symbolic link that loops';
  return `cannot be read from the workspace (${code ?? (e as Error).message})`;
}

/**
 * The commit checked out in the workspace, read from `.git` without running git, or undefined
 * when there is no checkout.
 */
export function readWorkspaceHead(workspace: string | undefined): string | undefined {
  if (!workspace) return undefined;
  const git = path.join(workspace, '.git');
  try {
    const head = readFileSync(path.join(git, 'HEAD'), 'utf8').trim();
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref) return /^[0-9a-f]{40}$/.test(head) ? head : undefined;
    const loose = path.join(git, ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    const packed = readFileSync(path.join(git, 'packed-refs'), 'utf8');
    for (const line of packed.split('\n')) {
      const [sha, name] = line.split(' ');
      if (name === ref) return sha;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Reads files at a commit: from the workspace when it is checked out at that very commit,
 * otherwise through the contents API (raw, so files over 1 MB work too).
 */
export class ContentReader {
  private readonly workspaceSha: string | undefined;

  constructor(
    private readonly client: Client,
    private readonly ctx: RunContext
  ) {
    this.workspaceSha = readWorkspaceHead(ctx.workspace);
  }

  /** Whether files at `sha` are read from the workspace. */
  usesWorkspace(sha: string): boolean {
    return this.workspaceSha !== undefined && this.workspaceSha === sha;
  }

  /**
   * The bytes of `file` at `sha`; throws {@link NotFoundError} when it does not exist there, and
   * {@link UnreadableError} when it exists but must not be read (a link out of the workspace).
   */
  async read(file: string, sha: string): Promise<Uint8Array> {
    if (this.usesWorkspace(sha) && this.ctx.workspace) {
      const root = path.resolve(this.ctx.workspace);
      const full = path.resolve(root, file);
      // Never read outside the checkout, whatever a path says.
      if (!full.startsWith(root + path.sep)) throw new UnreadableError(`${file}: outside the workspace`);
      let real: string | undefined;
      try {
        real = await fs.realpath(full);
      } catch (e) {
        // Not in the workspace (a sparse checkout, or a file the checkout left out): GitHub has it.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UnreadableError(`${file}: ${describeFsError(e)}`);
      }
      if (real !== undefined) {
        // A symbolic link may point anywhere on the runner: follow it only within the checkout.
        const realRoot = await fs.realpath(root);
        if (!real.startsWith(realRoot + path.sep)) throw new UnreadableError(`${file}: a symbolic link to a file outside the workspace; not followed`);
        try {
          return await fs.readFile(real);
        } catch (e) {
          throw new UnreadableError(`${file}: ${describeFsError(e)}`);
        }
      }
    }
    try {
      const res = await this.client.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: this.ctx.owner,
        repo: this.ctx.repo,
        path: file,
        ref: sha,
        headers: { accept: 'application/vnd.github.raw' },
        request: { parseSuccessResponseBody: false }
      });
      return new Uint8Array(await new Response(res.data as unknown as ReadableStream).arrayBuffer());
    } catch (e) {
      if ((e as { status?: number }).status === 404) throw new NotFoundError(`${file}: GitHub has no such file at ${sha.slice(0, 7)} (404)`);
      throw e;
    }
  }
}
