import ort from '../util/ort.js';
import type { Tree } from '../context/tree.js';
import { isTextModelPolicy, type DatasetPolicy } from '../policy/types.js';
import { errorMessage } from '../util/errors.js';
import { MAX_MODEL_BYTES, ModelError, readRepositoryFile } from './model.js';
import { createSession, describeNames, verifyPin } from './onnx.js';
import type { Encoder } from './pipeline.js';
import { ngramEncoder } from './text-ngrams.js';
import { parseTokenizerJson, parseVocabTxt, WordPieceTokenizer, type TokenIds } from './wordpiece.js';

/** Largest tokenizer file read (a multilingual tokenizer.json is ~10–20 MB). */
export const MAX_TOKENIZER_BYTES = 64 * 1024 * 1024;

/** Tokens per sample when neither the policy nor the tokenizer file says. */
export const DEFAULT_MAX_LENGTH = 128;

export type Pooling = 'mean' | 'cls' | 'none';

/** A team's ONNX text encoder, resolved from the policy. */
export interface TextOnnxSpec {
  kind: 'onnx-text';
  path: string;
  sha256: string;
  tokenizer: { path: string; sha256: string; lowercase: boolean; stripAccents: boolean };
  maxLength: number | undefined;
  inputs: { inputIds: string; attentionMask: string; tokenTypeIds: string };
  output: string;
  pooling: Pooling;
  normalize: boolean;
  batchSize: number;
}

export type TextModelSpec = { kind: 'ngrams' } | TextOnnxSpec;

/** A text dataset's model: `ngrams` unless the policy names an ONNX text encoder. */
export function resolveTextModel(dataset: DatasetPolicy): TextModelSpec {
  const m = dataset.model ?? 'ngrams';
  if (m === 'ngrams') return { kind: 'ngrams' };
  // The policy loader rejects image models on text datasets; this guards direct callers.
  if (!isTextModelPolicy(m)) throw new ModelError(`dataset ${dataset.name}: model '${typeof m === 'string' ? m : m.path}' embeds images, not text`);
  const lowercase = m.tokenizer.lowercase ?? true;
  return {
    kind: 'onnx-text',
    path: m.path,
    sha256: m.sha256.toLowerCase(),
    tokenizer: { path: m.tokenizer.path, sha256: m.tokenizer.sha256.toLowerCase(), lowercase, stripAccents: m.tokenizer.strip_accents ?? lowercase },
    maxLength: m.max_length,
    inputs: {
      inputIds: m.inputs?.input_ids ?? 'input_ids',
      attentionMask: m.inputs?.attention_mask ?? 'attention_mask',
      tokenTypeIds: m.inputs?.token_type_ids ?? 'token_type_ids',
    },
    output: m.output ?? 'last_hidden_state',
    pooling: m.pooling ?? 'mean',
    normalize: m.normalize ?? true,
    batchSize: m.batch_size ?? 32,
  };
}

export interface OpenedTextModel {
  encoder: Encoder<string, TokenIds>;
  info: { path: string; source: 'repository' | 'builtin'; id: string };
}

/**
 * Opens a text dataset's model: the built-in n-gram embedder, or the pinned ONNX encoder and its
 * pinned tokenizer read from the trusted tree.
 */
export async function openTextModel(spec: TextModelSpec, tree: Tree, gitDirectory: string | undefined): Promise<{ encoder: Encoder<string, unknown>; info: OpenedTextModel['info'] }> {
  if (spec.kind === 'ngrams') {
    const encoder = ngramEncoder();
    return { encoder, info: { path: 'ngrams', source: 'builtin', id: encoder.id } };
  }
  const model = await readRepositoryFile(spec.path, 'model', tree, gitDirectory, MAX_MODEL_BYTES);
  const tokenizer = await readRepositoryFile(spec.tokenizer.path, 'tokenizer', tree, gitDirectory, MAX_TOKENIZER_BYTES);
  return openOnnxTextEncoder(spec, model, tokenizer);
}

/** A tokenizer file by its name: `*.json` is a Hugging Face tokenizer.json, anything else a vocab.txt. */
export function readTokenizer(spec: TextOnnxSpec['tokenizer'], bytes: Buffer): WordPieceTokenizer {
  verifyPin(bytes, spec.path, spec.sha256, 'tokenizer');
  const config = /\.json$/i.test(spec.path)
    ? parseTokenizerJson(bytes, spec.path)
    : parseVocabTxt(bytes, spec.path, { lowercase: spec.lowercase, stripAccents: spec.stripAccents });
  return new WordPieceTokenizer(config);
}

