import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ort from '../src/util/ort.js';
import { DESCRIPTOR_PATH, MODEL_PATH, buildMobilenet, descriptorText } from '../scripts/models/build-mobilenet.mjs';
import { kerasToOnnx } from '../scripts/models/keras-to-onnx.mjs';
import { loadNsfwjsMobilenet } from '../scripts/models/nsfwjs-source.mjs';
import { readReferenceInput } from '../scripts/models/reference-input.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures', 'backbone');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface ExpectedImage {
  file: string;
  sha256: string;
  features: number[];
  probabilities: number[];
}
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as { images: ExpectedImage[] };
const descriptor = JSON.parse(readFileSync(join(root, DESCRIPTOR_PATH), 'utf8')) as {
  path: string;
  sha256: string;
  input: { name: string; size: [number, number]; channels: number };
  output: string;
};

/**
 * Absolute bounds: features range over about [0, 4] and differ from tfjs by about 1e-5 (float32
 * summation order, BatchNormalization fused into Conv); probabilities pass three more layers.
 */
const FEATURE_TOLERANCE = 1e-4;
const PROBABILITY_TOLERANCE = 1e-4;

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

function nhwcToNchw(nhwc: Float32Array, n: number, size: number): Float32Array {
  const out = new Float32Array(nhwc.length);
  const plane = size * size;
  for (let b = 0; b < n; b++) {
    for (let p = 0; p < plane; p++) {
      for (let c = 0; c < 3; c++) out[b * 3 * plane + c * plane + p] = nhwc[(b * plane + p) * 3 + c]!;
    }
  }
  return out;
}

async function runOnnx(session: ort.InferenceSession, nhwc: Float32Array, n: number) {
  const input = new ort.Tensor('float32', nhwcToNchw(nhwc, n, 224), [n, 3, 224, 224]);
  const out = await session.run({ [descriptor.input.name]: input });
  return { features: out.features!, probabilities: out.probabilities! };
}

