import type { Analysis, FeatureSpace, Neighbourhood } from './space.js';

/** Trusted rows left out of the reference, with how many per class (their classes vote less). */
export interface Exclusion {
  rows: ReadonlySet<number>;
  perClass: ArrayLike<number>;
}

/**
 * Deep k-NN votes (Peri et al. 2020) among the trusted reference, each vote weighted by 1 / the
 * size of its class, so a large class does not outvote a small one (the same as replicating the
 * minority classes). Shares sum to 1. Rows in `exclude` do not vote (the next nearest do), and the
 * class sizes are counted without them.
 */
export function voteShares(space: FeatureSpace, n: Neighbourhood, k: number, exclude?: Exclusion): Float64Array {
  const C = space.classes.length;
  const shares = new Float64Array(C);
  let total = 0;
  for (let i = 0, used = 0; i < n.index.length && used < k; i++) {
    if (exclude?.rows.has(n.index[i]!)) continue;
    used++;
    const c = space.refLabel[n.index[i]!]!;
    const w = 1 / Math.max(1, space.byClass[c]!.length - (exclude?.perClass[c] ?? 0));
    shares[c] += w;
    total += w;
  }
  if (total > 0) for (let c = 0; c < C; c++) shares[c]! /= total;
  return shares;
}

/**
 * How strongly a sample of class `a` is pulled toward class `b`: first its vote share for `b`, then
 * (to order equal shares) how much nearer it is to `b`'s nearest samples than to its own class's
 * (log distance ratio). Larger is more pulled.
 */
export interface PullScore {
  share: number;
  ratio: number;
}

export function pullScore(n: Neighbourhood, shares: Float64Array, a: number, b: number): PullScore {
  const own = n.classDist[a]!;
  const other = n.classDist[b]!;
  const ratio = Number.isFinite(own) && Number.isFinite(other) && other > 0 ? Math.log(own / other) : own > other ? Infinity : -Infinity;
  return { share: shares[b]!, ratio };
}

export function atLeast(x: PullScore, y: PullScore): boolean {
  return x.share > y.share || (x.share === y.share && x.ratio >= y.ratio);
}

/** The foreign class with the largest pull (ties: larger distance ratio, then class order); -1 if none. */
export function topForeign(n: Neighbourhood, shares: Float64Array, a: number): number {
  let best = -1;
  let bestScore: PullScore | undefined;
  for (let b = 0; b < shares.length; b++) {
    if (b === a) continue;
    const s = pullScore(n, shares, a, b);
    if (!bestScore || s.share > bestScore.share || (s.share === bestScore.share && s.ratio > bestScore.ratio)) {
      best = b;
      bestScore = s;
    }
  }
  return best;
}

/** A calibrated pull: toward which class, how strongly, and how rare that is among trusted samples of the class. */
export interface Pull {
  /** Foreign class the sample leans to most. */
  toward: number;
  score: PullScore;
  shares: Float64Array;
  /**
   * Share of the class's trusted samples (leave-one-out) pulled at least as strongly toward the same
   * class: a p-value, (1 + count) / (1 + n).
   */
  p: number;
}

/**
 * Pulls of candidates and of trusted samples (leave-one-out), calibrated against the trusted samples
 * of the same class. Built once per k and shared by class-proximity and collusion.
 */
export class PullModel {
  /** Per calibration query: class, shares and per-class pull scores. */
  private readonly calib: Array<{ row: number; label: number; shares: Float64Array; n: Neighbourhood }>;
  private readonly byClass: number[][];
  private readonly rankings = new Map<number, PullScore[]>();
  readonly candidates: Array<Pull | undefined>;
  /** Leave-one-out pulls of the calibration queries, by class (for null simulations). */
  readonly reference: Pull[][];

  constructor(
    readonly space: FeatureSpace,
    readonly k: number,
    a: Analysis,
  ) {
    this.calib = a.calibration.map(({ row, n }) => ({ row, label: n.label, shares: voteShares(space, n, k), n }));
    this.byClass = space.classes.map(() => []);
    this.calib.forEach((q, i) => this.byClass[q.label]!.push(i));
    this.candidates = a.candidates.map((n) => (n.label < 0 ? undefined : this.pull(n, voteShares(space, n, k), undefined)));
    this.reference = this.byClass.map((list) => list.map((i) => this.pull(this.calib[i]!.n, this.calib[i]!.shares, i)));
  }

