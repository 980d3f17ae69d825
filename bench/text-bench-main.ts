// Prints the text benchmark: every group of fixtures/text-bench as its own pull request, plus the
// multilingual rows under the default allow_scripts (the reference's scripts) for comparison.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, formatResults, GROUPS, runGroup, type GroupResult } from './text-bench.js';

const results: GroupResult[] = [];
const started = Date.now();
for (const group of Object.keys(GROUPS)) results.push(await runGroup(group));
const policy = readFileSync(join(BENCH, 'policy.yml'), 'utf8').replace(/^\s*allow_scripts:.*\n/m, '');
const withoutAllow = await runGroup('multilingual', { policy });
results.push({ ...withoutAllow, group: 'multilingual*' });
process.stdout.write(`${formatResults(results)}\n`);
process.stdout.write('* multilingual* = the multilingual rows without allow_scripts: only the scripts of the (English) reference are allowed.\n');
process.stdout.write(`${results.length} pull requests scanned in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
