import type { DecodedImage } from '../media/types.js';
import { EmbeddingCache } from './cache.js';
import type { Embedder } from './onnx.js';
import { tensorSize, toTensor } from './preprocess.js';

/** One sample to embed: its content hash first (for the cache), its pixels only on a cache miss. */
export interface EmbedSource {
  /** sha256 of the sample's bytes, or the reason it cannot be read. */
  sha256(): Promise<string | { problem: string }>;
  /** The decoded image, or the reason it cannot be decoded. */
  image(): Promise<DecodedImage | { problem: string }>;
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

type Prepared = { vector: Float32Array } | { tensor: Float32Array; key?: string; corrupt: boolean } | { problem: string };

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
}

/**
 * Embeds `sources` in order. Cached vectors are read back; the rest are decoded and preprocessed
 * ahead of the model (up to two batches in flight), so decoding on libvips' threads overlaps with
 * inference. Batches are formed in source order, so a given set of misses always runs in the same
 * batches and gives the same vectors.
 */
export async function embedSources(embedder: Embedder, sources: readonly EmbedSource[], opts: PipelineOptions): Promise<EmbedResult> {
  const started = Date.now();
  const n = sources.length;
  const size = tensorSize(embedder.pre);
  const batch = embedder.batchSize;
  const window = batch * 2;
  const stats: EmbedStats = { samples: n, cacheHits: 0, cacheCorrupt: 0, embedded: 0, problems: 0, inferenceMs: 0, wallMs: 0 };
  const vectors: Array<Float32Array | undefined> = new Array(n);
  const problems: Array<string | undefined> = new Array(n);
  const limit = limiter(Math.max(1, opts.concurrency));
  const cache = opts.cache;

  const prepare = async (src: EmbedSource): Promise<Prepared> => {
    let key: string | undefined;
    let corrupt = false;
    if (cache) {
      const sha = await src.sha256();
      if (typeof sha !== 'string') return sha;
      key = EmbeddingCache.key(embedder.id, embedder.pre, sha);
      const hit = await cache.get(key);
      if (hit.status === 'hit') return { vector: hit.vector };
      corrupt = hit.status === 'corrupt';
    }
    const img = await src.image();
    if ('problem' in img) return img;
    return { tensor: await toTensor(img, embedder.pre), ...(key ? { key } : {}), corrupt };
  };

  const prepared: Array<Promise<Prepared> | undefined> = new Array(n);
  let startedUpTo = 0;
  const ensure = (upTo: number) => {
    for (; startedUpTo < Math.min(n, upTo); startedUpTo++) {
      const src = sources[startedUpTo]!;
      prepared[startedUpTo] = limit(() => prepare(src));
    }
  };

  let dim = 0;
  const writes: Array<Promise<void>> = [];
  const input = new Float32Array(batch * size);
  let pos = 0;
  while (pos < n) {
    opts.signal?.throwIfAborted();
    const members: Array<{ index: number; key?: string }> = [];
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
        input.set(r.tensor, members.length * size);
        members.push({ index: pos, ...(r.key ? { key: r.key } : {}) });
        if (r.corrupt) stats.cacheCorrupt++;
      }
      pos++;
    }
    if (members.length === 0) continue;
    ensure(pos + window);
    const t = Date.now();
    const out = await embedder.embed(input, members.length);
    stats.inferenceMs += Date.now() - t;
    dim = out.dim;
    members.forEach((m, j) => {
      const v = out.data.slice(j * out.dim, (j + 1) * out.dim);
      vectors[m.index] = v;
      if (cache && m.key) writes.push(cache.put(m.key, v));
    });
    stats.embedded += members.length;
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
