import type { GrayImage } from './gray.js';

/**
 * Separable resampling with a triangle (bilinear) kernel widened by the scale factor when shrinking,
 * so a downscale averages every source pixel (no aliasing) and an upscale interpolates linearly.
 */
export function resample(src: GrayImage, width: number, height: number): GrayImage {
  if (src.width === width && src.height === height) return { width, height, data: Float32Array.from(src.data) };
  const horizontal = resample1d(src.data, src.width, src.height, width, true);
  const data = resample1d(horizontal, width, src.height, height, false);
  return { width, height, data };
}

function weights(inSize: number, outSize: number): { start: Int32Array; count: Int32Array; w: Float32Array; span: number } {
  const scale = inSize / outSize;
  const support = Math.max(1, scale);
  const span = Math.ceil(support) * 2 + 1;
  const start = new Int32Array(outSize);
  const count = new Int32Array(outSize);
  const w = new Float32Array(outSize * span);
  for (let o = 0; o < outSize; o++) {
    const center = (o + 0.5) * scale - 0.5;
    const lo = Math.max(0, Math.floor(center - support));
    const hi = Math.min(inSize - 1, Math.ceil(center + support));
    let sum = 0;
    let n = 0;
    for (let i = lo; i <= hi && n < span; i++, n++) {
      const v = Math.max(0, 1 - Math.abs(i - center) / support);
      w[o * span + n] = v;
      sum += v;
    }
    if (sum === 0) {
      // The centre falls between pixels farther apart than the kernel: take the nearest.
      w[o * span] = 1;
      start[o] = Math.min(inSize - 1, Math.max(0, Math.round(center)));
      count[o] = 1;
      continue;
    }
    for (let k = 0; k < n; k++) w[o * span + k]! /= sum;
    start[o] = lo;
    count[o] = n;
  }
  return { start, count, w, span };
}

function resample1d(data: Float32Array, width: number, height: number, outSize: number, alongX: boolean): Float32Array {
  const inSize = alongX ? width : height;
  const { start, count, w, span } = weights(inSize, outSize);
  const outW = alongX ? outSize : width;
  const outH = alongX ? height : outSize;
  const out = new Float32Array(outW * outH);
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      const o = alongX ? x : y;
      let acc = 0;
      for (let k = 0; k < count[o]!; k++) {
        const i = start[o]! + k;
        acc += w[o * span + k]! * (alongX ? data[y * width + i]! : data[i * width + x]!);
      }
      out[y * outW + x] = acc;
    }
  }
  return out;
}
