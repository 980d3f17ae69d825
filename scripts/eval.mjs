#!/usr/bin/env node
// Detection quality on a benchmark laid out like fmnist-dev: for every pull request, a real git
// repository (base commit with a policy pinning the benchmark's backbone, PR commit adding the PR's
// files) is scanned by the real CLI, and the findings are scored against the PR's truth.json.
//
// Usage: npm run eval -- <bench-dir> [--model NAME|DESCRIPTOR.json] [--detectors JSON] [--max-per-class N]
//                                    [--markdown FILE] [--only pr-1,pr-2] [--no-build] [--keep]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildRepo } from './fixture-repo.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    model: { type: 'string', default: 'backbone' },
    detectors: { type: 'string' },
    markdown: { type: 'string' },
    only: { type: 'string' },
    'max-per-class': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const bench = positionals[0] && resolve(positionals[0]);
if (!bench || !existsSync(join(bench, 'base'))) {
  console.error('usage: npm run eval -- <bench-dir> [--model NAME] [--detectors JSON] [--markdown FILE] [--only IDS] [--no-build] [--keep]');
  process.exit(2);
}
if (!values['no-build']) {
  const b = spawnSync(process.execPath, [join(here, 'package.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 2);
}

const DATA = 'data/images';
const work = mkdtempSync(join(tmpdir(), 'poisongate-eval-'));
const cacheDir = join(work, 'cache');
const sha256 = (b) => createHash('sha256').update(b).digest('hex');

// The policy: the recommended preset, the benchmark's backbone pinned by sha256, its input mapped one to one.
// --model NAME reads <bench>/NAME.json (the benchmark's descriptors); a path to a .json file (e.g. a
// policy-shaped descriptor like models/mobilenet-v2.json) is read as is.
const descriptor = values.model.endsWith('.json') ? resolve(values.model) : join(bench, `${values.model}.json`);
const backbone = JSON.parse(readFileSync(descriptor, 'utf8'));
const onnxFile = [backbone.file, backbone.path, `${values.model}.onnx`]
  .filter(Boolean)
  .flatMap((f) => [join(dirname(descriptor), f), resolve(f)])
  .find((f) => existsSync(f));
const onnx = readFileSync(onnxFile);
const inp = backbone.input;
const model = {
  path: 'models/backbone.onnx',
  sha256: sha256(onnx),
  input: {
    name: inp.name,
    layout: inp.layout,
    channels: inp.channels,
    size: Array.isArray(inp.size) ? inp.size : [inp.height ?? inp.size, inp.width ?? inp.size],
    scale: inp.scale ?? 1,
    ...(inp.mean ? { mean: [].concat(inp.mean) } : {}),
    ...(inp.std ? { std: [].concat(inp.std) } : {}),
  },
  output: typeof backbone.output === 'string' ? backbone.output : backbone.output.name,
};
const extraDetectors = values.detectors ? JSON.parse(values.detectors) : {};
const policy = {
  version: 1,
  extends: ['recommended'],
  datasets: [
    {
      name: 'images',
      root: DATA,
      layout: 'imagefolder',
      modality: 'image',
      formats: ['png', 'jpeg', 'webp'],
      model,
      ...(values['max-per-class'] ? { reference: { max_per_class: Number(values['max-per-class']) } } : {}),
    },
  ],
  ...(Object.keys(extraDetectors).length ? { detectors: extraDetectors } : {}),
};

// Base tree (shared by every PR): base/<class>/* → data/images/<class>/*, the model, the policy.
const baseDir = join(work, 'base');
cpSync(join(bench, 'base'), join(baseDir, DATA), { recursive: true });
mkdirSync(join(baseDir, 'models'), { recursive: true });
writeFileSync(join(baseDir, 'models', 'backbone.onnx'), onnx);
mkdirSync(join(baseDir, '.github'), { recursive: true });
writeFileSync(join(baseDir, '.github', 'poisongate.yml'), `${JSON.stringify(policy, null, 2)}\n`);

const prIds = readdirSync(join(bench, 'prs'))
  .filter((d) => existsSync(join(bench, 'prs', d, 'truth.json')))
  .filter((d) => !values.only || values.only.split(',').includes(d))
  .sort();

const rows = [];
const rules = new Set();
for (const id of prIds) {
  const prRoot = join(bench, 'prs', id);
  const truth = JSON.parse(readFileSync(join(prRoot, 'truth.json'), 'utf8'));
  const prDir = join(work, 'pr', id);
  for (const cls of readdirSync(prRoot)) {
    if (cls === '_attack' || cls === 'truth.json' || cls.startsWith('.')) continue;
    for (const f of readdirSync(join(prRoot, cls))) {
      mkdirSync(join(prDir, DATA, cls), { recursive: true });
      copyFileSync(join(prRoot, cls, f), join(prDir, DATA, cls, f));
    }
  }
  const repo = buildRepo({ dest: join(work, 'repo', id), base: baseDir, pr: prDir });
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin', 'poisongate.js'), 'scan', '--root', repo.root, '--base', 'main', '--head', 'pr', '--format', 'json', '--cache-dir', cacheDir],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const seconds = (Date.now() - started) / 1000;
  if (r.status !== 0 && r.status !== 1) {
    console.error(`${id}: scan failed (exit ${r.status})\n${r.stderr}`);
    process.exit(2);
  }
  const report = JSON.parse(r.stdout);
  const failOn = { error: 3, warning: 2, notice: 1 }[report.policy.fail_on];
  const rank = { error: 3, warning: 2, notice: 1 };
  const poisons = new Set(truth.poisons.map((p) => `${DATA}/${p}`));
  const clean = new Set(truth.clean.map((p) => `${DATA}/${p}`));
  // Per file: the rules that named it, and whether any of those findings gates (at or above fail_on, unwaived).
  const byFile = new Map();
  for (const f of report.findings) {
    if (!poisons.has(f.path) && !clean.has(f.path)) continue;
    const e = byFile.get(f.path) ?? { rules: new Set(), gate: false };
    e.rules.add(f.rule);
    if (!f.waived && rank[f.severity] >= failOn) e.gate = true;
    byFile.set(f.path, e);
    rules.add(f.rule);
  }
  for (const f of report.findings) rules.add(f.rule);
  const count = (set, pred) => [...set].filter((p) => pred(byFile.get(p))).length;
  const perRule = {};
  for (const rule of rules) {
    perRule[rule] = { poisons: count(poisons, (e) => e?.rules.has(rule)), clean: count(clean, (e) => e?.rules.has(rule)) };
  }
  const expected = truth.attack === 'CLEAN' ? 'pass' : 'fail';
  rows.push({
    id,
    attack: truth.attack,
    success: truth.success?.success ?? null,
    nPoisons: poisons.size,
    nClean: clean.size,
    verdict: report.verdict,
    expected,
    failedRules: report.failed_rules.map((f) => f.rule),
    any: { poisons: count(poisons, (e) => e !== undefined), clean: count(clean, (e) => e !== undefined) },
    gate: { poisons: count(poisons, (e) => e?.gate), clean: count(clean, (e) => e?.gate) },
    perRule,
    baselines: truth.baselines ?? {},
    seconds,
  });
  console.error(`${id} ${truth.attack}: ${report.verdict} (expected ${expected}) in ${seconds.toFixed(1)} s; failed rules: ${rows.at(-1).failedRules.join(', ') || '-'}`);
}
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.error(`kept ${work}`);

// ---- tables ----
const featureRules = [...rules].filter((r) => !['integrity', 'provenance', 'unicode'].includes(r)).sort();
const frac = (x, n) => (n === 0 ? '–' : `${x}/${n} (${((100 * x) / n).toFixed(1)}%)`);
const lines = [];
const header = ['PR', 'attack', 'worked', 'scan s', 'verdict', 'right', 'gating: poisons', 'gating: clean FP', 'any: poisons', 'any: clean FP', ...featureRules.map((r) => `${r}: P / C`)];
lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
for (const r of rows) {
  lines.push(
    `| ${[
      r.id,
      r.attack,
      r.success === null ? '' : r.success ? 'yes' : 'no',
      r.seconds.toFixed(1),
      r.verdict,
      r.verdict === r.expected ? '✔' : '✘',
      frac(r.gate.poisons, r.nPoisons),
      frac(r.gate.clean, r.nClean),
      frac(r.any.poisons, r.nPoisons),
      frac(r.any.clean, r.nClean),
      ...featureRules.map((rule) => `${r.perRule[rule]?.poisons ?? 0} / ${r.perRule[rule]?.clean ?? 0}`),
    ].join(' | ')} |`,
  );
}
const attacks = [...new Set(rows.map((r) => r.attack))].sort();
const agg = [];
const aggHeader = ['attack', 'PRs', 'verdicts right', 'gating: recall', 'gating: clean FPR', 'any: recall', 'any: clean FPR', 'deep_knn_k50 recall / FPR', 'deep_knn_k100 recall / FPR', 'centroid_p95 recall / FPR'];
agg.push(`| ${aggHeader.join(' | ')} |`, `|${aggHeader.map(() => '---').join('|')}|`);
const sum = (list, f) => list.reduce((s, r) => s + f(r), 0);
const baseline = (list, name) => {
  const p = sum(list, (r) => r.baselines[name]?.flagged_poisons ?? 0);
  const c = sum(list, (r) => r.baselines[name]?.flagged_clean ?? 0);
  const np = sum(list, (r) => r.nPoisons);
  const nc = sum(list, (r) => r.nClean);
  return `${np ? ((100 * p) / np).toFixed(1) + '%' : '–'} / ${((100 * c) / nc).toFixed(1)}%`;
};
const targeted = rows.filter((r) => r.attack === 'FC' || r.attack === 'CP');
const groups = [
  ...attacks.map((a) => [a, rows.filter((r) => r.attack === a)]),
  ...(targeted.length ? [['FC+CP', targeted], ['FC+CP, attack worked', targeted.filter((r) => r.success)]] : []),
  ['all', rows],
];
for (const group of groups) {
  const [name, list] = group;
  const np = sum(list, (r) => r.nPoisons);
  const nc = sum(list, (r) => r.nClean);
  agg.push(
    `| ${[
      name,
      list.length,
      `${list.filter((r) => r.verdict === r.expected).length}/${list.length}`,
      frac(sum(list, (r) => r.gate.poisons), np),
      frac(sum(list, (r) => r.gate.clean), nc),
      frac(sum(list, (r) => r.any.poisons), np),
      frac(sum(list, (r) => r.any.clean), nc),
      baseline(list, 'deep_knn_k50'),
      baseline(list, 'deep_knn_k100'),
      baseline(list, 'centroid_p95'),
    ].join(' | ')} |`,
  );
}
const out = [
  '### Per pull request',
  '',
  'gating = findings at or above the policy\'s fail_on; any = findings of any severity; per rule: poisons / clean files it named.',
  '',
  ...lines,
  '',
  '### Per attack',
  '',
  ...agg,
  '',
].join('\n');
console.log(out);
if (values.markdown) {
  const args = process.argv.slice(2).filter((a, i, all) => a !== '--markdown' && all[i - 1] !== '--markdown');
  const header = [
    `# Evaluation: ${bench.split('/').pop()}`,
    '',
    `Command: \`npm run eval -- ${args.join(' ')}\``,
    `Date: ${new Date().toISOString().slice(0, 10)}; poisongate ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}; ` +
      `policy: the \`recommended\` preset${values.detectors ? ` with detectors ${values.detectors}` : ''}, model \`${values.model}\`` +
      `${values['max-per-class'] ? `, reference capped at ${values['max-per-class']} per class` : ''}.`,
    '',
    'Each pull request is built as a git repository (base commit: the trusted images, the backbone pinned by sha256 and the ' +
      'policy; PR commit: the files the PR adds, without `_attack/` and `truth.json`) and scanned by the real CLI ' +
      '(`poisongate scan --base main --head pr --format json`, one embedding cache shared by the runs). A file counts as ' +
      'flagged by a rule when a finding of that rule names it. The baseline columns are the benchmark\'s own reference ' +
      'detectors from `truth.json` (Deep k-NN among base + the PR, and distance to the class centroid).',
    '',
  ].join('\n');
  writeFileSync(values.markdown, `${header}\n${out}`);
}
