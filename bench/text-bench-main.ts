// Prints the text benchmark: every group of fixtures/text-bench as its own pull request, the
// multilingual rows under the default allow_scripts (the reference's scripts) for comparison, and
// throughput on a larger table. Timings depend on the machine and its load.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../src/dataset/csv.js';
import { embedTextNgrams } from '../src/embed/text-ngrams.js';
import { scan } from '../src/scan/scan.js';
// @ts-expect-error plain ESM helper shared with the demo script
import { buildRepo } from '../scripts/fixture-repo.mjs';
import { BENCH, FEATURE_RULES, formatBudgets, formatFeatureResults, formatResults, groupRows, GROUPS, runGroup, withAllowScripts, type GroupResult } from './text-bench.js';

const out = (s: string) => process.stdout.write(`${s}\n`);

const results: GroupResult[] = [];
let started = Date.now();
for (const group of Object.keys(GROUPS)) results.push(await runGroup(group));
const policy = readFileSync(join(BENCH, 'policy.yml'), 'utf8');
const withoutAllow = await runGroup('multilingual', { policy: policy.replace(/^\s*allow_scripts:.*\n/m, '') });
results.push({ ...withoutAllow, group: 'multilingual*' });
const latinOnly = await runGroup('world', { policy: withAllowScripts(policy, ['Latin']) });
results.push({ ...latinOnly, group: 'world (Latin only)' });
out(formatResults(results));
out('verdict: of the pull request holding the group. multilingual*: the same rows without allow_scripts (only the');
out("English reference's scripts allowed). world: 1 000 UDHR rows in 40 languages, allow_scripts listing their 31 scripts;");
out("world (Latin only): the same rows with allow_scripts: [Latin]. typography's trigger-tokens finding: the keycap emoji 1⃣");
out('appended to 10 ham rows by the generator, a repeated rare token by construction (not scored).');
out('\nAttack recall by perturbation budget (code points inserted or replaced, words reordered, deletions):');
out(formatBudgets(results));
for (const r of results.filter((x) => x.role === 'legitimate' && x.falsePositives > 0)) {
  out(`${r.group}: flagged rows by language ${JSON.stringify(r.flaggedByDetail)}; unicode kinds ${JSON.stringify(r.falsePositiveKinds)}`);
}
out(`${results.length} pull requests scanned in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// The feature-space rules on text, all four enabled for text (the preset runs only class-proximity
// there), in the built-in n-gram space.
started = Date.now();
const allFeatures = `${policy.trimEnd()}\n${FEATURE_RULES.map((r) => `  ${r}: { modalities: [image, text] }`).join('\n')}\n`;
const featureResults: GroupResult[] = [];
for (const group of Object.keys(GROUPS).filter((g) => g !== 'world')) featureResults.push(await runGroup(group, { policy: allFeatures }));
out('\nFeature-space rules on text (model: ngrams), every rule enabled for text:');
out(formatFeatureResults(featureResults));
const clean = featureResults.filter((r) => r.role === 'legitimate' || r.role === 'trigger' || r.role === 'mislabel');
const english = (r: GroupResult) => r.group !== 'multilingual' && r.group !== 'world' && r.group !== 'typography';
const ordinary = clean.filter(english).reduce((n, r) => n + r.ordinary, 0);
for (const rule of FEATURE_RULES) {
  const named = clean.filter(english).reduce((n, r) => n + r.feature[rule]!.ordinary, 0);
  out(`${rule}: ${named} of ${ordinary} ordinary English rows named (clean, trigger and label-flip groups)`);
}
out(`${featureResults.length} pull requests scanned in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Throughput: a 50 000-row table and a pull request appending the clean and perturbed rows (700, 400 poisoned).
const base = parseCsv(readFileSync(join(BENCH, 'base/data/emails/train.csv'), 'utf8')).slice(1).map((r) => r.fields);
const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
const big = ['text,label', ...Array.from({ length: 50_000 }, (_, i) => `${q(`${base[i % base.length]![0]} #${i}`)},${base[i % base.length]![1]}`)].join('\n');
const added = ['clean', 'invisible', 'homoglyph', 'reorder', 'deletion'].flatMap((g) => groupRows(g));
const head = `${big}\n${added.map((r) => `${q(r.text)},${q(r.label)}`).join('\n')}\n`;
const repo = buildRepo({
  dest: join(mkdtempSync(join(tmpdir(), 'poisongate-text-speed-')), 'repo'),
  baseFiles: { '.github/poisongate.yml': policy, 'data/emails/train.csv': `${big}\n` },
  prFiles: { 'data/emails/train.csv': head },
}) as { root: string };
started = Date.now();
const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr' });
const t = report.summary.timings_ms;
out(
  `\nscan of 50 000 reference rows + ${added.length} new rows: ${((Date.now() - started) / 1000).toFixed(1)} s ` +
    `(detectors: unicode ${t['unicode']} ms, trigger-tokens ${t['trigger-tokens']} ms, class-proximity ${t['class-proximity']} ms with the n-gram embedding); ` +
    `${report.summary.candidates} candidates, ${report.summary.by_rule['unicode'] ?? 0} unicode findings`,
);
started = Date.now();
const texts = base.map((r) => r[0]!);
for (let k = 0; k < 5; k++) for (const text of texts) embedTextNgrams(text);
out(`text-ngrams embedder: ${Math.round((5 * texts.length) / ((Date.now() - started) / 1000))} rows/s (rows of ~260 characters, dim 1024)`);
