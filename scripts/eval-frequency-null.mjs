#!/usr/bin/env node
// False-failure rate of the frequency rule on clean pull requests (see eval-frequency-null.ts).
//   node scripts/eval-frequency-null.mjs [BENCH_DIR] [--batches N] [--size N]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFashionMnist } from './lib/fashion-mnist.mjs';
import { importTs } from './lib/run-ts.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : d;
};
const batches = opt('--batches', 200);
const size = opt('--size', 40);
const bench = resolve(args[0] ?? join(here, '..', '..', 'shared', 'bench', 'fmnist-dev'));
const { run } = await importTs(join(here, 'eval-frequency-null.ts'));
await run(bench, loadFashionMnist(), batches, size, (s) => console.log(s));
