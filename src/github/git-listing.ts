import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ChangedFile } from './changed-files.js';

/** How long listing files with git may take before the run gives up on it. */
const GIT_TIMEOUT_MS = 60_000;

/** The answer of git: the files, or why git could not give them. */
export type GitListing = { files: ChangedFile[] } | { reason: string };

/** git's one-letter statuses, in the names the GitHub API uses. */
const STATUS: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', T: 'changed', C: 'copied', R: 'renamed' };

function git(workspace: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', workspace, ...args], { timeout: GIT_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(String(stderr || error.message).trim().split('\n')[0]));
      else resolve(stdout);
    });
  });
}

/**
 * Lists the files between two commits with git in a checkout, as GitHub compares them
 * (`base...head`: from their merge base), or every file at `head` when `base` is undefined.
 * Used when GitHub's own list is cut; needs a checkout that has both commits.
 */
export async function listFilesWithGit(workspace: string | undefined, base: string | undefined, head: string): Promise<GitListing> {
  if (!workspace || !existsSync(path.join(workspace, '.git'))) return { reason: 'there is no checkout to ask git (add actions/checkout with fetch-depth: 0 before plancheck)' };
  try {
    if (base === undefined) {
      const out = await git(workspace, ['ls-tree', '-r', '-z', '--name-only', head]);
      return { files: out.split('\0').filter(Boolean).map((p) => ({ path: p, status: 'added' })) };
    }
    // No rename detection: the new name is listed as added, which is checked all the same.
    const out = await git(workspace, ['diff', '--name-status', '--no-renames', '-z', `${base}...${head}`]);
    const parts = out.split('\0');
    const files: ChangedFile[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) files.push({ path: parts[i + 1], status: STATUS[parts[i].charAt(0)] ?? 'modified' });
    return { files };
  } catch (e) {
    return { reason: `git could not list them (${(e as Error).message}); the checkout needs both commits, for example actions/checkout with fetch-depth: 0` };
  }
}
