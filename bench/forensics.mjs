#!/usr/bin/env node
// `npm run bench` section of the pixel-forensics detectors: runs bench/forensics.ts against
// references of 1k, 10k and 100k Fashion-MNIST images. Prints its own lines, prefixed `forensics:`.
//   node bench/forensics.mjs [SIZES, comma-separated]
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFashionMnist } from '../scripts/lib/fashion-mnist.mjs';
import { importTs } from '../scripts/lib/run-ts.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sizes = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);
console.log(`forensics: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (figures are provisional under shared load)`);
const { runBench } = await importTs(join(here, 'forensics.ts'));
await runBench(loadFashionMnist(), join(here, '..', 'fixtures', 'forensics'), sizes, (s) => console.log(s));
