import sharp, { type Sharp } from 'sharp';
import { fitOnGrid, type Alignment } from './align.js';
import { crop, type GrayImage } from './gray.js';
import { residualOf, type ResidualStats } from './residual.js';

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
  for (const dl of [-1, 0, 1]) {
    for (const dw of [-1, 0, 1]) {
      const l = left + dl;
      const t = top + dl;
      const w = width + dw;
      const h = height + dw;
      if (l < 0 || t < 0 || l + w > ref.width || t + h > ref.height || w < 4 || h < 4) continue;
      for (const kernel of KERNELS) {
        const cut = crop(ref, l, t, w, h);
        out.push({
          name: `crop ${w}×${h}+${l}+${t} and resize (${kernel})`,
          image: await grayFrom(rawOf(cut).resize(cand.width, cand.height, { kernel, fit: 'fill' })),
        });
      }
    }
  }
  return out;
}

/**
 * Tries to reproduce `cand` from `ref` by the edits people make to data without meaning harm —
 * resizing with common kernels, cropping, JPEG and WebP re-encoding at quality 70–100 — and
 * returns the closest. A poisoned copy keeps its perturbation under every one of them.
 */
export async function bestBenignExplanation(cand: GrayImage, ref: GrayImage, stats: ResidualStats): Promise<BenignExplanation | undefined> {
  const scored = (await geometries(ref, stats.alignment, cand)).map((g) => ({ ...g, rms: residualOf(cand, fitOnGrid(cand, g.image)).rms }));
  scored.sort((x, y) => x.rms - y.rms);
  let best: BenignExplanation | undefined = scored[0] && scored[0].name !== 'none' ? { edit: scored[0].name, rms: scored[0].rms } : undefined;
  // Re-encoding comes last in the usual pipelines; try it on the two best geometries.
  for (const g of scored.slice(0, 2)) {
    const prefix = g.name === 'none' ? '' : `${g.name}, then `;
    for (const q of QUALITIES) {
      for (const [codec, encoded] of [
        ['JPEG', await rawOf(g.image).jpeg({ quality: q }).toBuffer()],
        ['WebP', await rawOf(g.image).webp({ quality: q }).toBuffer()],
      ] as const) {
        const rms = residualOf(cand, fitOnGrid(cand, await grayFrom(sharp(encoded)))).rms;
        if (!best || rms < best.rms) best = { edit: `${prefix}${codec} quality ${q}`, rms };
      }
    }
  }
  return best;
}
