import { decodeImage } from '../media/image.js';
import { isUsable, type LoadedSample, type Reference } from '../media/types.js';
import type { DatasetPolicy, Limits } from '../policy/types.js';
import type { Sample } from '../types.js';
import type { Progress } from '../util/progress.js';
import { extensionOf, placeOf } from '../util/paths.js';
import type { EmbeddingCache } from './cache.js';
import { ModelError, readModelBytes, resolveModel, type ModelSpec } from './model.js';
import { openOnnxEmbedder, type Embedder } from './onnx.js';
import { embedAll, embedSources, type ContentSource, type EmbedResult, type EmbedSource, type EmbedStats, type PipelineOptions } from './pipeline.js';
import { openTextModel, resolveTextModel } from './text-encoder.js';
import { pixelEmbedder } from './pixels.js';

export interface ModelInfo {
  /** `pixels` or `ngrams`, or the ONNX file (repo-relative, or inside the package for the bundled default). */
  path: string;
  source: 'repository' | 'bundled' | 'builtin';
  /** Cache identity: the pinned sha256, or the built-in embedder's id (`pixels-v1`, `text-ngrams-v1:…`). */
  id: string;
  dim: number;
}

/** Vectors laid out row by row. */
export interface Matrix {
  rows: number;
  dim: number;
  data: Float32Array;
}

/** A dataset's samples in the model's feature space, computed once per scan. */
export interface DatasetEmbeddings {
  model: ModelInfo;
  /** Trusted samples that could be embedded, with their vectors (same order). */
  reference: { samples: Sample[]; vectors: Matrix };
  /** Trusted samples left out (`path` or `path:line`), and why (unreadable, undecodable). */
  referenceProblems: Array<{ path: string; message: string }>;
  /** Usable candidates (no integrity problems), with their vectors (same order). */
  candidates: { samples: LoadedSample[]; vectors: Matrix };
  stats: { reference: EmbedStats; candidates: EmbedStats };
}

function toMatrix(dim: number, vectors: Float32Array[]): Matrix {
  const data = new Float32Array(vectors.length * dim);
  vectors.forEach((v, i) => data.set(v, i * dim));
  return { rows: vectors.length, dim, data };
}

/** What is embedded: a dataset's usable candidates and its trusted reference. */
export interface EmbedInput {
  dataset: DatasetPolicy;
  candidates: readonly LoadedSample[];
  reference: Reference;
  limits: Limits;
}

/** What the embedding needs from the scan. */
export interface EmbedEnvironment {
  /** The repository's git dir (fetched LFS objects of a model), undefined when there is none. */
  gitDir?: string;
  /** Reusable vectors across scans; undefined disables caching. */
  cache?: EmbeddingCache;
  /** Aborts when the scan's time is up (limits.max_scan_seconds); the pipeline stops at the next batch. */
  signal?: AbortSignal;
  /** Where the embedding passes report how far they are. */
  progress?: Progress;
}

/**
 * Decodes in flight: small images are latency-bound (each decode is two trips to libvips' thread
 * pool), so a few in flight keep the pool busy; measured with `npm run bench`, more than four gains
 * nothing on two cores. Four is also the size of libuv's default pool.
 */
const DECODE_CONCURRENCY = 4;

/**
 * Opens the dataset's model once and embeds its reference and its usable candidates with it; the
 * dataset's scope keeps the result for every feature-space detector of the scan.
 */
export function embedDataset(input: EmbedInput, env: EmbedEnvironment): Promise<DatasetEmbeddings> {
  return new DatasetEmbedder(input, env).run();
}

class DatasetEmbedder {
  constructor(
    private readonly ctx: EmbedInput,
    private readonly env: EmbedEnvironment,
  ) {}

  run(): Promise<DatasetEmbeddings> {
    return this.ctx.dataset.modality === 'text' ? this.computeText() : this.computeImages();
  }

  private async open(spec: ModelSpec): Promise<{ embedder: Embedder; info: Omit<ModelInfo, 'dim'> }> {
    if (spec.kind === 'pixels') return { embedder: pixelEmbedder(), info: { path: 'pixels', source: 'builtin', id: 'pixels-v1' } };
    const git = spec.source === 'repository' ? this.env.gitDir : undefined;
    try {
      const bytes = await readModelBytes(spec, this.ctx.reference.tree, git);
      const embedder = await openOnnxEmbedder(spec, bytes);
      return { embedder, info: { path: spec.path, source: spec.source, id: spec.sha256 } };
    } catch (err) {
      if (err instanceof ModelError && spec.source === 'repository') err.path ??= spec.path;
      throw err;
    }
  }

  /** Pipeline options for one pass; `label` names it in the scan's progress. */
  private options(label: string): PipelineOptions {
    return {
      ...(this.env.cache ? { cache: this.env.cache } : {}),
      concurrency: DECODE_CONCURRENCY,
      ...(this.env.signal ? { signal: this.env.signal } : {}),
      ...(this.env.progress ? { progress: { reporter: this.env.progress, label } } : {}),
    };
  }

