import { centred, spectralScore, topDirection } from '../features/spectral.js';
import { pct, upperPValue } from '../features/stats.js';
import type { LoadedSample } from '../media/types.js';
import { placeOf } from '../util/paths.js';
import type { DetectorContext, FindingReport } from './detector.js';
import { modelEvidence, rateExceeded, reportCalibrationShortfall, round } from './feature-support.js';

export interface SpectralOptions {
  quantile: number;
  max_rate: number;
  rate_alpha: number;
}

/**
 * Spectral signatures (Tran, Li, Madry 2018), centred and calibrated: per class, over trusted ∪ new
 * samples, the top singular direction of the centred features; a group of poisons sharing a feature
 * (a trigger) stretches the class along one direction, and their scores exceed the trusted samples'.
 */
export async function run(ctx: DetectorContext<SpectralOptions>): Promise<void> {
  const space = await ctx.scope.featureSpace();
  const { quantile } = ctx.options;
  reportCalibrationShortfall(ctx, space, quantile, () => false, 'a calibrated spectral score');
  const candByClass: number[][] = space.classes.map(() => []);
  space.candLabel.forEach((c, i) => {
    if (c >= 0) candByClass[c]!.push(i);
  });
  const ref = space.ref;
  const cand = space.cand;
  for (let c = 0; c < space.classes.length; c++) {
    const mine = candByClass[c]!;
    const trusted = space.byClass[c]!;
    if (mine.length === 0 || trusted.length < 2) continue;
    // One block: trusted rows first, then the candidates' vectors appended.
    const block = { rows: trusted.length + mine.length, dim: ref.dim, data: new Float32Array((trusted.length + mine.length) * ref.dim) };
    trusted.forEach((r, i) => block.data.set(ref.data.subarray(r * ref.dim, (r + 1) * ref.dim), i * ref.dim));
    mine.forEach((r, i) => block.data.set(cand.data.subarray(r * cand.dim, (r + 1) * cand.dim), (trusted.length + i) * ref.dim));
    const all = Array.from({ length: block.rows }, (_, i) => i);
    const x = centred(block, all);
    const { v, explained } = topDirection(x);
    const refScores = trusted.map((_, i) => spectralScore(block, i, x.mean, v));
    const sorted = [...refScores].sort((p, q) => p - q);
    const level = sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]!;
    const label = space.classes[c]!;
    const high: Array<{ sample: LoadedSample; finding: FindingReport }> = [];
    mine.forEach((row, i) => {
      const score = spectralScore(block, trusted.length + i, x.mean, v);
      const p = upperPValue(refScores, score);
      if (p > 1 - quantile) return;
      const sample = space.emb.candidates.samples[row]!;
      high.push({
        sample,
        finding: {
          message:
            `${placeOf(sample.sample)} is one of the new '${label}' samples that stand out along the class's top spectral direction: score ${round(score, 3)}, above ${pct(1 - p)} of trusted '${label}' samples ` +
            `(quantile ${quantile}: ${round(level, 3)}). See the class finding on ${ctx.dataset.root}.`,
          score: round(score),
          threshold: round(level),
          evidence: { label, score: round(score), reference_level: round(level), reference_quantile: quantile, p_value: round(p, 5), explained_variance: round(explained), model: modelEvidence(space) },
        },
      });
    });
    const r = rateExceeded(high.length, mine.length, quantile, ctx.options.max_rate, ctx.options.rate_alpha);
    if (!r.exceeded) continue;
    // The per-sample findings count only as part of a class over the rate.
    ctx.report(ctx.dataset, {
      message:
        `spectral outlier rate in class '${label}' ${pct(r.rate)} > ${pct(ctx.options.max_rate)}: ${high.length} of ${mine.length} new '${label}' samples score above the trusted samples' ` +
        `${quantile} quantile along the class's top spectral direction (about ${pct(1 - quantile)} expected). A group of samples sharing one feature — a trigger — looks like this; review them.`,
      score: round(r.rate),
      threshold: ctx.options.max_rate,
      evidence: { label, flagged: high.length, candidates: mine.length, rate: round(r.rate), max_rate: ctx.options.max_rate, quantile, binomial_tail: r.tail, explained_variance: round(explained), samples: high.map((h) => placeOf(h.sample.sample)) },
    });
    for (const h of high) ctx.report(h.sample, h.finding);
  }
}
