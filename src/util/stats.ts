// Tail probabilities for count statistics (in log space so large populations do not overflow) and
// robust summaries, shared by every detector that calibrates against the trusted reference.

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error ~1e-15). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln of the binomial coefficient C(n, k); -Infinity outside 0 ≤ k ≤ n. */
export function lnChoose(n: number, k: number): number {
  if (k < 0 || k > n) return -Infinity;
  if (k === 0 || k === n) return 0;
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}

/**
 * ln P(X = x) for X ~ Hypergeometric(population M, K successes in it, n draws).
 */
export function lnHypergeometric(x: number, M: number, K: number, n: number): number {
  return lnChoose(K, x) + lnChoose(M - K, n - x) - lnChoose(M, n);
}

/**
 * P(X ≥ k) for X ~ Hypergeometric(M, K, n): the one-sided p-value of Fisher's exact test for
 * "the n drawn items hold k or more of the K marked ones".
 */
export function hypergeometricUpperTail(k: number, M: number, K: number, n: number): number {
  const hi = Math.min(n, K);
  const lo = Math.max(0, n - (M - K));
  if (k <= lo) return 1;
  if (k > hi) return 0;
  // Sum terms relative to the first one; the ratio of consecutive terms is exact.
  let term = 1;
  let sum = 1;
  for (let x = k; x < hi; x++) {
    term *= ((K - x) * (n - x)) / ((x + 1) * (M - K - n + x + 1));
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, Math.exp(lnHypergeometric(k, M, K, n) + Math.log(sum)));
}

/**
 * Tarone's refinement of Bonferroni: given each hypothesis's smallest attainable p-value, the
 * number m of hypotheses that could ever reach α/m. Testing each at α/m controls the family-wise
 * error at α, while hypotheses that can never be significant (too rare to reach α/m) cost nothing.
 */
export function taroneTestCount(minAttainable: readonly number[], alpha: number): number {
  const sorted = [...minAttainable].sort((a, b) => a - b);
  let testable = sorted.length;
  for (let m = 1; m <= sorted.length; m++) {
    while (testable > 0 && sorted[testable - 1]! > alpha / m) testable--;
    if (testable <= m) return m;
  }
  return Math.max(1, sorted.length);
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed in log space (exact enough for tails down to 1e-300). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const terms: number[] = [];
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

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Quantile with linear interpolation between order statistics (type 7, as numpy's default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

/** Median and MAD scaled to a normal σ (1.4826·MAD), floored so a constant class cannot divide by zero. */
export function robustScale(values: readonly number[], floor = 1e-6): { center: number; scale: number } {
  const center = median(values);
  const mad = median(values.map((v) => Math.abs(v - center)));
  return { center, scale: Math.max(floor, 1.4826 * mad) };
}
