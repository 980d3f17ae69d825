import { commitExists, git } from '../context/git.js';
import { ConfigError } from '../util/errors.js';

/**
 * Makes sure the base and head commits are in the checkout. actions/checkout fetches one commit by
 * default (the merge commit of a PR), so the two sides are fetched from origin when missing; when
 * that fails too the scan cannot see the trusted side, and stops with the fix.
 */
export async function ensureCommits(root: string, shas: readonly string[], log: (message: string) => void): Promise<void> {
  const missing: string[] = [];
  for (const sha of shas) if (!(await commitExists(root, sha))) missing.push(sha);
  if (missing.length === 0) return;
  log(`fetching ${missing.join(', ')} from origin (not in the checkout)`);
  await git(root, ['fetch', '--no-tags', '--quiet', 'origin', ...missing], { allowFail: true });
  const still: string[] = [];
  for (const sha of missing) if (!(await commitExists(root, sha))) still.push(sha);
  if (still.length > 0) {
    throw new ConfigError(
      `commit ${still.join(' and ')} is not in the checkout of ${root} and could not be fetched from origin. ` +
        "Check out the repository with actions/checkout and 'fetch-depth: 0' (and keep its default persist-credentials for private repositories).",
    );
  }
}
