import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  modelEvidence,
  neighbourEvidence,
  pct,
  rateExceeded,
  reportCalibrationShortfall,
  round,
  upperPValue
} from "./chunk-B3XC3XEL.js";
import {
  placeOf
} from "./chunk-JHSOBUYT.js";
import "./chunk-VWDCBCVR.js";
import "./chunk-RX3ZFOCH.js";

// src/detectors/outliers.ts
async function run(ctx) {
  const space = await ctx.scope.featureSpace();
  if (space.cand.rows === 0) return;
  const { k, quantile } = ctx.options;
  const a = await space.neighbourhoods(10, k);
  const calib = space.classes.map(() => []);
  for (const { n } of a.calibration) if (n.ownDist.length >= k) calib[n.label].push(n.ownDist[k - 1]);
  reportCalibrationShortfall(ctx, space, quantile, () => false, "a calibrated distance outlier");
  const outlying = [];
  let checked = 0;
  space.emb.candidates.samples.forEach((c, i) => {
    const n = a.candidates[i];
    if (n.label < 0 || n.ownDist.length < k || calib[n.label].length === 0) return;
    checked++;
    const score = n.ownDist[k - 1];
    const ref = calib[n.label];
    const p = upperPValue(ref, score);
    if (p > 1 - quantile) return;
    const label = space.classes[n.label];
    const level = [...ref].sort((x, y) => x - y)[Math.min(ref.length - 1, Math.ceil(quantile * ref.length) - 1)];
    outlying.push({
      sample: c,
      finding: {
        message: `${placeOf(c.sample)} is far from every trusted '${label}' sample in feature space: its ${k}th nearest is at ${round(score, 3)}, farther than for ${pct(1 - p)} of trusted '${label}' samples (the ${quantile} quantile is ${round(level, 3)}). Check that it is a '${label}' and not altered.`,
        score: round(score),
        threshold: round(level),
        evidence: { label, k, distance: round(score), reference_quantile: quantile, reference_level: round(level), p_value: round(p, 5), neighbours: neighbourEvidence(space, n, 5), model: modelEvidence(space) }
      }
    });
  });
  const flagged = outlying.length;
  const r = rateExceeded(flagged, checked, quantile, ctx.options.max_rate, ctx.options.rate_alpha);
  for (const o of outlying) ctx.report(o.sample, { ...o.finding, severity: r.exceeded ? void 0 : ctx.options.sample_severity });
  if (r.exceeded) {
    ctx.report(ctx.dataset, {
      message: `outlier rate ${pct(r.rate)} > ${pct(ctx.options.max_rate)}: ${flagged} of ${checked} new samples lie beyond the trusted samples' ${quantile} quantile of distance to their own class (about ${pct(1 - quantile)} expected). Review the flagged samples before merging.`,
      score: round(r.rate),
      threshold: ctx.options.max_rate,
      evidence: { flagged, checked, rate: round(r.rate), max_rate: ctx.options.max_rate, quantile, binomial_tail: r.tail }
    });
  }
}
export {
  run
};