describe('bundled default backbone (models/mobilenet-v2.onnx)', () => {
  let session: ort.InferenceSession;
  const inputs = new Map<string, Float32Array>();

  beforeAll(async () => {
    session = await ort.InferenceSession.create(join(root, MODEL_PATH));
    for (const image of expected.images) inputs.set(image.file, await readReferenceInput(join(fixtures, image.file)));
  });

  it('is pinned by its descriptor and stays small enough to commit', () => {
    const bytes = readFileSync(join(root, MODEL_PATH));
    expect(descriptor.path).toBe(MODEL_PATH);
    expect(sha256(bytes)).toBe(descriptor.sha256);
    expect(statSync(join(root, MODEL_PATH)).size).toBeLessThan(12 * 1024 * 1024);
  });

  it('rebuilds from the nsfwjs package byte for byte', () => {
    const first = buildMobilenet();
    const second = buildMobilenet();
    expect(sha256(second.onnx)).toBe(sha256(first.onnx));
    expect(first.descriptor.sha256).toBe(descriptor.sha256);
    expect(descriptorText(first.descriptor)).toBe(readFileSync(join(root, DESCRIPTOR_PATH), 'utf8'));
  });

  it('has the contract the embedding stage relies on', async () => {
    expect(session.inputNames).toEqual([descriptor.input.name]);
    expect(session.outputNames).toEqual(['features', 'probabilities']);
    expect(descriptor.output).toBe('features');
    const n = expected.images.length;
    const batch = new Float32Array(n * 224 * 224 * 3);
    expected.images.forEach((image, i) => batch.set(inputs.get(image.file)!, i * 224 * 224 * 3));
    const { features } = await runOnnx(session, batch, n);
    expect(features.dims).toEqual([n, 1280]);
    // Batched rows equal the single-image runs: the batch axis is really dynamic and independent.
    for (const [i, image] of expected.images.entries()) {
      const single = await runOnnx(session, inputs.get(image.file)!, 1);
      const row = (features.data as Float32Array).subarray(i * 1280, (i + 1) * 1280);
      expect(maxAbsDiff(row, single.features.data as Float32Array)).toBeLessThan(1e-5);
    }
  });

  it('reproduces the stored nsfwjs features and probabilities of every fixture image', async () => {
    for (const image of expected.images) {
      expect(sha256(readFileSync(join(fixtures, image.file)))).toBe(image.sha256);
      const { features, probabilities } = await runOnnx(session, inputs.get(image.file)!, 1);
      expect(maxAbsDiff(features.data as Float32Array, image.features)).toBeLessThan(FEATURE_TOLERANCE);
      expect(maxAbsDiff(probabilities.data as Float32Array, image.probabilities)).toBeLessThan(PROBABILITY_TOLERANCE);
    }
    // The images are told apart: a model that ignored its input would fail the comparison above
    // for at least one of them.
    const [a, b] = expected.images;
    expect(maxAbsDiff(a!.features, b!.features)).toBeGreaterThan(0.5);
  });

  describe('against the original model run live in tfjs', () => {
    // nsfwjs + tfjs in a plain Node process: inside jest's module sandbox tfjs runs about 5× slower.
    let live: { weights: Record<string, string>; images: { file: string; features: number[]; probabilities: number[] }[] };
    const photo = expected.images[0]!;

    beforeAll(async () => {
      const script = join(root, 'scripts', 'models', 'nsfwjs-reference.mjs');
      const { stdout } = await promisify(execFile)(process.execPath, [script, join(fixtures, photo.file)], {
        maxBuffer: 64 * 1024 * 1024,
      });
      live = JSON.parse(stdout);
    });

    it('dequantises every weight exactly as tfjs does', () => {
      const source = loadNsfwjsMobilenet();
      expect(Object.keys(live.weights).sort()).toEqual([...source.weights.keys()].sort());
      for (const [name, weight] of source.weights) {
        const values = Float32Array.from(weight.codes, (q) => weight.table[q]!);
        expect(`${name} ${sha256(new Uint8Array(values.buffer))}`).toBe(`${name} ${live.weights[name]}`);
      }
    });

    it('gives the same features as tfjs on a photo', async () => {
      const [tfjs] = live.images;
      const onnx = await runOnnx(session, inputs.get(photo.file)!, 1);
      expect(maxAbsDiff(onnx.features.data as Float32Array, tfjs!.features)).toBeLessThan(FEATURE_TOLERANCE);
      expect(maxAbsDiff(onnx.probabilities.data as Float32Array, tfjs!.probabilities)).toBeLessThan(PROBABILITY_TOLERANCE);
      // The stored expectations were made by this same tfjs computation.
      expect(maxAbsDiff(tfjs!.features, photo.features)).toBeLessThan(1e-6);
    });
  });
});

describe('Keras → ONNX conversion refuses what it cannot map', () => {
  const source = loadNsfwjsMobilenet();
  type Layer = { name: string; class_name: string; config: Record<string, unknown> };
  const withLayers = (edit: (layers: Layer[]) => void) => {
    const topology = structuredClone(source.topology) as { model_config: { config: { layers: Layer[] } } };
    edit(topology.model_config.config.layers);
    return topology as unknown as Record<string, unknown>;
  };
  const convert = (topology: Record<string, unknown>) =>
    kerasToOnnx(topology, source.weights, { inputName: 'input', outputs: { flatten_1: 'features' } });

  it('names an unsupported layer type', () => {
    const topology = withLayers((layers) => {
      layers.find((l) => l.name === 'Conv1_relu')!.class_name = 'PReLU';
    });
    expect(() => convert(topology)).toThrow('layer Conv1_relu: type PReLU is not supported');
  });

  it('names an unsupported setting', () => {
    const topology = withLayers((layers) => {
      layers.find((l) => l.name === 'Conv1')!.config.activation = 'relu';
    });
    expect(() => convert(topology)).toThrow('layer Conv1 (Conv2D): fused activation relu is not supported');
  });

  it('refuses weights whose shape disagrees with the layer', () => {
    const topology = withLayers((layers) => {
      layers.find((l) => l.name === 'Conv1')!.config.filters = 16;
    });
    expect(() => convert(topology)).toThrow('weight Conv1/kernel has shape [3,3,3,32], expected [3,3,3,16]');
  });
});
