#!/usr/bin/env node
// Runs the text benchmark (bench/text-bench-main.ts) from source: bundles it with esbuild into a
// temporary file (sharp and onnxruntime-node stay external) and runs it.
// Usage: npm run eval:text
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(process.cwd(), '.eval-text-'));
try {
  const outfile = join(dir, 'text-bench.mjs');
  await build({
    entryPoints: ['bench/text-bench-main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['sharp', 'onnxruntime-node'],
    logLevel: 'warning',
    banner: { js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);" },
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
