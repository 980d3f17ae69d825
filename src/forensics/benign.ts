import sharp, { type Sharp } from 'sharp';
import { fitOnGrid, type Alignment } from './align.js';
import { crop, type GrayImage } from './gray.js';
import { residualOf, type ResidualStats } from './residual.js';

/** Re-encodings of one source, reused across the candidates compared with it. */
export interface EncodeCache {
  source: string;
  images: Map<string, GrayImage>;
}

/** A benign edit that reproduces a candidate from its source, and how close it gets. */
export interface BenignExplanation {
  edit: string;
  rms: number;
}

const KERNELS = ['lanczos3', 'cubic', 'mitchell', 'linear', 'nearest'] as const;
const QUALITIES = [70, 75, 80, 85, 90, 95, 100];

function rawOf(g: GrayImage): Sharp {
  return sharp(Buffer.from(Uint8Array.from(g.data, (v) => Math.max(0, Math.min(255, Math.round(v))))), {
    raw: { width: g.width, height: g.height, channels: 1 },
  });
}

async function grayFrom(s: Sharp): Promise<GrayImage> {
  const { data, info } = await s.raw().toBuffer({ resolveWithObject: true });
  const out = new Float32Array(info.width * info.height);
  for (let i = 0; i < out.length; i++) out[i] = data[i * info.channels]!;
  return { width: info.width, height: info.height, data: out };
}

/** The reference put on the candidate's grid the way common tools would: crop and/or resize. */
async function geometries(ref: GrayImage, a: Alignment, cand: GrayImage): Promise<{ name: string; image: GrayImage }[]> {
  const sameScale = a.scaledWidth === ref.width && a.scaledHeight === ref.height;
  const inside = a.x0 >= 0 && a.y0 >= 0 && a.x0 + cand.width <= a.scaledWidth && a.y0 + cand.height <= a.scaledHeight;
  if (sameScale) {
    if (!inside) return [];
    const whole = a.x0 === 0 && a.y0 === 0 && cand.width === ref.width && cand.height === ref.height;
    return [{ name: whole ? 'none' : 'crop', image: whole ? ref : crop(ref, a.x0, a.y0, cand.width, cand.height) }];
  }
  const out: { name: string; image: GrayImage }[] = [];
  for (const kernel of KERNELS) {
    out.push({ name: `resize (${kernel})`, image: await grayFrom(rawOf(ref).resize(cand.width, cand.height, { kernel, fit: 'fill' })) });
  }
  // Crop then resize: the window in source pixels, give or take a pixel of rounding.
  const kx = ref.width / a.scaledWidth;
  const ky = ref.height / a.scaledHeight;
  const left = Math.round(a.x0 * kx);
  const top = Math.round(a.y0 * ky);
  const width = Math.round(cand.width * kx);
  const height = Math.round(cand.height * ky);
  const whole = left <= 0 && top <= 0 && width >= ref.width && height >= ref.height;
  if (whole) return out;
  // The window first (with the most common kernel), then every kernel on the best window.
  let bestWindow: { l: number; t: number; w: number; h: number; rms: number } | undefined;
  for (const dl of [-1, 0, 1]) {
    for (const dw of [-1, 0, 1]) {
      const l = left + dl;
      const t = top + dl;
      const w = width + dw;
      const h = height + dw;
      if (l < 0 || t < 0 || l + w > ref.width || t + h > ref.height || w < 4 || h < 4) continue;
      const image = await grayFrom(rawOf(crop(ref, l, t, w, h)).resize(cand.width, cand.height, { kernel: 'lanczos3', fit: 'fill' }));
      const rms = residualOf(cand, fitOnGrid(cand, image)).rms;
      if (!bestWindow || rms < bestWindow.rms) bestWindow = { l, t, w, h, rms };
    }
  }
  if (bestWindow) {
    const { l, t, w, h } = bestWindow;
    for (const kernel of KERNELS) {
      out.push({
        name: `crop ${w}×${h}+${l}+${t} and resize (${kernel})`,
        image: await grayFrom(rawOf(crop(ref, l, t, w, h)).resize(cand.width, cand.height, { kernel, fit: 'fill' })),
      });
    }
  }
  return out;
}

