import type { Matrix } from '../embed/service.js';

/** Rows of `m` (by index) as one centred block: the rows minus their mean. */
export function centred(m: Matrix, rows: readonly number[]): { data: Float64Array; mean: Float64Array; n: number; dim: number } {
  const d = m.dim;
  const n = rows.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j]! += m.data[r * d + j]!;
  for (let j = 0; j < d; j++) mean[j]! /= Math.max(1, n);
  const data = new Float64Array(n * d);
  rows.forEach((r, i) => {
    for (let j = 0; j < d; j++) data[i * d + j] = m.data[r * d + j]! - mean[j]!;
  });
  return { data, mean, n, dim: d };
}

/**
 * Top right singular vector of a centred block by power iteration on XᵀX (never formed), from a
 * fixed start vector so the result is the same on every run. Also returns the share of variance
 * it explains.
 */
export function topDirection(x: { data: Float64Array; n: number; dim: number }, iterations = 500, tolerance = 1e-10): { v: Float64Array; explained: number } {
  const { data, n, dim } = x;
  let v = new Float64Array(dim);
  for (let j = 0; j < dim; j++) v[j] = 1 + j / dim;
  normalise(v);
  const xv = new Float64Array(n);
  let lambda = 0;
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < dim; j++) s += data[i * dim + j]! * v[j]!;
      xv[i] = s;
    }
    const next = new Float64Array(dim);
    for (let i = 0; i < n; i++) {
      const s = xv[i]!;
      if (s === 0) continue;
      for (let j = 0; j < dim; j++) next[j]! += data[i * dim + j]! * s;
    }
    lambda = normalise(next);
    if (lambda === 0) break;
    let delta = 0;
    for (let j = 0; j < dim; j++) delta += (next[j]! - v[j]!) ** 2;
    v = next;
    if (delta < tolerance) break;
  }
  let total = 0;
  for (let i = 0; i < data.length; i++) total += data[i]! * data[i]!;
  return { v, explained: total > 0 ? lambda / total : 0 };
}

function normalise(v: Float64Array): number {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += v[j]! * v[j]!;
  const norm = Math.sqrt(s);
  if (norm > 0) for (let j = 0; j < v.length; j++) v[j]! /= norm;
  return norm;
}

/** Spectral score τ = ((x − μ)·v)² of row `r` of `m`. */
export function spectralScore(m: Matrix, r: number, mean: Float64Array, v: Float64Array): number {
  let s = 0;
  const d = m.dim;
  for (let j = 0; j < d; j++) s += (m.data[r * d + j]! - mean[j]!) * v[j]!;
  return s * s;
}