  /**
   * Pull scores of class `a`'s calibration samples toward class `b`, strongest first (share, then
   * distance ratio): "at least as strong as x" is then a prefix, found by binary search. Built on
   * first use; the null simulations of collusion ask for thousands of pulls.
   */
  private ranked(a: number, b: number): PullScore[] {
    const key = a * this.space.classes.length + b;
    let list = this.rankings.get(key);
    if (!list) {
      list = this.byClass[a]!.map((j) => pullScore(this.calib[j]!.n, this.calib[j]!.shares, a, b));
      list.sort((x, y) => y.share - x.share || (y.ratio > x.ratio ? 1 : y.ratio < x.ratio ? -1 : 0));
      this.rankings.set(key, list);
    }
    return list;
  }

  private pull(n: Neighbourhood, shares: Float64Array, self: number | undefined): Pull {
    const a = n.label;
    const toward = topForeign(n, shares, a);
    if (toward < 0) return { toward, score: { share: 0, ratio: -Infinity }, shares, p: 1 };
    const score = pullScore(n, shares, a, toward);
    // Trusted samples of the class pulled at least as strongly toward the same class, itself left out.
    const ranked = this.ranked(a, toward);
    let lo = 0;
    let hi = ranked.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (atLeast(ranked[mid]!, score)) lo = mid + 1;
      else hi = mid;
    }
    let count = lo;
    let total = ranked.length;
    if (self !== undefined) {
      const q = this.calib[self]!;
      total--;
      if (atLeast(pullScore(q.n, q.shares, a, toward), score)) count--;
    }
    // No votes for any other class is no pull at all.
    const p = score.share === 0 ? 1 : (1 + count) / (1 + total);
    return { toward, score, shares, p };
  }

  /**
   * The pull of class `a`'s `i`-th calibration sample when the trusted rows in `drawn` leave the
   * reference together, as the samples of a pull request never vote for each other. This keeps a
   * null draw honest where the data holds near-duplicates: two drawn copies would otherwise vote
   * for each other's class, which two new copies never do. Votes are weighted by the class sizes
   * left after the draw, so a large draw does not tilt the votes toward the classes it spared.
   * Recomputed only when one of its k nearest neighbours was drawn.
   */
  referencePull(a: number, i: number, drawn: Exclusion): Pull {
    const ci = this.byClass[a]![i]!;
    const q = this.calib[ci]!;
    const m = Math.min(this.k, q.n.index.length);
    let hit = false;
    for (let j = 0; j < m && !hit; j++) hit = drawn.rows.has(q.n.index[j]!);
    if (!hit) return this.reference[a]![i]!;
    return this.pull(q.n, voteShares(this.space, q.n, this.k, drawn), ci);
  }

  /** Vote share toward class `b` that only a fraction `alpha` of class `a`'s trusted samples reach. */
  shareAtLevel(a: number, b: number, alpha: number): number {
    const list = this.byClass[a]!.map((i) => this.calib[i]!.shares[b]!).sort((x, y) => y - x);
    if (list.length === 0) return 1;
    const idx = Math.min(list.length - 1, Math.max(0, Math.ceil(alpha * (list.length + 1)) - 1));
    return list[idx]!;
  }
}

/** The pull model of a feature space for `k`, computed once per scan. */
export function pullModel(space: FeatureSpace, k: number): Promise<PullModel> {
  return space.memo(`pull:${k}`, async () => new PullModel(space, k, await space.neighbourhoods(k, 1)));
}

/** k for `auto`: a fifth of the median trusted class size, within [5, 100]. */
export function autoK(space: FeatureSpace): number {
  const sizes = space.byClass.map((r) => r.length).sort((x, y) => x - y);
  const median = sizes.length === 0 ? 0 : sizes[Math.floor((sizes.length - 1) / 2)]!;
  return Math.min(100, Math.max(5, Math.round(median / 5)));
}
