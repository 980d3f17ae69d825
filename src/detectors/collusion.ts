import { distance } from '../features/knn.js';
import { pullModel, type Pull, type PullModel } from '../features/pull.js';
import type { FeatureSpace } from '../features/space.js';
import { indexPool, pct, prng, sampleIndices } from '../features/stats.js';
import { binomialUpperTail } from '../util/stats.js';
import type { Matrix } from '../embed/service.js';
import { placeOf } from '../util/paths.js';
import { resolveK } from './class-proximity.js';
import type { DetectorContext } from './detector.js';
import { modelEvidence, round } from './feature-support.js';

export interface CollusionOptions {
  k: number | 'auto';
  alpha: number;
  member_p: number;
  collision_p: number;
  trials: number;
}

/** One side of the comparison: new samples of a class with their pulls and vectors. */
interface Member {
  /** Row in `vectors`. */
  row: number;
  pull: Pull;
}

interface Statistic {
  /** Smallest binomial tail of a shared pull (smaller = stronger). */
  count: number;
  countMembers: number[];
  /** Smallest pair distance between samples leaning the same way, in units of the class's typical nearest-neighbour distance. */
  collision: number;
}

/** Per class: typical (median) distance from a trusted sample to its nearest trusted neighbour of the class. */
async function typicalSpacing(space: FeatureSpace): Promise<Float64Array> {
  const a = await space.neighbourhoods(1, 1);
  const per: number[][] = space.classes.map(() => []);
  for (const { n } of a.calibration) if (n.ownDist.length > 0) per[n.label]!.push(n.ownDist[0]!);
  return Float64Array.from(per, (d) => {
    if (d.length === 0) return Infinity;
    d.sort((x, y) => x - y);
    return d[Math.floor((d.length - 1) / 2)]! || Infinity;
  });
}

/**
 * Group statistics of one class's new samples toward one foreign class: the strongest shared pull
 * (scan over the m most pulled: P(Binomial(n, p_(m)) ≥ m)) and the tightest feature collision.
 */
function groupStatistic(members: Member[], n: number, vectors: Matrix, spacing: number, opt: CollusionOptions): Statistic & { pairs: Array<[number, number, number]> } {
  const pulled = members.filter((m) => m.pull.p <= opt.member_p).sort((x, y) => x.pull.p - y.pull.p || x.row - y.row);
  let count = 1;
  let best = 0;
  for (let m = 1; m <= pulled.length; m++) {
    const t = binomialUpperTail(m, n, pulled[m - 1]!.pull.p);
    if (t < count) {
      count = t;
      best = m;
    }
  }
  const loose = members.filter((m) => m.pull.p <= opt.collision_p);
  let collision = Infinity;
  const pairs: Array<[number, number, number]> = [];
  for (let x = 0; x < loose.length; x++) {
    for (let y = x + 1; y < loose.length; y++) {
      const d = distance(vectors, loose[x]!.row, vectors, loose[y]!.row);
      // Bit-identical features are the same content; a collision needs distinct samples.
      if (d === 0) continue;
      const r = d / spacing;
      pairs.push([loose[x]!.row, loose[y]!.row, r]);
      if (r < collision) collision = r;
    }
  }
  return { count, countMembers: pulled.slice(0, best).map((m) => m.row), collision, pairs };
}

/** Groups of a draw: per (class, toward) the members. */
function groupsOf(label: Int32Array | number[], pulls: Array<Pull | undefined>, rows: number[]): Map<string, { a: number; b: number; members: Member[]; n: number }> {
  const perClass = new Map<number, number>();
  for (const r of rows) if (pulls[r]) perClass.set(label[r]!, (perClass.get(label[r]!) ?? 0) + 1);
  const groups = new Map<string, { a: number; b: number; members: Member[]; n: number }>();
  for (const r of rows) {
    const pull = pulls[r];
    if (!pull || pull.toward < 0) continue;
    const a = label[r]!;
    const key = `${a}:${pull.toward}`;
    let g = groups.get(key);
    if (!g) {
      g = { a, b: pull.toward, members: [], n: perClass.get(a)! };
      groups.set(key, g);
    }
    g.members.push({ row: r, pull });
  }
  return groups;
}

