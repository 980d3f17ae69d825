import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  compareImages,
  fitOnGrid,
  residualOf,
  splitPatches
} from "./chunk-7VWARMAR.js";
import {
  amplifiedResidual,
  attachmentName,
  r4,
  stripPng
} from "./chunk-DCU4ZAQ3.js";
import {
  candidateGray,
  crop,
  hamming,
  phash,
  phashHex
} from "./chunk-MBXX4JRQ.js";
import "./chunk-ZR6K7QFP.js";
import "./chunk-JSJXTQR5.js";
import "./chunk-EQ3EYCYV.js";
import "./chunk-RX3ZFOCH.js";

// src/forensics/benign.ts
import sharp from "sharp";
var KERNELS = ["lanczos3", "cubic", "mitchell", "linear", "nearest"];
var QUALITIES = [70, 75, 80, 85, 90, 95, 100];
function rawOf(g) {
  return sharp(Buffer.from(Uint8Array.from(g.data, (v) => Math.max(0, Math.min(255, Math.round(v))))), {
    raw: { width: g.width, height: g.height, channels: 1 }
  });
}
async function grayFrom(s) {
  const { data, info } = await s.raw().toBuffer({ resolveWithObject: true });
  const out = new Float32Array(info.width * info.height);
  for (let i = 0; i < out.length; i++) out[i] = data[i * info.channels];
  return { width: info.width, height: info.height, data: out };
}
async function geometries(ref, a, cand) {
  const sameScale = a.scaledWidth === ref.width && a.scaledHeight === ref.height;
  const inside = a.x0 >= 0 && a.y0 >= 0 && a.x0 + cand.width <= a.scaledWidth && a.y0 + cand.height <= a.scaledHeight;
  if (sameScale) {
    if (!inside) return [];
    const whole2 = a.x0 === 0 && a.y0 === 0 && cand.width === ref.width && cand.height === ref.height;
    return [{ name: whole2 ? "none" : "crop", image: whole2 ? ref : crop(ref, a.x0, a.y0, cand.width, cand.height) }];
  }
  const out = [];
  for (const kernel of KERNELS) {
    out.push({ name: `resize (${kernel})`, image: await grayFrom(rawOf(ref).resize(cand.width, cand.height, { kernel, fit: "fill" })) });
  }
  const kx = ref.width / a.scaledWidth;
  const ky = ref.height / a.scaledHeight;
  const left = Math.round(a.x0 * kx);
  const top = Math.round(a.y0 * ky);
  const width = Math.round(cand.width * kx);
  const height = Math.round(cand.height * ky);
  const whole = left <= 0 && top <= 0 && width >= ref.width && height >= ref.height;
  if (whole) return out;
  let bestWindow;
  for (const dl of [-1, 0, 1]) {
    for (const dw of [-1, 0, 1]) {
      const l = left + dl;
      const t = top + dl;
      const w = width + dw;
      const h = height + dw;
      if (l < 0 || t < 0 || l + w > ref.width || t + h > ref.height || w < 4 || h < 4) continue;
      const image = await grayFrom(rawOf(crop(ref, l, t, w, h)).resize(cand.width, cand.height, { kernel: "lanczos3", fit: "fill" }));
      const rms = residualOf(cand, fitOnGrid(cand, image)).rms;
      if (!bestWindow || rms < bestWindow.rms) bestWindow = { l, t, w, h, rms };
    }
  }
  if (bestWindow) {
    const { l, t, w, h } = bestWindow;
    for (const kernel of KERNELS) {
      out.push({
        name: `crop ${w}\xD7${h}+${l}+${t} and resize (${kernel})`,
        image: await grayFrom(rawOf(crop(ref, l, t, w, h)).resize(cand.width, cand.height, { kernel, fit: "fill" }))
      });
    }
  }
  return out;
}
async function bestBenignExplanation(cand, ref, stats, cache) {
  const scored = (await geometries(ref, stats.alignment, cand)).map((g) => ({ ...g, rms: residualOf(cand, fitOnGrid(cand, g.image)).rms }));
  scored.sort((x, y) => x.rms - y.rms);
  let best = scored[0] && scored[0].name !== "none" ? { edit: scored[0].name, rms: scored[0].rms } : void 0;
  const a = stats.alignment;
  const adjusted = a.gain !== 1 || a.offset !== 0;
  const inputs = scored.slice(0, 2).flatMap((g) => [
    { name: g.name, image: g.image, adjusted: false, base: g.image },
    ...adjusted ? [{ name: `${g.name === "none" ? "" : `${g.name}, `}brightness/contrast`, image: adjust(g.image, a.gain, a.offset), adjusted: true, base: g.image }] : []
  ]);
  for (const g of inputs) {
    const prefix = g.name === "none" ? "" : `${g.name}, then `;
    for (const q of QUALITIES) {
      for (const codec of ["JPEG", "WebP"]) {
        const encode = async () => grayFrom(sharp(await (codec === "JPEG" ? rawOf(g.image).jpeg({ quality: q }) : rawOf(g.image).webp({ quality: q })).toBuffer()));
        const key = cache && !g.adjusted ? `${cache.source}\0${g.name}\0${g.image.width}x${g.image.height}\0${codec}\0${q}` : void 0;
        let decoded = key ? cache.images.get(key) : void 0;
        if (!decoded) {
          decoded = await encode();
          if (key) cache.images.set(key, decoded);
        }
        const rms = residualOf(cand, fitOnGrid(cand, decoded)).rms;
        if (!best || rms < best.rms) best = { edit: `${prefix}${codec} quality ${q}`, rms, ...g.adjusted ? { codec, quality: q, base: g.base } : {} };
      }
    }
  }
  const winner = best;
  if (winner?.codec && winner.base && winner.quality) {
    const { codec, quality, base } = winner;
    for (const dg of [-0.02, -0.01, 0, 0.01, 0.02]) {
      for (const dof of [-4, -2, 0, 2, 4]) {
        const image = adjust(base, a.gain + dg, a.offset + dof);
        const enc = codec === "JPEG" ? rawOf(image).jpeg({ quality }) : rawOf(image).webp({ quality });
        const rms = residualOf(cand, fitOnGrid(cand, await grayFrom(sharp(await enc.toBuffer())))).rms;
        if (rms < winner.rms) winner.rms = rms;
      }
    }
  }
  return winner ? { edit: winner.edit, rms: winner.rms } : void 0;
}
function adjust(g, gain, offset) {
  return { width: g.width, height: g.height, data: g.data.map((v) => Math.min(255, Math.max(0, Math.round(gain * v + offset)))) };
}

