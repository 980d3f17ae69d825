#!/usr/bin/env node
// Bundles src/ into dist/: the Action's bootstrap (index.js, Node built-ins only), the Action
// (action.js) and the CLI (cli.js). sharp and onnxruntime-node are native addons and stay external;
// the bootstrap installs them next to the release on first use. Code loaded on demand (the scan
// engine, each detector's run code) goes into dist/chunks/, so `poisongate schema` and
// `validate-policy` never load the native addons. Then writes the policy's JSON Schema to
// schema/policy-v1.json from the CLI just built (committed like dist/; CI checks both).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
};

/** What dist/index.js may contain: its entry and the built-ins-only helpers it shares with the CLI. */
const BOOTSTRAP_MODULES = ['src/action/bootstrap.ts', 'src/util/native-deps.ts', 'src/util/errors.ts'];

/** Builds the three bundles and their chunks into `outdir` (emptied first); returns the files written, relative to it. */
export async function buildBundles(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  const engine = {
    ...common,
    external: ['sharp', 'onnxruntime-node'],
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);" },
  };
  const built = await build({ ...engine, entryPoints: { cli: 'src/cli/index.ts', action: 'src/action/index.ts' }, outdir, splitting: true, chunkNames: 'chunks/[name]-[hash]', metafile: true });
  const boot = await build({ ...common, entryPoints: { index: 'src/action/bootstrap.ts' }, outdir, metafile: true });
  // The bootstrap runs before any dependency is installed: it may only use Node built-ins and the
  // few modules of ours that themselves use only built-ins.
  const inputs = Object.keys(boot.metafile.inputs);
  const imports = Object.values(boot.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  if (inputs.some((p) => !BOOTSTRAP_MODULES.includes(p)) || imports.some((p) => !p.startsWith('node:'))) {
    throw new Error(`dist/index.js must depend on Node built-ins only; it pulls in ${[...inputs, ...imports].join(', ')}`);
  }
  return [...Object.keys(built.metafile.outputs), ...Object.keys(boot.metafile.outputs)].map((f) => relative(outdir, resolve(ROOT, f))).sort();
}

/** Where the schema editors and SchemaStore fetch lives in the repository (and in every release). */
export const SCHEMA_FILE = 'schema/policy-v1.json';

/** Writes the policy schema with the CLI in `root` (its dist/ must be built). */
export function writeSchema(root = ROOT) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'poisongate.js'), 'schema', '--output', join(root, SCHEMA_FILE)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`poisongate schema failed: ${r.stderr}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildBundles(join(ROOT, process.argv[2] ?? 'dist'));
  if (!process.argv[2]) writeSchema();
}
