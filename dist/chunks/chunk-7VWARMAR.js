import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  dct2,
  resample
} from "./chunk-MBXX4JRQ.js";

// src/forensics/align.ts
var MAX_ASPECT_CHANGE = 0.25;
var MIN_COVER = 0.8;
var COARSE_SIDE = 48;
function ncc(cand, ref, x0, y0, step = 1) {
  let n = 0;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let y = 0; y < cand.height; y += step) {
    const ry = y + y0;
    if (ry < 0 || ry >= ref.height) continue;
    for (let x = 0; x < cand.width; x += step) {
      const rx = x + x0;
      if (rx < 0 || rx >= ref.width) continue;
      const va2 = cand.data[y * cand.width + x];
      const vb2 = ref.data[ry * ref.width + rx];
      n++;
      sa += va2;
      sb += vb2;
      saa += va2 * va2;
      sbb += vb2 * vb2;
      sab += va2 * vb2;
    }
  }
  if (n < 0.8 * Math.ceil(cand.width / step) * Math.ceil(cand.height / step)) return -1;
  const cov = sab - sa * sb / n;
  const va = saa - sa * sa / n;
  const vb = sbb - sb * sb / n;
  if (va <= 1e-9 || vb <= 1e-9) return va <= 1e-9 && vb <= 1e-9 ? 1 : 0;
  return cov / Math.sqrt(va * vb);
}
function scales(cand, ref) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const steps = 8;
  for (let k = 0; k <= steps; k++) {
    const cover = 1 - (1 - MIN_COVER) * k / steps;
    const sw = Math.round(cand.width / cover);
    const sh = Math.round(cand.height / cover);
    const key = `${sw}x${sh}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ sw, sh });
    }
  }
  if (ref.width >= cand.width && ref.height >= cand.height && !seen.has(`${ref.width}x${ref.height}`)) out.push({ sw: ref.width, sh: ref.height });
  return out;
}
function search(cand, ref, options, slack) {
  let best = { sw: cand.width, sh: cand.height, x0: 0, y0: 0, ncc: -2 };
  for (const { sw, sh } of options) {
    const scaled = resample(ref, sw, sh);
    for (let y0 = -slack; y0 <= sh - cand.height + slack; y0++) {
      for (let x0 = -slack; x0 <= sw - cand.width + slack; x0++) {
        const v = ncc(cand, scaled, x0, y0);
        if (v > best.ncc + 1e-9) best = { sw, sh, x0, y0, ncc: v };
      }
    }
  }
  return best;
}
function align(cand, ref) {
  const aspect = cand.width / cand.height / (ref.width / ref.height);
  if (Math.abs(Math.log(aspect)) > MAX_ASPECT_CHANGE) return void 0;
  const side = Math.max(cand.width, cand.height);
  let best;
  if (side > COARSE_SIDE) {
    const k = COARSE_SIDE / side;
    const cw = Math.max(8, Math.round(cand.width * k));
    const ch = Math.max(8, Math.round(cand.height * k));
    const rw = Math.max(8, Math.round(ref.width * (cw / cand.width)));
    const rh = Math.max(8, Math.round(ref.height * (ch / cand.height)));
    const small = resample(cand, cw, ch);
    const coarse = search(small, resample(ref, rw, rh), scales(small, { ...ref, width: rw, height: rh }), 1);
    const sw = Math.round(coarse.sw / k);
    const sh = Math.round(coarse.sh / k);
    const scaled2 = resample(ref, sw, sh);
    best = { ...coarse, sw, sh, ncc: -2 };
    const cx = Math.round(coarse.x0 / k);
    const cy = Math.round(coarse.y0 / k);
    const r = Math.ceil(1 / k);
    for (let y0 = cy - r; y0 <= cy + r; y0++) {
      for (let x0 = cx - r; x0 <= cx + r; x0++) {
        const v = ncc(cand, scaled2, x0, y0);
        if (v > best.ncc + 1e-9) best = { sw, sh, x0, y0, ncc: v };
      }
    }
  } else {
    best = search(cand, ref, scales(cand, ref), 1);
  }
  const scaled = resample(ref, best.sw, best.sh);
  return fit(cand, scaled, best);
}
function fitOnGrid(cand, image) {
  return fit(cand, image, { sw: image.width, sh: image.height, x0: 0, y0: 0, ncc: ncc(cand, image, 0, 0) });
}
function fit(cand, scaled, h) {
  const n = cand.width * cand.height;
  const raw = new Float32Array(n);
  const valid = new Uint8Array(n);
  for (let y = 0; y < cand.height; y++) {
    const ry = y + h.y0;
    for (let x = 0; x < cand.width; x++) {
      const rx = x + h.x0;
      if (ry < 0 || ry >= scaled.height || rx < 0 || rx >= scaled.width) continue;
      raw[y * cand.width + x] = scaled.data[ry * scaled.width + rx];
      valid[y * cand.width + x] = 1;
    }
  }
  const leastSquares = (g0, o0) => {
    let m = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      const c = cand.data[i];
      const r = raw[i];
      const p = g0 * r + o0;
      if (!valid[i] || c <= 4 || c >= 251 || p <= 4 || p >= 251) continue;
      m++;
      sx += r;
      sy += c;
      sxx += r * r;
      sxy += r * c;
    }
    const varX = sxx - sx * sx / Math.max(1, m);
    if (m < 16 || varX <= 1e-6) return void 0;
    const g = (sxy - sx * sy / m) / varX;
    return { gain: g, offset: (sy - g * sx) / m };
  };
  const first = leastSquares(1, 0);
  const second = first ? leastSquares(first.gain, first.offset) ?? first : void 0;
  let gain = second?.gain ?? 1;
  let offset = second?.offset ?? 0;
  const energy = (g, o) => {
    let e = 0;
    for (let i = 0; i < n; i++) {
      if (!valid[i]) continue;
      const d = cand.data[i] - Math.min(255, Math.max(0, g * raw[i] + o));
      e += d * d;
    }
    return e;
  };
  if (energy(gain, offset) >= 0.75 * energy(1, 0)) {
    gain = 1;
    offset = 0;
  }
  const predicted = new Float32Array(n);
  for (let i = 0; i < n; i++) predicted[i] = valid[i] ? Math.min(255, Math.max(0, gain * raw[i] + offset)) : 0;
  return {
    alignment: { scaledWidth: h.sw, scaledHeight: h.sh, x0: h.x0, y0: h.y0, ncc: h.ncc, gain, offset },
    predicted: { width: cand.width, height: cand.height, data: predicted },
    valid
  };
}

// src/forensics/residual.ts
function splitPatches(cand, s, bound) {
  const t = bound * 255;
  let n = 0;
  let patch = 0;
  let sum2 = 0;
  let linf = 0;
  let changed = 0;
  let gap = 0;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < s.compared.length; i++) {
    if (!s.compared[i]) continue;
    const d = s.residual.data[i];
    const ad = Math.abs(d);
    if (ad > t) {
      patch++;
      continue;
    }
    const a = cand.data[i];
    const b = a - d;
    sa += a;
    sb += b;
    saa += a * a;
    sbb += b * b;
    sab += a * b;
    n++;
    sum2 += ad * ad;
    if (ad > linf) linf = ad;
    if (ad > 1.5) changed++;
    if (ad > t / 2) gap++;
  }
  const total = n + patch;
  const va = saa - sa * sa / Math.max(1, n);
  const vb = sbb - sb * sb / Math.max(1, n);
  return {
    ncc: va > 1e-9 && vb > 1e-9 ? (sab - sa * sb / n) / Math.sqrt(va * vb) : 0,
    patchShare: total > 0 ? patch / total : 0,
    patchPixels: patch,
    linf: linf / 255,
    rms: n > 0 ? Math.sqrt(sum2 / n) / 255 : 0,
    changed: n > 0 ? changed / n : 0,
    gapShare: n > 0 ? gap / n : 1
  };
}
var MARGIN = 1;
function residualOf(cand, aligned) {
  const { predicted, valid, alignment } = aligned;
  const w = cand.width;
  const residual = new Float32Array(w * cand.height);
  const compared = new Uint8Array(w * cand.height);
  let n = 0;
  let sum2 = 0;
  let linf = 0;
  let changed = 0;
  for (let y = MARGIN; y < cand.height - MARGIN; y++) {
    for (let x = MARGIN; x < w - MARGIN; x++) {
      const i = y * w + x;
      if (!valid[i]) continue;
      const d = cand.data[i] - predicted.data[i];
      residual[i] = d;
      compared[i] = 1;
      const ad = Math.abs(d);
      n++;
      sum2 += d * d;
      if (ad > linf) linf = ad;
      if (ad > 1.5) changed++;
    }
  }
  const res = { width: w, height: cand.height, data: residual };
  return {
    alignment,
    linf: linf / 255,
    l2: Math.sqrt(sum2) / 255,
    rms: n > 0 ? Math.sqrt(sum2 / n) / 255 : 0,
    changed: n > 0 ? changed / n : 0,
    hfShare: highFrequencyShare(res),
    pixels: n,
    residual: res,
    compared
  };
}
function compareImages(cand, ref) {
  const a = align(cand, ref);
  return a ? residualOf(cand, a) : void 0;
}
function blockSize(g) {
  return Math.min(g.width, g.height) >= 64 ? 8 : 4;
}
function highFrequencyShare(g) {
  const n = blockSize(g);
  const out = new Float64Array(n * n);
  const tmp = new Float64Array(n * n);
  let hf = 0;
  let total = 0;
  for (let by = 0; by + n <= g.height; by += n) {
    for (let bx = 0; bx + n <= g.width; bx += n) {
      dct2(g.data, by * g.width + bx, g.width, n, out, tmp);
      for (let v = 0; v < n; v++) {
        for (let u = 0; u < n; u++) {
          const e = out[v * n + u] ** 2;
          total += e;
          if (u + v >= n) hf += e;
        }
      }
    }
  }
  return total > 0 ? hf / total : 0;
}

export {
  fitOnGrid,
  splitPatches,
  residualOf,
  compareImages,
  blockSize
};
