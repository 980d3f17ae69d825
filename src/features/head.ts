import type { Matrix } from '../embed/service.js';
import { dots } from './gemm.js';

/**
 * A linear softmax classifier over the backbone's features: the head a team trains on its frozen
 * features. Fitted on the trusted reference, it says how the model reads a sample (class
 * probabilities, loss under the stated label), which per-sample loss and influence checks build on.
 */
export interface Head {
  /** Class names, index = class (the feature space's order). */
  readonly classes: readonly string[];
  /** Feature dimension. */
  readonly dim: number;
  /** Features are standardised before the linear map: (x − mean) / scale, per dimension. */
  readonly mean: Float64Array;
  readonly scale: Float64Array;
  /** Row-major classes × (dim + 1): one weight per standardised feature, the bias last. */
  readonly weights: Float64Array;
  /** L2 penalty on the weights (not the biases) of the fitted objective. */
  readonly l2: number;
  readonly fit: HeadFit;
  /** Per-class scores (log-odds up to a constant) of one feature vector. */
  logits(x: ArrayLike<number>): Float64Array;
  /** Class probabilities of one feature vector (sum to 1). */
  probabilities(x: ArrayLike<number>): Float64Array;
  /** Cross-entropy −ln p(label | x): how badly the head agrees with a stated label. */
  loss(x: ArrayLike<number>, label: number): number;
}

export interface HeadFit {
  iterations: number;
  converged: boolean;
  /** Mean cross-entropy plus the penalty at the solution. */
  objective: number;
  /** Largest absolute gradient component at the solution. */
  gradientNorm: number;
}

export interface HeadOptions {
  /** L2 penalty; default 1 / rows, the same solution as scikit-learn's LogisticRegression(C=1). */
  l2?: number;
  maxIterations?: number;
  /** Converged when no gradient component exceeds this. */
  tolerance?: number;
}

/** Steps remembered by L-BFGS. */
const MEMORY = 10;

/**
 * Fits multinomial logistic regression (softmax) on `x` with labels `label` (class indices into
 * `classes`) by L-BFGS from zero weights: a convex objective and a fixed start, so the same
 * reference always gives the same head.
 */
export async function fitSoftmaxHead(x: Matrix, label: ArrayLike<number>, classes: readonly string[], options: HeadOptions = {}): Promise<Head> {
  const n = x.rows;
  const d = x.dim;
  const D = d + 1;
  const C = classes.length;
  const { mean, scale } = standardisation(x);
  // Standardised features with a constant 1 for the bias, row by row and (for the gradient) column by column.
  const z = new Float64Array(n * D);
  const zt = new Float64Array(D * n);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j <= d; j++) {
      const v = j === d ? 1 : (x.data[r * d + j]! - mean[j]!) / scale[j]!;
      z[r * D + j] = v;
      zt[j * n + r] = v;
    }
  }
  const l2 = options.l2 ?? 1 / Math.max(1, n);
  const objective = (w: Float64Array, grad: Float64Array) => softmaxObjective(z, zt, label, n, d, C, l2, w, grad);
  const result = await lbfgs(objective, new Float64Array(C * D), options.maxIterations ?? 500, options.tolerance ?? 1e-5);
  return linearHead(classes, mean, scale, result.w, l2, { iterations: result.iterations, converged: result.converged, objective: result.f, gradientNorm: result.gradientNorm });
}

function standardisation(x: Matrix): { mean: Float64Array; scale: Float64Array } {
  const { rows: n, dim: d, data } = x;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) mean[j]! += data[r * d + j]!;
  for (let j = 0; j < d; j++) mean[j]! /= Math.max(1, n);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < d; j++) {
      const v = data[r * d + j]! - mean[j]!;
      scale[j]! += v * v;
    }
  }
  // A constant feature carries nothing; scale 1 keeps it at zero instead of dividing by zero.
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]! / Math.max(1, n)) || 1;
  return { mean, scale };
}

/** Softmax of `scores` in place (max subtracted first); returns ln Σ exp. */
function softmaxInPlace(scores: Float64Array): number {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
  return max + Math.log(sum);
}

