import { sampleKey } from '../media/reference.js';
import type { LoadedSample } from '../media/types.js';
import { ngramSet, wordTokens } from '../text/tokens.js';
import { hypergeometricUpperTail, lnHypergeometric, taroneTestCount } from '../util/stats.js';
import { placeOf } from '../util/paths.js';
import type { DetectorContext } from './detector.js';

export interface TriggerTokenOptions {
  /** Longest n-gram tested (1: words only; 2: words and word pairs; 3: up to three words). */
  ngram_max: number;
  /** Fewest rows of one class that must carry a token for it to be reported. */
  min_support: number;
  /** Family-wise error rate over all tokens and classes tested. */
  alpha: number;
  /** A token in more than this share of reference rows is ordinary vocabulary, not a trigger. */
  max_reference_rate: number;
  /** Rows whose words are mostly unknown to the reference (another language, a new topic) are not counted. */
  min_known_share: number;
  max_listed_rows: number;
}

interface Row {
  sample: LoadedSample['sample'];
  label: string;
  grams: Set<string>;
}

interface Test {
  gram: string;
  label: string;
  /** Candidate rows of the class carrying the gram. */
  k: number;
  /** Of those, distinct ones (near-duplicates counted once). */
  distinct: number;
  /** Candidate rows of the class. */
  n: number;
  /** Reference rows carrying the gram. */
  refRows: number;
  p: number;
}

const format = (p: number) => (p < 1e-3 ? p.toExponential(1) : p.toFixed(3));

/** Rows whose word sets overlap this much (Jaccard) are copies of one message. */
const NEAR_DUPLICATE = 0.5;

