import { readdirSync, readFileSync, writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { EmbeddingCache } from '../src/embed/cache.js';
import { PIXELS_PREPROCESSING, type OnnxModelSpec } from '../src/embed/model.js';
import { openOnnxEmbedder } from '../src/embed/onnx.js';
import { embedSources, type EmbedSource } from '../src/embed/pipeline.js';
import { pixelEmbedder } from '../src/embed/pixels.js';
import { toTensor, type Preprocessing } from '../src/embed/preprocess.js';
import type { DecodedImage } from '../src/media/types.js';
import { sha256Hex } from '../src/util/hash.js';
import { BACKBONE, BACKBONE_JSON, MINI, TRUTH } from './support/mini.js';
import { ROOT } from './support/repo.js';
import { flattenModel } from './support/onnx.js';
import { tempDir } from './support/tmp.js';

const FMNIST: Preprocessing = { width: 28, height: 28, channels: 1, layout: 'NCHW', scale: 1 / 255, mean: [], std: [] };
const SPEC: OnnxModelSpec = {
  kind: 'onnx',
  path: 'models/backbone.onnx',
  source: 'repository',
  sha256: TRUTH.backbone_sha256,
  inputName: 'input',
  outputName: 'features',
  pre: FMNIST,
  batchSize: 8,
};

async function decode(file: string): Promise<DecodedImage> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, data: new Uint8Array(data), format: 'png' };
}

const baseImage = (rel: string) => join(MINI, 'base', 'data', 'images', rel);
const files = ['tshirt/0000.png', 'coat/0001.png', 'bag/0002.png', 'sneaker/0003.png', 'dress/0004.png'].map(baseImage);

function sources(paths: string[]): EmbedSource[] {
  return paths.map((p) => ({
    sha256: async () => sha256Hex(readFileSync(p)),
    image: async () => decode(p),
  }));
}

describe('preprocessing', () => {
  it('reproduces the backbone self-test vector (PNG → tensor → ONNX)', async () => {
    const embedder = await openOnnxEmbedder(SPEC, BACKBONE);
    const tensor = await toTensor(await decode(baseImage(BACKBONE_JSON.selftest.image.replace('base/', ''))), FMNIST);
    const { dim, data } = await embedder.embed(tensor, 1);
    await embedder.release();
    expect(dim).toBe(128);
    const maxDiff = Math.max(...BACKBONE_JSON.selftest.features.map((v, i) => Math.abs(v - data[i]!)));
    expect(maxDiff).toBeLessThan(1e-5);
  });

  it('matches channels, resizes, scales and normalises per channel in either layout', async () => {
    // A 2×1 RGB image: red and blue pixels.
    const img: DecodedImage = { width: 2, height: 1, channels: 3, data: Uint8Array.from([255, 0, 0, 0, 0, 255]), format: 'png' };
    const pre: Preprocessing = { width: 2, height: 1, channels: 3, layout: 'NCHW', scale: 1 / 255, mean: [0.5, 0, 0], std: [0.5, 1, 2] };
    expect([...(await toTensor(img, pre))]).toEqual([1, -1, 0, 0, 0, 0.5]);
    expect([...(await toTensor(img, { ...pre, layout: 'NHWC' }))]).toEqual([1, 0, 0, -1, 0, 0.5]);
    const gray = await toTensor(img, { ...pre, channels: 1, mean: [], std: [], scale: 1 });
    expect([...gray]).toEqual([Math.round(0.299 * 255), Math.round(0.114 * 255)]);
    const resized = await toTensor(await decode(files[0]!), { ...FMNIST, width: 14, height: 14 });
    expect(resized.length).toBe(14 * 14);
  });

  it('pixels: a centred, unit-length thumbnail', async () => {
    const e = pixelEmbedder();
    const t = await toTensor(await decode(files[1]!), PIXELS_PREPROCESSING);
    const { dim, data } = await e.embed(t, 1);
    expect(dim).toBe(16 * 16 * 3);
    expect(data.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 5);
    expect(Math.abs(data.reduce((s, v) => s + v, 0))).toBeLessThan(1e-4);
  });
});

describe('model pin', () => {
  it('refuses bytes that do not match the pin, naming the file', async () => {
    const tampered = Buffer.from(BACKBONE);
    tampered[tampered.length - 100] ^= 0xff;
    await expect(openOnnxEmbedder(SPEC, tampered)).rejects.toThrow(/models\/backbone\.onnx: sha256 [0-9a-f]{64} does not match the pinned/);
  });

  it('refuses a pinned file that is not ONNX, and a missing input or output name', async () => {
    const text = Buffer.from('not a model');
    await expect(openOnnxEmbedder({ ...SPEC, sha256: sha256Hex(text) }, text)).rejects.toThrow(/models\/backbone\.onnx is not an ONNX model/);
    await expect(openOnnxEmbedder({ ...SPEC, inputName: 'pixels' }, BACKBONE)).rejects.toThrow(/has no input 'pixels' \(inputs: input\)/);
    await expect(openOnnxEmbedder({ ...SPEC, outputName: 'logits' }, BACKBONE)).rejects.toThrow(/has no output 'logits' \(outputs: features\)/);
    await expect(openOnnxEmbedder({ ...SPEC, pre: { ...FMNIST, channels: 3 } }, BACKBONE)).rejects.toThrow(/NCHW with 3 channel\(s\) at 28×28/);
  });
});

