/**
 * A text embedding without a model: hashed character n-grams (the hashing trick of Weinberger et
 * al. 2009 over fastText-style subwords). Pure, deterministic on every platform, no data files.
 * Near-duplicate and same-topic texts land close in cosine distance, which is what the
 * neighbourhood detectors (class-proximity, outliers) need from text they have no backbone for.
 */

import type { Encoder } from './pipeline.js';

export interface TextNgramOptions {
  /** Vector length. */
  dim: number;
  /** Shortest and longest character n-gram, in code points. */
  minN: number;
  maxN: number;
  /** Code points of (normalised) text embedded; the rest is ignored, bounding time per sample. */
  maxChars: number;
}

export const TEXT_NGRAM_DEFAULTS: Readonly<TextNgramOptions> = { dim: 1024, minN: 3, maxN: 5, maxChars: 20_000 };

/** Names the embedding and its parameters, for cache keys (any change gives a new id). */
export function textNgramEmbedderId(options: Partial<TextNgramOptions> = {}): string {
  const o = { ...TEXT_NGRAM_DEFAULTS, ...options };
  return `text-ngrams-v1:dim=${o.dim}:n=${o.minN}-${o.maxN}:max=${o.maxChars}`;
}

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/**
 * NFKC, lower case, invisible code points removed, white space collapsed, one space at each end
 * (so n-grams at word edges differ from those inside words). Invisible characters are dropped
 * so that they cannot move a text in the embedding; the unicode rule reports them.
 */
export function normalizeForEmbedding(text: string): string {
  const t = text.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return t === '' ? '' : ` ${t} `;
}

// Module-level bindings: a global lookup per hashed character is measurable in sandboxed realms.
const imul = Math.imul;
const ln = Math.log;

/** FNV-1a, 32 bits, over UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: decorrelates the sign bit from the bucket bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Embeds `text` as an L2-normalised Float32Array of length `dim`: each distinct character n-gram
 * adds ±(1 + ln count) to the bucket its hash selects (the sign from a second hash keeps collisions
 * unbiased). A text with no n-gram (empty, or only invisible characters) embeds as the zero vector.
 */
export function embedTextNgrams(text: string, options: Partial<TextNgramOptions> = {}): Float32Array {
  const o = { ...TEXT_NGRAM_DEFAULTS, ...options };
  if (!Number.isInteger(o.dim) || o.dim < 1) throw new RangeError(`dim must be a positive integer, got ${o.dim}`);
  if (!Number.isInteger(o.minN) || o.minN < 1 || o.maxN < o.minN) throw new RangeError(`invalid n-gram range ${o.minN}-${o.maxN}`);
  const chars = Array.from(normalizeForEmbedding(text)).slice(0, o.maxChars);
  const counts = new Map<string, number>();
  for (let i = 0; i < chars.length; i++) {
    let gram = '';
    for (let n = 1; n <= o.maxN && i + n <= chars.length; n++) {
      gram += chars[i + n - 1]!;
      if (n >= o.minN) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  const acc = new Float64Array(o.dim);
  for (const [gram, count] of counts) {
    const h = fnv1a(gram);
    const sign = mix(h) & 1 ? -1 : 1;
    acc[h % o.dim]! += sign * (1 + ln(count));
  }
  let norm = 0;
  for (const v of acc) norm += v * v;
  const out = new Float32Array(o.dim);
  if (norm === 0) return out;
  const inv = 1 / Math.sqrt(norm);
  for (let i = 0; i < o.dim; i++) out[i] = acc[i]! * inv;
  return out;
}

/** `model: ngrams` for the embedding pipeline: no model to run, the vector is the preparation. */
export function ngramEncoder(options: Partial<TextNgramOptions> = {}): Encoder<string, Float32Array> {
  const o = { ...TEXT_NGRAM_DEFAULTS, ...options };
  return {
    id: textNgramEmbedderId(o),
    pre: {},
    batchSize: 256,
    // Measured: reading 5 000 rows back from the cache takes as long as embedding them again
    // (~0.5 s), and each entry costs 4 KB of disk; so the vectors are recomputed every scan.
    cacheable: false,
    prepare: async (text) => embedTextNgrams(text, o),
    run: async (vectors) => {
      const data = new Float32Array(vectors.length * o.dim);
      vectors.forEach((v, i) => data.set(v, i * o.dim));
      return { dim: o.dim, data };
    },
    release: async () => {},
  };
}
