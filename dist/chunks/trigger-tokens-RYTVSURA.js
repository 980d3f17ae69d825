import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  sampleKey
} from "./chunk-3Z2N5X2O.js";
import {
  placeOf
} from "./chunk-JHSOBUYT.js";
import {
  hypergeometricUpperTail,
  lnHypergeometric,
  taroneTestCount
} from "./chunk-VWDCBCVR.js";
import "./chunk-JSJXTQR5.js";
import "./chunk-EQ3EYCYV.js";
import "./chunk-RX3ZFOCH.js";

// src/text/tokens.ts
var INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
var CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
var WORD_CHAR = `(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])`;
var TOKEN = new RegExp(`[${CJK}]|${WORD_CHAR}+(?:'${WORD_CHAR}+)*`, "gu");
var APOSTROPHES = /[\u2018\u2019\u02bc\u2032\uff07]/g;
function normalizeForTokens(text) {
  return text.replace(INVISIBLE, "").normalize("NFKC").replace(APOSTROPHES, "'").toLowerCase();
}
function wordTokens(text) {
  return normalizeForTokens(text).match(TOKEN) ?? [];
}
function ngramSet(tokens, maxN) {
  const out = /* @__PURE__ */ new Set();
  for (let n = 1; n <= maxN; n++) {
    for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(" "));
  }
  return out;
}

