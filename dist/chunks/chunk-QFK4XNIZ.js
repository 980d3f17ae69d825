import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  modelEvidence,
  neighbourEvidence,
  pct,
  reportCalibrationShortfall,
  round,
  shareEvidence
} from "./chunk-B3XC3XEL.js";
import {
  placeOf
} from "./chunk-JHSOBUYT.js";

// src/features/pull.ts
function voteShares(space, n, k, exclude) {
  const C = space.classes.length;
  const shares = new Float64Array(C);
  let total = 0;
  for (let i = 0, used = 0; i < n.index.length && used < k; i++) {
    if (exclude?.rows.has(n.index[i])) continue;
    used++;
    const c = space.refLabel[n.index[i]];
    const w = 1 / Math.max(1, space.byClass[c].length - (exclude?.perClass[c] ?? 0));
    shares[c] += w;
    total += w;
  }
  if (total > 0) for (let c = 0; c < C; c++) shares[c] /= total;
  return shares;
}
function pullScore(n, shares, a, b) {
  const own = n.classDist[a];
  const other = n.classDist[b];
  const ratio = Number.isFinite(own) && Number.isFinite(other) && other > 0 ? Math.log(own / other) : own > other ? Infinity : -Infinity;
  return { share: shares[b], ratio };
}
function atLeast(x, y) {
  return x.share > y.share || x.share === y.share && x.ratio >= y.ratio;
}
function topForeign(n, shares, a) {
  let best = -1;
  let bestScore;
  for (let b = 0; b < shares.length; b++) {
    if (b === a) continue;
    const s = pullScore(n, shares, a, b);
    if (!bestScore || s.share > bestScore.share || s.share === bestScore.share && s.ratio > bestScore.ratio) {
      best = b;
      bestScore = s;
    }
  }
  return best;
}
var PullModel = class {
  constructor(space, k, a) {
    this.space = space;
    this.k = k;
    this.calib = a.calibration.map(({ row, n }) => ({ row, label: n.label, shares: voteShares(space, n, k), n }));
    this.byClass = space.classes.map(() => []);
    this.calib.forEach((q, i) => this.byClass[q.label].push(i));
    this.candidates = a.candidates.map((n) => n.label < 0 ? void 0 : this.pull(n, voteShares(space, n, k), void 0));
    this.reference = this.byClass.map((list) => list.map((i) => this.pull(this.calib[i].n, this.calib[i].shares, i)));
  }
  space;
  k;
  /** Per calibration query: class, shares and per-class pull scores. */
  calib;
  byClass;
  rankings = /* @__PURE__ */ new Map();
  candidates;
  /** Leave-one-out pulls of the calibration queries, by class (for null simulations). */
  reference;
  /**
   * Pull scores of class `a`'s calibration samples toward class `b`, strongest first (share, then
   * distance ratio): "at least as strong as x" is then a prefix, found by binary search. Built on
   * first use; the null simulations of collusion ask for thousands of pulls.
   */
  ranked(a, b) {
    const key = a * this.space.classes.length + b;
    let list = this.rankings.get(key);
    if (!list) {
      list = this.byClass[a].map((j) => pullScore(this.calib[j].n, this.calib[j].shares, a, b));
      list.sort((x, y) => y.share - x.share || (y.ratio > x.ratio ? 1 : y.ratio < x.ratio ? -1 : 0));
      this.rankings.set(key, list);
    }
    return list;
  }
  pull(n, shares, self) {
    const a = n.label;
    const toward = topForeign(n, shares, a);
    if (toward < 0) return { toward, score: { share: 0, ratio: -Infinity }, shares, p: 1 };
    const score = pullScore(n, shares, a, toward);
    const ranked = this.ranked(a, toward);
    let lo = 0;
    let hi = ranked.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (atLeast(ranked[mid], score)) lo = mid + 1;
      else hi = mid;
    }
    let count = lo;
    let total = ranked.length;
    if (self !== void 0) {
      const q = this.calib[self];
      total--;
      if (atLeast(pullScore(q.n, q.shares, a, toward), score)) count--;
    }
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
  referencePull(a, i, drawn) {
    const ci = this.byClass[a][i];
    const q = this.calib[ci];
    const m = Math.min(this.k, q.n.index.length);
    let hit = false;
    for (let j = 0; j < m && !hit; j++) hit = drawn.rows.has(q.n.index[j]);
    if (!hit) return this.reference[a][i];
    return this.pull(q.n, voteShares(this.space, q.n, this.k, drawn), ci);
  }
  /** Vote share toward class `b` that only a fraction `alpha` of class `a`'s trusted samples reach. */
  shareAtLevel(a, b, alpha) {
    const list = this.byClass[a].map((i) => this.calib[i].shares[b]).sort((x, y) => y - x);
    if (list.length === 0) return 1;
    const idx = Math.min(list.length - 1, Math.max(0, Math.ceil(alpha * (list.length + 1)) - 1));
    return list[idx];
  }
};
function pullModel(space, k) {
  return space.memo(`pull:${k}`, async () => new PullModel(space, k, await space.neighbourhoods(k, 1)));
}
function autoK(space) {
  const sizes = space.byClass.map((r) => r.length).sort((x, y) => x - y);
  const median = sizes.length === 0 ? 0 : sizes[Math.floor((sizes.length - 1) / 2)];
  return Math.min(100, Math.max(5, Math.round(median / 5)));
}

