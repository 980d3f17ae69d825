import sharp from 'sharp';
import type { GrayImage } from './gray.js';

/** Panels are scaled up (nearest neighbour) to at least this height so thumbnails stay readable. */
const MIN_PANEL_HEIGHT = 112;
const GAP = 4;

export interface Panel {
  image: GrayImage;
}

/** A residual shown around mid-grey: zero is grey, the largest change reaches black or white. */
export function amplifiedResidual(residual: GrayImage): GrayImage {
  let max = 0;
  for (const v of residual.data) max = Math.max(max, Math.abs(v));
  const k = max > 0 ? 127 / max : 0;
  return { width: residual.width, height: residual.height, data: residual.data.map((v) => 128 + v * k) };
}

function upscale(g: GrayImage, factor: number): GrayImage {
  const w = g.width * factor;
  const h = g.height * factor;
  const data = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const sy = Math.floor(y / factor);
    for (let x = 0; x < w; x++) data[y * w + x] = g.data[sy * g.width + Math.floor(x / factor)]!;
  }
  return { width: w, height: h, data };
}

/**
 * A horizontal strip of grey panels (e.g. candidate | source | amplified residual) as PNG bytes,
 * on a white background. Deterministic: the same panels give the same bytes.
 */
export async function stripPng(panels: GrayImage[]): Promise<Uint8Array> {
  const maxH = Math.max(...panels.map((p) => p.height));
  const factor = Math.max(1, Math.ceil(MIN_PANEL_HEIGHT / maxH));
  const scaled = panels.map((p) => upscale(p, factor));
  const height = Math.max(...scaled.map((p) => p.height));
  const width = scaled.reduce((n, p) => n + p.width, 0) + GAP * (scaled.length - 1);
  const canvas = new Uint8Array(width * height).fill(255);
  let x0 = 0;
  for (const p of scaled) {
    for (let y = 0; y < p.height; y++) {
      for (let x = 0; x < p.width; x++) canvas[y * width + x0 + x] = Math.max(0, Math.min(255, Math.round(p.data[y * p.width + x]!)));
    }
    x0 += p.width + GAP;
  }
  const png = await sharp(Buffer.from(canvas), { raw: { width, height, channels: 1 } }).png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(png);
}
