import type { GrayImage } from './gray.js';

/**
 * Ternary codes of every w×w window: each pixel is −, 0 or + relative to the window's mean, with a
 * dead zone of half the window's standard deviation, so the code survives brightness changes and
 * bounded noise but not a different pattern. Windows flatter than `minContrast` (σ in levels) have
 * no code: flat background says nothing.
 */
export interface WindowCode {
  x: number;
  y: number;
  /** The 3^(w·w) code; exact in a double for w ≤ 5. */
  code: number;
  /** Standard deviation of the window (levels). */
  contrast: number;
}

export const MAX_WINDOW = 5;

export function windowCodes(g: GrayImage, w: number, minContrast: number): WindowCode[] {
  if (w > MAX_WINDOW) throw new Error(`window ${w} exceeds ${MAX_WINDOW}`);
  const { width, height, data } = g;
  const out: WindowCode[] = [];
  if (width < w || height < w) return out;
  // Integral images of values and squares for O(1) window mean and variance.
  const iw = width + 1;
  const s1 = new Float64Array(iw * (height + 1));
  const s2 = new Float64Array(iw * (height + 1));
  for (let y = 0; y < height; y++) {
    let r1 = 0;
    let r2 = 0;
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x]!;
      r1 += v;
      r2 += v * v;
      s1[(y + 1) * iw + x + 1] = s1[y * iw + x + 1]! + r1;
      s2[(y + 1) * iw + x + 1] = s2[y * iw + x + 1]! + r2;
    }
  }
  const n = w * w;
  for (let y = 0; y + w <= height; y++) {
    for (let x = 0; x + w <= width; x++) {
      const a = y * iw + x;
      const b = y * iw + x + w;
      const c = (y + w) * iw + x;
      const d = (y + w) * iw + x + w;
      const sum = s1[d]! - s1[b]! - s1[c]! + s1[a]!;
      const sq = s2[d]! - s2[b]! - s2[c]! + s2[a]!;
      const mean = sum / n;
      const sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
      if (sd < minContrast) continue;
      const dead = 0.5 * sd;
      let code = 0;
      for (let yy = 0; yy < w; yy++) {
        for (let xx = 0; xx < w; xx++) {
          const v = data[(y + yy) * width + x + xx]! - mean;
          code = code * 3 + (v > dead ? 2 : v < -dead ? 0 : 1);
        }
      }
      out.push({ x, y, code, contrast: sd });
    }
  }
  return out;
}

/** The zero-mean w×w window at (x, y) as a vector. */
export function windowAt(g: GrayImage, x: number, y: number, w: number): Float64Array {
  const v = new Float64Array(w * w);
  let mean = 0;
  for (let yy = 0; yy < w; yy++) for (let xx = 0; xx < w; xx++) mean += v[yy * w + xx] = g.data[(y + yy) * g.width + x + xx]!;
  mean /= w * w;
  for (let i = 0; i < v.length; i++) v[i]! -= mean;
  return v;
}

/** Cosine of two zero-mean windows; 0 when either is flat. */
export function cosine(a: Float64Array, b: Float64Array): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}
