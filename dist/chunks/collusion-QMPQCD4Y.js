import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  pullModel,
  resolveK
} from "./chunk-QFK4XNIZ.js";
import {
  indexPool,
  modelEvidence,
  pct,
  prng,
  round,
  sampleIndices
} from "./chunk-B3XC3XEL.js";
import {
  distance
} from "./chunk-YRF7O2OT.js";
import {
  placeOf
} from "./chunk-JHSOBUYT.js";
import {
  binomialUpperTail
} from "./chunk-VWDCBCVR.js";
import "./chunk-RX3ZFOCH.js";

// src/detectors/collusion.ts
async function typicalSpacing(space) {
  const a = await space.neighbourhoods(1, 1);
  const per = space.classes.map(() => []);
  for (const { n } of a.calibration) if (n.ownDist.length > 0) per[n.label].push(n.ownDist[0]);
  return Float64Array.from(per, (d) => {
    if (d.length === 0) return Infinity;
    d.sort((x, y) => x - y);
    return d[Math.floor((d.length - 1) / 2)] || Infinity;
  });
}
function groupStatistic(members, n, vectors, spacing, opt) {
  const pulled = members.filter((m) => m.pull.p <= opt.member_p).sort((x, y) => x.pull.p - y.pull.p || x.row - y.row);
  let count = 1;
  let best = 0;
  for (let m = 1; m <= pulled.length; m++) {
    const t = binomialUpperTail(m, n, pulled[m - 1].pull.p);
    if (t < count) {
      count = t;
      best = m;
    }
  }
  const loose = members.filter((m) => m.pull.p <= opt.collision_p);
  let collision = Infinity;
  const pairs = [];
  for (let x = 0; x < loose.length; x++) {
    for (let y = x + 1; y < loose.length; y++) {
      const d = distance(vectors, loose[x].row, vectors, loose[y].row);
      if (d === 0) continue;
      const r = d / spacing;
      pairs.push([loose[x].row, loose[y].row, r]);
      if (r < collision) collision = r;
    }
  }
  return { count, countMembers: pulled.slice(0, best).map((m) => m.row), collision, pairs };
}
function groupsOf(label, pulls, rows) {
  const perClass = /* @__PURE__ */ new Map();
  for (const r of rows) if (pulls[r]) perClass.set(label[r], (perClass.get(label[r]) ?? 0) + 1);
  const groups = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const pull = pulls[r];
    if (!pull || pull.toward < 0) continue;
    const a = label[r];
    const key = `${a}:${pull.toward}`;
    let g = groups.get(key);
    if (!g) {
      g = { a, b: pull.toward, members: [], n: perClass.get(a) };
      groups.set(key, g);
    }
    g.members.push({ row: r, pull });
  }
  return groups;
}
function simulate(space, model, perClass, spacing, opt) {
  const rand = prng(1592590337);
  const count = new Float64Array(opt.trials);
  const collision = new Float64Array(opt.trials);
  const calRows = space.classes.map((_, c) => space.calibrationRows(c));
  const pools = model.reference.map((list) => indexPool(list.length));
  for (let t = 0; t < opt.trials; t++) {
    let bestCount = 1;
    let bestCollision = Infinity;
    const draws = [...perClass].map(([a, n]) => ({ a, n, picks: sampleIndices(pools[a], n, rand) }));
    const drawn = { rows: /* @__PURE__ */ new Set(), perClass: new Int32Array(space.classes.length) };
    for (const { a, picks } of draws) {
      for (const i of picks) drawn.rows.add(calRows[a][i]);
      drawn.perClass[a] = new Set(picks).size;
    }
    for (const { a, n, picks } of draws) {
      const members = picks.map((i) => ({ row: calRows[a][i], pull: model.referencePull(a, i, drawn) }));
      const byToward = /* @__PURE__ */ new Map();
      for (const m of members) {
        if (m.pull.toward < 0) continue;
        const list = byToward.get(m.pull.toward);
        if (list) list.push(m);
        else byToward.set(m.pull.toward, [m]);
      }
      for (const list of byToward.values()) {
        const s = groupStatistic(list, n, space.ref, spacing[a], opt);
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
function lowerP(sortedNull, x) {
  let lo = 0;
  let hi = sortedNull.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sortedNull[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return (1 + lo) / (1 + sortedNull.length);
}
function components(pairs, bound) {
  const parent = /* @__PURE__ */ new Map();
  const find = (x) => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r);
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
  const out = /* @__PURE__ */ new Map();
  for (const x of parent.keys()) {
    const r = find(x);
    const list = out.get(r);
    if (list) list.push(x);
    else out.set(r, [x]);
  }
  return [...out.values()].filter((g) => g.length >= 2).map((g) => g.sort((a, b) => a - b));
}
async function run(ctx) {
  if (ctx.reference.tree === ctx.head) {
    ctx.report(ctx.dataset, { severity: "notice", messageId: "no-base" });
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
  const perClass = /* @__PURE__ */ new Map();
  for (const g of groups.values()) perClass.set(g.a, g.n);
  const nulls = simulate(space, model, perClass, spacing, opt);
  const level = opt.alpha / 2;
  const allowed = Math.floor(level * (1 + opt.trials) - 1);
  const collisionBound = allowed < 0 ? -Infinity : allowed < nulls.collision.length ? nulls.collision[allowed] : Infinity;
  const samples = space.emb.candidates.samples;
  const sorted = [...groups.values()].sort((x, y) => x.a - y.a || x.b - y.b);
  for (const g of sorted) {
    const s = groupStatistic(g.members, g.n, space.cand, spacing[g.a], opt);
    const pCount = lowerP(nulls.count, s.count);
    const pCollision = lowerP(nulls.collision, s.collision);
    const members = /* @__PURE__ */ new Set();
    const tests = [];
    if (s.countMembers.length >= 2 && pCount <= level) {
      s.countMembers.forEach((r) => members.add(r));
      tests.push("shared pull");
    }
    if (pCollision <= level) {
      for (const comp of components(s.pairs, collisionBound)) comp.forEach((r) => members.add(r));
      tests.push("feature collision");
    }
    if (members.size < 2) continue;
    const label = space.classes[g.a];
    const toward = space.classes[g.b];
    const list = [...members].sort((x, y) => {
      const a = samples[x].sample;
      const b = samples[y].sample;
      return a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0);
    });
    const paths = list.map((r) => placeOf(samples[r].sample));
    const p = Math.min(pCount, pCollision);
    const listed = paths.length <= 10 ? paths.join(", ") : `${paths.slice(0, 10).join(", ")} and ${paths.length - 10} more`;
    const rarity = `fewer than ${pct(p)} of ${opt.trials} clean pull requests of the same size drawn from the trusted data show a group this strong`;
    ctx.report(ctx.dataset, {
      message: `${members.size} new '${label}' samples are pulled together toward '${toward}' (${tests.join(" and ")}): ${listed}; ${rarity}. Targeted clean-label poisons come in such groups: review them together before merging.`,
      score: round(p, 5),
      threshold: level,
      evidence: {
        label,
        toward,
        tests,
        members: list.map((r) => ({
          path: samples[r].sample.path,
          ...samples[r].sample.line ? { line: samples[r].sample.line } : {},
          pull_p_value: round(model.candidates[r].p, 5),
          share_toward: round(model.candidates[r].score.share, 3)
        })),
        candidates_of_class: g.n,
        shared_pull: { binomial_tail: s.count, p_value: round(pCount, 5) },
        feature_collision: { closest_pair_ratio: round(s.collision), p_value: round(pCollision, 5), typical_spacing: round(spacing[g.a]) },
        trials: opt.trials,
        alpha: opt.alpha,
        k,
        model: modelEvidence(space)
      }
    });
    for (const r of list) {
      ctx.report(samples[r], {
        message: `${placeOf(samples[r].sample)} is one of ${members.size} new '${label}' samples pulled together toward '${toward}' (${tests.join(" and ")}; see the group finding on ${ctx.dataset.root}); review the group together.`,
        score: round(model.candidates[r].p, 5),
        evidence: { label, toward, group: paths, pull_p_value: round(model.candidates[r].p, 5) }
      });
    }
  }
}
export {
  run
};
