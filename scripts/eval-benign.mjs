#!/usr/bin/env node
// False-positive rate of perturbed-copy on benign edits, through the real CLI: a repository whose
// base is the fmnist-dev benchmark's base and whose pull request adds, for every STEP-th trusted
// image, each edit of scripts/lib/benign-transforms.mjs (JPEG q85–95, WebP, resize, crop, crop and
// resize, brightness, contrast). Every finding on these is a false positive.
//   node scripts/eval-benign.mjs [BENCH_DIR] [--step N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benignTransforms } from './lib/benign-transforms.mjs';
import { buildRepo } from './fixture-repo.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const si = args.indexOf('--step');
const step = si >= 0 ? Number(args.splice(si, 2)[1]) : 20;
const bench = resolve(args[0] ?? join(here, '..', '..', 'shared', 'bench', 'fmnist-dev'));
if (!existsSync(join(bench, 'base'))) {
  console.error(`no benchmark at ${bench}`);
  process.exit(2);
}
const policy = `version: 1
enforcement: enforce
datasets:
  - name: fmnist
    root: images
    layout: imagefolder
    modality: image
    formats: [png, jpeg, webp]
detectors:
  perturbed-copy: {}
`;
const baseFiles = { '.github/poisongate.yml': policy };
const prFiles = {};
const kinds = new Map();
let k = 0;
for (const cls of readdirSync(join(bench, 'base')).sort()) {
  for (const name of readdirSync(join(bench, 'base', cls)).sort()) {
    const bytes = readFileSync(join(bench, 'base', cls, name));
    baseFiles[`images/${cls}/${name}`] = bytes;
    if (k++ % step !== 0) continue;
    for (const t of await benignTransforms(bytes)) {
      const path = `images/${cls}/${name.replace(/\.png$/, '')}-${t.name}.${t.ext}`;
      prFiles[path] = t.bytes;
      kinds.set(path, t.name);
    }
  }
}
const work = mkdtempSync(join(tmpdir(), 'poisongate-benign-'));
const repo = buildRepo({ dest: join(work, 'repo'), baseFiles, prFiles });
const out = join(work, 'report.json');
const t0 = Date.now();
const r = spawnSync(process.execPath, [join(here, '..', 'bin', 'poisongate.js'), 'scan', '--root', repo.root, '--base', 'main', '--head', 'pr', '--format', 'json', '--output', out], { encoding: 'utf8' });
if (r.status !== 0 && r.status !== 1) {
  console.error(r.stderr);
  process.exit(2);
}
const report = JSON.parse(readFileSync(out, 'utf8'));
const flagged = report.findings.filter((f) => f.rule === 'perturbed-copy');
const n = Object.keys(prFiles).length;
console.log(`benign edits of ${Math.ceil(k / step)} trusted images: ${n} candidates, reference ${report.datasets[0].reference}, ${((Date.now() - t0) / 1000).toFixed(1)} s (perturbed-copy ${report.summary.timings_ms['perturbed-copy']} ms)`);
console.log(`perturbed-copy findings: ${flagged.length}/${n} (${((100 * flagged.length) / n).toFixed(2)}%), errors ${flagged.filter((f) => f.severity === 'error').length}`);
const byKind = {};
for (const f of flagged) byKind[kinds.get(f.path)] = (byKind[kinds.get(f.path)] ?? 0) + 1;
for (const name of new Set(kinds.values())) console.log(`  ${name.padEnd(22)} ${byKind[name] ?? 0}`);
for (const f of flagged.slice(0, 10)) console.log(`  ${f.path}: ${f.message}`);
rmSync(work, { recursive: true, force: true });
