// dist/index.js, the file action.yml runs. sharp and onnxruntime-node are native addons that no
// bundle can carry, so a release ships without node_modules: on first use this installs the pinned
// production dependencies (package-lock.json) into the action's own folder, then loads the bundled
// Action (dist/action.js). On self-hosted runners the folder persists and the install happens once.
// Node built-ins only: nothing here may need the packages it installs.
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installNative, unresolvedNative } from '../util/native-deps.js';

const actionDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Escapes a workflow command's data (what @actions/core does for `::error::`). */
function commandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function fail(message: string): never {
  process.stdout.write(`::error title=poisongate setup::${commandData(message)}\n`);
  process.exit(1);
}

function install(missing: string[]): void {
  process.stdout.write(`poisongate: ${missing.join(' and ')} not installed in ${actionDir}; installing the pinned production dependencies (once per action folder)\n`);
  const result = installNative(actionDir);
  if (!result.ok) {
    if (result.output) {
      // npm's output is shown as plain text, never as workflow commands.
      const token = randomBytes(16).toString('hex');
      process.stdout.write(`::stop-commands::${token}\n${result.output.slice(-20000)}\n::${token}::\n`);
    }
    fail(`cannot install sharp and onnxruntime-node into ${actionDir} (${result.why}). The runner needs npm and access to the npm registry (or a mirror set in the runner's npm config) on first use.`);
  }
  process.stdout.write(`poisongate: native dependencies installed in ${result.seconds.toFixed(1)} s\n`);
}

const missing = unresolvedNative(actionDir);
if (missing.length > 0) {
  install(missing);
  const still = unresolvedNative(actionDir);
  if (still.length > 0) fail(`npm ci finished but ${still.join(' and ')} still cannot be resolved from ${actionDir}`);
}
try {
  await import(pathToFileURL(join(actionDir, 'dist', 'action.js')).href);
} catch (err) {
  // Loading fails when an addon's binary does not fit this platform (e.g. a copied node_modules).
  fail(`cannot load the Action from ${actionDir}: ${err instanceof Error ? err.message : String(err)}. Delete its node_modules folder to reinstall.`);
}
