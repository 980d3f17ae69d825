import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './tmp.js';
// @ts-expect-error plain ESM helper shared with the demo script
import { buildRepo as build, git as runGit } from '../../scripts/fixture-repo.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');

export interface RepoSpec {
  base?: string;
  pr?: string;
  baseFiles?: Record<string, string | Buffer>;
  prFiles?: Record<string, string | Buffer>;
  prRemove?: string[];
}

export interface BuiltRepo {
  root: string;
  base: string;
  head: string;
}

/** A fresh git repository (in a temp folder unless `dest` is given): base commit on main, PR commit on branch pr. */
export function buildRepo(spec: RepoSpec, dest = join(tempDir(), 'repo')): BuiltRepo {
  return build({ dest, ...spec }) as BuiltRepo;
}

/** The demo fixture (fixtures/demo) as a repository. */
export function demoRepo(extra: Omit<RepoSpec, 'base' | 'pr'> = {}): BuiltRepo {
  return buildRepo({ base: join(FIXTURES, 'demo', 'base'), pr: join(FIXTURES, 'demo', 'pr'), ...extra });
}

/** Runs git in a fixture repository (deterministic author and dates). */
export function git(cwd: string, ...args: string[]): string {
  return runGit(cwd, ...args) as string;
}
