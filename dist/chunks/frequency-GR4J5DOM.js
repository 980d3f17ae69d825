import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  blockSize
} from "./chunk-7VWARMAR.js";
import {
  quantile,
  robustScale
} from "./chunk-VWDCBCVR.js";
import {
  amplifiedResidual,
  attachmentName,
  r4,
  stripPng
} from "./chunk-DCU4ZAQ3.js";
import {
  candidateGray,
  dct2
} from "./chunk-MBXX4JRQ.js";
import "./chunk-ZR6K7QFP.js";
import "./chunk-JSJXTQR5.js";
import "./chunk-EQ3EYCYV.js";
import "./chunk-RX3ZFOCH.js";

// src/forensics/spectrum.ts
var DARK_LEVEL = 32;
var MIN_DARK_PIXELS = 16;
function spectrumStats(g) {
  const n = blockSize(g);
  const out = new Float64Array(n * n);
  const tmp = new Float64Array(n * n);
  let hf = 0;
  let blocks = 0;
  for (let by = 0; by + n <= g.height; by += n) {
    for (let bx = 0; bx + n <= g.width; bx += n) {
      dct2(g.data, by * g.width + bx, g.width, n, out, tmp);
      for (let v = 0; v < n; v++) for (let u = Math.max(0, n - v); u < n; u++) hf += out[v * n + u] ** 2;
      blocks++;
    }
  }
  const { width: w, height: h, data } = g;
  let dark = 0;
  let darkN = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      let max = 0;
      let lap = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const v = data[(y + dy) * w + x + dx];
          if (v > max) max = v;
          lap += v * (dx === 0 ? -2 : 1) * (dy === 0 ? -2 : 1);
        }
      }
      if (max > DARK_LEVEL) continue;
      dark += Math.abs(lap);
      darkN++;
    }
  }
  return {
    hf: Math.log1p(blocks > 0 ? hf / blocks : 0),
    ...darkN >= MIN_DARK_PIXELS ? { darkHf: Math.log1p(dark / darkN) } : {}
  };
}

// src/detectors/frequency.ts
var STATS = [
  { name: "hf", label: "high-frequency DCT energy" },
  { name: "darkHf", label: "high-frequency energy in dark flat regions" }
];
function calibrate(basis, values, q) {
  const stats = {};
  for (const { name } of STATS) {
    const xs = values.map((v) => v[name]).filter((x) => x !== void 0);
    if (xs.length < 10) continue;
    const { center, scale } = robustScale(xs, 1e-3);
    stats[name] = { center, scale, threshold: quantile(xs.map((x) => (x - center) / scale), q) };
  }
  return { basis, size: values.length, stats };
}
function highPass(g) {
  const out = new Float32Array(g.width * g.height);
  for (let y = 1; y < g.height - 1; y++) {
    for (let x = 1; x < g.width - 1; x++) {
      let lap = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) lap += g.data[(y + dy) * g.width + x + dx] * (dx === 0 ? -2 : 1) * (dy === 0 ? -2 : 1);
      out[y * g.width + x] = lap;
    }
  }
  return { width: g.width, height: g.height, data: out };
}
async function run(ctx) {
  const o = ctx.options;
  const cands = [];
  for (const c of ctx.candidates) {
    const gray = candidateGray(c);
    if (gray) cands.push({ loaded: c, path: c.sample.path, label: c.sample.label, gray, stats: spectrumStats(gray) });
  }
  if (cands.length === 0) return;
  const reference = await ctx.scope.referenceImages();
  const byClass = /* @__PURE__ */ new Map();
  for (const img of reference.images) {
    const list = byClass.get(img.sample.label);
    if (list) list.push(img);
    else byClass.set(img.sample.label, [img]);
  }
  const statsByClass = /* @__PURE__ */ new Map();
  for (const [label, list] of [...byClass].sort(([a], [b]) => a < b ? -1 : 1)) {
    const step = Math.max(1, list.length / o.calibration_per_class);
    const values = [];
    for (let i = 0; i < list.length && values.length < o.calibration_per_class; i += step) values.push(spectrumStats(await reference.gray(list[Math.floor(i)])));
    statsByClass.set(label, values);
  }
  const pooled = calibrate("all", [...statsByClass.values()].flat(), o.quantile);
  const calibrations = /* @__PURE__ */ new Map();
  for (const [label, values] of statsByClass) calibrations.set(label, values.length >= o.min_class_size ? calibrate(label, values, o.quantile) : pooled);
  if (pooled.size < 10) {
    ctx.report(ctx.dataset, {
      severity: "error",
      message: `only ${pooled.size} trusted images could be read: too few to calibrate the frequency check. Add trusted images or disable the rule for this dataset.`,
      evidence: { reference: pooled.size, unreadable: reference.unreadable }
    });
    return;
  }
  let flagged = 0;
  for (const c of cands) {
    const cal = calibrations.get(c.label) ?? pooled;
    const over = [];
    const scores = {};
    for (const { name, label } of STATS) {
      const s = cal.stats[name];
      const x = c.stats[name];
      if (!s || x === void 0) continue;
      const z = (x - s.center) / s.scale;
      scores[name] = r4(z);
      if (z > s.threshold) over.push({ label, z, threshold: s.threshold });
    }
    if (over.length === 0) continue;
    flagged++;
    const worst = over.reduce((a, b) => b.z - b.threshold > a.z - a.threshold ? b : a);
    const finding = {
      message: `${over.map((v) => `${v.label} z = ${r4(v.z)}`).join("; ")} exceeds the ${o.quantile} quantile of ${cal.basis === "all" ? "all trusted images" : `trusted '${cal.basis}' images`} (${over.map((v) => r4(v.threshold)).join(", ")}): fine structure this class does not usually have, such as a trigger or adversarial noise. Inspect the image next to its high-pass view.`,
      score: r4(worst.z),
      threshold: r4(worst.threshold),
      evidence: { z: scores, calibration: cal.basis, calibration_size: cal.size, raw: { hf: r4(c.stats.hf), dark_hf: c.stats.darkHf === void 0 ? null : r4(c.stats.darkHf) } }
    };
    if (o.evidence_images) {
      finding.attachments = [{ name: attachmentName("frequency", c.path), mediaType: "image/png", data: await stripPng([c.gray, amplifiedResidual(highPass(c.gray))]) }];
    }
    ctx.report(c.loaded, finding);
  }
  const rate = flagged / cands.length;
  if (flagged >= o.min_flagged && rate > o.max_rate) {
    ctx.report(ctx.dataset, {
      severity: "error",
      message: `${flagged} of ${cands.length} new images (${(rate * 100).toFixed(1)}%) have high-frequency energy beyond the ${o.quantile} quantile of their class, more than max_rate ${(o.max_rate * 100).toFixed(1)}%: a batch of triggered or perturbed images. Review the flagged images before merging.`,
      score: r4(rate),
      threshold: o.max_rate,
      evidence: { flagged, candidates: cands.length, rate: r4(rate), max_rate: o.max_rate, quantile: o.quantile, expected_rate: r4(1 - o.quantile) }
    });
  }
}
export {
  run
};
