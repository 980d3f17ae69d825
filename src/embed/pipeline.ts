import type { DecodedImage } from '../media/types.js';
import { noProgress, type Progress } from '../util/progress.js';
import { EmbeddingCache } from './cache.js';
import type { Embedder } from './onnx.js';
import { tensorSize, toTensor } from './preprocess.js';

/** One sample to embed: its content hash first (for the cache), its content only on a cache miss. */
export interface ContentSource<C> {
  /** sha256 of the sample's bytes, or the reason it cannot be read. */
  sha256(): Promise<string | { problem: string }>;
  /** The decoded content (pixels, text), or the reason it cannot be decoded. */
  content(): Promise<C | { problem: string }>;
}

/** An image to embed: its content hash first (for the cache), its pixels only on a cache miss. */
export interface EmbedSource {
  sha256(): Promise<string | { problem: string }>;
  image(): Promise<DecodedImage | { problem: string }>;
}

/**
 * What the pipeline drives, for any modality: a cache identity, the per-sample preparation of a
 * model input (decoded pixels → tensor, text → token ids), and batched inference.
 */
export interface Encoder<C, P> {
  /** Cache identity: the model's sha256, or the name and version of a built-in embedder. */
  readonly id: string;
  /** Everything besides the model that changes the vectors (JSON, part of the cache key). */
  readonly pre: unknown;
  readonly batchSize: number;
  /** False for embedders cheaper to recompute than to read back from disk. */
  readonly cacheable?: boolean;
  prepare(content: C): Promise<P>;
  /** Vectors of prepared samples, row by row. */
  run(prepared: readonly P[]): Promise<{ dim: number; data: Float32Array }>;
  release(): Promise<void>;
}

export interface EmbedStats {
  samples: number;
  cacheHits: number;
  /** Entries found damaged (checksum, length) and recomputed. */
  cacheCorrupt: number;
  embedded: number;
  problems: number;
  /** Time spent in model runs, and wall time of the whole pass. */
  inferenceMs: number;
  wallMs: number;
}

export interface EmbedResult {
  dim: number;
  /** One vector per source, or undefined when the source had a problem. */
  vectors: Array<Float32Array | undefined>;
  problems: Array<string | undefined>;
  stats: EmbedStats;
}

