import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseLfsPointer, readLfsObject } from '../context/lfs.js';
import { ReadError, type Tree } from '../context/tree.js';
import { isTextModelPolicy, type DatasetPolicy, type ModelPolicy } from '../policy/types.js';
import { packageRoot } from '../policy/presets.js';
import { ConfigError, errorMessage } from '../util/errors.js';
import { safeRepoPath } from '../util/paths.js';
import type { Preprocessing } from './preprocess.js';

/** A model the scan cannot use: names the file and the reason. Fails the dataset closed. */
export class ModelError extends ConfigError {
  /** Repo-relative path of the model, when it comes from the repository (findings point at it). */
  path?: string;

  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

/** Where the bundled default backbone's descriptor lives, relative to the installed package. */
export const DEFAULT_MODEL_DESCRIPTOR = 'models/mobilenet-v2.json';

/** Largest ONNX file read from a repository (models are bigger than samples). */
export const MAX_MODEL_BYTES = 1024 * 1024 * 1024;

export type ModelSource = 'repository' | 'bundled';

/** A resolved ONNX backbone: where to read it, its pin and how to feed it. */
export interface OnnxModelSpec {
  kind: 'onnx';
  /** Repo-relative path (source repository) or path inside the package (bundled). */
  path: string;
  source: ModelSource;
  sha256: string;
  inputName: string;
  outputName: string;
  pre: Preprocessing;
  batchSize: number;
}

export interface PixelModelSpec {
  kind: 'pixels';
  pre: Preprocessing;
  batchSize: number;
}

export type ModelSpec = OnnxModelSpec | PixelModelSpec;

/** `pixels`: a 16×16 RGB thumbnail; gray images are replicated to three channels. */
export const PIXELS_PREPROCESSING: Preprocessing = {
  width: 16,
  height: 16,
  channels: 3,
  layout: 'NHWC',
  scale: 1 / 255,
  mean: [],
  std: [],
};

const DEFAULT_BATCH = 32;

function fromPolicy(m: ModelPolicy, source: ModelSource): OnnxModelSpec {
  const [height, width] = m.input.size;
  return {
    kind: 'onnx',
    path: m.path,
    source,
    sha256: m.sha256.toLowerCase(),
    inputName: m.input.name,
    outputName: m.output,
    pre: {
      width: width!,
      height: height!,
      channels: m.input.channels,
      layout: m.input.layout,
      scale: m.input.scale ?? 1,
      mean: m.input.mean ?? [],
      std: m.input.std ?? [],
    },
    batchSize: m.batch_size ?? DEFAULT_BATCH,
  };
}

/** The bundled default descriptor (same shape as a policy's `model`), read from the installed package. */
function bundledSpec(): OnnxModelSpec {
  let root: string;
  try {
    root = packageRoot();
  } catch (err) {
    throw new ModelError(`the bundled default model cannot be located: ${errorMessage(err)}`);
  }
  const file = join(root, DEFAULT_MODEL_DESCRIPTOR);
  if (!existsSync(file)) {
    throw new ModelError(
      `model 'default' needs the bundled backbone descriptor ${DEFAULT_MODEL_DESCRIPTOR}, which this installation does not contain; name the team's own ONNX model in the policy or use 'pixels'`,
    );
  }
  let parsed: ModelPolicy;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as ModelPolicy;
  } catch (err) {
    throw new ModelError(`${DEFAULT_MODEL_DESCRIPTOR} is not valid JSON: ${errorMessage(err)}`);
  }
  const ok =
    typeof parsed?.path === 'string' &&
    /^[0-9a-f]{64}$/i.test(parsed.sha256 ?? '') &&
    typeof parsed.input?.name === 'string' &&
    Array.isArray(parsed.input?.size) &&
    typeof parsed.output === 'string';
  if (!ok) throw new ModelError(`${DEFAULT_MODEL_DESCRIPTOR} lacks path, sha256, input.name, input.size or output`);
  return fromPolicy(parsed, 'bundled');
}

/** The model a dataset's feature-space detectors use: the policy's own, `default` (bundled) or `pixels`. */
export function resolveModel(dataset: DatasetPolicy): ModelSpec {
  const m = dataset.model ?? 'default';
  if (m === 'pixels') return { kind: 'pixels', pre: PIXELS_PREPROCESSING, batchSize: 256 };
  if (m === 'default') return bundledSpec();
  // The policy loader rejects text models on image datasets; this guards direct callers.
  if (m === 'ngrams' || isTextModelPolicy(m)) throw new ModelError(`dataset ${dataset.name}: a text model cannot embed images`);
  return fromPolicy(m, 'repository');
}

/**
 * The ONNX file's bytes: from the trusted tree for a repository model (so a pull request cannot
 * swap it), from the package for the bundled one. Git LFS pointers are resolved from the local store.
 */
export async function readModelBytes(spec: OnnxModelSpec, tree: Tree, gitDirectory: string | undefined): Promise<Buffer> {
  if (spec.source === 'bundled') {
    // The descriptor's path is relative to the package root; accept one relative to models/ too.
    const root = packageRoot();
    const file = [join(root, spec.path), join(root, dirname(DEFAULT_MODEL_DESCRIPTOR), spec.path)].find((f) => existsSync(f));
    try {
      if (!file) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      return await fs.readFile(file);
    } catch (err) {
      throw new ModelError(`bundled model ${spec.path} cannot be read: ${(err as NodeJS.ErrnoException).code ?? errorMessage(err)}`);
    }
  }
  return readRepositoryFile(spec.path, 'model', tree, gitDirectory, MAX_MODEL_BYTES);
}

/**
 * A file the policy pins (a model, a tokenizer), read from the trusted tree; Git LFS pointers are
 * resolved from the local store. `what` names the file's role in errors.
 */
export async function readRepositoryFile(path: string, what: string, tree: Tree, gitDirectory: string | undefined, maxBytes: number): Promise<Buffer> {
  if (!safeRepoPath(path)) throw new ModelError(`${what} path '${path}' is not a repo-relative path`);
  let bytes: Buffer;
  try {
    bytes = await tree.read(path, maxBytes);
  } catch (err) {
    const why = err instanceof ReadError ? err.message : errorMessage(err);
    throw new ModelError(`${what} ${path} cannot be read from ${tree.label}: ${why}`);
  }
  const pointer = parseLfsPointer(bytes);
  if (!pointer) return bytes;
  const content = gitDirectory ? await readLfsObject(gitDirectory, pointer, maxBytes) : { status: 'missing' as const };
  if (content.status === 'fetched') return content.bytes;
  throw new ModelError(
    content.status === 'missing'
      ? `${what} ${path} is a Git LFS pointer whose content was not fetched: set 'lfs: true' on actions/checkout (or run 'git lfs pull')`
      : `${what} ${path}: Git LFS content is ${content.status === 'too-large' ? 'over the size limit' : 'corrupt (does not match its pointer)'}`,
  );
}
