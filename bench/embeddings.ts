// Throughput of the embedding stage on one set of images, in one run: decode, preprocess, model
// inference (per ORT thread count), the overlapped pipeline end to end, and a whole scan with a
// cold and then a warm embedding cache. Uses the fmnist-dev base images when /work/shared is
// present, the committed fixtures otherwise.
//   npm run bench:embeddings [-- --images DIR --model DESCRIPTOR.json --limit N]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EmbeddingCache } from '../src/embed/cache.js';
import type { OnnxModelSpec } from '../src/embed/model.js';
import { openOnnxEmbedder } from '../src/embed/onnx.js';
import { embedSources, type EmbedSource } from '../src/embed/pipeline.js';
import { tensorSize, toTensor } from '../src/embed/preprocess.js';
import { decodeImage } from '../src/media/image.js';
import type { DecodedImage } from '../src/media/types.js';
import { DEFAULT_LIMITS } from '../src/policy/load.js';
import { scan } from '../src/scan/scan.js';
import { sha256Hex } from '../src/util/hash.js';
// @ts-expect-error plain ESM helper shared with the demo and tests
import { buildRepo } from '../scripts/fixture-repo.mjs';

const { values } = parseArgs({ options: { images: { type: 'string' }, model: { type: 'string' }, limit: { type: 'string' } } });
const BENCH = '/work/shared/bench/fmnist-dev';
const FIXTURE = resolve('fixtures/fmnist-mini');
const shared = existsSync(join(BENCH, 'base'));
const imagesDir = resolve(values.images ?? (shared ? join(BENCH, 'base') : join(FIXTURE, 'base/data/images')));
const modelJson = resolve(values.model ?? (shared ? join(BENCH, 'backbone.json') : join(FIXTURE, 'backbone.json')));

interface Descriptor {
  file?: string;
  path?: string;
  sha256?: string;
  input: { name: string; layout: 'NCHW' | 'NHWC'; channels: 1 | 3; size: number | number[]; height?: number; width?: number; scale?: number; mean?: number[] | null; std?: number[] | null };
  output: string | { name: string };
}
const desc = JSON.parse(readFileSync(modelJson, 'utf8')) as Descriptor;
const onnxFile = [desc.file, desc.path, 'backbone.onnx']
  .filter((f): f is string => !!f)
  .flatMap((f) => [resolve(modelJson, '..', f), resolve(f), join(FIXTURE, 'base/models', f)])
  .find((f) => existsSync(f))!;
const bytes = readFileSync(onnxFile);
const size = Array.isArray(desc.input.size) ? desc.input.size : [desc.input.height ?? desc.input.size, desc.input.width ?? desc.input.size];
const spec: OnnxModelSpec = {
  kind: 'onnx',
  path: onnxFile,
  source: 'repository',
  sha256: sha256Hex(bytes),
  inputName: desc.input.name,
  outputName: typeof desc.output === 'string' ? desc.output : desc.output.name,
  pre: {
    height: size[0]!,
    width: size[1]!,
    channels: desc.input.channels,
    layout: desc.input.layout,
    scale: desc.input.scale ?? 1,
    mean: desc.input.mean ?? [],
    std: desc.input.std ?? [],
  },
  batchSize: 32,
};

const files: string[] = [];
for (const cls of readdirSync(imagesDir).sort()) for (const f of readdirSync(join(imagesDir, cls)).sort()) files.push(join(imagesDir, cls, f));
if (values.limit) files.splice(Number(values.limit));
const n = files.length;
const rate = (ms: number) => `${((1000 * n) / ms).toFixed(0).padStart(7)} images/s (${(ms / 1000).toFixed(2)} s)`;
const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
};

