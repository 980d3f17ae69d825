import { availableParallelism } from 'node:os';
import ort from '../util/ort.js';
import { sha256Hex } from '../util/hash.js';
import { errorMessage } from '../util/errors.js';
import { ModelError, type OnnxModelSpec } from './model.js';
import { tensorSize, type Preprocessing } from './preprocess.js';

/** Turns preprocessed tensors into feature vectors. */
export interface Embedder {
  /** Cache identity: the model's sha256, or the name of a built-in embedder with its version. */
  readonly id: string;
  readonly pre: Preprocessing;
  readonly batchSize: number;
  /** Embeds `n` samples laid out back to back in `batch`; returns n × dim values. */
  embed(batch: Float32Array, n: number): Promise<{ dim: number; data: Float32Array }>;
  release(): Promise<void>;
}

/**
 * ORT intra-op threads: the machine's cores, up to four. Measured with `npm run bench` on 2 cores:
 * for MobileNetV2 (inference-bound) two threads embed 130 images/s end to end against 85 with one;
 * for a small 28×28 backbone decoding dominates and one or two threads tie. Decoding still overlaps
 * (libvips runs on its own pool). `POISONGATE_ORT_THREADS` overrides.
 */
export function ortThreads(): number {
  const env = Number(process.env['POISONGATE_ORT_THREADS']);
  return Number.isInteger(env) && env > 0 ? env : Math.min(4, availableParallelism());
}

/** Checks the input's static dimensions against the preprocessing the policy declares. */
function checkInputShape(spec: OnnxModelSpec, meta: ort.InferenceSession.ValueMetadata | undefined): void {
  if (!meta || !meta.isTensor) return;
  const shape = meta.shape;
  if (meta.type !== 'float32') {
    throw new ModelError(`model ${spec.path}: input '${spec.inputName}' is ${meta.type}, but poisongate feeds float32`);
  }
  if (shape.length !== 4) {
    throw new ModelError(`model ${spec.path}: input '${spec.inputName}' has rank ${shape.length}; an image model takes [N, C, H, W] or [N, H, W, C]`);
  }
  const p = spec.pre;
  const want = p.layout === 'NCHW' ? [p.channels, p.height, p.width] : [p.height, p.width, p.channels];
  const got = shape.slice(1);
  for (let i = 0; i < 3; i++) {
    const g = got[i];
    if (typeof g === 'number' && g > 0 && g !== want[i]) {
      throw new ModelError(
        `model ${spec.path}: input '${spec.inputName}' is [${shape.join(', ')}], but the policy declares ${p.layout} with ${p.channels} channel(s) at ${p.height}×${p.width}`,
      );
    }
  }
}

class OnnxEmbedder implements Embedder {
  readonly id: string;
  readonly pre: Preprocessing;
  readonly batchSize: number;

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly spec: OnnxModelSpec,
    private readonly fixedBatch: number | undefined,
  ) {
    // The cache key must change with anything that changes the vectors: the file and which tensors
    // feed and leave the graph (two outputs of one model are two feature spaces).
    this.id = `${spec.sha256}:${spec.inputName}:${spec.outputName}`;
    this.pre = spec.pre;
    // A graph exported with a fixed batch dimension takes exactly that many samples per run.
    this.batchSize = fixedBatch ?? spec.batchSize;
  }

  async embed(batch: Float32Array, n: number): Promise<{ dim: number; data: Float32Array }> {
    const p = this.pre;
    // A fixed-batch graph gets its last, partial batch padded with zeros; the padding's outputs are dropped.
    const run = this.fixedBatch ?? n;
    const size = tensorSize(p);
    let data = batch.subarray(0, n * size);
    if (run > n) {
      data = new Float32Array(run * size);
      data.set(batch.subarray(0, n * size));
    }
    const dims = p.layout === 'NCHW' ? [run, p.channels, p.height, p.width] : [run, p.height, p.width, p.channels];
    const input = new ort.Tensor('float32', data, dims);
    let result: ort.InferenceSession.ReturnType;
    try {
      result = await this.session.run({ [this.spec.inputName]: input }, [this.spec.outputName]);
    } catch (err) {
      throw new ModelError(`model ${this.spec.path} failed to run: ${errorMessage(err)}`);
    }
    const out = result[this.spec.outputName];
    if (!out || out.type !== 'float32') {
      throw new ModelError(`model ${this.spec.path}: output '${this.spec.outputName}' is ${out?.type ?? 'missing'}, expected float32 features`);
    }
    const values = out.data as Float32Array;
    if (out.dims[0] !== run || values.length % run !== 0 || values.length === 0) {
      throw new ModelError(`model ${this.spec.path}: output '${this.spec.outputName}' has shape [${out.dims.join(', ')}] for a batch of ${run}`);
    }
    const dim = values.length / run;
    // Copy out of ORT's buffer, which the next run may reuse.
    return { dim, data: values.slice(0, n * dim) };
  }

  async release(): Promise<void> {
    await this.session.release();
  }
}

/** Refuses bytes whose sha256 is not the policy's pin; names the file. */
export function verifyPin(bytes: Buffer, path: string, pinned: string, what: string): void {
  const actual = sha256Hex(bytes);
  if (actual !== pinned) {
    throw new ModelError(
      `${what} ${path}: sha256 ${actual} does not match the pinned ${pinned}; the file changed since it was pinned. Review the ${what}, then update the pin in the policy.`,
    );
  }
}

/** An ORT session for a verified model; one failure message for every graph the runtime rejects. */
export async function createSession(bytes: Buffer, path: string, threads?: number): Promise<ort.InferenceSession> {
  try {
    return await ort.InferenceSession.create(bytes, {
      intraOpNumThreads: threads ?? ortThreads(),
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      logSeverityLevel: 4,
    });
  } catch (err) {
    throw new ModelError(`model ${path} is not an ONNX model this runtime can load: ${errorMessage(err).split('\n')[0]}`);
  }
}

export function describeNames(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

/**
 * Opens a pinned ONNX model from its bytes: the sha256 must match the pin, the bytes must be an
 * ONNX graph ORT can load, and the declared input and output must exist. Every failure names the file.
 */
export async function openOnnxEmbedder(spec: OnnxModelSpec, bytes: Buffer, opts: { threads?: number } = {}): Promise<Embedder> {
  verifyPin(bytes, spec.path, spec.sha256, 'model');
  const session = await createSession(bytes, spec.path, opts.threads);
  if (!session.inputNames.includes(spec.inputName)) {
    await session.release();
    throw new ModelError(`model ${spec.path} has no input '${spec.inputName}' (inputs: ${describeNames(session.inputNames)})`);
  }
  if (!session.outputNames.includes(spec.outputName)) {
    await session.release();
    throw new ModelError(`model ${spec.path} has no output '${spec.outputName}' (outputs: ${describeNames(session.outputNames)})`);
  }
  const meta = session.inputMetadata[session.inputNames.indexOf(spec.inputName)];
  try {
    checkInputShape(spec, meta);
  } catch (err) {
    await session.release();
    throw err;
  }
  const batchDim = meta?.isTensor ? meta.shape[0] : undefined;
  return new OnnxEmbedder(session, spec, typeof batchDim === 'number' && batchDim > 0 ? batchDim : undefined);
}
