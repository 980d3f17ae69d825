import { toGray } from '../media/image.js';
import type { DecodedImage } from '../media/types.js';

/** A single-channel image, luma in 0–255 as floats, row-major. The unit every pixel check works on. */
export interface GrayImage {
  width: number;
  height: number;
  data: Float32Array;
}

export function grayOf(img: DecodedImage): GrayImage {
  return { width: img.width, height: img.height, data: toGray(img) };
}

/** Compact copy for caches: luma rounded to bytes (a 0.5/255 error, far below anything measured). */
export function packGray(g: GrayImage): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(g.data.length);
  for (let i = 0; i < data.length; i++) data[i] = Math.round(g.data[i]!);
  return { width: g.width, height: g.height, data };
}

export function unpackGray(p: { width: number; height: number; data: Uint8Array }): GrayImage {
  return { width: p.width, height: p.height, data: Float32Array.from(p.data) };
}

/** The window [x0, x0+w) × [y0, y0+h) of `g` (clamped reads outside). */
export function crop(g: GrayImage, x0: number, y0: number, w: number, h: number): GrayImage {
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const sy = Math.min(g.height - 1, Math.max(0, y0 + y));
    for (let x = 0; x < w; x++) {
      const sx = Math.min(g.width - 1, Math.max(0, x0 + x));
      out[y * w + x] = g.data[sy * g.width + sx]!;
    }
  }
  return { width: w, height: h, data: out };
}
