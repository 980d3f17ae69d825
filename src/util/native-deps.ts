// The two native addons no bundle can carry (sharp, onnxruntime-node): where they resolve from and
// how a release folder gets them. Shared by the Action's bootstrap (dist/index.js) and the CLI, so
// both find and install them the same way. Node built-ins only: this runs before they exist.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.js';

export const NATIVE = ['sharp', 'onnxruntime-node'] as const;

/** The folder of the running poisongate package: the nearest package.json named poisongate above this file. */
export function installDir(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'poisongate') return dir;
      } catch {
        // not ours; keep looking
      }
    }
    if (dirname(dir) === dir) throw new Error(`cannot find the poisongate package folder above ${from}`);
  }
}

/** The addons that do not resolve from `dir` (as Node resolves them for code in that folder). */
export function unresolvedNative(dir: string): string[] {
  const require = createRequire(join(dir, 'package.json'));
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

export interface InstallResult {
  ok: boolean;
  /** Why it failed (spawn error or exit status). */
  why?: string;
  /** npm's own output, to show as plain text. */
  output: string;
  seconds: number;
}

/**
 * Installs the pinned production dependencies (package-lock.json) into `dir`. No install script
 * runs: sharp's binaries come as platform packages and onnxruntime-node's CPU build is in its
 * tarball; ONNXRUNTIME_NODE_INSTALL=skip keeps its CUDA download off even if scripts were enabled.
 */
export function installNative(dir: string): InstallResult {
  const started = Date.now();
  const npm = npmCommand();
  const args = [...npm.prefix, 'ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
  const result = spawnSync(npm.command, args, {
    cwd: dir,
    env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip', npm_config_update_notifier: 'false' },
    encoding: 'utf8',
    shell: npm.shell,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  const seconds = (Date.now() - started) / 1000;
  if (result.error || result.status !== 0) {
    return { ok: false, why: result.error ? result.error.message : `npm ci exited with ${result.status ?? result.signal}`, output, seconds };
  }
  return { ok: true, output, seconds };
}

/**
 * Before a scan: the addons resolve (an npm install put them beside the package), or this is a
 * release folder or clone with the lockfile and no node_modules, which gets them the Action's way.
 * Anything else is a broken install, reported with the command that fixes it.
 */
export function ensureNativeDependencies(opts: { dir?: string; log: (message: string) => void }): void {
  const dir = opts.dir ?? installDir();
  const missing = unresolvedNative(dir);
  if (missing.length === 0) return;
  const what = missing.join(' and ');
  if (!existsSync(join(dir, 'package-lock.json')) || existsSync(join(dir, 'node_modules'))) {
    throw new ConfigError(
      `${what} cannot be found from ${dir}: poisongate needs them to scan. Reinstall it with npm ` +
        '(ONNXRUNTIME_NODE_INSTALL=skip npm install poisongate, or npm ci in a clone)',
    );
  }
  opts.log(`${what} not installed in ${dir}; installing the pinned production dependencies (once per folder)`);
  const r = installNative(dir);
  if (!r.ok) throw new ConfigError(`cannot install ${what} into ${dir} (${r.why}): ${r.output.slice(-2000)}`);
  const still = unresolvedNative(dir);
  if (still.length > 0) throw new ConfigError(`npm ci finished but ${still.join(' and ')} still cannot be resolved from ${dir}`);
  opts.log(`native dependencies installed in ${r.seconds.toFixed(1)} s`);
}