type IntType = 'int64' | 'int32';

interface GraphInput {
  name: string;
  type: IntType;
  role: 'ids' | 'mask' | 'types';
}

/** The graph's inputs, checked against what poisongate can feed: ids, attention mask, token types. */
function graphInputs(spec: TextOnnxSpec, session: ort.InferenceSession): { inputs: GraphInput[]; seqDim: number | undefined; batchDim: number | undefined } {
  const roles = new Map<string, GraphInput['role']>([
    [spec.inputs.inputIds, 'ids'],
    [spec.inputs.attentionMask, 'mask'],
    [spec.inputs.tokenTypeIds, 'types'],
  ]);
  if (!session.inputNames.includes(spec.inputs.inputIds)) {
    throw new ModelError(`model ${spec.path} has no input '${spec.inputs.inputIds}' for the token ids (inputs: ${describeNames(session.inputNames)}); name it in model.inputs.input_ids`);
  }
  const inputs: GraphInput[] = [];
  let seqDim: number | undefined;
  let batchDim: number | undefined;
  session.inputNames.forEach((name, i) => {
    const role = roles.get(name);
    if (!role) {
      throw new ModelError(
        `model ${spec.path} has an input '${name}' poisongate cannot feed (it feeds token ids, attention mask and token type ids: ${[...roles.keys()].join(', ')}); map the names in model.inputs`,
      );
    }
    const meta = session.inputMetadata[i];
    let type: IntType = 'int64';
    if (meta?.isTensor) {
      if (meta.type !== 'int64' && meta.type !== 'int32') throw new ModelError(`model ${spec.path}: input '${name}' is ${meta.type}; a text encoder takes int64 or int32 token ids`);
      type = meta.type;
      if (meta.shape.length !== 2) throw new ModelError(`model ${spec.path}: input '${name}' has rank ${meta.shape.length}; a text encoder takes [batch, sequence]`);
      const [b, s] = meta.shape;
      if (typeof s === 'number' && s > 0) seqDim = s;
      if (typeof b === 'number' && b > 0) batchDim = b;
    }
    inputs.push({ name, type, role });
  });
  return { inputs, seqDim, batchDim };
}

function checkOutput(spec: TextOnnxSpec, session: ort.InferenceSession): void {
  const i = session.outputNames.indexOf(spec.output);
  if (i < 0) throw new ModelError(`model ${spec.path} has no output '${spec.output}' (outputs: ${describeNames(session.outputNames)})`);
  const meta = session.outputMetadata[i];
  if (meta?.isTensor && meta.shape.length > 0) checkRank(spec, meta.shape.length);
}

function checkRank(spec: TextOnnxSpec, rank: number): void {
  if (rank === 3 && spec.pooling === 'none') {
    throw new ModelError(`model ${spec.path}: output '${spec.output}' holds one vector per token ([batch, sequence, dim]); set pooling to mean or cls`);
  }
  if (rank === 2 && spec.pooling !== 'none') {
    throw new ModelError(`model ${spec.path}: output '${spec.output}' is already one vector per sample ([batch, dim]); set pooling: none`);
  }
  if (rank !== 2 && rank !== 3) throw new ModelError(`model ${spec.path}: output '${spec.output}' has rank ${rank}; expected [batch, sequence, dim] or [batch, dim]`);
}

/**
 * Opens a pinned ONNX text encoder with its pinned tokenizer. Every sample is padded to the same
 * length (max_length), so its vector does not depend on which samples share its batch.
 */
