#!/usr/bin/env node
// How well the bundled default backbone separates a dataset's classes: leave-one-out k-NN accuracy
// (cosine, majority vote) of its features against raw pixels, on an imagefolder tree
// (<dir>/<class>/*.png), e.g. the fmnist-dev benchmark's base/. A backbone that loses to raw pixels
// on your data is a reason to bring your own.
//   node bench/backbone-knn.mjs <imagefolder-dir> [--per-class 100] [--k 5]
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ort from 'onnxruntime-node';
import sharp from 'sharp';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const dir = args[0];
if (!dir || dir.startsWith('--')) {
  console.error('usage: backbone-knn.mjs <imagefolder-dir> [--per-class 100] [--k 5]');
  process.exit(2);
}
const perClass = Number(option('--per-class', '100'));
const k = Number(option('--k', '5'));
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 224;

const samples = [];
for (const label of readdirSync(dir).sort()) {
  const files = readdirSync(join(dir, label)).filter((f) => /\.(png|jpe?g|webp)$/i.test(f)).sort().slice(0, perClass);
  for (const f of files) samples.push({ file: join(dir, label, f), label });
}

/** Raw pixels (the image's own size, RGB or gray as stored) and the model input (224×224 RGB, /255, NCHW). */
async function load(file) {
  const raw = await sharp(file).raw().toBuffer();
  const rgb = await sharp(file).resize(SIZE, SIZE, { kernel: 'cubic' }).toColourspace('srgb').removeAlpha().raw().toBuffer();
  const nchw = new Float32Array(3 * SIZE * SIZE);
  for (let p = 0; p < SIZE * SIZE; p++) for (let c = 0; c < 3; c++) nchw[c * SIZE * SIZE + p] = rgb[p * 3 + c] / 255;
  return { pixels: Float32Array.from(raw, (v) => v / 255), nchw };
}

const session = await ort.InferenceSession.create(join(root, 'models', 'mobilenet-v2.onnx'), { intraOpNumThreads: 2 });
const BATCH = 16;
const features = [];
const pixels = [];
const started = performance.now();
for (let i = 0; i < samples.length; i += BATCH) {
  const group = await Promise.all(samples.slice(i, i + BATCH).map((s) => load(s.file)));
  const input = new Float32Array(group.length * 3 * SIZE * SIZE);
  group.forEach((g, j) => input.set(g.nchw, j * 3 * SIZE * SIZE));
  const out = await session.run({ input: new ort.Tensor('float32', input, [group.length, 3, SIZE, SIZE]) }, ['features']);
  const data = out.features.data;
  for (let j = 0; j < group.length; j++) features.push(data.slice(j * 1280, (j + 1) * 1280));
  for (const g of group) pixels.push(g.pixels);
}
const embedSeconds = (performance.now() - started) / 1000;

function normalise(v) {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return Float32Array.from(v, (x) => x / n);
}

/** Leave-one-out k-NN accuracy; a tied vote goes to the tied class with the nearest voter. */
function knnAccuracy(vectors) {
  const unit = vectors.map(normalise);
  let correct = 0;
  for (let i = 0; i < unit.length; i++) {
    const sims = [];
    for (let j = 0; j < unit.length; j++) {
      if (j === i) continue;
      let s = 0;
      const a = unit[i];
      const b = unit[j];
      for (let d = 0; d < a.length; d++) s += a[d] * b[d];
      sims.push([s, j]);
    }
    sims.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    const votes = new Map();
    for (const [, j] of sims.slice(0, k)) votes.set(samples[j].label, (votes.get(samples[j].label) ?? 0) + 1);
    const best = Math.max(...votes.values());
    const winner = sims.slice(0, k).map(([, j]) => samples[j].label).find((l) => votes.get(l) === best);
    if (winner === samples[i].label) correct++;
  }
  return correct / unit.length;
}

const classes = new Set(samples.map((s) => s.label)).size;
console.log(`${samples.length} images, ${classes} classes (${perClass} per class max), leave-one-out ${k}-NN, cosine`);
console.log(`default backbone features: ${knnAccuracy(features).toFixed(3)}  (embedded in ${embedSeconds.toFixed(1)} s)`);
console.log(`raw pixels:                ${knnAccuracy(pixels).toFixed(3)}`);