  private async computeImages(): Promise<DatasetEmbeddings> {
    const ctx = this.ctx;
    const spec = resolveModel(ctx.dataset);
    const { embedder, info } = await this.open(spec);
    try {
      const usable = ctx.candidates.filter((c) => isUsable(c) && c.image);
      const candSources: EmbedSource[] = usable.map((c) => ({
        sha256: async () => c.sample.sha256,
        image: async () => c.image!,
      }));
      const cand = await embedSources(embedder, candSources, this.options(`embedding ${ctx.dataset.name}: changed samples`));

      const refSamples = ctx.reference.samples;
      const loaded = new Map<number, LoadedSample>();
      const refSources: EmbedSource[] = refSamples.map((s, i) => ({
        sha256: async () => {
          const l = await ctx.reference.load(s, { decode: false });
          if (!isUsable(l) || !l.bytes) return { problem: l.problems.map((p) => p.message).join('; ') || 'cannot be read' };
          loaded.set(i, l);
          return l.sample.sha256;
        },
        image: async () => {
          let l = loaded.get(i);
          loaded.delete(i);
          if (!l) {
            l = await ctx.reference.load(s, { decode: false });
            if (!isUsable(l) || !l.bytes) return { problem: l.problems.map((p) => p.message).join('; ') || 'cannot be read' };
          }
          const r = await decodeImage(l.bytes!, extensionOf(s.path), ctx.dataset.formats, ctx.limits);
          return 'problem' in r ? { problem: r.problem.message } : r.image;
        },
      }));
      const ref = await embedSources(embedder, refSources, this.options(`embedding ${ctx.dataset.name}: trusted samples`));
      return assemble(info, refSamples, ref, usable, cand);
    } finally {
      await embedder.release();
    }
  }

  /** Text: the built-in n-gram embedder or the pinned ONNX encoder, through the same pipeline and cache. */
  private async computeText(): Promise<DatasetEmbeddings> {
    const ctx = this.ctx;
    const spec = resolveTextModel(ctx.dataset);
    const git = spec.kind === 'onnx-text' ? this.env.gitDir : undefined;
    const { encoder, info } = await openTextModel(spec, ctx.reference.tree, git);
    try {
      const usable = ctx.candidates.filter((c) => isUsable(c) && c.text !== undefined);
      const cand = await embedAll(
        encoder,
        usable.map((c) => ({ sha256: async () => c.sample.sha256, content: async () => c.text! })),
        this.options(`embedding ${ctx.dataset.name}: changed samples`),
      );
      const refSamples = ctx.reference.samples;
      // Rows of a table hold their text already; files are read once, on the first of the two calls.
      const texts = new Map<number, string>();
      const loadText = async (i: number): Promise<LoadedSample | { problem: string }> => {
        const l = await ctx.reference.load(refSamples[i]!);
        if (!isUsable(l) || l.text === undefined) return { problem: l.problems.map((p) => p.message).join('; ') || 'cannot be read' };
        return l;
      };
      const refSources: Array<ContentSource<string>> = refSamples.map((_, i) => ({
        sha256: async () => {
          const l = await loadText(i);
          if ('problem' in l) return l;
          texts.set(i, l.text!);
          return l.sample.sha256;
        },
        content: async () => {
          const t = texts.get(i);
          texts.delete(i);
          if (t !== undefined) return t;
          const l = await loadText(i);
          return 'problem' in l ? l : l.text!;
        },
      }));
      const ref = await embedAll(encoder, refSources, this.options(`embedding ${ctx.dataset.name}: trusted samples`));
      return assemble(info, refSamples, ref, usable, cand);
    } finally {
      await encoder.release();
    }
  }
}

/** Keeps the samples that have a vector, in order, and lists the trusted ones that could not be embedded. */
function assemble(info: Omit<ModelInfo, 'dim'>, refSamples: readonly Sample[], ref: EmbedResult, usable: readonly LoadedSample[], cand: EmbedResult): DatasetEmbeddings {
  const dim = cand.dim || ref.dim;
  const refKept: Sample[] = [];
  const refVectors: Float32Array[] = [];
  const referenceProblems: Array<{ path: string; message: string }> = [];
  refSamples.forEach((s, i) => {
    const v = ref.vectors[i];
    if (v) {
      refKept.push(s);
      refVectors.push(v);
    } else referenceProblems.push({ path: placeOf(s), message: ref.problems[i] ?? 'could not be embedded' });
  });
  const candKept: LoadedSample[] = [];
  const candVectors: Float32Array[] = [];
  usable.forEach((c, i) => {
    const v = cand.vectors[i];
    if (v) {
      candKept.push(c);
      candVectors.push(v);
    }
  });
  return {
    model: { ...info, dim },
    reference: { samples: refKept, vectors: toMatrix(dim, refVectors) },
    referenceProblems,
    candidates: { samples: candKept, vectors: toMatrix(dim, candVectors) },
    stats: { reference: ref.stats, candidates: cand.stats },
  };
}
