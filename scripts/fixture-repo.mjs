// Builds a real git repository from a fixture folder pair: `base/` becomes the first commit on
// `main`, then `pr/` is laid over it on branch `pr` as the pull request's commit. Used by the demo,
// the tests and the benchmark evaluation.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'poisongate fixtures',
  GIT_AUTHOR_EMAIL: 'fixtures@poisongate.invalid',
  GIT_COMMITTER_NAME: 'poisongate fixtures',
  GIT_COMMITTER_EMAIL: 'fixtures@poisongate.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd, ...args) {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Writes `files` ({ path: string | Buffer }) under `root`, creating folders. */
export function writeFiles(root, files) {
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), data);
  }
}

/**
 * @param {object} o
 * @param {string} o.dest        folder to create (emptied first)
 * @param {string} [o.base]      folder copied as the base commit
 * @param {string} [o.pr]        folder laid over base as the PR commit
 * @param {Record<string, string|Buffer>} [o.baseFiles]  extra files in the base commit
 * @param {Record<string, string|Buffer>} [o.prFiles]    extra files in the PR commit
 * @param {string[]} [o.prRemove]  paths the PR deletes
 * @returns {{ root: string, base: string, head: string }} commit shas
 */
export function buildRepo({ dest, base, pr, baseFiles = {}, prFiles = {}, prRemove = [] }) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  git(dest, 'init', '-q');
  if (base) cpSync(base, dest, { recursive: true });
  writeFiles(dest, baseFiles);
  git(dest, 'add', '-A');
  git(dest, 'commit', '-q', '--allow-empty', '-m', 'base');
  const baseSha = git(dest, 'rev-parse', 'HEAD');
  git(dest, 'checkout', '-q', '-b', 'pr');
  if (pr) cpSync(pr, dest, { recursive: true });
  writeFiles(dest, prFiles);
  for (const p of prRemove) rmSync(join(dest, p), { force: true });
  git(dest, 'add', '-A');
  git(dest, 'commit', '-q', '--allow-empty', '-m', 'pull request');
  return { root: dest, base: baseSha, head: git(dest, 'rev-parse', 'HEAD') };
}
