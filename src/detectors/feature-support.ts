import { binomialUpperTail } from '../util/stats.js';
import type { FeatureSpace, Neighbourhood } from '../features/space.js';
import type { DetectorContext } from './detector.js';

/** Shared pieces of the feature-space detectors' findings. */

export function round(x: number, digits = 4): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The nearest trusted samples of a neighbourhood, for evidence. */
export function neighbourEvidence(space: FeatureSpace, n: Neighbourhood, count: number): Array<{ path: string; line?: number; label: string; distance: number }> {
  const out = [];
  for (let i = 0; i < Math.min(count, n.index.length); i++) {
    const r = n.index[i]!;
    const s = space.emb.reference.samples[r]!;
    out.push({ path: s.path, ...(s.line ? { line: s.line } : {}), label: space.classes[space.refLabel[r]!]!, distance: round(n.dist[i]!) });
  }
  return out;
}

/** Class → share for the classes that received votes, largest first. */
export function shareEvidence(space: FeatureSpace, shares: Float64Array): Record<string, number> {
  return Object.fromEntries(
    [...shares.entries()]
      .filter(([, s]) => s > 0)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([c, s]) => [space.classes[c]!, round(s, 3)]),
  );
}

export function modelEvidence(space: FeatureSpace): { path: string; sha256?: string } {
  const m = space.emb.model;
  return { path: m.path, ...(m.source === 'builtin' ? {} : { sha256: m.id }) };
}

/**
 * The dataset-level verdict of a calibrated per-sample test: `flagged` of `n` new samples beyond the
 * reference's quantile fails when the rate exceeds `maxRate` and the count is unlikely under the
 * calibration (each clean sample is flagged with probability 1 − quantile).
 */
export function rateExceeded(flagged: number, n: number, quantile: number, maxRate: number, rateAlpha: number): { exceeded: boolean; rate: number; tail: number } {
  const rate = n === 0 ? 0 : flagged / n;
  const tail = binomialUpperTail(flagged, n, 1 - quantile);
  return { exceeded: flagged > 0 && rate > maxRate && tail <= rateAlpha, rate, tail };
}

/** Trusted samples a class needs before a calibrated p-value can reach `alpha`: (1 + 0) / (1 + n) ≤ alpha. */
export function samplesForLevel(alpha: number): number {
  return Math.ceil(1 / alpha - 1 - 1e-9);
}

/**
 * A notice naming the classes with new samples whose trusted samples are too few to calibrate a
 * per-sample test at `quantile`: those samples cannot be flagged individually, and the user should know.
 */
export function reportCalibrationShortfall(ctx: DetectorContext<unknown>, space: FeatureSpace, quantile: number, skip: (c: number) => boolean, what: string): void {
  const need = samplesForLevel(1 - quantile);
  const short = new Set<number>();
  space.candLabel.forEach((c) => {
    if (c >= 0 && !skip(c) && space.byClass[c]!.length < need) short.add(c);
  });
  if (short.size === 0) return;
  const list = [...short].sort((a, b) => a - b).map((c) => `${space.classes[c]} (${space.byClass[c]!.length})`);
  ctx.report(ctx.dataset, {
    severity: 'notice',
    message: `${what} needs at least ${need} trusted samples per class at quantile ${quantile}; these classes have fewer, so their new samples cannot be flagged one by one: ${list.join(', ')}. Add trusted samples or lower the quantile.`,
    evidence: { quantile, needed: need, classes: Object.fromEntries([...short].map((c) => [space.classes[c]!, space.byClass[c]!.length])) },
  });
}