/**
 * Null distribution: the same number of new samples per class, drawn from the trusted samples
 * (each with its leave-one-out pull), `trials` times with a fixed seed. Returns each draw's
 * strongest shared-pull tail and tightest collision.
 */
function simulate(space: FeatureSpace, model: PullModel, perClass: Map<number, number>, spacing: Float64Array, opt: CollusionOptions): { count: Float64Array; collision: Float64Array } {
  const rand = prng(0x5eed0001);
  const count = new Float64Array(opt.trials);
  const collision = new Float64Array(opt.trials);
  const calRows = space.classes.map((_, c) => space.calibrationRows(c));
  const pools = model.reference.map((list) => indexPool(list.length));
  for (let t = 0; t < opt.trials; t++) {
    let bestCount = 1;
    let bestCollision = Infinity;
    // Every class is drawn first: the drawn samples leave the reference together, like a pull request's.
    const draws = [...perClass].map(([a, n]) => ({ a, n, picks: sampleIndices(pools[a]!, n, rand) }));
    const drawn = { rows: new Set<number>(), perClass: new Int32Array(space.classes.length) };
    for (const { a, picks } of draws) {
      for (const i of picks) drawn.rows.add(calRows[a]![i]!);
      drawn.perClass[a] = new Set(picks).size;
    }
    for (const { a, n, picks } of draws) {
      const members: Member[] = picks.map((i) => ({ row: calRows[a]![i]!, pull: model.referencePull(a, i, drawn) }));
      const byToward = new Map<number, Member[]>();
      for (const m of members) {
        if (m.pull.toward < 0) continue;
        const list = byToward.get(m.pull.toward);
        if (list) list.push(m);
        else byToward.set(m.pull.toward, [m]);
      }
      for (const list of byToward.values()) {
        const s = groupStatistic(list, n, space.ref, spacing[a]!, opt);
        if (s.count < bestCount) bestCount = s.count;
        if (s.collision < bestCollision) bestCollision = s.collision;
      }
    }
    count[t] = bestCount;
    collision[t] = bestCollision;
  }
  count.sort();
  collision.sort();
  return { count, collision };
}

/** (1 + #{null ≤ x}) / (1 + trials) over an ascending null sample: small = extreme. */
function lowerP(sortedNull: Float64Array, x: number): number {
  let lo = 0;
  let hi = sortedNull.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedNull[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return (1 + lo) / (1 + sortedNull.length);
}

/** Connected groups of rows joined by pairs closer than `bound`. */
function components(pairs: Array<[number, number, number]>, bound: number): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [x, y, r] of pairs) {
    if (!(r < bound)) continue;
    if (!parent.has(x)) parent.set(x, x);
    if (!parent.has(y)) parent.set(y, y);
    const fx = find(x);
    const fy = find(y);
    if (fx !== fy) parent.set(Math.max(fx, fy), Math.min(fx, fy));
  }
  const out = new Map<number, number[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    const list = out.get(r);
    if (list) list.push(x);
    else out.set(r, [x]);
  }
  return [...out.values()].filter((g) => g.length >= 2).map((g) => g.sort((a, b) => a - b));
}

/**
 * PR-level collusion: feature-collision and convex-polytope poisons come in groups — several new
 * samples of one class pulled toward the same foreign class, often onto nearly the same point. Each
 * group is tested against clean pull requests of the same size drawn from the trusted data.
 */