// src/detectors/class-proximity.ts
function resolveK(space, k) {
  return k === "auto" ? autoK(space) : k;
}
function reportCoverage(ctx, space) {
  const newClasses = /* @__PURE__ */ new Map();
  space.emb.candidates.samples.forEach((c, i) => {
    if (space.candLabel[i] < 0) newClasses.set(c.sample.label, (newClasses.get(c.sample.label) ?? 0) + 1);
  });
  for (const [label, count] of newClasses) {
    ctx.report(ctx.dataset, {
      severity: "warning",
      message: `class '${label}' has no trusted samples, so its ${count} new sample(s) could not be compared in feature space; review them by hand`,
      evidence: { label, candidates: count }
    });
  }
  const problems = space.emb.referenceProblems;
  if (problems.length > 0) {
    ctx.report(ctx.dataset, {
      severity: "notice",
      message: `${problems.length} trusted sample(s) could not be embedded and were left out of the reference (first: ${problems[0].path}: ${problems[0].message})`,
      evidence: { excluded: problems.slice(0, 20) }
    });
  }
}
async function run(ctx) {
  const space = await ctx.scope.featureSpace();
  reportCoverage(ctx, space);
  if (space.classes.length < 2 || space.cand.rows === 0) return;
  const k = resolveK(space, ctx.options.k);
  const model = await pullModel(space, k);
  const { candidates } = await space.neighbourhoods(k, 10);
  const alpha = 1 - ctx.options.quantile;
  const fixedFor = (label) => ctx.options.per_class[label] ?? (ctx.options.threshold === "auto" ? void 0 : ctx.options.threshold);
  reportCalibrationShortfall(ctx, space, ctx.options.quantile, (c) => fixedFor(space.classes[c]) !== void 0, "the calibrated pull of one sample");
  space.emb.candidates.samples.forEach((c, i) => {
    const pull = model.candidates[i];
    if (!pull || pull.toward < 0) return;
    const label = space.classes[space.candLabel[i]];
    const toward = space.classes[pull.toward];
    const fixed = fixedFor(label);
    const flagged = fixed === void 0 ? pull.p <= alpha : pull.score.share > fixed + 1e-9;
    if (!flagged) return;
    const threshold = fixed ?? model.shareAtLevel(space.candLabel[i], pull.toward, alpha);
    const ownShare = pull.shares[space.candLabel[i]];
    const why = fixed === void 0 ? `only ${pct(pull.p)} of trusted '${label}' samples lean this far toward '${toward}'` : `above the threshold of ${pct(fixed)}`;
    ctx.report(c, {
      message: `${placeOf(c.sample)} is labelled '${label}' but sits among '${toward}' in feature space: ${pct(pull.score.share)} of its ${k} nearest trusted neighbours' votes are for '${toward}' (${pct(ownShare)} for '${label}'), ${why}. A feature-collision or convex-polytope poison (or a mislabelled sample) looks like this; compare it with its neighbours and fix, remove or waive it.`,
      score: round(pull.score.share),
      threshold: round(threshold),
      evidence: {
        label,
        closest_class: toward,
        vote_shares: shareEvidence(space, pull.shares),
        own_share: round(ownShare, 3),
        share_toward: round(pull.score.share, 3),
        threshold: round(threshold, 3),
        threshold_source: fixed === void 0 ? `auto (quantile ${ctx.options.quantile})` : ctx.options.per_class[label] !== void 0 ? "per_class" : "threshold",
        p_value: round(pull.p, 5),
        k,
        neighbours: neighbourEvidence(space, candidates[i], 10),
        model: modelEvidence(space)
      }
    });
  });
}

export {
  pullModel,
  resolveK,
  run
};
