import type { GrayImage } from './gray.js';
import { resample } from './resample.js';

/**
 * Where a candidate sits on a reference: the reference scaled to `scaledWidth`×`scaledHeight`,
 * the candidate's pixel (x, y) on scaled-reference pixel (x + x0, y + y0). Covers resizes (scale
 * only), crops (window only) and crop-then-resize.
 */
export interface Alignment {
  scaledWidth: number;
  scaledHeight: number;
  x0: number;
  y0: number;
  /** Zero-mean normalised cross-correlation over the overlap: 1 = same picture up to brightness/contrast. */
  ncc: number;
  /** Photometric fit candidate ≈ gain · reference + offset (1 and 0 when the plain difference is smaller). */
  gain: number;
  offset: number;
}

export interface Aligned {
  alignment: Alignment;
  /** The reference scaled, cut and photometrically fitted onto the candidate's grid. */
  predicted: GrayImage;
  /** 1 where `predicted` holds reference content (inside the scaled reference). */
  valid: Uint8Array;
}

/** Largest relative aspect-ratio difference still treated as the same picture. */
const MAX_ASPECT_CHANGE = 0.25;
/** Smallest share of the reference a candidate may cover per side (crops beyond are other pictures). */
const MIN_COVER = 0.8;
/** Alignment searches at this size at most; the winner is refined at full resolution. */
const COARSE_SIDE = 48;

function ncc(cand: GrayImage, ref: GrayImage, x0: number, y0: number, step = 1): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let y = 0; y < cand.height; y += step) {
    const ry = y + y0;
    if (ry < 0 || ry >= ref.height) continue;
    for (let x = 0; x < cand.width; x += step) {
      const rx = x + x0;
      if (rx < 0 || rx >= ref.width) continue;
      const va = cand.data[y * cand.width + x]!;
      const vb = ref.data[ry * ref.width + rx]!;
      n++;
      sa += va;
      sb += vb;
      saa += va * va;
      sbb += vb * vb;
      sab += va * vb;
    }
  }
  // Require most of the candidate to be covered, so a shift cannot win by comparing a sliver.
  if (n < 0.8 * Math.ceil(cand.width / step) * Math.ceil(cand.height / step)) return -1;
  const cov = sab - (sa * sb) / n;
  const va = saa - (sa * sa) / n;
  const vb = sbb - (sb * sb) / n;
  if (va <= 1e-9 || vb <= 1e-9) return va <= 1e-9 && vb <= 1e-9 ? 1 : 0;
  return cov / Math.sqrt(va * vb);
}

interface Hypothesis {
  sw: number;
  sh: number;
  x0: number;
  y0: number;
  ncc: number;
}

