// dist/index.js, the file action.yml runs. sharp and onnxruntime-node are native addons that no
// bundle can carry, so a release ships without node_modules: on first use this installs the pinned
// production dependencies (package-lock.json) into the action's own folder, then loads the bundled
// Action (dist/action.js). On self-hosted runners the folder persists and the install happens once.
// Node built-ins only: nothing here may need the packages it installs.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NATIVE = ['sharp', 'onnxruntime-node'];
const actionDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Escapes a workflow command's data (what @actions/core does for `::error::`). */
function commandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function fail(message: string): never {
  process.stdout.write(`::error title=poisongate setup::${commandData(message)}\n`);
  process.exit(1);
}

function unresolved(): string[] {
  const require = createRequire(join(actionDir, 'package.json'));
  return NATIVE.filter((name) => {
    try {
      require.resolve(name);
      return false;
    } catch {
      return true;
    }
  });
}

/** npm beside the running node (the runner's own node ships it on Linux and macOS), else on PATH. */
function npmCommand(): { command: string; prefix: string[]; shell: boolean } {
  const bin = dirname(process.execPath);
  for (const cli of [join(bin, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'), join(bin, 'node_modules', 'npm', 'bin', 'npm-cli.js')]) {
    if (existsSync(cli)) return { command: process.execPath, prefix: [cli], shell: false };
  }
  const windows = process.platform === 'win32';
  return { command: windows ? 'npm.cmd' : 'npm', prefix: [], shell: windows };
}

function install(missing: string[]): void {
  const started = Date.now();
  process.stdout.write(`poisongate: ${missing.join(' and ')} not installed in ${actionDir}; installing the pinned production dependencies (once per action folder)\n`);
  const npm = npmCommand();
  // --ignore-scripts: no install script runs on the runner; neither package needs one (sharp's
  // binaries come as platform packages, onnxruntime-node's CPU build is in its tarball).
  const args = [...npm.prefix, 'ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
  const result = spawnSync(npm.command, args, {
    cwd: actionDir,
    env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip', npm_config_update_notifier: 'false' },
    encoding: 'utf8',
    shell: npm.shell,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error || result.status !== 0) {
    if (output) {
      // npm's output is shown as plain text, never as workflow commands.
      const token = randomBytes(16).toString('hex');
      process.stdout.write(`::stop-commands::${token}\n${output.slice(-20000)}\n::${token}::\n`);
    }
    const why = result.error ? result.error.message : `npm ci exited with ${result.status ?? result.signal}`;
    fail(`cannot install sharp and onnxruntime-node into ${actionDir} (${why}). The runner needs npm and access to the npm registry (or a mirror set in the runner's npm config) on first use.`);
  }
  process.stdout.write(`poisongate: native dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const missing = unresolved();
if (missing.length > 0) {
  install(missing);
  const still = unresolved();
  if (still.length > 0) fail(`npm ci finished but ${still.join(' and ')} still cannot be resolved from ${actionDir}`);
}
try {
  await import(pathToFileURL(join(actionDir, 'dist', 'action.js')).href);
} catch (err) {
  // Loading fails when an addon's binary does not fit this platform (e.g. a copied node_modules).
  fail(`cannot load the Action from ${actionDir}: ${err instanceof Error ? err.message : String(err)}. Delete its node_modules folder to reinstall.`);
}