describe('models with a fixed batch dimension', () => {
  it('runs them one fixed-size batch at a time, padding the last one', async () => {
    const bytes = flattenModel(2, 1, 28, 28);
    const spec: OnnxModelSpec = { ...SPEC, sha256: sha256Hex(bytes), inputName: 'x', outputName: 'y', batchSize: 32 };
    const e = await openOnnxEmbedder(spec, bytes);
    expect(e.batchSize).toBe(2);
    const r = await embedSources(e, sources(files.slice(0, 3)), { concurrency: 1 });
    expect(r.dim).toBe(784);
    const third = await toTensor(await decode(files[2]!), FMNIST);
    expect([...r.vectors[2]!]).toEqual([...third]);
    await e.release();
  });
});

describe('embedding cache', () => {
  it('misses, then hits with the same vectors; batching does not change them', async () => {
    const dir = tempDir('poisongate-cache-');
    const cache = new EmbeddingCache(dir);
    const embedder = await openOnnxEmbedder({ ...SPEC, batchSize: 2 }, BACKBONE);
    const cold = await embedSources(embedder, sources(files), { cache, concurrency: 2 });
    expect(cold.stats).toMatchObject({ samples: 5, cacheHits: 0, embedded: 5, cacheCorrupt: 0 });
    const warm = await embedSources(embedder, sources(files), { cache, concurrency: 2 });
    expect(warm.stats).toMatchObject({ cacheHits: 5, embedded: 0 });
    expect(warm.vectors).toEqual(cold.vectors);
    const one = await openOnnxEmbedder({ ...SPEC, batchSize: 5 }, BACKBONE);
    const plain = await embedSources(one, sources(files), { concurrency: 1 });
    expect(plain.vectors).toEqual(cold.vectors);
    await embedder.release();
    await one.release();
  });

  it('detects truncated and altered entries and recomputes them', async () => {
    const dir = tempDir('poisongate-cache-');
    const cache = new EmbeddingCache(dir);
    const embedder = await openOnnxEmbedder(SPEC, BACKBONE);
    const cold = await embedSources(embedder, sources(files.slice(0, 2)), { cache, concurrency: 1 });
    const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(entries).toHaveLength(2);
    truncateSync(entries[0]!, 100);
    const bytes = readFileSync(entries[1]!);
    bytes[20] ^= 0x01;
    writeFileSync(entries[1]!, bytes);
    const again = await embedSources(embedder, sources(files.slice(0, 2)), { cache, concurrency: 1 });
    expect(again.stats).toMatchObject({ cacheHits: 0, cacheCorrupt: 2, embedded: 2 });
    expect(again.vectors).toEqual(cold.vectors);
    const healed = await embedSources(embedder, sources(files.slice(0, 2)), { cache, concurrency: 1 });
    expect(healed.stats).toMatchObject({ cacheHits: 2, cacheCorrupt: 0 });
    await embedder.release();
  });

  it('keys on model, preprocessing and content', () => {
    const k = EmbeddingCache.key('m', FMNIST, 'a');
    expect(EmbeddingCache.key('m', FMNIST, 'a')).toBe(k);
    expect(EmbeddingCache.key('n', FMNIST, 'a')).not.toBe(k);
    expect(EmbeddingCache.key('m', { ...FMNIST, scale: 1 }, 'a')).not.toBe(k);
    expect(EmbeddingCache.key('m', FMNIST, 'b')).not.toBe(k);
  });

  it('a second output of the same model file is another feature space, not a cache hit', async () => {
    const descriptor = JSON.parse(readFileSync(join(ROOT, 'models', 'mobilenet-v2.json'), 'utf8')) as { sha256: string };
    const bytes = readFileSync(join(ROOT, 'models', 'mobilenet-v2.onnx'));
    const pre: Preprocessing = { width: 224, height: 224, channels: 3, layout: 'NCHW', scale: 1 / 255, mean: [], std: [] };
    const spec: OnnxModelSpec = { kind: 'onnx', path: 'models/mobilenet-v2.onnx', source: 'bundled', sha256: descriptor.sha256, inputName: 'input', outputName: 'features', pre, batchSize: 1 };
    const features = await openOnnxEmbedder(spec, bytes);
    const probabilities = await openOnnxEmbedder({ ...spec, outputName: 'probabilities' }, bytes);
    expect(features.id).not.toBe(probabilities.id);
    expect(EmbeddingCache.key(features.id, pre, 'a')).not.toBe(EmbeddingCache.key(probabilities.id, pre, 'a'));
    await features.release();
    await probabilities.release();
  });

  it('reports a source that cannot be read instead of embedding it', async () => {
    const embedder = pixelEmbedder();
    const r = await embedSources(embedder, [{ sha256: async () => ({ problem: 'gone' }), image: async () => ({ problem: 'gone' }) }, ...sources(files.slice(0, 1))], {
      cache: new EmbeddingCache(tempDir('poisongate-cache-')),
      concurrency: 1,
    });
    expect(r.problems[0]).toBe('gone');
    expect(r.vectors[0]).toBeUndefined();
    expect(r.vectors[1]).toHaveLength(768);
  });
});
