import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/forensics/patches.ts
var MAX_WINDOW = 5;
function windowCodes(g, w, minContrast) {
  if (w > MAX_WINDOW) throw new Error(`window ${w} exceeds ${MAX_WINDOW}`);
  const { width, height, data } = g;
  const out = [];
  if (width < w || height < w) return out;
  const iw = width + 1;
  const s1 = new Float64Array(iw * (height + 1));
  const s2 = new Float64Array(iw * (height + 1));
  for (let y = 0; y < height; y++) {
    let r1 = 0;
    let r2 = 0;
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x];
      r1 += v;
      r2 += v * v;
      s1[(y + 1) * iw + x + 1] = s1[y * iw + x + 1] + r1;
      s2[(y + 1) * iw + x + 1] = s2[y * iw + x + 1] + r2;
    }
  }
  const n = w * w;
  for (let y = 0; y + w <= height; y++) {
    for (let x = 0; x + w <= width; x++) {
      const a = y * iw + x;
      const b = y * iw + x + w;
      const c = (y + w) * iw + x;
      const d = (y + w) * iw + x + w;
      const sum = s1[d] - s1[b] - s1[c] + s1[a];
      const sq = s2[d] - s2[b] - s2[c] + s2[a];
      const mean = sum / n;
      const sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
      if (sd < minContrast) continue;
      const dead = 0.5 * sd;
      let code = 0;
      for (let yy = 0; yy < w; yy++) {
        for (let xx = 0; xx < w; xx++) {
          const v = data[(y + yy) * width + x + xx] - mean;
          code = code * 3 + (v > dead ? 2 : v < -dead ? 0 : 1);
        }
      }
      out.push({ x, y, code, contrast: sd });
    }
  }
  return out;
}
function windowAt(g, x, y, w) {
  const v = new Float64Array(w * w);
  let mean = 0;
  for (let yy = 0; yy < w; yy++) for (let xx = 0; xx < w; xx++) mean += v[yy * w + xx] = g.data[(y + yy) * g.width + x + xx];
  mean /= w * w;
  for (let i = 0; i < v.length; i++) v[i] -= mean;
  return v;
}
function cosine(a, b) {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

export {
  MAX_WINDOW,
  windowCodes,
  windowAt,
  cosine
};
