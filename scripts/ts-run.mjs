#!/usr/bin/env node
// Runs a TypeScript entry (bench/*.ts) without a build step: esbuild bundles it next to
// node_modules (so the native addons sharp and onnxruntime-node resolve), then node runs it.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/ts-run.mjs FILE.ts [args...]');
  process.exit(2);
}
const outdir = resolve('node_modules', '.cache', 'poisongate-ts');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['sharp', 'onnxruntime-node'],
  logLevel: 'warning',
  banner: { js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);" },
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
