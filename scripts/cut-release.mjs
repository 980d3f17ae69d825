#!/usr/bin/env node
// Cuts a release of the Action and the CLI from a clean checkout of the default branch:
//   npm run release -- 1.2.3 [--skip-tests]
// 1. sets the version in package.json, package-lock.json and src/version.ts;
// 2. rebuilds dist/ and schema/policy-v1.json (npm run package), type-checks, lints, runs the tests;
// 3. checks that a release folder (scripts/release.mjs) holds everything the Action reads;
// 4. commits "Release 1.2.3", tags it v1.2.3 (annotated) and moves the major tag v1 to it.
// Nothing is pushed: the script prints the commands that publish the tags, the Marketplace release
// and the npm package. Run it where `git push` would go to the Action's public repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeRelease } from './release.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Files a release commit changes: the version in three places, and the generated artifacts. */
export const RELEASE_COMMIT_PATHS = ['package.json', 'package-lock.json', 'src/version.ts', 'dist', 'schema'];
/** What the Action's release folder must hold for `uses: poisongate/poisongate@v1` to run. */
const RELEASE_MUST_HOLD = ['action.yml', 'dist/index.js', 'dist/action.js', 'dist/cli.js', 'schema/policy-v1.json', 'policies/recommended.yml', 'package-lock.json', 'README.md', 'LICENSE'];

function git(root, ...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function run(root, command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function setVersion(root, version) {
  const pkgPath = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  pkg.version = version;
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  const lockPath = join(root, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  const versionPath = join(root, 'src', 'version.ts');
  const source = readFileSync(versionPath, 'utf8');
  const next = source.replace(/export const TOOL_VERSION = '[^']*';/, `export const TOOL_VERSION = '${version}';`);
  if (next === source && !source.includes(`'${version}'`)) throw new Error('src/version.ts has no TOOL_VERSION to set');
  writeFileSync(versionPath, next);
}

/**
 * Cuts release `version` in the git work tree `root`. `checks: false` skips the type-check, lint and
 * tests (the test suite uses that; a real release runs them). Returns the tags and the commit.
 */
export async function cutRelease(root, version, { checks = true, log = (m) => console.log(m) } = {}) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`version '${version}' is not MAJOR.MINOR.PATCH`);
  const tag = `v${version}`;
  const major = `v${version.split('.')[0]}`;
  if (git(root, 'status', '--porcelain')) throw new Error('the work tree has uncommitted changes: release from a clean checkout');
  if (git(root, 'tag', '--list', tag)) throw new Error(`tag ${tag} exists already`);
  setVersion(root, version);
  run(root, 'npm', ['run', 'package']);
  if (checks) {
    run(root, 'npm', ['run', 'build']);
    run(root, 'npm', ['run', 'lint']);
    run(root, 'npm', ['test']);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'poisongate-release-check-'));
  try {
    const files = await makeRelease(join(scratch, 'poisongate'), root);
    const missing = RELEASE_MUST_HOLD.filter((f) => !files.includes(f));
    if (missing.length > 0) throw new Error(`the release would lack ${missing.join(', ')}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  git(root, 'add', '--', ...RELEASE_COMMIT_PATHS);
  git(root, 'commit', '-q', '-m', `Release ${version}`);
  git(root, 'tag', '-a', tag, '-m', `poisongate ${version}`);
  // The major tag follows the newest release of that major version: `uses: poisongate/poisongate@v1`.
  git(root, 'tag', '-f', '-a', major, '-m', `poisongate ${version} (latest ${major}.x)`);
  const commit = git(root, 'rev-parse', 'HEAD');
  log(`Release ${version} committed (${commit.slice(0, 12)}), tagged ${tag} and ${major}. To publish:
  git push origin HEAD ${tag}
  git push --force origin ${major}
  # GitHub: Releases → Draft a new release from ${tag}, tick "Publish this Action to the GitHub Marketplace"
  npm publish                                  # the CLI package (files: package.json "files")
Users pin ${major} (moves with every ${major}.x) or ${tag} / the commit ${commit} (never moves).`);
  return { commit, tag, major };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const version = args.find((a) => !a.startsWith('--'));
  if (!version) {
    console.error('usage: npm run release -- MAJOR.MINOR.PATCH [--skip-tests]');
    process.exit(2);
  }
  try {
    await cutRelease(ROOT, version, { checks: !args.includes('--skip-tests') });
  } catch (err) {
    console.error(`release: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