// src/detectors/trigger-tokens.ts
var format = (p) => p < 1e-3 ? p.toExponential(1) : p.toFixed(3);
var NEAR_DUPLICATE = 0.5;
function words(grams) {
  return new Set([...grams].filter((g) => !g.includes(" ")));
}
function jaccard(a, b) {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
function distinctCount(rows) {
  const reps = [];
  for (const r of rows) {
    const w = words(r.grams);
    if (!reps.some((rep) => jaccard(rep, w) >= NEAR_DUPLICATE)) reps.push(w);
  }
  return reps.length;
}
function knownShare(grams, vocabulary) {
  let words2 = 0;
  let known = 0;
  for (const g of grams) {
    if (g.includes(" ")) continue;
    words2++;
    if (vocabulary.has(g)) known++;
  }
  return words2 === 0 ? 1 : known / words2;
}
function countInReference(rows, wanted, maxN) {
  const words2 = /* @__PURE__ */ new Set();
  for (const g of wanted.keys()) for (const w of g.split(" ")) words2.add(w);
  const counts = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const tokens of rows) {
    seen.clear();
    for (let i = 0; i < tokens.length; i++) {
      if (!words2.has(tokens[i])) continue;
      let gram = "";
      for (let n = 1; n <= maxN && i + n <= tokens.length; n++) {
        const t = tokens[i + n - 1];
        if (!words2.has(t)) break;
        gram = n === 1 ? t : `${gram} ${t}`;
        if (wanted.has(gram)) seen.add(gram);
      }
    }
    for (const g of seen) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}
async function run(ctx) {
  const o = ctx.options;
  const usable = ctx.candidates.filter((c) => c.text !== void 0 && c.problems.length === 0);
  if (usable.length === 0) return;
  const keys = new Set(usable.map((c) => sampleKey(c.sample)));
  const reference = (await ctx.scope.referenceTexts()).filter((r) => !keys.has(sampleKey(r.sample)));
  if (reference.length === 0) return;
  const referenceTokens = reference.map((r) => wordTokens(r.text));
  const vocabulary = /* @__PURE__ */ new Set();
  for (const tokens of referenceTokens) for (const t of tokens) vocabulary.add(t);
  const all = usable.map((c) => ({ sample: c.sample, label: c.sample.label, grams: ngramSet(wordTokens(c.text), o.ngram_max) }));
  const rows = all.filter((r) => knownShare(r.grams, vocabulary) >= o.min_known_share);
  if (rows.length === 0) return;
  const classRows = /* @__PURE__ */ new Map();
  const carried = /* @__PURE__ */ new Map();
  for (const r of rows) {
    classRows.set(r.label, (classRows.get(r.label) ?? 0) + 1);
    for (const g of r.grams) {
      let byClass = carried.get(g);
      if (!byClass) carried.set(g, byClass = /* @__PURE__ */ new Map());
      byClass.set(r.label, (byClass.get(r.label) ?? 0) + 1);
    }
  }
  const refRows = countInReference(referenceTokens, carried, o.ngram_max);
  const N = reference.length;
  const M = N + rows.length;
  const tests = [];
  const minAttainable = [];
  for (const [gram, byClass] of [...carried].sort(([a], [b]) => a < b ? -1 : 1)) {
    const inRef = refRows.get(gram) ?? 0;
    if (inRef / N > o.max_reference_rate) continue;
    const total = [...byClass.values()].reduce((a, b) => a + b, 0);
    const K = inRef + total;
    for (const [label, k] of byClass) {
      const n = classRows.get(label);
      minAttainable.push(Math.exp(lnHypergeometric(Math.min(n, K), M, K, n)));
      tests.push({ gram, label, k, distinct: k, n, refRows: inRef, p: hypergeometricUpperTail(k, M, K, n) });
    }
  }
  const m = taroneTestCount(minAttainable, o.alpha);
  const significant = [];
  for (const t of tests) {
    if (t.k < o.min_support || t.p * m > o.alpha) continue;
    const carriers = rows.filter((r) => r.label === t.label && r.grams.has(t.gram));
    const distinct = distinctCount(carriers);
    const copies = t.k - distinct;
    const total = [...carried.get(t.gram).values()].reduce((a, b) => a + b, 0);
    const p = copies === 0 ? t.p : hypergeometricUpperTail(distinct, M - copies, t.refRows + total - copies, t.n - copies);
    if (distinct >= o.min_support && p * m <= o.alpha) significant.push({ ...t, distinct, p });
  }
  for (const label of [...new Set(significant.map((t) => t.label))].sort()) {
    const found = significant.filter((t) => t.label === label).sort((a, b) => a.p - b.p || (a.gram < b.gram ? -1 : 1));
    const grams = new Set(found.map((t) => t.gram));
    const carriers = rows.filter((r) => r.label === label && [...r.grams].some((g) => grams.has(g))).map((r) => r.sample).sort((a, b) => a.path !== b.path ? a.path < b.path ? -1 : 1 : (a.line ?? 0) - (b.line ?? 0));
    const listedTokens = found.slice(0, 8).map((t) => `"${t.gram}" (${t.k}${t.distinct < t.k ? ` (${t.distinct} distinct)` : ""} of ${t.n} new '${label}' rows, ${t.refRows} of ${N} reference rows, p=${format(Math.min(1, t.p * m))})`).join("; ");
    const best = found[0];
    const adjusted = Math.min(1, best.p * m);
    ctx.report({ file: carriers[0].path, line: carriers[0].line }, {
      message: `${carriers.length} new '${label}' rows carry token(s) that are rare in the reference and concentrated in this class: ${listedTokens}${found.length > 8 ? `; and ${found.length - 8} more` : ""}. Rows: ${carriers.slice(0, 10).map(placeOf).join(", ")}${carriers.length > 10 ? `, and ${carriers.length - 10} more` : ""}. A rare token planted across rows of one class is how backdoor triggers are taught; review these rows and remove the token or the rows, or waive it if it is a genuine new topic.`,
      score: -Math.log10(Math.max(adjusted, 1e-300)),
      threshold: -Math.log10(o.alpha),
      evidence: {
        class: label,
        tokens: found.map((t) => ({
          token: t.gram,
          rows: t.k,
          distinct_rows: t.distinct,
          class_rows: t.n,
          reference_rows: t.refRows,
          p_value: t.p,
          p_adjusted: Math.min(1, t.p * m)
        })),
        rows: carriers.slice(0, o.max_listed_rows).map((s) => ({ path: s.path, ...s.line ? { line: s.line } : {}, sha256: s.sha256 })),
        row_count: carriers.length,
        tests: m,
        alpha: o.alpha,
        reference_rows: N,
        unfamiliar_rows_set_aside: all.length - rows.length
      }
    });
  }
}
export {
  run
};
