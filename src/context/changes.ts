import { git } from './git.js';

export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'removed';

export interface Change {
  status: ChangeStatus;
  /** Repo-relative path at head (for removals: the removed path). */
  path: string;
  /** For renames: the path at base. */
  previousPath?: string;
}

/** The files a pull request changes, as git (or the PR files API) reports them. */
export interface ChangeSet {
  source: 'git' | 'api' | 'full-scan';
  changes: Change[];
}

/** Parses `git diff -z --name-status -M` output. */
export function parseNameStatus(out: string): Change[] {
  const parts = out.split('\0');
  const changes: Change[] = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const letter = code[0];
    if (letter === 'R' || letter === 'C') {
      const from = parts[i++]!;
      const to = parts[i++]!;
      // A copy leaves the original in place: for the gate it is new content at `to`.
      changes.push(letter === 'R' ? { status: 'renamed', path: to, previousPath: from } : { status: 'added', path: to });
    } else {
      const path = parts[i++]!;
      if (letter === 'A') changes.push({ status: 'added', path });
      else if (letter === 'D') changes.push({ status: 'removed', path });
      else changes.push({ status: 'modified', path }); // M, T (type change), U
    }
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Files changed between the merge base of `base` and `head`, and `head` (what the PR proposes). */
export async function diffChanges(cwd: string, base: string, head: string): Promise<ChangeSet> {
  const out = await git(cwd, ['diff', '-z', '-M', '--name-status', '--no-ext-diff', `${base}...${head}`]);
  return { source: 'git', changes: parseNameStatus(out.toString('utf8')) };
}

export async function mergeBaseExists(cwd: string, base: string, head: string): Promise<boolean> {
  const out = await git(cwd, ['merge-base', base, head], { allowFail: true });
  return out.toString('utf8').trim().length > 0;
}
