// Bundles a TypeScript entry (with the sources it imports) and imports it, for benchmarks and
// evaluations that call detectors directly. The bundle lives in node_modules/.cache so native
// packages (sharp) resolve as they do for the sources.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function importTs(entry) {
  const dir = join(root, 'node_modules', '.cache', 'poisongate-ts');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `${basename(entry).replace(/\.ts$/, '')}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['sharp', 'onnxruntime-node'],
    outfile: out,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return import(pathToFileURL(out).href);
}
