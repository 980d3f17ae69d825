import type { DatasetEmbeddings, Matrix } from '../embed/service.js';
import type { Sample } from '../types.js';
import { dots } from './gemm.js';
import { rowNorms, TopK } from './knn.js';

/** Neighbours per class averaged into `classDist`, the continuous tie-break of vote shares. */
export const CLASS_DISTANCE_K = 10;

/** Most trusted samples per class used as calibration queries (leave-one-out); the rest still vote. */
export const CALIBRATION_PER_CLASS = 1000;

/**
 * Neighbourhood of one query (a candidate, or a trusted sample left out of its own reference),
 * always among the trusted reference only, so new samples never vote for each other.
 */
export interface Neighbourhood {
  /** Class index of the query's label; -1 when the label has no trusted samples. */
  label: number;
  /** Nearest reference rows and their distances, nearest first. */
  index: Int32Array;
  dist: Float64Array;
  /** Per class: mean distance to its CLASS_DISTANCE_K nearest reference samples (Infinity when it has none). */
  classDist: Float64Array;
  /** Distances to the nearest reference samples of the query's own class, nearest first. */
  ownDist: Float64Array;
}

export interface Analysis {
  k: number;
  kk: number;
  candidates: Neighbourhood[];
  /** Calibration queries: reference rows (by index) with their leave-one-out neighbourhoods. */
  calibration: Array<{ row: number; n: Neighbourhood }>;
}

/**
 * A dataset in feature space: trusted reference vectors grouped by class, candidate vectors, and
 * neighbourhoods computed once and shared by every feature-space detector of the scan.
 */
export class FeatureSpace {
  readonly classes: string[];
  readonly classIndex: Map<string, number>;
  /** Class index of each reference row. */
  readonly refLabel: Int32Array;
  /** Reference rows per class. */
  readonly byClass: number[][];
  /** Class index of each candidate row (-1: no trusted samples of that class). */
  readonly candLabel: Int32Array;
  private analysis: { k: number; kk: number; result: Promise<Analysis> } | undefined;
  private readonly memos = new Map<string, unknown>();

  constructor(readonly emb: DatasetEmbeddings) {
    const labels = emb.reference.samples.map((s) => s.label);
    this.classes = [...new Set(labels)].sort();
    this.classIndex = new Map(this.classes.map((c, i) => [c, i]));
    this.refLabel = Int32Array.from(labels, (l) => this.classIndex.get(l)!);
    this.byClass = this.classes.map(() => []);
    this.refLabel.forEach((c, r) => this.byClass[c]!.push(r));
    this.candLabel = Int32Array.from(emb.candidates.samples, (c) => this.classIndex.get(c.sample.label) ?? -1);
  }

  /** A value derived from this space, computed on first use (pull models, calibrations). */
  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  get ref(): Matrix {
    return this.emb.reference.vectors;
  }

  get cand(): Matrix {
    return this.emb.candidates.vectors;
  }

  /** Calibration rows of a class: all of them, or an evenly spread, deterministic subset. */
  calibrationRows(c: number, cap = CALIBRATION_PER_CLASS): number[] {
    const rows = this.byClass[c]!;
    if (rows.length <= cap) return rows;
    const step = rows.length / cap;
    return Array.from({ length: cap }, (_, i) => rows[Math.floor(i * step)]!);
  }

  /**
   * Neighbourhoods of every candidate and calibration query with at least `k` global and `kk`
   * per-class neighbours; computed once (one distance pass per query) and shared by later callers.
   */
  neighbourhoods(k: number, kk: number): Promise<Analysis> {
    const done = this.analysis;
    if (done && done.k >= k && done.kk >= kk) return done.result;
    const K = Math.max(k, 100);
    const KK = Math.max(kk, 20, CLASS_DISTANCE_K);
    const result = this.computeNeighbourhoods(K, KK);
    this.analysis = { k: K, kk: KK, result };
    return result;
  }

  private async computeNeighbourhoods(K: number, KK: number): Promise<Analysis> {
    const ref = this.ref;
    const refNorms = rowNorms(ref);
    const refData = Float64Array.from(ref.data);
    const C = this.classes.length;
    const refIndex = new Map(this.emb.reference.samples.map((s, i) => [ownVersionKey(s), i]));
    const global = new TopK(Math.min(K, ref.rows));
    const perClass = this.classes.map(() => new TopK(KK));

    // Every query: candidates (never voting for their own old version) and calibration rows (left out).
    type Query = { m: Matrix; row: number; label: number; exclude: number };
    const queries: Query[] = this.emb.candidates.samples.map((c, q) => ({
      m: this.cand,
      row: q,
      label: this.candLabel[q]!,
      exclude: refIndex.get(ownVersionKey(c.sample)) ?? -1,
    }));
    const calibrationRows: number[] = [];
    for (let c = 0; c < C; c++) {
      for (const row of this.calibrationRows(c)) {
        calibrationRows.push(row);
        queries.push({ m: ref, row, label: c, exclude: row });
      }
    }

    const out: Neighbourhood[] = [];
    const d = ref.dim;
    const block = Math.max(1, Math.min(512, Math.floor(4_000_000 / Math.max(1, ref.rows))));
    for (let start = 0; start < queries.length; start += block) {
      const part = queries.slice(start, start + block);
      const a = new Float64Array(part.length * d);
      const norms = part.map((q, j) => {
        let s = 0;
        for (let t = 0; t < d; t++) {
          const v = q.m.data[q.row * d + t]!;
          a[j * d + t] = v;
          s += v * v;
        }
        return s;
      });
      const dot = ref.rows > 0 ? await dots(a, part.length, refData, ref.rows, d) : new Float64Array(0);
      part.forEach((q, j) => {
        global.reset();
        for (const t of perClass) t.reset();
        const o = j * ref.rows;
        for (let r = 0; r < ref.rows; r++) {
          if (r === q.exclude) continue;
          const sq = norms[j]! + refNorms[r]! - 2 * dot[o + r]!;
          const dist = sq > 0 ? Math.sqrt(sq) : 0;
          global.push(dist, r);
          perClass[this.refLabel[r]!]!.push(dist, r);
        }
        const classDist = new Float64Array(C);
        for (let c = 0; c < C; c++) {
          const t = perClass[c]!;
          const n = Math.min(t.size, CLASS_DISTANCE_K);
          let s = 0;
          for (let i = 0; i < n; i++) s += t.dist[i]!;
          classDist[c] = n === 0 ? Infinity : s / n;
        }
        const own = q.label >= 0 ? perClass[q.label]! : undefined;
        out.push({
          label: q.label,
          index: global.index.slice(0, global.size),
          dist: global.dist.slice(0, global.size),
          classDist,
          ownDist: own ? own.dist.slice(0, own.size) : new Float64Array(0),
        });
      });
    }
    const nc = this.emb.candidates.samples.length;
    return {
      k: K,
      kk: KK,
      candidates: out.slice(0, nc),
      calibration: calibrationRows.map((row, i) => ({ row, n: out[nc + i]! })),
    };
  }
}

/**
 * What makes a trusted sample the candidate's own old version, which must not vote for it: the
 * same file; for rows of a table (many share a file), the same row at the same place (a full scan).
 */
function ownVersionKey(s: Sample): string {
  return s.inline === undefined ? s.path : `${s.path}\0${s.line ?? 0}\0${s.sha256}`;
}