/**
 * Tries to reproduce `cand` from `ref` by the edits people make to data without meaning harm —
 * resizing with common kernels, cropping, JPEG and WebP re-encoding at quality 70–100 — and
 * returns the closest. A poisoned copy keeps its perturbation under every one of them.
 */
export async function bestBenignExplanation(
  cand: GrayImage,
  ref: GrayImage,
  stats: ResidualStats,
  cache?: EncodeCache,
): Promise<BenignExplanation | undefined> {
  const scored = (await geometries(ref, stats.alignment, cand)).map((g) => ({ ...g, rms: residualOf(cand, fitOnGrid(cand, g.image)).rms }));
  scored.sort((x, y) => x.rms - y.rms);
  let best: (BenignExplanation & { codec?: 'JPEG' | 'WebP'; quality?: number; base?: GrayImage }) | undefined = scored[0] && scored[0].name !== 'none' ? { edit: scored[0].name, rms: scored[0].rms } : undefined;
  // Re-encoding comes last in the usual pipelines; try it on the two best geometries, as they are
  // and with the brightness/contrast change applied first.
  const a = stats.alignment;
  const adjusted = a.gain !== 1 || a.offset !== 0;
  const inputs = scored.slice(0, 2).flatMap((g) => [
    { name: g.name, image: g.image, adjusted: false, base: g.image },
    ...(adjusted ? [{ name: `${g.name === 'none' ? '' : `${g.name}, `}brightness/contrast`, image: adjust(g.image, a.gain, a.offset), adjusted: true, base: g.image }] : []),
  ]);
  for (const g of inputs) {
    const prefix = g.name === 'none' ? '' : `${g.name}, then `;
    for (const q of QUALITIES) {
      for (const codec of ['JPEG', 'WebP'] as const) {
        const encode = async () => grayFrom(sharp(await (codec === 'JPEG' ? rawOf(g.image).jpeg({ quality: q }) : rawOf(g.image).webp({ quality: q })).toBuffer()));
        // Candidates that share a source (several edits of one image) share its plain re-encodings.
        const key = cache && !g.adjusted ? `${cache.source}\0${g.name}\0${g.image.width}x${g.image.height}\0${codec}\0${q}` : undefined;
        let decoded = key ? cache!.images.get(key) : undefined;
        if (!decoded) {
          decoded = await encode();
          if (key) cache!.images.set(key, decoded);
        }
        const rms = residualOf(cand, fitOnGrid(cand, decoded)).rms;
        if (!best || rms < best.rms) best = { edit: `${prefix}${codec} quality ${q}`, rms, ...(g.adjusted ? { codec, quality: q, base: g.base } : {}) };
      }
    }
  }
  // A re-encode after a brightness change depends on the exact levels: refine gain and offset
  // around the fit for the winning codec.
  const winner = best;
  if (winner?.codec && winner.base && winner.quality) {
    const { codec, quality, base } = winner;
    for (const dg of [-0.02, -0.01, 0, 0.01, 0.02]) {
      for (const dof of [-4, -2, 0, 2, 4]) {
        const image = adjust(base, a.gain + dg, a.offset + dof);
        const enc: Sharp = codec === 'JPEG' ? rawOf(image).jpeg({ quality }) : rawOf(image).webp({ quality });
        const rms: number = residualOf(cand, fitOnGrid(cand, await grayFrom(sharp(await enc.toBuffer())))).rms;
        if (rms < winner.rms) winner.rms = rms;
      }
    }
  }
  return winner ? { edit: winner.edit, rms: winner.rms } : undefined;
}

function adjust(g: GrayImage, gain: number, offset: number): GrayImage {
  return { width: g.width, height: g.height, data: g.data.map((v) => Math.min(255, Math.max(0, Math.round(gain * v + offset)))) };
}
