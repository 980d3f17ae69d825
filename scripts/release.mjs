#!/usr/bin/env node
// What a release of the Action contains, and how one is made: `node scripts/release.mjs <dir>`
// builds the bundles into <dir>/dist and copies the files below next to them. The release has no
// node_modules: dist/index.js installs the pinned native dependencies on first use.
// A file the engine reads at run time (presets, bundled models) must be listed here; the Action's
// end-to-end test runs from a release made by this script, so a missing file fails it.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBundles } from './package.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Copied from the repository; a trailing `/` copies the folder. `required: false` may be absent. */
export const RELEASE_FILES = [
  { path: 'action.yml', required: true },
  { path: 'package.json', required: true },
  { path: 'package-lock.json', required: true },
  { path: 'bin/', required: true },
  { path: 'policies/', required: true },
  { path: 'schema/', required: true },
  { path: 'models/', required: false },
  { path: 'README.md', required: false },
  { path: 'LICENSE', required: false },
];

function walk(dir, rel) {
  return readdirSync(join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`]));
}

/** The repository files a release copies (bundles excluded), sorted. */
export function releaseSourceFiles(root = ROOT) {
  const out = [];
  for (const { path, required } of RELEASE_FILES) {
    if (!existsSync(join(root, path))) {
      if (required) throw new Error(`release file missing: ${path}`);
      continue;
    }
    out.push(...(path.endsWith('/') && statSync(join(root, path)).isDirectory() ? walk(root, path) : [path]));
  }
  return out.sort();
}

/** Makes a release in `dest` (created; must not hold another release). Returns its file list. */
export async function makeRelease(dest, root = ROOT) {
  mkdirSync(dest, { recursive: true });
  const files = releaseSourceFiles(root);
  for (const f of files) {
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    cpSync(join(root, f), join(dest, f));
  }
  const bundles = await buildBundles(join(dest, 'dist'));
  return [...files, ...bundles.map((b) => `dist/${b}`)].sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dest = process.argv[2];
  if (!dest) {
    console.error('usage: node scripts/release.mjs <dir>');
    process.exit(2);
  }
  const files = await makeRelease(resolve(dest));
  console.log(files.join('\n'));
}