/** Scales to try: the candidate as a resize of the whole reference, then as a resize of crops of it. */
function scales(cand: GrayImage, ref: GrayImage): { sw: number; sh: number }[] {
  const out: { sw: number; sh: number }[] = [];
  const seen = new Set<string>();
  const steps = 8;
  for (let k = 0; k <= steps; k++) {
    const cover = 1 - ((1 - MIN_COVER) * k) / steps;
    const sw = Math.round(cand.width / cover);
    const sh = Math.round(cand.height / cover);
    const key = `${sw}x${sh}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ sw, sh });
    }
  }
  // Same scale as the reference: a plain crop.
  if (ref.width >= cand.width && ref.height >= cand.height && !seen.has(`${ref.width}x${ref.height}`)) out.push({ sw: ref.width, sh: ref.height });
  return out;
}

function search(cand: GrayImage, ref: GrayImage, options: { sw: number; sh: number }[], slack: number): Hypothesis {
  let best: Hypothesis = { sw: cand.width, sh: cand.height, x0: 0, y0: 0, ncc: -2 };
  for (const { sw, sh } of options) {
    const scaled = resample(ref, sw, sh);
    for (let y0 = -slack; y0 <= sh - cand.height + slack; y0++) {
      for (let x0 = -slack; x0 <= sw - cand.width + slack; x0++) {
        const v = ncc(cand, scaled, x0, y0);
        if (v > best.ncc + 1e-9) best = { sw, sh, x0, y0, ncc: v };
      }
    }
  }
  return best;
}

/**
 * Brings `ref` onto `cand`'s grid: tries the candidate as a resize, a crop or a crop-then-resize of
 * the reference (covering at least 80 % of each side), picks the placement with the highest
 * correlation, then fits gain and offset when that explains the difference better. Undefined when
 * the shapes are too different to be the same picture.
 */
export function align(cand: GrayImage, ref: GrayImage): Aligned | undefined {
  const aspect = cand.width / cand.height / (ref.width / ref.height);
  if (Math.abs(Math.log(aspect)) > MAX_ASPECT_CHANGE) return undefined;
  const side = Math.max(cand.width, cand.height);
  let best: Hypothesis;
  if (side > COARSE_SIDE) {
    // Coarse search on shrunken copies, then refine around the scaled-up winner.
    const k = COARSE_SIDE / side;
    const cw = Math.max(8, Math.round(cand.width * k));
    const ch = Math.max(8, Math.round(cand.height * k));
    const rw = Math.max(8, Math.round(ref.width * (cw / cand.width)));
    const rh = Math.max(8, Math.round(ref.height * (ch / cand.height)));
    const small = resample(cand, cw, ch);
    const coarse = search(small, resample(ref, rw, rh), scales(small, { ...ref, width: rw, height: rh }), 1);
    const sw = Math.round(coarse.sw / k);
    const sh = Math.round(coarse.sh / k);
    const scaled = resample(ref, sw, sh);
    best = { ...coarse, sw, sh, ncc: -2 };
    const cx = Math.round(coarse.x0 / k);
    const cy = Math.round(coarse.y0 / k);
    const r = Math.ceil(1 / k);
    for (let y0 = cy - r; y0 <= cy + r; y0++) {
      for (let x0 = cx - r; x0 <= cx + r; x0++) {
        const v = ncc(cand, scaled, x0, y0);
        if (v > best.ncc + 1e-9) best = { sw, sh, x0, y0, ncc: v };
      }
    }
  } else {
    best = search(cand, ref, scales(cand, ref), 1);
  }
  const scaled = resample(ref, best.sw, best.sh);
  return fit(cand, scaled, best);
}

/** Fits an image already on the candidate's grid (same size, no shift): photometric fit only. */
export function fitOnGrid(cand: GrayImage, image: GrayImage): Aligned {
  return fit(cand, image, { sw: image.width, sh: image.height, x0: 0, y0: 0, ncc: ncc(cand, image, 0, 0) });
}

function fit(cand: GrayImage, scaled: GrayImage, h: Hypothesis): Aligned {
  const n = cand.width * cand.height;
  const raw = new Float32Array(n);
  const valid = new Uint8Array(n);
  for (let y = 0; y < cand.height; y++) {
    const ry = y + h.y0;
    for (let x = 0; x < cand.width; x++) {
      const rx = x + h.x0;
      if (ry < 0 || ry >= scaled.height || rx < 0 || rx >= scaled.width) continue;
      raw[y * cand.width + x] = scaled.data[ry * scaled.width + rx]!;
      valid[y * cand.width + x] = 1;
    }
  }
  // Least squares over pixels far from black and white (clipping and codec ringing there bias it),
  // refitted once without the pixels the first fit predicts near the limits. The fit is kept only
  // if it explains the whole difference better than the identity (a perturbation must not be
  // fitted away).
  const leastSquares = (g0: number, o0: number): { gain: number; offset: number } | undefined => {
    let m = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      const c = cand.data[i]!;
      const r = raw[i]!;
      const p = g0 * r + o0;
      if (!valid[i] || c <= 4 || c >= 251 || p <= 4 || p >= 251) continue;
      m++;
      sx += r;
      sy += c;
      sxx += r * r;
      sxy += r * c;
    }
    const varX = sxx - (sx * sx) / Math.max(1, m);
    if (m < 16 || varX <= 1e-6) return undefined;
    const g = (sxy - (sx * sy) / m) / varX;
    return { gain: g, offset: (sy - g * sx) / m };
  };
  const first = leastSquares(1, 0);
  const second = first ? (leastSquares(first.gain, first.offset) ?? first) : undefined;
  let gain = second?.gain ?? 1;
  let offset = second?.offset ?? 0;
  const energy = (g: number, o: number) => {
    let e = 0;
    for (let i = 0; i < n; i++) {
      if (!valid[i]) continue;
      const d = cand.data[i]! - Math.min(255, Math.max(0, g * raw[i]! + o));
      e += d * d;
    }
    return e;
  };
  if (energy(gain, offset) >= 0.75 * energy(1, 0)) {
    gain = 1;
    offset = 0;
  }
  const predicted = new Float32Array(n);
  for (let i = 0; i < n; i++) predicted[i] = valid[i] ? Math.min(255, Math.max(0, gain * raw[i]! + offset)) : 0;
  return {
    alignment: { scaledWidth: h.sw, scaledHeight: h.sh, x0: h.x0, y0: h.y0, ncc: h.ncc, gain, offset },
    predicted: { width: cand.width, height: cand.height, data: predicted },
    valid,
  };
}
