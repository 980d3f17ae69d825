import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/features/knn.ts
function rowNorms(m) {
  const out = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    let s = 0;
    const o = r * m.dim;
    for (let i = 0; i < m.dim; i++) {
      const v = m.data[o + i];
      s += v * v;
    }
    out[r] = s;
  }
  return out;
}
function distance(a, i, b, j) {
  let s = 0;
  const ao = i * a.dim;
  const bo = j * b.dim;
  for (let t = 0; t < a.dim; t++) {
    const v = a.data[ao + t] - b.data[bo + t];
    s += v * v;
  }
  return Math.sqrt(s);
}
var TopK = class {
  constructor(k) {
    this.k = k;
    this.dist = new Float64Array(k);
    this.index = new Int32Array(k);
  }
  k;
  dist;
  index;
  size = 0;
  reset() {
    this.size = 0;
  }
  push(d, idx) {
    const k = this.k;
    if (k === 0) return;
    if (this.size === k) {
      const last = this.dist[k - 1];
      if (d > last || d === last && idx > this.index[k - 1]) return;
    }
    let pos = this.size < k ? this.size : k - 1;
    while (pos > 0) {
      const pd = this.dist[pos - 1];
      if (pd < d || pd === d && this.index[pos - 1] < idx) break;
      if (pos < k) {
        this.dist[pos] = pd;
        this.index[pos] = this.index[pos - 1];
      }
      pos--;
    }
    this.dist[pos] = d;
    this.index[pos] = idx;
    if (this.size < k) this.size++;
  }
};

export {
  rowNorms,
  distance,
  TopK
};
