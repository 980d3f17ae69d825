import { attachmentName, r4 } from '../forensics/names.js';
import { amplifiedResidual, stripPng } from '../forensics/evidence.js';
import type { GrayImage } from '../forensics/gray.js';
import { candidateGray } from '../forensics/reference.js';
import { spectrumStats, type SpectrumStats } from '../forensics/spectrum.js';
import { quantile, robustScale } from '../util/stats.js';
import type { LoadedSample } from '../media/types.js';
import type { DetectorContext, FindingReport } from './detector.js';

export interface FrequencyOptions {
  /** Reference quantile of the robust z-score that a candidate must exceed to be flagged. */
  quantile: number;
  /** Share of flagged candidates above which the dataset-level finding fails the scan. */
  max_rate: number;
  /** Fewest flagged candidates for the dataset-level finding. */
  min_flagged: number;
  /** Classes with fewer trusted images are calibrated on the whole reference. */
  min_class_size: number;
  /** Trusted images per class used for calibration (evenly spaced, deterministic). */
  calibration_per_class: number;
  evidence_images: boolean;
}

type StatName = 'hf' | 'darkHf';
const STATS: { name: StatName; label: string }[] = [
  { name: 'hf', label: 'high-frequency DCT energy' },
  { name: 'darkHf', label: 'high-frequency energy in dark flat regions' },
];

interface Calibration {
  /** Where the numbers came from: the class, or `all` when the class was too small. */
  basis: string;
  size: number;
  stats: Partial<Record<StatName, { center: number; scale: number; threshold: number }>>;
}

function calibrate(basis: string, values: SpectrumStats[], q: number): Calibration {
  const stats: Calibration['stats'] = {};
  for (const { name } of STATS) {
    const xs = values.map((v) => v[name]).filter((x): x is number => x !== undefined);
    if (xs.length < 10) continue;
    const { center, scale } = robustScale(xs, 1e-3);
    stats[name] = { center, scale, threshold: quantile(xs.map((x) => (x - center) / scale), q) };
  }
  return { basis, size: values.length, stats };
}

/** High-pass view of an image for the evidence strip (3×3 Laplacian). */
function highPass(g: GrayImage): GrayImage {
  const out = new Float32Array(g.width * g.height);
  for (let y = 1; y < g.height - 1; y++) {
    for (let x = 1; x < g.width - 1; x++) {
      let lap = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) lap += g.data[(y + dy) * g.width + x + dx]! * (dx === 0 ? -2 : 1) * (dy === 0 ? -2 : 1);
      out[y * g.width + x] = lap;
    }
  }
  return { width: g.width, height: g.height, data: out };
}

export async function run(ctx: DetectorContext<FrequencyOptions>): Promise<void> {
  const o = ctx.options;
  const cands: { loaded: LoadedSample; path: string; label: string; gray: GrayImage; stats: SpectrumStats }[] = [];
  for (const c of ctx.candidates) {
    const gray = candidateGray(c);
    if (gray) cands.push({ loaded: c, path: c.sample.path, label: c.sample.label, gray, stats: spectrumStats(gray) });
  }
  if (cands.length === 0) return;
  const reference = await ctx.scope.referenceImages();
  const byClass = new Map<string, typeof reference.images>();
  for (const img of reference.images) {
    const list = byClass.get(img.sample.label);
    if (list) list.push(img);
    else byClass.set(img.sample.label, [img]);
  }
  const statsByClass = new Map<string, SpectrumStats[]>();
  for (const [label, list] of [...byClass].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const step = Math.max(1, list.length / o.calibration_per_class);
    const values: SpectrumStats[] = [];
    for (let i = 0; i < list.length && values.length < o.calibration_per_class; i += step) values.push(spectrumStats(await reference.gray(list[Math.floor(i)]!)));
    statsByClass.set(label, values);
  }
  const pooled = calibrate('all', [...statsByClass.values()].flat(), o.quantile);
  const calibrations = new Map<string, Calibration>();
  for (const [label, values] of statsByClass) calibrations.set(label, values.length >= o.min_class_size ? calibrate(label, values, o.quantile) : pooled);
  if (pooled.size < 10) {
    // Unchecked is not passed: this fails the dataset whatever the rule's severity.
    ctx.report(ctx.dataset, {
      severity: 'error',
      message: `only ${pooled.size} trusted images could be read: too few to calibrate the frequency check. Add trusted images or disable the rule for this dataset.`,
      evidence: { reference: pooled.size, unreadable: reference.unreadable },
    });
    return;
  }
  let flagged = 0;
  for (const c of cands) {
    const cal = calibrations.get(c.label) ?? pooled;
    const over: { label: string; z: number; threshold: number }[] = [];
    const scores: Record<string, number> = {};
    for (const { name, label } of STATS) {
      const s = cal.stats[name];
      const x = c.stats[name];
      if (!s || x === undefined) continue;
      const z = (x - s.center) / s.scale;
      scores[name] = r4(z);
      if (z > s.threshold) over.push({ label, z, threshold: s.threshold });
    }
    if (over.length === 0) continue;
    flagged++;
    const worst = over.reduce((a, b) => (b.z - b.threshold > a.z - a.threshold ? b : a));
    const finding: FindingReport = {
      message:
        `${over.map((v) => `${v.label} z = ${r4(v.z)}`).join('; ')} exceeds the ${o.quantile} quantile of ${cal.basis === 'all' ? 'all trusted images' : `trusted '${cal.basis}' images`} ` +
        `(${over.map((v) => r4(v.threshold)).join(', ')}): fine structure this class does not usually have, such as a trigger or adversarial noise. Inspect the image next to its high-pass view.`,
      score: r4(worst.z),
      threshold: r4(worst.threshold),
      evidence: { z: scores, calibration: cal.basis, calibration_size: cal.size, raw: { hf: r4(c.stats.hf), dark_hf: c.stats.darkHf === undefined ? null : r4(c.stats.darkHf) } },
    };
    if (o.evidence_images) {
      finding.attachments = [{ name: attachmentName('frequency', c.path), mediaType: 'image/png', data: await stripPng([c.gray, amplifiedResidual(highPass(c.gray))]) }];
    }
    ctx.report(c.loaded, finding);
  }
  const rate = flagged / cands.length;
  if (flagged >= o.min_flagged && rate > o.max_rate) {
    // The batch fails the dataset; each image alone stays at the rule's severity.
    ctx.report(ctx.dataset, {
      severity: 'error',
      message:
        `${flagged} of ${cands.length} new images (${(rate * 100).toFixed(1)}%) have high-frequency energy beyond the ${o.quantile} quantile of their class, ` +
        `more than max_rate ${(o.max_rate * 100).toFixed(1)}%: a batch of triggered or perturbed images. Review the flagged images before merging.`,
      score: r4(rate),
      threshold: o.max_rate,
      evidence: { flagged, candidates: cands.length, rate: r4(rate), max_rate: o.max_rate, quantile: o.quantile, expected_rate: r4(1 - o.quantile) },
    });
  }
}
