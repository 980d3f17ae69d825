import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  modelEvidence,
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

// src/features/spectral.ts
function centred(m, rows) {
  const d = m.dim;
  const n = rows.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += m.data[r * d + j];
  for (let j = 0; j < d; j++) mean[j] /= Math.max(1, n);
  const data = new Float64Array(n * d);
  rows.forEach((r, i) => {
    for (let j = 0; j < d; j++) data[i * d + j] = m.data[r * d + j] - mean[j];
  });
  return { data, mean, n, dim: d };
}
function topDirection(x, iterations = 500, tolerance = 1e-10) {
  const { data, n, dim } = x;
  let v = new Float64Array(dim);
  for (let j = 0; j < dim; j++) v[j] = 1 + j / dim;
  normalise(v);
  const xv = new Float64Array(n);
  let lambda = 0;
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < dim; j++) s += data[i * dim + j] * v[j];
      xv[i] = s;
    }
    const next = new Float64Array(dim);
    for (let i = 0; i < n; i++) {
      const s = xv[i];
      if (s === 0) continue;
      for (let j = 0; j < dim; j++) next[j] += data[i * dim + j] * s;
    }
    lambda = normalise(next);
    if (lambda === 0) break;
    let delta = 0;
    for (let j = 0; j < dim; j++) delta += (next[j] - v[j]) ** 2;
    v = next;
    if (delta < tolerance) break;
  }
  let total = 0;
  for (let i = 0; i < data.length; i++) total += data[i] * data[i];
  return { v, explained: total > 0 ? lambda / total : 0 };
}
function normalise(v) {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += v[j] * v[j];
  const norm = Math.sqrt(s);
  if (norm > 0) for (let j = 0; j < v.length; j++) v[j] /= norm;
  return norm;
}
function spectralScore(m, r, mean, v) {
  let s = 0;
  const d = m.dim;
  for (let j = 0; j < d; j++) s += (m.data[r * d + j] - mean[j]) * v[j];
  return s * s;
}

// src/detectors/spectral.ts
async function run(ctx) {
  const space = await ctx.scope.featureSpace();
  const { quantile } = ctx.options;
  reportCalibrationShortfall(ctx, space, quantile, () => false, "a calibrated spectral score");
  const candByClass = space.classes.map(() => []);
  space.candLabel.forEach((c, i) => {
    if (c >= 0) candByClass[c].push(i);
  });
  const ref = space.ref;
  const cand = space.cand;
  for (let c = 0; c < space.classes.length; c++) {
    const mine = candByClass[c];
    const trusted = space.byClass[c];
    if (mine.length === 0 || trusted.length < 2) continue;
    const block = { rows: trusted.length + mine.length, dim: ref.dim, data: new Float32Array((trusted.length + mine.length) * ref.dim) };
    trusted.forEach((r2, i) => block.data.set(ref.data.subarray(r2 * ref.dim, (r2 + 1) * ref.dim), i * ref.dim));
    mine.forEach((r2, i) => block.data.set(cand.data.subarray(r2 * cand.dim, (r2 + 1) * cand.dim), (trusted.length + i) * ref.dim));
    const all = Array.from({ length: block.rows }, (_, i) => i);
    const x = centred(block, all);
    const { v, explained } = topDirection(x);
    const refScores = trusted.map((_, i) => spectralScore(block, i, x.mean, v));
    const sorted = [...refScores].sort((p, q) => p - q);
    const level = sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
    const label = space.classes[c];
    const high = [];
    mine.forEach((row, i) => {
      const score = spectralScore(block, trusted.length + i, x.mean, v);
      const p = upperPValue(refScores, score);
      if (p > 1 - quantile) return;
      const sample = space.emb.candidates.samples[row];
      high.push({
        sample,
        finding: {
          message: `${placeOf(sample.sample)} is one of the new '${label}' samples that stand out along the class's top spectral direction: score ${round(score, 3)}, above ${pct(1 - p)} of trusted '${label}' samples (quantile ${quantile}: ${round(level, 3)}). See the class finding on ${ctx.dataset.root}.`,
          score: round(score),
          threshold: round(level),
          evidence: { label, score: round(score), reference_level: round(level), reference_quantile: quantile, p_value: round(p, 5), explained_variance: round(explained), model: modelEvidence(space) }
        }
      });
    });
    const r = rateExceeded(high.length, mine.length, quantile, ctx.options.max_rate, ctx.options.rate_alpha);
    if (!r.exceeded) continue;
    ctx.report(ctx.dataset, {
      message: `spectral outlier rate in class '${label}' ${pct(r.rate)} > ${pct(ctx.options.max_rate)}: ${high.length} of ${mine.length} new '${label}' samples score above the trusted samples' ${quantile} quantile along the class's top spectral direction (about ${pct(1 - quantile)} expected). A group of samples sharing one feature \u2014 a trigger \u2014 looks like this; review them.`,
      score: round(r.rate),
      threshold: ctx.options.max_rate,
      evidence: { label, flagged: high.length, candidates: mine.length, rate: round(r.rate), max_rate: ctx.options.max_rate, quantile, binomial_tail: r.tail, explained_variance: round(explained), samples: high.map((h) => placeOf(h.sample.sample)) }
    });
    for (const h of high) ctx.report(h.sample, h.finding);
  }
}
export {
  run
};
