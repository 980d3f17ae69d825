#!/usr/bin/env node
// Throughput of the bundled default backbone in onnxruntime-node: images per second for batch
// sizes 1 and 16 with 1 and 2 intra-op threads, plus session load time. Prints the machine's load
// average next to the numbers, since a shared machine makes them provisional.
//   node bench/backbone-throughput.mjs [--model models/mobilenet-v2.onnx] [--seconds 3] [--json]
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ort from 'onnxruntime-node';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const model = option('--model', join(root, 'models', 'mobilenet-v2.onnx'));
const seconds = Number(option('--seconds', '3'));
const THREADS = [1, 2];
const BATCHES = [1, 16];

/** Deterministic pixels in [0,1): a fixed LCG, so runs are comparable and free of all-zero shortcuts. */
function pixels(count) {
  const out = new Float32Array(count);
  let state = 12345;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = (state >>> 8) / 2 ** 24;
  }
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = [];
const loadBefore = loadavg()[0];
for (const threads of THREADS) {
  for (const batch of BATCHES) {
    const started = performance.now();
    const session = await ort.InferenceSession.create(model, {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    });
    const loadMs = performance.now() - started;
    const feeds = { [session.inputNames[0]]: new ort.Tensor('float32', pixels(batch * 3 * 224 * 224), [batch, 3, 224, 224]) };
    const fetches = ['features'];
    for (let i = 0; i < 3; i++) await session.run(feeds, fetches);
    const times = [];
    const until = performance.now() + seconds * 1000;
    while (performance.now() < until || times.length < 5) {
      const t = performance.now();
      await session.run(feeds, fetches);
      times.push(performance.now() - t);
    }
    await session.release();
    const ms = median(times);
    results.push({ threads, batch, runs: times.length, ms_per_batch: +ms.toFixed(2), images_per_second: +((batch * 1000) / ms).toFixed(1), session_load_ms: +loadMs.toFixed(0) });
  }
}
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', load_average_1m: [+loadBefore.toFixed(2), +loadavg()[0].toFixed(2)] };

if (args.includes('--json')) {
  console.log(JSON.stringify({ model, onnxruntime: ort.env.versions?.common ?? 'unknown', machine, results }, null, 2));
} else {
  console.log(`default backbone throughput (${model})`);
  console.log(`machine: ${machine.cpus}× ${machine.cpu}; 1-min load average ${machine.load_average_1m.join(' → ')} (numbers are provisional under load)`);
  console.log('threads  batch  ms/batch  images/s  runs  session load ms');
  for (const r of results) {
    console.log(`${String(r.threads).padStart(7)}  ${String(r.batch).padStart(5)}  ${r.ms_per_batch.toFixed(1).padStart(8)}  ${r.images_per_second.toFixed(1).padStart(8)}  ${String(r.runs).padStart(4)}  ${String(r.session_load_ms).padStart(15)}`);
  }
}