// src/forensics/hash-index.ts
var CHUNKS = 4;
function chunk(h, c) {
  return c < 2 ? h.lo >>> 16 * c & 65535 : h.hi >>> 16 * (c - 2) & 65535;
}
var HashIndex = class {
  hashes = [];
  sorted;
  add(h) {
    this.hashes.push(h);
    this.sorted = void 0;
    return this.hashes.length - 1;
  }
  get size() {
    return this.hashes.length;
  }
  build() {
    if (this.sorted) return this.sorted;
    const n = this.hashes.length;
    this.sorted = Array.from({ length: CHUNKS }, (_, c) => {
      const ids = Int32Array.from({ length: n }, (_2, i) => i);
      const key = (i) => chunk(this.hashes[i], c);
      ids.sort((a, b) => key(a) - key(b) || a - b);
      return { keys: Uint16Array.from(ids, key), ids };
    });
    return this.sorted;
  }
  /** Every entry within Hamming distance `radius` (≤ 15) of `q`, nearest first, ties by id. */
  query(q, radius) {
    const tables = this.build();
    const sub = Math.floor(radius / CHUNKS);
    const seen = /* @__PURE__ */ new Set();
    const hits = [];
    for (let c = 0; c < CHUNKS; c++) {
      const { keys, ids } = tables[c];
      for (const probe of neighbours(chunk(q, c), sub)) {
        let lo = lowerBound(keys, probe);
        for (; lo < keys.length && keys[lo] === probe; lo++) {
          const id = ids[lo];
          if (seen.has(id)) continue;
          seen.add(id);
          const d = hamming(q, this.hashes[id]);
          if (d <= radius) hits.push({ id, distance: d });
        }
      }
    }
    return hits.sort((a, b) => a.distance - b.distance || a.id - b.id);
  }
};
function lowerBound(keys, v) {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (keys[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function neighbours(v, r) {
  const out = [v];
  if (r >= 1) for (let i = 0; i < 16; i++) out.push(v ^ 1 << i);
  if (r >= 2) for (let i = 0; i < 16; i++) for (let j = i + 1; j < 16; j++) out.push(v ^ 1 << i ^ 1 << j);
  if (r >= 3)
    for (let i = 0; i < 16; i++)
      for (let j = i + 1; j < 16; j++) for (let k = j + 1; k < 16; k++) out.push(v ^ 1 << i ^ 1 << j ^ 1 << k);
  return out;
}

// src/detectors/perturbed-copy.ts
var MAX_GAP_SHARE = 0.02;
function describe(s) {
  const a = s.alignment;
  return {
    linf_255: r4(s.linf * 255),
    l2_255: r4(s.l2 * 255),
    rms_255: r4(s.rms * 255),
    changed_share: r4(s.changed),
    hf_energy_share: r4(s.hfShare),
    correlation: r4(a.ncc),
    alignment: { scaled_to: [a.scaledWidth, a.scaledHeight], offset: [a.x0, a.y0], gain: r4(a.gain), brightness: r4(a.offset) },
    pixels: s.pixels
  };
}
async function run(ctx) {
  const o = ctx.options;
  const reference = await ctx.scope.referenceImages();
  const index = new HashIndex();
  const entries = [];
  for (const ref of reference.images) {
    index.add(ref.hash);
    entries.push({ path: ref.sample.path, label: ref.sample.label, hash: ref.hash, sha256: ref.sample.sha256, ref });
  }
  const candidates = [];
  for (const c of ctx.candidates) {
    const gray = candidateGray(c);
    if (!gray) continue;
    const entry = { path: c.sample.path, label: c.sample.label, hash: phash(gray), sha256: c.sample.sha256, gray };
    candidates.push({ sample: c, entry, gray, id: index.add(entry.hash) });
    entries.push(entry);
  }
  if (reference.unreadable > 0) {
    ctx.report(ctx.dataset, {
      severity: "notice",
      message: `${reference.unreadable} trusted image(s) could not be decoded and were left out of the comparison; fix them on the base branch.`,
      evidence: { unreadable: reference.unreadable, reference: reference.images.length }
    });
  }
  const encodes = /* @__PURE__ */ new Map();
  for (const cand of candidates) {
    const hits = index.query(cand.entry.hash, o.hash_radius).filter((h) => h.id !== cand.id && entries[h.id].sha256 !== cand.entry.sha256);
    const ordered = [
      ...hits.filter((h) => entries[h.id].ref).slice(0, o.max_matches),
      ...o.candidate_sources === "off" ? [] : hits.filter((h) => !entries[h.id].ref).slice(0, o.max_matches)
    ];
    let suspect;
    for (const hit of ordered) {
      const source = entries[hit.id];
      const sourceGray = source.gray ?? await reference.gray(source.ref);
      const verdict = await judgePair(cand.gray, sourceGray, o, { source: source.path, images: encodes });
      if (verdict === "benign") {
        suspect = void 0;
        break;
      }
      if (verdict !== "unrelated" && !suspect) suspect = { ...verdict, source, distance: hit.distance };
    }
    if (suspect) ctx.report(cand.sample, await findingFor(cand.entry, cand.gray, suspect, o));
  }
}
async function judgePair(cand, source, o, cache) {
  const stats = compareImages(cand, source);
  if (!stats) return "unrelated";
  const patches = stats.linf > o.max_linf ? splitPatches(cand, stats, o.max_linf) : void 0;
  if (patches && (patches.patchShare > o.max_patch_share || patches.patchPixels === 0 || patches.gapShare > MAX_GAP_SHARE)) return "unrelated";
  if ((patches ?? stats.alignment).ncc < o.min_correlation) return "unrelated";
  const rest = patches ?? stats;
  if (rest.rms < o.min_rms || rest.changed < o.min_changed) return "benign";
  const benign = await bestBenignExplanation(cand, source, stats, cache);
  if (benign && benign.rms <= o.max_explained * stats.rms) return "benign";
  return { stats, ...patches ? { patches } : {}, ...benign ? { benign } : {} };
}
async function findingFor(entry, gray, s, o) {
  const { source, stats, benign, patches } = s;
  const bounded = patches ?? stats;
  const trusted = source.ref !== void 0;
  const finding = {
    // A copy of another new image never gates unless the policy asks: two edits of one outside image look alike.
    severity: trusted || o.candidate_sources === "error" ? void 0 : "warning",
    message: `a small dense perturbation of ${trusted ? "trusted" : "new"} image ${source.path} (label ${source.label}): L\u221E ${r4(bounded.linf * 255)}/255, L2 ${r4(stats.l2 * 255)}/255, ${Math.round(bounded.changed * 100)}% of pixels changed, ${Math.round(stats.hfShare * 100)}% of the change high-frequency` + (patches ? `, plus local patches (${patches.patchPixels} pixels, ${Math.round(patches.patchShare * 100)}%) changed by up to ${r4(stats.linf * 255)}/255 \u2014 a stamped pattern such as a trigger` : "") + "; no resize, crop or re-encoding of the source explains it. Replace it with the unmodified original or remove it.",
    score: r4(stats.rms * 255),
    threshold: r4(o.min_rms * 255),
    evidence: {
      source: source.path,
      source_label: source.label,
      source_side: trusted ? "reference" : "candidate",
      hash_distance: s.distance,
      candidate_phash: phashHex(entry.hash),
      ...describe(stats),
      ...patches ? { linf_outside_patches_255: r4(patches.linf * 255), patch_pixels: patches.patchPixels, patch_share: r4(patches.patchShare) } : {},
      closest_benign_edit: benign ? { edit: benign.edit, rms_255: r4(benign.rms * 255) } : null
    }
  };
  if (o.evidence_images) {
    finding.attachments = [
      {
        name: attachmentName("perturbed-copy", entry.path, source.path),
        mediaType: "image/png",
        data: await stripPng([gray, sourceOnGrid(gray, stats), amplifiedResidual(stats.residual)])
      }
    ];
  }
  return finding;
}
function sourceOnGrid(cand, s) {
  return { width: cand.width, height: cand.height, data: cand.data.map((v, i) => v - s.residual.data[i]) };
}
export {
  run
};