export async function openOnnxTextEncoder(
  spec: TextOnnxSpec,
  modelBytes: Buffer,
  tokenizerBytes: Buffer,
  opts: { threads?: number } = {},
): Promise<{ encoder: Encoder<string, TokenIds>; info: OpenedTextModel['info'] }> {
  verifyPin(modelBytes, spec.path, spec.sha256, 'model');
  const tokenizer = readTokenizer(spec.tokenizer, tokenizerBytes);
  const session = await createSession(modelBytes, spec.path, opts.threads);
  let inputs: GraphInput[];
  let length: number;
  let fixedBatch: number | undefined;
  try {
    const g = graphInputs(spec, session);
    checkOutput(spec, session);
    inputs = g.inputs;
    fixedBatch = g.batchDim;
    const wanted = spec.maxLength ?? g.seqDim ?? tokenizer.config.maxLength ?? DEFAULT_MAX_LENGTH;
    if (g.seqDim !== undefined && wanted !== g.seqDim) {
      throw new ModelError(`model ${spec.path} takes sequences of exactly ${g.seqDim} tokens, but max_length is ${wanted}`);
    }
    length = wanted;
  } catch (err) {
    await session.release();
    throw err;
  }
  const pad = tokenizer.config.padId;
  const pre = {
    tokenizer: spec.tokenizer.sha256,
    lowercase: spec.tokenizer.lowercase,
    strip_accents: spec.tokenizer.stripAccents,
    max_length: length,
    fed: inputs.map((i) => i.role).sort(),
    output: spec.output,
    pooling: spec.pooling,
    normalize: spec.normalize,
  };
  const encoder: Encoder<string, TokenIds> = {
    id: spec.sha256,
    pre,
    batchSize: fixedBatch ?? spec.batchSize,
    prepare: async (text) => tokenizer.encode(text, length),
    run: async (samples) => {
      const n = samples.length;
      const rows = fixedBatch ?? n;
      const ids = new Int32Array(rows * length).fill(pad);
      const mask = new Int32Array(rows * length);
      samples.forEach((s, r) => {
        ids.set(s, r * length);
        mask.fill(1, r * length, r * length + s.length);
      });
      const feeds: Record<string, ort.Tensor> = {};
      for (const input of inputs) {
        const values = input.role === 'ids' ? ids : input.role === 'mask' ? mask : new Int32Array(rows * length);
        const data = input.type === 'int64' ? BigInt64Array.from(values, (v) => BigInt(v)) : values;
        feeds[input.name] = new ort.Tensor(input.type, data, [rows, length]);
      }
      let result: ort.InferenceSession.ReturnType;
      try {
        result = await session.run(feeds, [spec.output]);
      } catch (err) {
        throw new ModelError(`model ${spec.path} failed to run: ${errorMessage(err).split('\n')[0]}`);
      }
      const out = result[spec.output];
      if (!out || out.type !== 'float32') throw new ModelError(`model ${spec.path}: output '${spec.output}' is ${out?.type ?? 'missing'}, expected float32`);
      checkRank(spec, out.dims.length);
      if (out.dims[0] !== rows || (out.dims.length === 3 && out.dims[1] !== length)) {
        throw new ModelError(`model ${spec.path}: output '${spec.output}' has shape [${out.dims.join(', ')}] for ${rows} samples of ${length} tokens`);
      }
      return pool(out.data as Float32Array, out.dims as readonly number[], samples, spec);
    },
    release: () => session.release(),
  };
  return { encoder, info: { path: spec.path, source: 'repository', id: spec.sha256 } };
}

/** Sentence vectors from the output: mean over each sample's real tokens, its first token, or as is; then L2. */
export function pool(values: Float32Array, dims: readonly number[], samples: readonly TokenIds[], spec: Pick<TextOnnxSpec, 'pooling' | 'normalize'>): { dim: number; data: Float32Array } {
  const dim = dims[dims.length - 1]!;
  const seq = dims.length === 3 ? dims[1]! : 1;
  const data = new Float32Array(samples.length * dim);
  const acc = new Float64Array(dim);
  samples.forEach((s, r) => {
    acc.fill(0);
    const base = r * seq * dim;
    const count = spec.pooling === 'mean' ? s.length : 1;
    for (let t = 0; t < count; t++) for (let j = 0; j < dim; j++) acc[j]! += values[base + t * dim + j]!;
    let norm = 0;
    for (let j = 0; j < dim; j++) {
      acc[j]! /= Math.max(1, count);
      norm += acc[j]! * acc[j]!;
    }
    const scale = spec.normalize ? (norm > 0 ? 1 / Math.sqrt(norm) : 0) : 1;
    for (let j = 0; j < dim; j++) data[r * dim + j] = acc[j]! * scale;
  });
  return { dim, data };
}
