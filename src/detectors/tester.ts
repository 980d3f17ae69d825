import type { Change } from '../context/changes.js';
import { ReadError, type Tree, type TreeEntry } from '../context/tree.js';
import { selectCandidates } from '../dataset/candidates.js';
import { listDataset } from '../dataset/layout.js';
import { capReference } from '../dataset/reference.js';
import { EmbeddingCache } from '../embed/cache.js';
import { loadSample } from '../media/load.js';
import type { LoadedSample, Reference } from '../media/types.js';
import { DEFAULT_LIMITS, loadPolicy } from '../policy/load.js';
import type { DatasetPolicy, Limits, LoadedPolicy, Policy } from '../policy/types.js';
import type { Finding, Severity } from '../types.js';
import { mapLimit } from '../util/concurrency.js';
import { CATALOG } from './catalog.js';
import { settle, type DatasetScope, type DetectorMeta, type FindingReport, type Subject } from './detector.js';
import { reporter } from './report.js';
import { datasetScope } from './scope.js';

// Runs one detector alone, on samples held in memory and a reference given the same way, through
// the same context, scope and report stamping as a scan (ESLint's RuleTester for detectors): the
// detector's logic is tested without a git repository, a policy file or the other detectors.

/** Files by repo-relative path, as bytes or UTF-8 text. */
export type Files = Record<string, string | Uint8Array>;

/** A read-only tree of files held in memory. */
export class MemoryTree implements Tree {
  readonly commit = undefined;
  private readonly files: Map<string, Buffer>;

  constructor(
    files: Files,
    readonly label = 'memory',
  ) {
    this.files = new Map(Object.entries(files).map(([path, data]) => [path, Buffer.from(data)]));
  }

  async list(dir: string): Promise<TreeEntry[]> {
    const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
    const out: TreeEntry[] = [];
    for (const [path, data] of this.files) if (path.startsWith(prefix)) out.push({ path, kind: 'file', size: data.length });
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async stat(path: string): Promise<TreeEntry | undefined> {
    const data = this.files.get(path);
    return data ? { path, kind: 'file', size: data.length } : undefined;
  }

  async read(path: string, maxBytes: number): Promise<Buffer> {
    const data = this.files.get(path);
    if (!data) throw new ReadError('missing', `${path} does not exist in ${this.label}`);
    if (data.length > maxBytes) throw new ReadError('too-large', `${path} is ${data.length} bytes, over the limit of ${maxBytes}`);
    return data;
  }

  close(): void {}
}

export interface DetectorTest<O = Record<string, unknown>> {
  /**
   * A policy (YAML, as a user writes it): its first dataset and its settings for the detector
   * (options, severity) apply; `dataset`, `options` and `severity` below override them.
   */
  policy?: string;
  /** The dataset, over the policy's or an image folder dataset `test` at `data` (layout and modality decide how files are listed). */
  dataset?: Partial<DatasetPolicy>;
  /**
   * The pull request: files it adds or changes on top of the base (its samples are chosen, read
   * and decoded as a scan does: changed files and table rows, untrusted, under the limits), or
   * samples already loaded.
   */
  candidates: Files | readonly LoadedSample[];
  /** The trusted samples: the base's files (listed by the dataset's layout), samples already loaded, or a whole Reference. */
  reference?: Files | readonly LoadedSample[] | Reference;
  /** Other files of the base, also at head unless the candidates replace them (a provenance manifest, a model). */
  files?: Files;
  /** The detector's options over its defaults. */
  options?: Partial<O>;
  /** The rule's severity as a policy would set it (default: the detector's default severity). */
  severity?: Severity;
  /** A scan without a base: every sample at head is a candidate and the reference too. */
  fullScan?: boolean;
  limits?: Partial<Limits>;
  /** The pull request's changes (default: each candidate file, added or modified). */
  changes?: Change[];
  now?: Date;
  /** Embedding cache folder shared across tests (the reference is embedded once). */
  cacheDir?: string;
  /** A scope shared with other runs on the same samples (what a scan shares between detectors). */
  scope?: DatasetScope;
}

export interface DetectorTestResult {
  /** The findings as a scan reports them (rule, severity, location and dataset stamped). */
  findings: Finding[];
  /** What the detector reported, in order, before stamping (a `messageId` is kept). */
  reports: Array<{ about: Subject; report: FindingReport }>;
  /** The dataset scope the detector used (its embeddings, reference images…). */
  scope: DatasetScope;
}

const POLICY_PATH = '.github/poisongate.yml';

/** A test's samples and scope, ready for the detectors. */
interface Prepared {
  given: Policy | undefined;
  dataset: DatasetPolicy;
  limits: Limits;
  head: Tree;
  changes: Change[];
  candidates: LoadedSample[];
  reference: Reference;
  scope: DatasetScope;
}

const DEFAULT_DATASET: DatasetPolicy = {
  name: 'test',
  root: 'data',
  layout: 'imagefolder',
  modality: 'image',
  columns: { path: 'path', label: 'label' },
  ignore: [],
  formats: ['png', 'jpeg', 'webp'],
  reference: {},
};

function isFiles(x: unknown): x is Files {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !('load' in x);
}

/** Samples already loaded, served from memory as the trusted reference. */
function memoryReference(loaded: readonly LoadedSample[], tree: Tree): Reference {
  const byKey = new Map(loaded.map((l) => [`${l.sample.path}\0${l.sample.line ?? 0}`, l]));
  return {
    samples: loaded.map((l) => l.sample),
    tree,
    load: async (s) => byKey.get(`${s.path}\0${s.line ?? 0}`) ?? { sample: s, problems: [{ code: 'missing', message: `${s.path} is not in the test reference` }] },
  };
}

export class DetectorTester {
  constructor(private readonly catalog: readonly DetectorMeta[] = CATALOG) {}

