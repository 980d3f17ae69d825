#!/usr/bin/env node
// Measures the pixel-forensics detectors (perturbed-copy, shared-trigger, frequency) on the
// fmnist-dev benchmark through the real CLI: for each pull request, a git repository whose main
// branch is the benchmark's base and whose `pr` branch adds the PR's class folders (never `_attack/`
// or truth.json); then `poisongate scan --base main --head pr --format json`. Prints recall and
// false-positive rate per rule and attack, and each PR's verdict.
//   node scripts/eval-forensics.mjs [BENCH_DIR] [--policy FILE] [--keep DIR] [--with-sources]
// --with-sources adds, for every image a PR brings, its nearest Fashion-MNIST image (the
// `fashion-mnist` devDependency, same class) to the base: the case of a team whose reference holds
// the public dataset its data came from. Without it the base is the benchmark's base only, where
// no poison's clean original is present.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { buildRepo } from './fixture-repo.mjs';
import { loadFashionMnist, nearestByL2 } from './lib/fashion-mnist.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const policyFile = opt('--policy');
const keep = opt('--keep');
const withSources = args.includes('--with-sources');
if (withSources) args.splice(args.indexOf('--with-sources'), 1);
const bench = resolve(args[0] ?? join(here, '..', '..', 'shared', 'bench', 'fmnist-dev'));
if (!existsSync(join(bench, 'base'))) {
  console.error(`no benchmark at ${bench}`);
  process.exit(2);
}
const RULES = ['perturbed-copy', 'shared-trigger', 'frequency'];
const policy =
  policyFile !== undefined
    ? readFileSync(policyFile, 'utf8')
    : `version: 1
enforcement: enforce
datasets:
  - name: fmnist
    root: images
    layout: imagefolder
    modality: image
    formats: [png]
detectors:
${RULES.map((r) => `  ${r}: {}`).join('\n')}
`;
const work = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'poisongate-eval-'));
const stage = join(work, 'stage');
rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'base'), { recursive: true });
cpSync(join(bench, 'base'), join(stage, 'base', 'images'), { recursive: true });
writeFileSync(join(work, 'policy.yml'), policy);

const cli = join(here, '..', 'bin', 'poisongate.js');
let fm;
const sourceStats = { images: 0, within16: 0 };
/** For each image under `prStage/images/<class>/`, its nearest Fashion-MNIST image of that class, as a base file. */
async function upstreamSources(prStage) {
  fm ??= loadFashionMnist();
  const files = {};
  for (const cls of readdirSync(join(prStage, 'images')).sort()) {
    const pool = fm.filter((x) => x.label === cls);
    for (const name of readdirSync(join(prStage, 'images', cls)).sort()) {
      const { data, info } = await sharp(join(prStage, 'images', cls, name)).raw().toBuffer({ resolveWithObject: true });
      const px = Uint8Array.from({ length: info.width * info.height }, (_, i) => data[i * info.channels]);
      const { item, linf } = nearestByL2(px, pool);
      sourceStats.images++;
      if (linf <= 16) sourceStats.within16++;
      files[`images/${cls}/fm-${item.index}.png`] = await sharp(Buffer.from(item.pixels), { raw: { width: 28, height: 28, channels: 1 } }).png().toBuffer();
    }
  }
  return files;
}
const rows = [];
for (const pr of readdirSync(join(bench, 'prs')).sort()) {
  const dir = join(bench, 'prs', pr);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const prStage = join(stage, pr);
  rmSync(prStage, { recursive: true, force: true });
  for (const cls of readdirSync(dir, { withFileTypes: true })) {
    if (!cls.isDirectory() || cls.name.startsWith('_')) continue;
    cpSync(join(dir, cls.name), join(prStage, 'images', cls.name), { recursive: true });
  }
  const baseFiles = { '.github/poisongate.yml': policy, ...(withSources ? await upstreamSources(prStage) : {}) };
  const repo = buildRepo({ dest: join(work, 'repos', pr), base: join(stage, 'base'), pr: prStage, baseFiles });
  const report = join(work, `${pr}.json`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [cli, 'scan', '--root', repo.root, '--base', 'main', '--head', 'pr', '--format', 'json', '--output', report], { encoding: 'utf8' });
  const seconds = (Date.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) {
    console.error(`${pr}: scan failed (exit ${r.status})\n${r.stderr}`);
    process.exit(2);
  }
  const rep = JSON.parse(readFileSync(report, 'utf8'));
  const poisons = new Set(truth.poisons.map((p) => `images/${p}`));
  const clean = truth.clean.map((p) => `images/${p}`);
  const perRule = {};
  for (const rule of RULES) {
    const fs = rep.findings.filter((f) => f.rule === rule);
    const paths = new Set(fs.filter((f) => f.path !== 'images').map((f) => f.path));
    perRule[rule] = {
      poisons: [...poisons].filter((p) => paths.has(p)).length,
      clean: clean.filter((p) => paths.has(p)).length,
      failing: fs.some((f) => f.severity === 'error'),
      dataset: fs.some((f) => f.path === 'images'),
    };
  }
  rows.push({ pr, attack: truth.attack, nPoisons: poisons.size, nClean: clean.length, verdict: rep.verdict, perRule, seconds, timings: rep.summary.timings_ms });
  console.log(
    `${pr} ${truth.attack.padEnd(5)} poisons ${String(poisons.size).padStart(2)} clean ${String(clean.length).padStart(2)} verdict ${rep.verdict.padEnd(4)} ` +
      RULES.map((rule) => {
        const x = perRule[rule];
        return `${rule} ${x.poisons}/${poisons.size} fp ${x.clean}/${clean.length}${x.failing ? ' FAIL' : ''}${x.dataset ? ' (rate)' : ''}`;
      }).join(' | ') +
      ` [${seconds.toFixed(1)} s; ${RULES.map((k) => `${k} ${rep.summary.timings_ms[k] ?? 0} ms`).join(', ')}]`,
  );
}
console.log('\nper attack (recall = flagged poisons / poisons; fpr = flagged clean / clean; fails = PRs the rule fails):');
for (const attack of ['FC', 'CP', 'LCB', 'CLEAN']) {
  const rs = rows.filter((r) => r.attack === attack);
  const line = RULES.map((rule) => {
    const p = rs.reduce((n, r) => n + r.perRule[rule].poisons, 0);
    const np = rs.reduce((n, r) => n + r.nPoisons, 0);
    const c = rs.reduce((n, r) => n + r.perRule[rule].clean, 0);
    const nc = rs.reduce((n, r) => n + r.nClean, 0);
    const fails = rs.filter((r) => r.perRule[rule].failing).length;
    return `${rule}: recall ${np ? `${p}/${np} (${((100 * p) / np).toFixed(0)}%)` : 'n/a'} fpr ${c}/${nc} (${((100 * c) / nc).toFixed(1)}%) fails ${fails}/${rs.length}`;
  }).join(' | ');
  console.log(`${attack.padEnd(5)} ${line} | verdicts ${rs.map((r) => r.verdict).join(',')}`);
}
if (withSources) console.log(`\nupstream sources added to the base: ${sourceStats.images} (nearest Fashion-MNIST image by L2; within L∞ 16/255 of the PR image: ${sourceStats.within16})`);
if (!keep) rmSync(work, { recursive: true, force: true });
