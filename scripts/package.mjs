#!/usr/bin/env node
// Bundles src/ into dist/: the Action entry (index.js), the scan engine behind it (action.js) and
// the CLI (cli.js). sharp and onnxruntime-node are native addons and stay external.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['sharp', 'onnxruntime-node'],
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);" },
};
await build({ ...common, entryPoints: { cli: 'src/cli/index.ts' }, outdir: 'dist' });