/** At most `n` calls of `fn` in flight. */
function limiter(n: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(fn: () => Promise<T>) => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

export interface PipelineOptions {
  cache?: EmbeddingCache;
  /** Decodes in flight at once (libvips runs each on its own thread). */
  concurrency: number;
  /** The scan's deadline: checked before every batch, so a large reference cannot outlast it. */
  signal?: AbortSignal;
  /** Reports the pass as a stage named `label` (samples done of all), when given. */
  progress?: { reporter: Progress; label: string };
}

/** An image backbone as an encoder: pixels → the model's input tensor, batches laid out back to back. */
export function imageEncoder(embedder: Embedder): Encoder<DecodedImage, Float32Array> {
  const size = tensorSize(embedder.pre);
  const input = new Float32Array(embedder.batchSize * size);
  return {
    id: embedder.id,
    pre: embedder.pre,
    batchSize: embedder.batchSize,
    prepare: (img) => toTensor(img, embedder.pre),
    run: (tensors) => {
      tensors.forEach((t, j) => input.set(t, j * size));
      return embedder.embed(input, tensors.length);
    },
    release: () => embedder.release(),
  };
}

/** Embeds images in order (see embedAll). */
export function embedSources(embedder: Embedder, sources: readonly EmbedSource[], opts: PipelineOptions): Promise<EmbedResult> {
  return embedAll(
    imageEncoder(embedder),
    sources.map((s) => ({ sha256: () => s.sha256(), content: () => s.image() })),
    opts,
  );
}

type Prepared<P> = { vector: Float32Array } | { input: P; key?: string; corrupt: boolean } | { problem: string };

/**
 * Embeds `sources` in order. Cached vectors are read back; the rest are decoded and prepared
 * ahead of the model (up to two batches in flight), so decoding (for images, on libvips' threads)
 * overlaps with inference. Batches are formed in source order, so a given set of misses always
 * runs in the same batches and gives the same vectors.
 */
export async function embedAll<C, P>(encoder: Encoder<C, P>, sources: readonly ContentSource<C>[], opts: PipelineOptions): Promise<EmbedResult> {
  const progress = opts.progress?.reporter ?? noProgress;
  progress.start(opts.progress?.label ?? 'embedding', sources.length);
  try {
    return await embedInOrder(encoder, sources, opts, progress);
  } finally {
    progress.end();
  }
}

async function embedInOrder<C, P>(encoder: Encoder<C, P>, sources: readonly ContentSource<C>[], opts: PipelineOptions, progress: Progress): Promise<EmbedResult> {
  const started = Date.now();
  const n = sources.length;
  const batch = encoder.batchSize;
  const window = batch * 2;
  const stats: EmbedStats = { samples: n, cacheHits: 0, cacheCorrupt: 0, embedded: 0, problems: 0, inferenceMs: 0, wallMs: 0 };
  const vectors: Array<Float32Array | undefined> = new Array(n);
  const problems: Array<string | undefined> = new Array(n);
  const limit = limiter(Math.max(1, opts.concurrency));
  const cache = encoder.cacheable === false ? undefined : opts.cache;

  const prepare = async (src: ContentSource<C>): Promise<Prepared<P>> => {
    let key: string | undefined;
    let corrupt = false;
    if (cache) {
      const sha = await src.sha256();
      if (typeof sha !== 'string') return sha;
      key = EmbeddingCache.key(encoder.id, encoder.pre, sha);
      const hit = await cache.get(key);
      if (hit.status === 'hit') return { vector: hit.vector };
      corrupt = hit.status === 'corrupt';
    }
    const content = await src.content();
    if (isProblem(content)) return content;
    return { input: await encoder.prepare(content), ...(key ? { key } : {}), corrupt };
  };

  const prepared: Array<Promise<Prepared<P>> | undefined> = new Array(n);
  let startedUpTo = 0;
  const ensure = (upTo: number) => {
    for (; startedUpTo < Math.min(n, upTo); startedUpTo++) {
      const src = sources[startedUpTo]!;
      prepared[startedUpTo] = limit(() => prepare(src));
    }
  };

  let dim = 0;
  const writes: Array<Promise<void>> = [];
  let pos = 0;
  while (pos < n) {
    opts.signal?.throwIfAborted();
    const members: Array<{ index: number; key?: string }> = [];
    const inputs: P[] = [];
    while (pos < n && members.length < batch) {
      ensure(pos + window);
      const r = await prepared[pos]!;
      prepared[pos] = undefined;
      if ('vector' in r) {
        vectors[pos] = r.vector;
        stats.cacheHits++;
      } else if ('problem' in r) {
        problems[pos] = r.problem;
        stats.problems++;
      } else {
        inputs.push(r.input);
        members.push({ index: pos, ...(r.key ? { key: r.key } : {}) });
        if (r.corrupt) stats.cacheCorrupt++;
      }
      pos++;
    }
    if (members.length === 0) {
      progress.tick(pos);
      continue;
    }
    ensure(pos + window);
    const t = Date.now();
    const out = await encoder.run(inputs);
    stats.inferenceMs += Date.now() - t;
    dim = out.dim;
    members.forEach((m, j) => {
      const v = out.data.slice(j * out.dim, (j + 1) * out.dim);
      vectors[m.index] = v;
      if (cache && m.key) writes.push(cache.put(m.key, v));
    });
    stats.embedded += members.length;
    progress.tick(pos);
  }
  // A failed cache write only costs a recomputation next time; never fail the scan for it.
  await Promise.allSettled(writes);
  if (dim === 0) dim = vectors.find((v) => v)?.length ?? 0;
  for (const v of vectors) {
    if (v && v.length !== dim) throw new Error(`embedding dimension changed within one model (${v.length} ≠ ${dim}); clear the embedding cache`);
  }
  stats.wallMs = Date.now() - started;
  return { dim, vectors, problems, stats };
}

function isProblem(x: unknown): x is { problem: string } {
  return typeof x === 'object' && x !== null && !ArrayBuffer.isView(x) && typeof (x as { problem?: unknown }).problem === 'string';
}