export async function run(ctx: DetectorContext<CollusionOptions>): Promise<void> {
  if (ctx.reference.tree === ctx.head) {
    ctx.report(ctx.dataset, { severity: 'notice', messageId: 'no-base' });
    return;
  }
  const space = await ctx.scope.featureSpace();
  if (space.classes.length < 2 || space.cand.rows === 0) return;
  const opt = ctx.options;
  const k = resolveK(space, opt.k);
  const model = await pullModel(space, k);
  const spacing = await typicalSpacing(space);
  const rows = model.candidates.map((_, i) => i);
  const groups = groupsOf(space.candLabel, model.candidates, rows);
  if (groups.size === 0) return;
  const perClass = new Map<number, number>();
  for (const g of groups.values()) perClass.set(g.a, g.n);
  const nulls = simulate(space, model, perClass, spacing, opt);
  const level = opt.alpha / 2;
  // Pairs closer than this have a collision p-value within the level: #{null ≤ r} ≤ allowed.
  const allowed = Math.floor(level * (1 + opt.trials) - 1);
  const collisionBound = allowed < 0 ? -Infinity : allowed < nulls.collision.length ? nulls.collision[allowed]! : Infinity;
  const samples = space.emb.candidates.samples;
  const sorted = [...groups.values()].sort((x, y) => x.a - y.a || x.b - y.b);
  for (const g of sorted) {
    const s = groupStatistic(g.members, g.n, space.cand, spacing[g.a]!, opt);
    const pCount = lowerP(nulls.count, s.count);
    const pCollision = lowerP(nulls.collision, s.collision);
    const members = new Set<number>();
    const tests: string[] = [];
    if (s.countMembers.length >= 2 && pCount <= level) {
      s.countMembers.forEach((r) => members.add(r));
      tests.push('shared pull');
    }
    if (pCollision <= level) {
      for (const comp of components(s.pairs, collisionBound)) comp.forEach((r) => members.add(r));
      tests.push('feature collision');
    }
    if (members.size < 2) continue;
    const label = space.classes[g.a]!;
    const toward = space.classes[g.b]!;
    const list = [...members].sort((x, y) => {
      const a = samples[x]!.sample;
      const b = samples[y]!.sample;
      return a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0);
    });
    const paths = list.map((r) => placeOf(samples[r]!.sample));
    const p = Math.min(pCount, pCollision);
    const listed = paths.length <= 10 ? paths.join(', ') : `${paths.slice(0, 10).join(', ')} and ${paths.length - 10} more`;
    const rarity = `fewer than ${pct(p)} of ${opt.trials} clean pull requests of the same size drawn from the trusted data show a group this strong`;
    ctx.report(ctx.dataset, {
      message:
        `${members.size} new '${label}' samples are pulled together toward '${toward}' (${tests.join(' and ')}): ${listed}; ${rarity}. ` +
        'Targeted clean-label poisons come in such groups: review them together before merging.',
      score: round(p, 5),
      threshold: level,
      evidence: {
        label,
        toward,
        tests,
        members: list.map((r) => ({
          path: samples[r]!.sample.path,
          ...(samples[r]!.sample.line ? { line: samples[r]!.sample.line } : {}),
          pull_p_value: round(model.candidates[r]!.p, 5),
          share_toward: round(model.candidates[r]!.score.share, 3),
        })),
        candidates_of_class: g.n,
        shared_pull: { binomial_tail: s.count, p_value: round(pCount, 5) },
        feature_collision: { closest_pair_ratio: round(s.collision), p_value: round(pCollision, 5), typical_spacing: round(spacing[g.a]!) },
        trials: opt.trials,
        alpha: opt.alpha,
        k,
        model: modelEvidence(space),
      },
    });
    for (const r of list) {
      ctx.report(samples[r]!, {
        message: `${placeOf(samples[r]!.sample)} is one of ${members.size} new '${label}' samples pulled together toward '${toward}' (${tests.join(' and ')}; see the group finding on ${ctx.dataset.root}); review the group together.`,
        score: round(model.candidates[r]!.p, 5),
        evidence: { label, toward, group: paths, pull_p_value: round(model.candidates[r]!.p, 5) },
      });
    }
  }
}
