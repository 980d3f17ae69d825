/** Deterministic PRNG (mulberry32): the same seed gives the same null simulation on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `m` indices drawn from `pool` (a permutation of 0..n−1 that is shuffled in place and reused):
 * distinct while m ≤ n, continuing with a fresh pass when a class is smaller than the draw.
 */
export function sampleIndices(pool: Int32Array, m: number, rand: () => number): number[] {
  const out: number[] = [];
  const n = pool.length;
  while (out.length < m && n > 0) {
    for (let left = n; left > 0 && out.length < m; left--) {
      const j = Math.floor(rand() * left);
      const t = pool[j]!;
      pool[j] = pool[left - 1]!;
      pool[left - 1] = t;
      out.push(t);
    }
  }
  return out;
}

/** The identity permutation 0..n−1, the starting pool of `sampleIndices`. */
export function indexPool(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}

/**
 * p-value of `value` against reference values where larger is more extreme:
 * (1 + #{ref ≥ value}) / (1 + n).
 */
export function upperPValue(reference: ArrayLike<number>, value: number): number {
  let count = 0;
  for (let i = 0; i < reference.length; i++) if (reference[i]! >= value) count++;
  return (1 + count) / (1 + reference.length);
}

/** The value of `sorted` (ascending) at quantile q, nearest rank. */
export function quantileOf(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/** Percent with one decimal, for messages. */
export function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}