  /** The detector's catalog entry; an unknown id is the test's mistake. */
  meta(id: string): DetectorMeta {
    const meta = this.catalog.find((d) => d.id === id);
    if (!meta) throw new Error(`no detector '${id}' in the catalog`);
    return meta;
  }

  /** Runs one detector on the test's samples. */
  async run<O = Record<string, unknown>>(id: string, test: DetectorTest<O>): Promise<DetectorTestResult> {
    return this.runOne(id, await this.prepare(test), test);
  }

  /**
   * Runs several detectors in turn on the same samples and one dataset scope, as a scan runs the
   * detectors of a dataset (the options of `test` apply to each); results by detector id.
   */
  async runAll(ids: readonly string[], test: DetectorTest): Promise<Record<string, DetectorTestResult>> {
    const prepared = await this.prepare(test);
    const out: Record<string, DetectorTestResult> = {};
    for (const id of ids) out[id] = await this.runOne(id, prepared, test);
    return out;
  }

  private async prepare(test: DetectorTest<unknown>): Promise<Prepared> {
    const given = test.policy === undefined ? undefined : loadPolicy({ text: test.policy, path: POLICY_PATH, source: 'test' }, this.catalog).policy;
    const dataset: DatasetPolicy = { ...(given?.datasets[0] ?? DEFAULT_DATASET), ...test.dataset };
    const limits: Limits = { ...(given?.limits ?? DEFAULT_LIMITS), ...test.limits };
    // The base holds the reference files; the pull request lays the candidate files over it.
    const baseFiles = { ...test.files, ...(isFiles(test.reference) ? test.reference : {}) };
    const prFiles = isFiles(test.candidates) ? test.candidates : {};
    const head = new MemoryTree({ ...baseFiles, ...prFiles }, 'head');
    const base = test.fullScan ? head : new MemoryTree(baseFiles, 'base');
    const changes = test.changes ?? Object.keys(prFiles).map((path): Change => ({ status: path in baseFiles ? 'modified' : 'added', path }));
    const candidates = isFiles(test.candidates) ? await this.candidatesOf(dataset, limits, head, test.fullScan ? undefined : base, changes) : [...test.candidates];
    const reference = await this.referenceOf(test.reference, base, dataset, limits);
    const scope = test.scope ?? datasetScope({ dataset, candidates, reference, limits }, test.cacheDir ? { cache: new EmbeddingCache(test.cacheDir) } : {});
    return { given, dataset, limits, head, changes, candidates, reference, scope };
  }

  private async runOne(id: string, p: Prepared, test: DetectorTest<unknown>): Promise<DetectorTestResult> {
    const meta = this.meta(id);
    const settled = settle(meta, p.given?.detectors[id]);
    const options = { ...settled.options, ...(test.options as object | undefined) };
    const policy: LoadedPolicy = {
      policy: { version: 1, extends: [], enforcement: 'enforce', fail_on: 'error', waivers: [], ...p.given, limits: p.limits, datasets: [p.dataset], detectors: { [id]: options } },
      path: POLICY_PATH,
      source: 'test',
      sha256: '',
    };
    const findings: Finding[] = [];
    const reports: DetectorTestResult['reports'] = [];
    const stamp = reporter(meta, test.severity ?? settled.severity, p.dataset, (f) => findings.push(f));
    const report = (about: Subject, r: FindingReport) => {
      reports.push({ about, report: r });
      stamp(about, r);
    };
    const { run } = await meta.load();
    const { dataset, candidates, reference, changes, head, limits, scope } = p;
    await run({ dataset, options, candidates, reference, changes, head, policy, limits, scope, now: test.now ?? new Date(0), report });
    return { findings, reports, scope };
  }

  /** The pull request's samples, chosen as a scan chooses them (changed files and rows), read as untrusted input. */
  private async candidatesOf(dataset: DatasetPolicy, limits: Limits, head: Tree, base: Tree | undefined, changes: readonly Change[]): Promise<LoadedSample[]> {
    const delta = selectCandidates(dataset, await listDataset(head, dataset, limits), base ? await listDataset(base, dataset, limits) : undefined, changes);
    return mapLimit(delta.candidates, 4, (s) => loadSample(s, head, { dataset, limits, decode: true, untrusted: true }));
  }

  private async referenceOf(given: DetectorTest['reference'], tree: Tree, dataset: DatasetPolicy, limits: Limits): Promise<Reference> {
    if (given === undefined || isFiles(given)) {
      // The reference a scan would use: listed by the layout, capped by the policy.
      const listing = await listDataset(tree, dataset, limits);
      return { samples: capReference(listing.samples, dataset.reference.max_per_class, limits.max_reference_samples), tree, load: (s, o) => loadSample({ ...s }, tree, { dataset, limits, decode: o?.decode ?? true }) };
    }
    if ('load' in given) return given;
    return memoryReference(given, tree);
  }
}
