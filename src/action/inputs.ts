import { tmpdir } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigError } from '../util/errors.js';
import { safeRepoPath } from '../util/paths.js';

export const DEFAULT_POLICY = '.github/poisongate.yml';
export const DEFAULT_JSON_REPORT = 'poisongate-report.json';

export interface ActionInputs {
  /** Repo-relative policy path; read from the base commit. */
  policyPath: string;
  token: string;
  /** Absolute path of the JSON report. */
  jsonReport: string;
  /** Absolute path of the SARIF report, when asked for. */
  sarifReport?: string;
  checkRun: boolean;
  cacheDir?: string;
  artifactUrl?: string;
}

export interface InputSource {
  /** `core.getInput`: the trimmed value, '' when unset. */
  get(name: string): string;
  /** `core.getBooleanInput` (throws on anything but true/false); `fallback` when unset. */
  bool(name: string, fallback: boolean): boolean;
}

/**
 * Where relative output paths land: the runner's temp folder, outside the checked-out pull request,
 * so nothing the PR commits (a symlink named like the report, a planted cache) is written through or read.
 */
export function outputBase(env: NodeJS.ProcessEnv): string {
  return env['RUNNER_TEMP'] || tmpdir();
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function readInputs(input: InputSource, env: NodeJS.ProcessEnv): ActionInputs {
  const base = outputBase(env);
  const workspace = env['GITHUB_WORKSPACE'] ? resolve(env['GITHUB_WORKSPACE']) : undefined;

  const rawPolicy = (input.get('policy') || DEFAULT_POLICY).replace(/^\.\//, '');
  const policyPath = safeRepoPath(rawPolicy);
  if (!policyPath) throw new ConfigError(`input policy: '${rawPolicy}' is not a path inside the repository`);

  const jsonReport = resolve(base, input.get('json-report') || DEFAULT_JSON_REPORT);
  const sarif = input.get('sarif-report');

  const cache = input.get('cache-dir');
  const cacheDir = cache ? resolve(base, cache) : undefined;
  // The workspace holds the pull request's files: a cache there could carry embeddings the PR chose.
  if (cacheDir && workspace && inside(cacheDir, workspace)) {
    throw new ConfigError(
      `input cache-dir: ${cacheDir} is inside the checked-out repository, where a pull request could plant cache entries; use a folder under \${{ runner.temp }}`,
    );
  }

  const artifactUrl = input.get('artifact-url');
  if (artifactUrl && !/^https?:\/\/[^\s]+$/.test(artifactUrl)) {
    throw new ConfigError(`input artifact-url: '${artifactUrl}' is not an http(s) URL`);
  }

  return {
    policyPath,
    token: input.get('github-token'),
    jsonReport,
    ...(sarif ? { sarifReport: resolve(base, sarif) } : {}),
    checkRun: input.bool('check-run', true),
    ...(cacheDir ? { cacheDir } : {}),
    ...(artifactUrl ? { artifactUrl } : {}),
  };
}
