import { dct2 } from './dct.js';
import type { GrayImage } from './gray.js';
import { blockSize } from './residual.js';

/** Frequency statistics of one image, on log scales so classes compare by ratio. */
export interface SpectrumStats {
  /** ln(1 + mean energy per block in the top half of the block-DCT spectrum, u + v ≥ n). */
  hf: number;
  /**
   * ln(1 + mean |3×3 Laplacian|) over dark, flat pixels (3×3 maximum ≤ 32 levels), or undefined
   * when fewer than 16 such pixels exist. Bounded noise shows most where a clean picture is black:
   * natural images and their codecs leave those regions quiet.
   */
  darkHf?: number;
}

const DARK_LEVEL = 32;
const MIN_DARK_PIXELS = 16;

export function spectrumStats(g: GrayImage): SpectrumStats {
  const n = blockSize(g);
  const out = new Float64Array(n * n);
  const tmp = new Float64Array(n * n);
  let hf = 0;
  let blocks = 0;
  for (let by = 0; by + n <= g.height; by += n) {
    for (let bx = 0; bx + n <= g.width; bx += n) {
      dct2(g.data, by * g.width + bx, g.width, n, out, tmp);
      for (let v = 0; v < n; v++) for (let u = Math.max(0, n - v); u < n; u++) hf += out[v * n + u]! ** 2;
      blocks++;
    }
  }
  const { width: w, height: h, data } = g;
  let dark = 0;
  let darkN = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      let max = 0;
      let lap = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const v = data[(y + dy) * w + x + dx]!;
          if (v > max) max = v;
          // Kernel [1 −2 1; −2 4 −2; 1 −2 1]: the separable second difference, blind to ramps.
          lap += v * (dx === 0 ? -2 : 1) * (dy === 0 ? -2 : 1);
        }
      }
      if (max > DARK_LEVEL) continue;
      dark += Math.abs(lap);
      darkN++;
    }
  }
  return {
    hf: Math.log1p(blocks > 0 ? hf / blocks : 0),
    ...(darkN >= MIN_DARK_PIXELS ? { darkHf: Math.log1p(dark / darkN) } : {}),
  };
}
