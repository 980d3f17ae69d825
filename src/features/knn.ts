import type { Matrix } from '../embed/service.js';

/** Squared L2 norms of a matrix's rows, in float64. */
export function rowNorms(m: Matrix): Float64Array {
  const out = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    let s = 0;
    const o = r * m.dim;
    for (let i = 0; i < m.dim; i++) {
      const v = m.data[o + i]!;
      s += v * v;
    }
    out[r] = s;
  }
  return out;
}

/** Euclidean distance between two rows (of possibly different matrices). */
export function distance(a: Matrix, i: number, b: Matrix, j: number): number {
  let s = 0;
  const ao = i * a.dim;
  const bo = j * b.dim;
  for (let t = 0; t < a.dim; t++) {
    const v = a.data[ao + t]! - b.data[bo + t]!;
    s += v * v;
  }
  return Math.sqrt(s);
}

/**
 * The k smallest entries of a running stream, ordered by (distance, index) so ties always resolve
 * the same way. Insertion into a sorted array: k is small and most entries are rejected at once.
 */
export class TopK {
  readonly dist: Float64Array;
  readonly index: Int32Array;
  size = 0;

  constructor(readonly k: number) {
    this.dist = new Float64Array(k);
    this.index = new Int32Array(k);
  }

  reset(): void {
    this.size = 0;
  }

  push(d: number, idx: number): void {
    const k = this.k;
    if (k === 0) return;
    if (this.size === k) {
      const last = this.dist[k - 1]!;
      if (d > last || (d === last && idx > this.index[k - 1]!)) return;
    }
    let pos = this.size < k ? this.size : k - 1;
    while (pos > 0) {
      const pd = this.dist[pos - 1]!;
      if (pd < d || (pd === d && this.index[pos - 1]! < idx)) break;
      if (pos < k) {
        this.dist[pos] = pd;
        this.index[pos] = this.index[pos - 1]!;
      }
      pos--;
    }
    this.dist[pos] = d;
    this.index[pos] = idx;
    if (this.size < k) this.size++;
  }
}
