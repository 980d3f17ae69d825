import { dct2 } from './dct.js';
import type { GrayImage } from './gray.js';
import { resample } from './resample.js';

/** A 64-bit perceptual hash as two unsigned 32-bit halves (JSON-friendly, fast popcount). */
export interface PHash {
  hi: number;
  lo: number;
}

const SIZE = 32;
const LOW = 8;

/**
 * DCT perceptual hash: the image shrunk to 32×32, its 8×8 lowest DCT frequencies, one bit per
 * coefficient above their median. Small dense noise, re-encoding, resizing and brightness/contrast
 * changes barely move it; a different picture moves about half the bits.
 */
export function phash(g: GrayImage): PHash {
  const small = resample(g, SIZE, SIZE);
  const coeffs = new Float64Array(SIZE * SIZE);
  dct2(small.data, 0, SIZE, SIZE, coeffs, new Float64Array(SIZE * SIZE));
  const low: number[] = [];
  for (let v = 0; v < LOW; v++) for (let u = 0; u < LOW; u++) low.push(coeffs[v * SIZE + u]!);
  // The DC term only says how bright the picture is; leave it out of the median and the bits.
  const ac = low.slice(1);
  const median = [...ac].sort((a, b) => a - b)[ac.length >> 1]!;
  let hi = 0;
  let lo = 0;
  for (let i = 1; i < 64; i++) {
    if (low[i]! <= median) continue;
    if (i < 32) lo |= 1 << i;
    else hi |= 1 << (i - 32);
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function hamming(a: PHash, b: PHash): number {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}

export function phashHex(h: PHash): string {
  return h.hi.toString(16).padStart(8, '0') + h.lo.toString(16).padStart(8, '0');
}
