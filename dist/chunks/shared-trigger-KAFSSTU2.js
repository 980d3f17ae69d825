import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  cosine,
  windowAt,
  windowCodes
} from "./chunk-OZA2MDAH.js";
import {
  binomialUpperTail
} from "./chunk-VWDCBCVR.js";
import {
  attachmentName,
  r4,
  stripPng
} from "./chunk-DCU4ZAQ3.js";
import {
  candidateGray,
  resample
} from "./chunk-MBXX4JRQ.js";
import "./chunk-ZR6K7QFP.js";
import "./chunk-JSJXTQR5.js";
import "./chunk-EQ3EYCYV.js";
import "./chunk-RX3ZFOCH.js";

// src/detectors/shared-trigger.ts
function working(g, maxSide) {
  const side = Math.max(g.width, g.height);
  if (side <= maxSide) return g;
  const k = maxSide / side;
  return resample(g, Math.max(1, Math.round(g.width * k)), Math.max(1, Math.round(g.height * k)));
}
function keysOf(g, o) {
  const keys = /* @__PURE__ */ new Map();
  for (const w of windowCodes(g, o.window, o.min_contrast)) {
    const key = o.positions === "fixed" ? `${w.x},${w.y}:${w.code}` : `${w.code}`;
    if (!keys.has(key)) keys.set(key, { x: w.x, y: w.y });
  }
  return keys;
}
function jaccard(a, b) {
  let inter = 0;
  for (const v of a) if (b.has(v)) inter++;
  return inter / (a.size + b.size - inter);
}
async function run(ctx) {
  const o = ctx.options;
  const cands = [];
  for (const c of ctx.candidates) {
    const g = candidateGray(c);
    if (g) cands.push({ loaded: c, path: c.sample.path, gray: working(g, o.max_side) });
  }
  if (cands.length < o.min_samples) return;
  const carriers = /* @__PURE__ */ new Map();
  cands.forEach((c, i) => {
    for (const [key, at] of keysOf(c.gray, o)) {
      const e = carriers.get(key);
      if (e) e.samples.push(i);
      else carriers.set(key, { samples: [i], at });
    }
  });
  const tested = carriers.size;
  const frequent = new Map([...carriers].filter(([, e]) => e.samples.length >= o.min_samples));
  if (frequent.size === 0) return;
  const reference = await ctx.scope.referenceImages();
  const step = Math.max(1, reference.images.length / o.reference_limit);
  const refImages = [];
  for (let i = 0; i < reference.images.length && refImages.length < o.reference_limit; i += step) refImages.push(reference.images[Math.floor(i)]);
  const refCount = /* @__PURE__ */ new Map();
  const refGrays = [];
  for (const img of refImages) {
    const g = working(await reference.gray(img), o.max_side);
    refGrays.push(g);
    for (const key of keysOf(g, o).keys()) if (frequent.has(key)) refCount.set(key, (refCount.get(key) ?? 0) + 1);
  }
  const n = cands.length;
  const m = refImages.length;
  const significant = [];
  for (const [key, e] of frequent) {
    const r = refCount.get(key) ?? 0;
    const p = binomialUpperTail(e.samples.length, n, (r + 1) / (m + 2));
    if (p * tested > o.alpha) continue;
    significant.push({ key, locations: [e.at], samples: new Set(e.samples), count: e.samples.length, refCount: r, p });
  }
  significant.sort((a, b) => a.p - b.p || b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const clusters = [];
  for (const s of significant) {
    const home = clusters.find((c) => jaccard(c.samples, s.samples) >= 0.5);
    if (!home) clusters.push({ ...s, locations: [...s.locations], samples: new Set(s.samples) });
    else {
      for (const v of s.samples) home.samples.add(v);
      if (!home.locations.some((l) => Math.abs(l.x - s.locations[0].x) < o.window && Math.abs(l.y - s.locations[0].y) < o.window)) {
        home.locations.push(s.locations[0]);
      }
    }
  }
  for (const cluster of clusters) await reportCluster(ctx, cluster, cands, refGrays);
}
async function reportCluster(ctx, cluster, cands, refGrays) {
  const o = ctx.options;
  const w = o.window;
  const fits = (g, x, y) => x + w <= g.width && y + w <= g.height;
  const members = [...cluster.samples];
  const patterns = cluster.locations.map((l) => {
    const pattern = new Float64Array(w * w);
    const raw2 = new Float32Array(w * w);
    const here = members.filter((i) => fits(cands[i].gray, l.x, l.y));
    for (const i of here) {
      const g = cands[i].gray;
      const win = windowAt(g, l.x, l.y, w);
      for (let k = 0; k < pattern.length; k++) pattern[k] += win[k] / here.length;
      for (let yy = 0; yy < w; yy++) for (let xx = 0; xx < w; xx++) raw2[yy * w + xx] += g.data[(l.y + yy) * g.width + l.x + xx] / here.length;
    }
    return { at: l, pattern, raw: raw2 };
  });
  const raw = patterns[0].raw;
  const matches = (win, pattern) => Math.sqrt(win.reduce((a, v) => a + v * v, 0) / win.length) >= o.min_contrast && cosine(win, pattern) >= o.match_cosine;
  const carries = (g) => o.positions === "fixed" ? patterns.some((p) => fits(g, p.at.x, p.at.y) && matches(windowAt(g, p.at.x, p.at.y, w), p.pattern)) : windowCodes(g, w, o.min_contrast).some((win) => cosine(windowAt(g, win.x, win.y, w), patterns[0].pattern) >= o.match_cosine);
  cands.forEach((c, i) => {
    if (!cluster.samples.has(i) && carries(c.gray)) cluster.samples.add(i);
  });
  const refMatches = refGrays.filter(carries).length;
  const samples = [...cluster.samples].sort((a, b) => a - b).map((i) => cands[i]);
  const where = cluster.locations.slice(0, 4).map((l) => `(${l.x}, ${l.y})`).join(", ");
  const more = cluster.locations.length > 4 ? ` and ${cluster.locations.length - 4} more places` : "";
  const place = o.positions === "fixed" ? `at ${where}${more}` : `(first seen at ${where})`;
  const attachment = o.evidence_images ? {
    name: attachmentName("shared-trigger", cluster.key),
    mediaType: "image/png",
    data: await stripPng([{ width: w, height: w, data: raw }, samples[0].gray])
  } : void 0;
  const listed = samples.slice(0, 5).map((s) => s.path);
  for (const s of samples) {
    ctx.report(s.loaded, {
      message: `carries a ${w}\xD7${w} pattern ${place} that ${samples.length} of ${cands.length} new images share (e.g. ${listed.join(", ")}${samples.length > listed.length ? ", \u2026" : ""}) but only ${refMatches} of ${refGrays.length} trusted images: the mark of a backdoor trigger. Look at the attached pattern; remove these images, or waive them if the pattern is a legitimate new watermark.`,
      score: samples.length,
      threshold: o.min_samples,
      evidence: {
        trigger: cluster.key,
        window: w,
        positions: o.positions,
        locations: cluster.locations.slice(0, 16).map((l) => [l.x, l.y]),
        samples_sharing: samples.length,
        candidates: cands.length,
        reference_sharing: refMatches,
        reference_sampled: refGrays.length,
        p_value: Number(cluster.p.toPrecision(3)),
        pattern: Array.from(raw, (v) => r4(v)),
        samples: samples.slice(0, 50).map((x) => x.path)
      },
      attachments: attachment ? [attachment] : void 0
    });
  }
}
export {
  run
};