function words(grams: ReadonlySet<string>): Set<string> {
  return new Set([...grams].filter((g) => !g.includes(' ')));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * Distinct rows among `rows`: near-duplicates (a spam campaign resent with small changes, a
 * templated notice) join the first row they resemble and count once, since a repeated message is
 * one piece of evidence. Rows carrying a planted trigger are distinct texts and stay apart.
 */
function distinctCount(rows: readonly Row[]): number {
  const reps: Array<Set<string>> = [];
  for (const r of rows) {
    const w = words(r.grams);
    if (!reps.some((rep) => jaccard(rep, w) >= NEAR_DUPLICATE)) reps.push(w);
  }
  return reps.length;
}

/** Share of a row's distinct words the reference knows (1 for a row without words). */
function knownShare(grams: ReadonlySet<string>, vocabulary: ReadonlySet<string>): number {
  let words = 0;
  let known = 0;
  for (const g of grams) {
    if (g.includes(' ')) continue;
    words++;
    if (vocabulary.has(g)) known++;
  }
  return words === 0 ? 1 : known / words;
}

/**
 * For each gram of `wanted`, the number of reference rows holding it. Only n-grams whose words all
 * occur in some wanted gram are formed, so a large reference costs little memory.
 */
function countInReference(rows: readonly string[][], wanted: ReadonlyMap<string, unknown>, maxN: number): Map<string, number> {
  const words = new Set<string>();
  for (const g of wanted.keys()) for (const w of g.split(' ')) words.add(w);
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const tokens of rows) {
    seen.clear();
    for (let i = 0; i < tokens.length; i++) {
      if (!words.has(tokens[i]!)) continue;
      let gram = '';
      for (let n = 1; n <= maxN && i + n <= tokens.length; n++) {
        const t = tokens[i + n - 1]!;
        if (!words.has(t)) break;
        gram = n === 1 ? t : `${gram} ${t}`;
        if (wanted.has(gram)) seen.add(gram);
      }
    }
    for (const g of seen) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

export async function run(ctx: DetectorContext<TriggerTokenOptions>): Promise<void> {
  const o = ctx.options;
  const usable = ctx.candidates.filter((c) => c.text !== undefined && c.problems.length === 0);
  if (usable.length === 0) return;
  const keys = new Set(usable.map((c) => sampleKey(c.sample)));
  // In a full scan the candidates are the reference; there is no trusted side to compare with.
  const reference = (await ctx.scope.referenceTexts()).filter((r) => !keys.has(sampleKey(r.sample)));
  if (reference.length === 0) return;

  const referenceTokens = reference.map((r) => wordTokens(r.text));
  const vocabulary = new Set<string>();
  for (const tokens of referenceTokens) for (const t of tokens) vocabulary.add(t);
  const all: Row[] = usable.map((c) => ({ sample: c.sample, label: c.sample.label, grams: ngramSet(wordTokens(c.text!), o.ngram_max) }));
  const rows = all.filter((r) => knownShare(r.grams, vocabulary) >= o.min_known_share);
  if (rows.length === 0) return;

  // Candidate counts: rows per class, and rows per (gram, class).
  const classRows = new Map<string, number>();
  const carried = new Map<string, Map<string, number>>();
  for (const r of rows) {
    classRows.set(r.label, (classRows.get(r.label) ?? 0) + 1);
    for (const g of r.grams) {
      let byClass = carried.get(g);
      if (!byClass) carried.set(g, (byClass = new Map()));
      byClass.set(r.label, (byClass.get(r.label) ?? 0) + 1);
    }
  }
  // Reference rows carrying each candidate gram (only those: the reference may be large).
  const refRows = countInReference(referenceTokens, carried, o.ngram_max);

  const N = reference.length;
  const M = N + rows.length;
  const tests: Test[] = [];
  const minAttainable: number[] = [];
  for (const [gram, byClass] of [...carried].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const inRef = refRows.get(gram) ?? 0;
    if (inRef / N > o.max_reference_rate) continue;
    const total = [...byClass.values()].reduce((a, b) => a + b, 0);
    const K = inRef + total;
    for (const [label, k] of byClass) {
      const n = classRows.get(label)!;
      minAttainable.push(Math.exp(lnHypergeometric(Math.min(n, K), M, K, n)));
      tests.push({ gram, label, k, distinct: k, n, refRows: inRef, p: hypergeometricUpperTail(k, M, K, n) });
    }
  }
  const m = taroneTestCount(minAttainable, o.alpha);
  // Count near-duplicate carriers once and test again without the copies (only for what passed:
  // removing copies can only weaken the evidence).
  const significant: Test[] = [];
  for (const t of tests) {
    if (t.k < o.min_support || t.p * m > o.alpha) continue;
    const carriers = rows.filter((r) => r.label === t.label && r.grams.has(t.gram));
    const distinct = distinctCount(carriers);
    const copies = t.k - distinct;
    const total = [...carried.get(t.gram)!.values()].reduce((a, b) => a + b, 0);
    const p = copies === 0 ? t.p : hypergeometricUpperTail(distinct, M - copies, t.refRows + total - copies, t.n - copies);
    if (distinct >= o.min_support && p * m <= o.alpha) significant.push({ ...t, distinct, p });
  }

  for (const label of [...new Set(significant.map((t) => t.label))].sort()) {
    const found = significant.filter((t) => t.label === label).sort((a, b) => a.p - b.p || (a.gram < b.gram ? -1 : 1));
    const grams = new Set(found.map((t) => t.gram));
    const carriers = rows
      .filter((r) => r.label === label && [...r.grams].some((g) => grams.has(g)))
      .map((r) => r.sample)
      .sort((a, b) => (a.path !== b.path ? (a.path < b.path ? -1 : 1) : (a.line ?? 0) - (b.line ?? 0)));
    const listedTokens = found
      .slice(0, 8)
      .map((t) => `"${t.gram}" (${t.k}${t.distinct < t.k ? ` (${t.distinct} distinct)` : ''} of ${t.n} new '${label}' rows, ${t.refRows} of ${N} reference rows, p=${format(Math.min(1, t.p * m))})`)
      .join('; ');
    const best = found[0]!;
    const adjusted = Math.min(1, best.p * m);
    // The finding is about a group of rows; it points at the first one.
    ctx.report({ file: carriers[0]!.path, line: carriers[0]!.line }, {
      message:
        `${carriers.length} new '${label}' rows carry token(s) that are rare in the reference and concentrated in this class: ` +
        `${listedTokens}${found.length > 8 ? `; and ${found.length - 8} more` : ''}. Rows: ` +
        `${carriers.slice(0, 10).map(placeOf).join(', ')}${carriers.length > 10 ? `, and ${carriers.length - 10} more` : ''}. ` +
        'A rare token planted across rows of one class is how backdoor triggers are taught; review these rows and remove the token or the rows, or waive it if it is a genuine new topic.',
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
          p_adjusted: Math.min(1, t.p * m),
        })),
        rows: carriers.slice(0, o.max_listed_rows).map((s) => ({ path: s.path, ...(s.line ? { line: s.line } : {}), sha256: s.sha256 })),
        row_count: carriers.length,
        tests: m,
        alpha: o.alpha,
        reference_rows: N,
        unfamiliar_rows_set_aside: all.length - rows.length,
      },
    });
  }
}
