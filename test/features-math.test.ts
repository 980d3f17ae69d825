import { dots } from '../src/features/gemm.js';
import { voteShares } from '../src/features/pull.js';
import type { FeatureSpace, Neighbourhood } from '../src/features/space.js';
import { distance, rowNorms, TopK } from '../src/features/knn.js';
import { centred, spectralScore, topDirection } from '../src/features/spectral.js';
import { indexPool, prng, sampleIndices, upperPValue } from '../src/features/stats.js';
import { binomialUpperTail } from '../src/util/stats.js';

const matrix = (rows: number[][]) => ({ rows: rows.length, dim: rows[0]!.length, data: Float32Array.from(rows.flat()) });

describe('nearest neighbours', () => {
  it('keeps the k smallest by (distance, index), whatever the order they arrive in', () => {
    const t = new TopK(3);
    for (const [d, i] of [[5, 0], [1, 7], [3, 2], [1, 4], [0.5, 9], [3, 1]] as const) t.push(d, i);
    expect([...t.dist]).toEqual([0.5, 1, 1]);
    expect([...t.index]).toEqual([9, 4, 7]);
  });

  it('computes dot products in double precision (ORT Gemm), so the norm identity keeps distances exact', async () => {
    const q = matrix([[1, 2, 3, 4, 5], [0.1, -7, 2, 2, 9]]);
    const ref = matrix([[1, 2, 3, 4, 5], [0, 0, 0, 0, 0], [1e3, -2, 0.5, 7, 1]]);
    const d = await dots(Float64Array.from(q.data), 2, Float64Array.from(ref.data), 3, 5);
    const qn = rowNorms(q);
    const rn = rowNorms(ref);
    for (let i = 0; i < 2; i++) {
      for (let r = 0; r < 3; r++) {
        const viaDots = Math.sqrt(Math.max(0, qn[i]! + rn[r]! - 2 * d[i * 3 + r]!));
        expect(viaDots).toBeCloseTo(distance(q, i, ref, r), 9);
      }
    }
    expect(qn[0]! + rn[0]! - 2 * d[0]!).toBe(0);
  });
});

describe('statistics', () => {
  it('binomial tail matches the direct sum and stays accurate far in the tail', () => {
    const choose = (n: number, k: number): number => (k === 0 ? 1 : (choose(n, k - 1) * (n - k + 1)) / k);
    const direct = (n: number, m: number, p: number) => {
      let s = 0;
      for (let j = m; j <= n; j++) s += choose(n, j) * p ** j * (1 - p) ** (n - j);
      return s;
    };
    for (const [n, m, p] of [[10, 3, 0.1], [40, 4, 0.01], [11, 5, 0.04], [5, 0, 0.3], [5, 6, 0.3]] as const) {
      expect(binomialUpperTail(m, n, p)).toBeCloseTo(direct(n, m, p), 12);
    }
    expect(binomialUpperTail(60, 100, 0.01)).toBeGreaterThan(0);
    expect(binomialUpperTail(60, 100, 0.01)).toBeLessThan(1e-80);
  });

  it('draws the same distinct indices from the same seed', () => {
    const a = sampleIndices(indexPool(50), 10, prng(7));
    expect(new Set(a).size).toBe(10);
    expect(sampleIndices(indexPool(50), 10, prng(7))).toEqual(a);
    expect(a.every((i) => i >= 0 && i < 50)).toBe(true);
    const small = sampleIndices(indexPool(3), 5, prng(1));
    expect(small).toHaveLength(5);
    expect(new Set(small.slice(0, 3)).size).toBe(3);
  });

  it('p-values count the reference at or above the value, plus one', () => {
    expect(upperPValue([1, 2, 3, 4], 3)).toBe(3 / 5);
    expect(upperPValue([1, 2, 3, 4], 10)).toBe(1 / 5);
  });
});

describe('spectral signature', () => {
  it('finds the direction a group of shifted points stretches the class along, after centring', () => {
    const rand = prng(3);
    const rows: number[][] = [];
    // A class around (10, 10, 10, 10): its mean dominates the uncentred top direction.
    for (let i = 0; i < 60; i++) rows.push([10 + rand() - 0.5, 10 + rand() - 0.5, 10 + rand() - 0.5, 10 + rand() - 0.5]);
    // Ten points sharing a shift along axis 2.
    for (let i = 0; i < 10; i++) rows.push([10 + rand() - 0.5, 10 + rand() - 0.5, 14 + rand() - 0.5, 10 + rand() - 0.5]);
    const m = matrix(rows);
    const x = centred(m, rows.map((_, i) => i));
    const { v, explained } = topDirection(x);
    expect(Math.abs(v[2]!)).toBeGreaterThan(0.99);
    expect(explained).toBeGreaterThan(0.5);
    const scores = rows.map((_, i) => spectralScore(m, i, x.mean, v));
    const cut = Math.max(...scores.slice(0, 60));
    expect(scores.slice(60).every((s) => s > cut)).toBe(true);
    expect(topDirection(x).v).toEqual(v);
  });
});

describe('Deep k-NN votes', () => {
  // Two classes: a (rows 0–3) and b (rows 4–5); the query's neighbours, nearest first: 0, 4, 1, 5, 2.
  const space = { classes: ['a', 'b'], refLabel: Int32Array.from([0, 0, 0, 0, 1, 1]), byClass: [[0, 1, 2, 3], [4, 5]] } as unknown as FeatureSpace;
  const n = { label: 0, index: Int32Array.from([0, 4, 1, 5, 2]), dist: Float64Array.from([1, 2, 3, 4, 5]), classDist: new Float64Array(2), ownDist: new Float64Array(0) } as Neighbourhood;

  it('weights each vote by 1 / class size', () => {
    // k = 3: rows 0 and 1 (a, weight 1/4 each) and 4 (b, weight 1/2).
    expect(Array.from(voteShares(space, n, 3))).toEqual([0.5, 0.5]);
  });

  it('lets the next neighbours vote for excluded rows, and counts class sizes without them', () => {
    // Row 0 excluded: 4, 1, 5 vote; a has 3 rows left (1/3), b 2 (1/2 each): shares 1/3 : 1 → 0.25, 0.75.
    const shares = voteShares(space, n, 3, { rows: new Set([0]), perClass: [1, 0] });
    expect(Array.from(shares, (x) => Math.round(x * 1e6) / 1e6)).toEqual([0.25, 0.75]);
  });
});
