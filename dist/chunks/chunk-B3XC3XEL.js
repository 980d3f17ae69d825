import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  binomialUpperTail
} from "./chunk-VWDCBCVR.js";

// src/features/stats.ts
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function sampleIndices(pool, m, rand) {
  const out = [];
  const n = pool.length;
  while (out.length < m && n > 0) {
    for (let left = n; left > 0 && out.length < m; left--) {
      const j = Math.floor(rand() * left);
      const t = pool[j];
      pool[j] = pool[left - 1];
      pool[left - 1] = t;
      out.push(t);
    }
  }
  return out;
}
function indexPool(n) {
  return Int32Array.from({ length: n }, (_, i) => i);
}
function upperPValue(reference, value) {
  let count = 0;
  for (let i = 0; i < reference.length; i++) if (reference[i] >= value) count++;
  return (1 + count) / (1 + reference.length);
}
function pct(x) {
  return `${(100 * x).toFixed(1)}%`;
}

// src/detectors/feature-support.ts
function round(x, digits = 4) {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
function neighbourEvidence(space, n, count) {
  const out = [];
  for (let i = 0; i < Math.min(count, n.index.length); i++) {
    const r = n.index[i];
    const s = space.emb.reference.samples[r];
    out.push({ path: s.path, ...s.line ? { line: s.line } : {}, label: space.classes[space.refLabel[r]], distance: round(n.dist[i]) });
  }
  return out;
}
function shareEvidence(space, shares) {
  return Object.fromEntries(
    [...shares.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c, s]) => [space.classes[c], round(s, 3)])
  );
}
function modelEvidence(space) {
  const m = space.emb.model;
  return { path: m.path, ...m.source === "builtin" ? {} : { sha256: m.id } };
}
function rateExceeded(flagged, n, quantile, maxRate, rateAlpha) {
  const rate = n === 0 ? 0 : flagged / n;
  const tail = binomialUpperTail(flagged, n, 1 - quantile);
  return { exceeded: flagged > 0 && rate > maxRate && tail <= rateAlpha, rate, tail };
}
function samplesForLevel(alpha) {
  return Math.ceil(1 / alpha - 1 - 1e-9);
}
function reportCalibrationShortfall(ctx, space, quantile, skip, what) {
  const need = samplesForLevel(1 - quantile);
  const short = /* @__PURE__ */ new Set();
  space.candLabel.forEach((c) => {
    if (c >= 0 && !skip(c) && space.byClass[c].length < need) short.add(c);
  });
  if (short.size === 0) return;
  const list = [...short].sort((a, b) => a - b).map((c) => `${space.classes[c]} (${space.byClass[c].length})`);
  ctx.report(ctx.dataset, {
    severity: "notice",
    message: `${what} needs at least ${need} trusted samples per class at quantile ${quantile}; these classes have fewer, so their new samples cannot be flagged one by one: ${list.join(", ")}. Add trusted samples or lower the quantile.`,
    evidence: { quantile, needed: need, classes: Object.fromEntries([...short].map((c) => [space.classes[c], space.byClass[c].length])) }
  });
}

export {
  prng,
  sampleIndices,
  indexPool,
  upperPValue,
  pct,
  round,
  neighbourEvidence,
  shareEvidence,
  modelEvidence,
  rateExceeded,
  reportCalibrationShortfall
};
