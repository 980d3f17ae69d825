import type { getOctokit } from '@actions/github';
import type { Change, ChangeSet } from '../context/changes.js';
import { ConfigError, errorMessage } from '../util/errors.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** The pull request files API stops listing after this many files. */
export const PR_FILES_API_CAP = 3000;

/** One entry of `GET /repos/{owner}/{repo}/pulls/{n}/files` (the fields the gate uses). */
export interface PrFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/**
 * Maps the API's file statuses onto the gate's changes. A copy is new content at its path; a
 * `changed` (mode/type change) or an unknown status is scanned like a modification, never dropped.
 */
export function changesFromPrFiles(files: readonly PrFile[]): Change[] {
  const changes = files.map((f): Change => {
    switch (f.status) {
      case 'added':
      case 'copied':
        return { status: 'added', path: f.filename };
      case 'removed':
        return { status: 'removed', path: f.filename };
      case 'renamed':
        return f.previous_filename
          ? { status: 'renamed', path: f.filename, previousPath: f.previous_filename }
          : { status: 'added', path: f.filename };
      default:
        return { status: 'modified', path: f.filename };
    }
  });
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export type PullRequestRef = {
  owner: string;
  repo: string;
  pull_number: number;
};

/**
 * The PR's changed files from the REST API, for checkouts whose history lacks the merge base.
 * A list the API cut short (it stops at 3000 files) is an error: a partial list would let the
 * unlisted files through unchecked.
 */
export async function listPullRequestChanges(octokit: Octokit, pr: PullRequestRef): Promise<ChangeSet> {
  let expected: number;
  let files: PrFile[];
  try {
    expected = (await octokit.rest.pulls.get(pr)).data.changed_files;
    files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...pr, per_page: 100 });
  } catch (err) {
    throw new ConfigError(
      `cannot list the files of pull request #${pr.pull_number} through the API (${errorMessage(err)}), and the checkout has no merge base to diff against: check out with 'fetch-depth: 0'`,
    );
  }
  if (files.length < expected) {
    throw new ConfigError(
      `the pull request changes ${expected} files but the files API listed only ${files.length} (it stops at ${PR_FILES_API_CAP}); the unlisted files would go unchecked. Check out with 'fetch-depth: 0' so the changes come from git, or split the pull request.`,
    );
  }
  return { source: 'api', changes: changesFromPrFiles(files) };
}
