#!/usr/bin/env node
// Bundles src/ into dist/: the Action's bootstrap (index.js, Node built-ins only), the Action
// (action.js) and the CLI (cli.js). sharp and onnxruntime-node are native addons and stay external;
// the bootstrap installs them next to the release on first use. Code loaded on demand (the scan
// engine, each detector's run code) goes into dist/chunks/, so `poisongate schema` and
// `validate-policy` never load the native addons.
import { build } from 'esbuild';
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
  // The bootstrap runs before any dependency is installed: it may only use Node built-ins.
  const inputs = Object.keys(boot.metafile.inputs);
  const imports = Object.values(boot.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  if (inputs.length !== 1 || imports.some((p) => !p.startsWith('node:'))) {
    throw new Error(`dist/index.js must depend on Node built-ins only; it pulls in ${[...inputs, ...imports].join(', ')}`);
  }
  return [...Object.keys(built.metafile.outputs), ...Object.keys(boot.metafile.outputs)].map((f) => relative(outdir, resolve(ROOT, f))).sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildBundles(join(ROOT, process.argv[2] ?? 'dist'));
}
