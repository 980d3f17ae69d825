import { align, type Aligned, type Alignment } from './align.js';
import { dct2 } from './dct.js';
import type { GrayImage } from './gray.js';

/** What is left when a reference picture is taken away from a candidate (levels in /255 units). */
export interface ResidualStats {
  alignment: Alignment;
  /** Largest absolute difference. */
  linf: number;
  /** Euclidean norm of the difference over the compared pixels. */
  l2: number;
  /** Root mean square difference. */
  rms: number;
  /** Share of compared pixels changed by more than 1.5 levels (rounding and fits stay below). */
  changed: number;
  /** Share of the residual's energy in the upper half of the spatial frequencies (block DCT). */
  hfShare: number;
  /** Pixels compared. */
  pixels: number;
  /** The residual on the candidate's grid (0 outside the overlap), in 0–255 units, for evidence images. */
  residual: GrayImage;
  /** 1 for the pixels the statistics cover. */
  compared: Uint8Array;
}

/** The residual split into local patches (changes above a bound) and the rest. */
export interface PatchSplit {
  /** Share of compared pixels changed by more than the bound. */
  patchShare: number;
  patchPixels: number;
  /** Statistics of the pixels outside the patches (/255 units). */
  linf: number;
  rms: number;
  changed: number;
  /** Correlation of candidate and aligned source outside the patches. */
  ncc: number;
  /**
   * Share of the pixels outside the patches changed by more than half the bound. A stamped patch
   * on a bounded perturbation leaves a gap between the two levels; two merely similar pictures
   * differ by every amount, and fill it.
   */
  gapShare: number;
}

/** Separates changes larger than `bound` (0–1 units), e.g. a stamped trigger, from the rest. */
export function splitPatches(cand: GrayImage, s: ResidualStats, bound: number): PatchSplit {
  const t = bound * 255;
  let n = 0;
  let patch = 0;
  let sum2 = 0;
  let linf = 0;
  let changed = 0;
  let gap = 0;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < s.compared.length; i++) {
    if (!s.compared[i]) continue;
    const d = s.residual.data[i]!;
    const ad = Math.abs(d);
    if (ad > t) {
      patch++;
      continue;
    }
    const a = cand.data[i]!;
    const b = a - d;
    sa += a;
    sb += b;
    saa += a * a;
    sbb += b * b;
    sab += a * b;
    n++;
    sum2 += ad * ad;
    if (ad > linf) linf = ad;
    if (ad > 1.5) changed++;
    if (ad > t / 2) gap++;
  }
  const total = n + patch;
  const va = saa - (sa * sa) / Math.max(1, n);
  const vb = sbb - (sb * sb) / Math.max(1, n);
  return {
    ncc: va > 1e-9 && vb > 1e-9 ? (sab - (sa * sb) / n) / Math.sqrt(va * vb) : 0,
    patchShare: total > 0 ? patch / total : 0,
    patchPixels: patch,
    linf: linf / 255,
    rms: n > 0 ? Math.sqrt(sum2 / n) / 255 : 0,
    changed: n > 0 ? changed / n : 0,
    gapShare: n > 0 ? gap / n : 1,
  };
}

/** Resampled borders carry interpolation error of their own; they are left out of the statistics. */
const MARGIN = 1;

/** Measures cand − predicted over the valid pixels. */
export function residualOf(cand: GrayImage, aligned: Aligned): ResidualStats {
  const { predicted, valid, alignment } = aligned;
  const w = cand.width;
  const residual = new Float32Array(w * cand.height);
  const compared = new Uint8Array(w * cand.height);
  let n = 0;
  let sum2 = 0;
  let linf = 0;
  let changed = 0;
  for (let y = MARGIN; y < cand.height - MARGIN; y++) {
    for (let x = MARGIN; x < w - MARGIN; x++) {
      const i = y * w + x;
      if (!valid[i]) continue;
      const d = cand.data[i]! - predicted.data[i]!;
      residual[i] = d;
      compared[i] = 1;
      const ad = Math.abs(d);
      n++;
      sum2 += d * d;
      if (ad > linf) linf = ad;
      if (ad > 1.5) changed++;
    }
  }
  const res: GrayImage = { width: w, height: cand.height, data: residual };
  return {
    alignment,
    linf: linf / 255,
    l2: Math.sqrt(sum2) / 255,
    rms: n > 0 ? Math.sqrt(sum2 / n) / 255 : 0,
    changed: n > 0 ? changed / n : 0,
    hfShare: highFrequencyShare(res),
    pixels: n,
    residual: res,
    compared,
  };
}

/** Aligns `ref` to `cand` and measures the residual; undefined when they cannot be aligned. */
export function compareImages(cand: GrayImage, ref: GrayImage): ResidualStats | undefined {
  const a = align(cand, ref);
  return a ? residualOf(cand, a) : undefined;
}

/** Block size of the block DCT: 8 (JPEG's grid) when the image allows, 4 for thumbnails. */
export function blockSize(g: GrayImage): number {
  return Math.min(g.width, g.height) >= 64 ? 8 : 4;
}

/** Share of energy in DCT coefficients with u + v ≥ n (the upper half of each block's spectrum). */
export function highFrequencyShare(g: GrayImage): number {
  const n = blockSize(g);
  const out = new Float64Array(n * n);
  const tmp = new Float64Array(n * n);
  let hf = 0;
  let total = 0;
  for (let by = 0; by + n <= g.height; by += n) {
    for (let bx = 0; bx + n <= g.width; bx += n) {
      dct2(g.data, by * g.width + bx, g.width, n, out, tmp);
      for (let v = 0; v < n; v++) {
        for (let u = 0; u < n; u++) {
          const e = out[v * n + u]! ** 2;
          total += e;
          if (u + v >= n) hf += e;
        }
      }
    }
  }
  return total > 0 ? hf / total : 0;
}
