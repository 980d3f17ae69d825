import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/util/stats.ts
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function lnGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function lnChoose(n, k) {
  if (k < 0 || k > n) return -Infinity;
  if (k === 0 || k === n) return 0;
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}
function lnHypergeometric(x, M, K, n) {
  return lnChoose(K, x) + lnChoose(M - K, n - x) - lnChoose(M, n);
}
function hypergeometricUpperTail(k, M, K, n) {
  const hi = Math.min(n, K);
  const lo = Math.max(0, n - (M - K));
  if (k <= lo) return 1;
  if (k > hi) return 0;
  let term = 1;
  let sum = 1;
  for (let x = k; x < hi; x++) {
    term *= (K - x) * (n - x) / ((x + 1) * (M - K - n + x + 1));
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, Math.exp(lnHypergeometric(k, M, K, n) + Math.log(sum)));
}
function taroneTestCount(minAttainable, alpha) {
  const sorted = [...minAttainable].sort((a, b) => a - b);
  let testable = sorted.length;
  for (let m = 1; m <= sorted.length; m++) {
    while (testable > 0 && sorted[testable - 1] > alpha / m) testable--;
    if (testable <= m) return m;
  }
  return Math.max(1, sorted.length);
}
function binomialUpperTail(k, n, p) {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const terms = [];
  let max = -Infinity;
  for (let i = k; i <= n; i++) {
    const t = lnChoose(n, i) + i * lp + (n - i) * lq;
    terms.push(t);
    if (t > max) max = t;
  }
  let s = 0;
  for (const t of terms) s += Math.exp(t - max);
  return Math.min(1, Math.exp(max) * s);
}
function median(values) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function quantile(values, q) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}
function robustScale(values, floor = 1e-6) {
  const center = median(values);
  const mad = median(values.map((v) => Math.abs(v - center)));
  return { center, scale: Math.max(floor, 1.4826 * mad) };
}

export {
  lnHypergeometric,
  hypergeometricUpperTail,
  taroneTestCount,
  binomialUpperTail,
  quantile,
  robustScale
};