/** Mean cross-entropy + (l2 / 2)·‖weights‖² (biases free); writes the gradient into `grad`. */
async function softmaxObjective(z: Float64Array, zt: Float64Array, label: ArrayLike<number>, n: number, d: number, C: number, l2: number, w: Float64Array, grad: Float64Array): Promise<number> {
  const D = d + 1;
  if (n === 0) {
    grad.fill(0);
    return 0;
  }
  // Scores of every row (n × C), then each row's softmax minus its one-hot label, class by class (C × n).
  const scores = await dots(z, n, w, C, D);
  const residual = new Float64Array(C * n);
  const p = new Float64Array(C);
  let loss = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < C; c++) p[c] = scores[r * C + c]!;
    const y = label[r]!;
    const score = p[y]!;
    loss += softmaxInPlace(p) - score;
    p[y]! -= 1;
    for (let c = 0; c < C; c++) residual[c * n + r] = p[c]!;
  }
  grad.set(await dots(residual, C, zt, D, n));
  let penalty = 0;
  for (let c = 0; c < C; c++) {
    for (let j = 0; j < D; j++) {
      const i = c * D + j;
      grad[i]! /= n;
      if (j === d) continue;
      penalty += w[i]! * w[i]!;
      grad[i]! += l2 * w[i]!;
    }
  }
  return loss / n + (l2 / 2) * penalty;
}

interface LbfgsResult {
  w: Float64Array;
  f: number;
  iterations: number;
  converged: boolean;
  gradientNorm: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const v of a) if (Math.abs(v) > m) m = Math.abs(v);
  return m;
}

/** Limited-memory BFGS with a backtracking (Armijo) line search, minimising a smooth convex function. */
async function lbfgs(fg: (w: Float64Array, grad: Float64Array) => Promise<number>, w0: Float64Array, maxIterations: number, tolerance: number): Promise<LbfgsResult> {
  const size = w0.length;
  let w = w0;
  let g = new Float64Array(size);
  let f = await fg(w, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(MEMORY);
  const direction = new Float64Array(size);
  let iterations = 0;
  while (iterations < maxIterations && maxAbs(g) > tolerance) {
    // Two-loop recursion: direction = −H·g.
    direction.set(g);
    for (let k = s.length - 1; k >= 0; k--) {
      alpha[k] = rho[k]! * dot(s[k]!, direction);
      for (let i = 0; i < size; i++) direction[i]! -= alpha[k]! * y[k]![i]!;
    }
    const gamma = s.length > 0 ? dot(s.at(-1)!, y.at(-1)!) / dot(y.at(-1)!, y.at(-1)!) : 1 / Math.max(1, maxAbs(g));
    for (let i = 0; i < size; i++) direction[i]! *= gamma;
    for (let k = 0; k < s.length; k++) {
      const beta = rho[k]! * dot(y[k]!, direction);
      for (let i = 0; i < size; i++) direction[i]! += s[k]![i]! * (alpha[k]! - beta);
    }
    for (let i = 0; i < size; i++) direction[i] = -direction[i]!;
    let slope = dot(g, direction);
    if (!(slope < 0)) {
      // Not a descent direction (curvature information gone stale): restart from steepest descent.
      s.length = y.length = rho.length = 0;
      for (let i = 0; i < size; i++) direction[i] = -g[i]! / Math.max(1, maxAbs(g));
      slope = dot(g, direction);
    }
    let step = 1;
    const next = new Float64Array(size);
    const nextG = new Float64Array(size);
    let nextF = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < size; i++) next[i] = w[i]! + step * direction[i]!;
      nextF = await fg(next, nextG);
      if (nextF <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextF < f)) break;
    const sk = new Float64Array(size);
    const yk = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      sk[i] = next[i]! - w[i]!;
      yk[i] = nextG[i]! - g[i]!;
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      if (s.length === MEMORY) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    w = next;
    g = nextG;
    f = nextF;
    iterations++;
  }
  const gradientNorm = maxAbs(g);
  return { w, f, iterations, converged: gradientNorm <= tolerance, gradientNorm };
}

function linearHead(classes: readonly string[], mean: Float64Array, scale: Float64Array, weights: Float64Array, l2: number, fit: HeadFit): Head {
  const d = mean.length;
  const C = classes.length;
  const logits = (x: ArrayLike<number>) => {
    const out = new Float64Array(C);
    for (let c = 0; c < C; c++) {
      let s = weights[c * (d + 1) + d]!;
      for (let j = 0; j < d; j++) s += weights[c * (d + 1) + j]! * ((x[j]! - mean[j]!) / scale[j]!);
      out[c] = s;
    }
    return out;
  };
  return {
    classes,
    dim: d,
    mean,
    scale,
    weights,
    l2,
    fit,
    logits,
    probabilities(x) {
      const p = logits(x);
      softmaxInPlace(p);
      return p;
    },
    loss(x, label) {
      const p = logits(x);
      const y = p[label]!;
      return softmaxInPlace(p) - y;
    },
  };
}