console.log(`poisongate bench: ${n} images from ${imagesDir}`);
console.log(`model ${onnxFile} (${(bytes.length / 1024).toFixed(0)} KB), input ${spec.pre.layout} ${spec.pre.channels}×${spec.pre.height}×${spec.pre.width}, batch ${spec.batchSize}`);
console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} — shared machines give provisional numbers`);

const raw = files.map((f) => readFileSync(f));
const [decoded, decodeMs] = await time(() => Promise.all(raw.map((b, i) => decodeImage(b, files[i]!.split('.').pop()!, ['png', 'jpeg', 'webp'], DEFAULT_LIMITS))));
const images = decoded.map((r) => {
  if ('problem' in r) throw new Error(r.problem.message);
  return r.image;
});
console.log(`decode (sharp, limits checked)        ${rate(decodeMs)}`);
const [tensors, preMs] = await time(() => Promise.all(images.map((img) => toTensor(img, spec.pre))));
console.log(`preprocess (resize, scale, layout)    ${rate(preMs)}`);

const per = tensorSize(spec.pre);
const all = new Float32Array(n * per);
tensors.forEach((t, i) => all.set(t, i * per));
for (const threads of [1, 2]) {
  const e = await openOnnxEmbedder(spec, bytes, { threads });
  await e.embed(all.subarray(0, per * Math.min(n, spec.batchSize)), Math.min(n, spec.batchSize)); // warm-up
  const [, ms] = await time(async () => {
    for (let s = 0; s < n; s += spec.batchSize) await e.embed(all.subarray(s * per), Math.min(spec.batchSize, n - s));
  });
  console.log(`inference, ${threads} ORT thread(s)             ${rate(ms)}`);
  await e.release();
}

const sources = (): EmbedSource[] =>
  files.map((f) => ({
    sha256: async () => sha256Hex(readFileSync(f)),
    image: async () => {
      const r = await decodeImage(readFileSync(f), f.split('.').pop()!, ['png', 'jpeg', 'webp'], DEFAULT_LIMITS);
      return 'problem' in r ? { problem: r.problem.message } : (r.image as DecodedImage);
    },
  }));
let first: Awaited<ReturnType<typeof embedSources>> | undefined;
for (const threads of [1, 2]) {
  const e = await openOnnxEmbedder(spec, bytes, { threads });
  for (const concurrency of [1, 2, 4, 8]) {
    const [r, e2eMs] = await time(() => embedSources(e, sources(), { concurrency }));
    first ??= r;
    console.log(`end to end (read+decode+preprocess+infer), ${threads} ORT thread(s), ${concurrency} decode(s) in flight  ${rate(e2eMs)}  (model ${r.stats.inferenceMs} ms)`);
  }
  await e.release();
}
const embedder = await openOnnxEmbedder(spec, bytes);
const again = await embedSources(embedder, sources(), { concurrency: 4 });
const same = again.vectors.every((v, i) => v!.every((x, j) => x === first!.vectors[i]![j]));
console.log(`deterministic: second pass gives ${same ? 'bit-identical' : 'DIFFERENT'} vectors`);
const cacheDir = mkdtempSync(join(tmpdir(), 'poisongate-bench-cache-'));
const cache = new EmbeddingCache(cacheDir);
const [, coldMs] = await time(() => embedSources(embedder, sources(), { cache, concurrency: 4 }));
const [warm, warmMs] = await time(() => embedSources(embedder, sources(), { cache, concurrency: 4 }));
console.log(`embedding pass, cold cache           ${rate(coldMs)}`);
console.log(`embedding pass, warm cache           ${rate(warmMs)}  (${warm.stats.cacheHits} hits)`);
await embedder.release();

// A whole scan (the CLI's path): base = these images, PR = 40 of them copied under new names.
const repoDir = mkdtempSync(join(tmpdir(), 'poisongate-bench-repo-'));
const baseFiles: Record<string, Buffer> = {
  'models/m.onnx': bytes,
  '.github/poisongate.yml': Buffer.from(
    `version: 1\nextends: [recommended]\ndatasets:\n  - name: images\n    root: data\n    layout: imagefolder\n    modality: image\n    model:\n      path: models/m.onnx\n      sha256: "${spec.sha256}"\n      input: { name: ${spec.inputName}, layout: ${spec.pre.layout}, channels: ${spec.pre.channels}, size: [${spec.pre.height}, ${spec.pre.width}], scale: ${spec.pre.scale}${spec.pre.mean.length ? `, mean: [${spec.pre.mean.join(', ')}]` : ''}${spec.pre.std.length ? `, std: [${spec.pre.std.join(', ')}]` : ''} }\n      output: ${spec.outputName}\n`,
  ),
};
const prFiles: Record<string, Buffer> = {};
files.forEach((f, i) => {
  const rel = f.slice(imagesDir.length + 1);
  baseFiles[`data/${rel}`] = raw[i]!;
  if (i % Math.max(1, Math.floor(n / 40)) === 0) prFiles[`data/${rel.replace(/(\.[a-z]+)$/, '-copy$1')}`] = raw[i]!;
});
const repo = buildRepo({ dest: join(repoDir, 'repo'), baseFiles, prFiles }) as { root: string };
const scanCache = mkdtempSync(join(tmpdir(), 'poisongate-bench-scan-cache-'));
const runScan = () => scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', cacheDir: scanCache });
const [coldScan, coldScanMs] = await time(runScan);
const [warmScan, warmScanMs] = await time(runScan);
console.log(
  `scan of a ${Object.keys(prFiles).length}-image PR against ${n} trusted images: cold cache ${(coldScanMs / 1000).toFixed(2)} s, warm cache ${(warmScanMs / 1000).toFixed(2)} s ` +
    `(${(coldScanMs / warmScanMs).toFixed(1)}× faster); same findings: ${JSON.stringify(coldScan.report.findings) === JSON.stringify(warmScan.report.findings)}`,
);
console.log(`  detector timings, warm (ms): ${JSON.stringify(warmScan.report.summary.timings_ms)}`);
rmSync(cacheDir, { recursive: true, force: true });
rmSync(scanCache, { recursive: true, force: true });
rmSync(repoDir, { recursive: true, force: true });
