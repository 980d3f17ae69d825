import { featureSpace } from '../features/space.js';
import { pct, upperPValue } from '../features/stats.js';
import type { Finding, Severity } from '../types.js';
import type { Detector } from './detector.js';
import { at, calibrationNotice, modelEvidence, neighbourEvidence, quantileOption, rateExceeded, rateOptions, round, where } from './feature-support.js';

export interface OutliersOptions {
  k: number;
  quantile: number;
  max_rate: number;
  rate_alpha: number;
  sample_severity: Severity;
}

/**
 * Per-class k-NN distance outliers, calibrated on the trusted reference: a new sample is an outlier
 * when its k-th nearest trusted neighbour of its own class is farther than for all but 1 − quantile
 * of the trusted samples (each measured without itself). `max_rate` then reads as "share of new
 * samples beyond the reference's quantile".
 */
export const outliers: Detector<OutliersOptions> = {
  id: 'outliers',
  description: "New samples unusually far from the trusted samples of their own class in the model's feature space.",
  help:
    "For each new sample, the distance to its k-th nearest trusted sample of the same class is compared with the same " +
    "distance of every trusted sample of that class (left out of its own reference). Samples beyond the quantile get a " +
    'per-sample finding (sample_severity); when the share of such samples exceeds max_rate (and the count is unlikely ' +
    'by chance) the dataset gets an error and the outliers take its severity: many new samples unlike anything trusted in their class is how backdoor and ' +
    'label-consistent poisons, and mislabelled or out-of-domain batches, show up. Review the listed samples.',
  modality: 'any',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      k: { type: 'integer', minimum: 1, maximum: 20, description: 'Rank of the same-class neighbour whose distance is the score.' },
      quantile: quantileOption("its distance is exceeded by"),
      ...rateOptions,
    },
  },
  defaults: { k: 5, quantile: 0.99, max_rate: 0.02, rate_alpha: 0.001, sample_severity: 'warning' },
  async run(ctx) {
    const space = await featureSpace(ctx);
    if (space.cand.rows === 0) return [];
    const { k, quantile } = ctx.options;
    const a = await space.neighbourhoods(10, k);
    // Calibration scores per class: each trusted sample's k-th same-class neighbour, itself left out.
    const calib: number[][] = space.classes.map(() => []);
    for (const { n } of a.calibration) if (n.ownDist.length >= k) calib[n.label]!.push(n.ownDist[k - 1]!);
    const findings: Finding[] = [];
    const notices = calibrationNotice('outliers', space, ctx.dataset.root, quantile, () => false, 'a calibrated distance outlier');
    let checked = 0;
    space.emb.candidates.samples.forEach((c, i) => {
      const n = a.candidates[i]!;
      if (n.label < 0 || n.ownDist.length < k || calib[n.label]!.length === 0) return;
      checked++;
      const score = n.ownDist[k - 1]!;
      const ref = calib[n.label]!;
      const p = upperPValue(ref, score);
      if (p > 1 - quantile) return;
      const label = space.classes[n.label]!;
      const level = [...ref].sort((x, y) => x - y)[Math.min(ref.length - 1, Math.ceil(quantile * ref.length) - 1)]!;
      findings.push({
        rule: 'outliers',
        severity: ctx.options.sample_severity,
        ...at(c),
        message:
          `${where(c.sample)} is far from every trusted '${label}' sample in feature space: its ${k}th nearest is at ${round(score, 3)}, ` +
          `farther than for ${pct(1 - p)} of trusted '${label}' samples (the ${quantile} quantile is ${round(level, 3)}). Check that it is a '${label}' and not altered.`,
        score: round(score),
        threshold: round(level),
        evidence: { label, k, distance: round(score), reference_quantile: quantile, reference_level: round(level), p_value: round(p, 5), neighbours: neighbourEvidence(space, n, 5), model: modelEvidence(space) },
      });
    });
    const flagged = findings.length;
    const r = rateExceeded(flagged, checked, quantile, ctx.options.max_rate, ctx.options.rate_alpha);
    if (r.exceeded) {
      // Past the rate, each outlier is part of the evidence that fails the dataset.
      for (const f of findings) f.severity = ctx.options.severity ?? 'error';
      findings.push({
        rule: 'outliers',
        severity: ctx.options.severity ?? 'error',
        path: ctx.dataset.root,
        message:
          `outlier rate ${pct(r.rate)} > ${pct(ctx.options.max_rate)}: ${flagged} of ${checked} new samples lie beyond the trusted samples' ${quantile} quantile ` +
          `of distance to their own class (about ${pct(1 - quantile)} expected). Review the flagged samples before merging.`,
        score: round(r.rate),
        threshold: ctx.options.max_rate,
        evidence: { flagged, checked, rate: round(r.rate), max_rate: ctx.options.max_rate, quantile, binomial_tail: r.tail },
      });
    }
    return [...notices, ...findings];
  },
};
