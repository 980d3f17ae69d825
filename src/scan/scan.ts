import { diffChanges, type ChangeSet } from '../context/changes.js';
import { gitDir, resolveCommit } from '../context/git.js';
import { FsTree, GitTree, ReadError, type Tree } from '../context/tree.js';
import { selectCandidates } from '../dataset/candidates.js';
import { listDataset, type LayoutProblem } from '../dataset/layout.js';
import { capReference } from '../dataset/reference.js';
import { CATALOG } from '../detectors/catalog.js';
import type { DetectorMeta } from '../detectors/detector.js';
import { datasetScope } from '../detectors/scope.js';
import { EmbeddingCache } from '../embed/cache.js';
import { guardedChanges } from '../engine-rules.js';
import { makeFinding } from '../finding.js';
import { ScanBudget } from '../media/budget.js';
import { loadSample } from '../media/load.js';
import type { LoadedSample, Reference } from '../media/types.js';
import { loadPolicy, POLICY_MAX_BYTES, PolicyError, policyText } from '../policy/load.js';
import { checkPolicyReferences } from '../policy/references.js';
import type { DatasetPolicy, Limits, LoadedPolicy } from '../policy/types.js';
import { buildReport, type ScanSides } from '../report/build.js';
import type { DatasetSummary, Report } from '../report/model.js';
import type { Finding, Sample, Severity } from '../types.js';
import { ConfigError, errorMessage } from '../util/errors.js';
import { placeOf } from '../util/paths.js';
import { noProgress, stage, type Progress } from '../util/progress.js';
import { decide, type VerdictResult } from '../verdict/verdict.js';
import { Deadline } from './deadline.js';
import { loadCandidates } from './load-candidates.js';
import { runDetectors } from './run-detectors.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface ScanRequest {
  /** The repository folder. */
  root: string;
  /** Repo-relative path of the policy file. */
  policyPath: string;
  /** Base ref: the trusted side. Without it the whole working tree is scanned. */
  base?: string;
  /** Head ref (default HEAD when `base` is given). */
  head?: string;
  /** Changed files from elsewhere (the PR files API); by default `git diff base...head`. */
  changes?: ChangeSet;
  /** Clock for waiver expiry; injected by tests. */
  now?: Date;
  cacheDir?: string;
  /** Overrides the policy's fail_on (the CLI's --fail-on). */
  failOn?: Severity;
  log?: Logger;
  /** Stage-by-stage progress (listing, reading, embedding, each detector); none by default. */
  progress?: Progress;
  /** The detectors to run (default: every detector of the catalog). */
  detectors?: readonly DetectorMeta[];
}

export interface ScanResult {
  report: Report;
  verdict: VerdictResult;
}

const silent: Logger = { info: () => {}, warn: () => {} };

async function openSides(req: ScanRequest): Promise<ScanSides> {
  if (!req.base) {
    const head = new FsTree(req.root);
    const files = await head.list('');
    return { head, changes: { source: 'full-scan', changes: files.map((f) => ({ status: 'added', path: f.path })) } };
  }
  const baseSha = await resolveCommit(req.root, req.base);
  const headSha = await resolveCommit(req.root, req.head ?? 'HEAD');
  const changes = req.changes ?? (await diffChanges(req.root, baseSha, headSha));
  return { head: new GitTree(req.root, headSha, 'head'), base: new GitTree(req.root, baseSha, 'base'), changes };
}

/** The policy comes from the base when there is one: a PR cannot loosen the rules it is judged by. */
async function readPolicy(req: ScanRequest, sides: ScanSides, catalog: readonly DetectorMeta[]): Promise<LoadedPolicy> {
  const tree = sides.base ?? sides.head;
  let bytes: Buffer;
  try {
    bytes = await tree.read(req.policyPath, POLICY_MAX_BYTES);
  } catch (err) {
    if (err instanceof ReadError && err.code === 'missing') {
      throw new ConfigError(`policy ${req.policyPath} in ${tree.label}: not found. Write a starter policy with \`poisongate init\` and commit it${sides.base ? ' to the base branch' : ''}`);
    }
    // Too large, a symlink, not a file: the file exists but cannot be the policy.
    throw new PolicyError(req.policyPath, [{ line: 1, column: 1, message: `cannot be read from ${tree.label}: ${errorMessage(err)}` }]);
  }
  const loaded = loadPolicy({ text: policyText(bytes, req.policyPath), path: req.policyPath, source: tree.commit ?? tree.label }, catalog);
  await checkPolicyReferences(loaded, tree);
  if (req.failOn) loaded.policy.fail_on = req.failOn;
  return loaded;
}

function layoutProblemSample(dataset: DatasetPolicy, p: LayoutProblem): LoadedSample {
  return {
    sample: { path: p.path, ...(p.line ? { line: p.line } : {}), dataset: dataset.name, label: '', modality: dataset.modality, sha256: '' },
    problems: [{ code: 'unrecognised-file', message: p.message, ...(p.severity ? { severity: p.severity } : {}) }],
  };
}

interface DatasetRun {
  summary: DatasetSummary;
  findings: Finding[];
  timings: Record<string, number>;
}

/** What a scan shares across its datasets: its clock, its deadline, its memory budget, its caches. */
interface ScanState {
  catalog: readonly DetectorMeta[];
  now: Date;
  git: string | undefined;
  deadline: Deadline;
  budget: ScanBudget;
  cache: EmbeddingCache | undefined;
  progress: Progress;
}

/** The trusted side: the base's samples (the head's in a full scan), capped, read on demand. */
function referenceOf(dataset: DatasetPolicy, limits: Limits, tree: Tree, all: Sample[], git: string | undefined): { reference: Reference; capped: Finding[] } {
  const samples = capReference(all, dataset.reference.max_per_class, limits.max_reference_samples);
  const capped =
    samples.length < all.length && dataset.reference.max_per_class === undefined
      ? [makeFinding('limit-exceeded', 'notice', { path: dataset.root }, { message: `reference capped at ${samples.length} of ${all.length} samples (max_reference_samples)` })]
      : [];
  const loadOpts = { dataset, limits, gitDir: git, decode: true };
  return { reference: { samples, tree, load: (s, o) => loadSample({ ...s }, tree, { ...loadOpts, decode: o?.decode ?? true }) }, capped };
}

async function scanDataset(dataset: DatasetPolicy, loaded: LoadedPolicy, sides: ScanSides, state: ScanState): Promise<DatasetRun> {
  const { now, git, deadline } = state;
  const limits = loaded.policy.limits;
  const findings: Finding[] = [];
  const { headListing, baseListing } = await stage(state.progress, `listing ${dataset.name}`, undefined, async () => ({
    headListing: await listDataset(sides.head, dataset, limits, git),
    baseListing: sides.base ? await listDataset(sides.base, dataset, limits, git) : undefined,
  }));
  const delta = selectCandidates(dataset, headListing, baseListing, sides.changes.changes);

  let candidates = delta.candidates;
  if (candidates.length > limits.max_candidates) {
    const message = `${candidates.length} changed samples exceed max_candidates (${limits.max_candidates}); only the first ${limits.max_candidates} were checked. Split the pull request or raise the limit.`;
    findings.push(makeFinding('limit-exceeded', 'error', { path: dataset.root }, { message }));
    candidates = candidates.slice(0, limits.max_candidates);
  }
  const { reference, capped } = referenceOf(dataset, limits, sides.base ?? sides.head, baseListing?.samples ?? headListing.samples, git);
  findings.push(...capped);

  const started = Date.now();
  const read = await loadCandidates(candidates, sides.head, { dataset, limits, gitDir: git, decode: true }, deadline, state.budget, state.progress, `reading ${dataset.name}`);
  const all = [...read.loaded, ...delta.problems.map((p) => layoutProblemSample(dataset, p))];
  const timings: Record<string, number> = { load: Date.now() - started };

  for (const r of delta.removed) {
    const message = `removes trusted sample ${placeOf(r)} (class ${r.label}); removals can shift a class boundary, review them like additions`;
    findings.push(makeFinding('removed-sample', 'notice', { path: r.path, line: r.line }, { message }));
  }

  const scope = datasetScope({ dataset, candidates: all, reference, limits }, { gitDir: git, cache: state.cache, signal: deadline.signal, progress: state.progress });
  const context = { dataset, candidates: all, reference, changes: sides.changes.changes, head: sides.head, policy: loaded, limits, scope, now };
  const detectors = await runDetectors(state.catalog, loaded.policy.detectors, context, deadline, state.progress);
  findings.push(...detectors.findings);
  Object.assign(timings, detectors.timings);
  const { unread } = read;
  const { notRun } = detectors;
  // A dataset whose policy enables no content detector gets the fail-closed checks only: say so.
  const contentRan = detectors.ran.filter((id) => !state.catalog.find((d) => d.id === id)?.mandatory);
  if (candidates.length > 0 && contentRan.length === 0 && notRun.length === 0) {
    const message = `no content detector ran on dataset ${dataset.name} (${dataset.modality}): its ${candidates.length} changed sample(s) were checked for integrity only. Enable detectors in the policy (extends: [recommended], or a detectors: section).`;
    findings.push(makeFinding('no-content-detectors', 'notice', { path: dataset.root }, { message }, dataset.name));
  }
  if (unread > 0 || notRun.length > 0) {
    const parts = [...(unread > 0 ? [`${unread} of ${candidates.length} changed sample(s) were not read`] : []), ...(notRun.length > 0 ? [`detectors not run: ${notRun.join(', ')}`] : [])];
    const message = `the scan ran out of time (limits.max_scan_seconds ${deadline.seconds}) on dataset ${dataset.name}: ${parts.join('; ')}. Split the pull request or raise the limit.`;
    findings.push(makeFinding('limit-exceeded', 'error', { path: dataset.root }, { message, evidence: { limit: 'max_scan_seconds', value: deadline.seconds, unread, not_run: notRun } }));
  }
  const summary: DatasetSummary = {
    name: dataset.name,
    root: dataset.root,
    layout: dataset.layout,
    modality: dataset.modality,
    candidates: delta.candidates.length,
    unchecked: all.filter((c) => c.problems.length > 0).length,
    reference: reference.samples.length,
    removed: delta.removed.length,
    detectors: detectors.ran,
  };
  return { summary, findings, timings };
}

/** Runs the whole gate: context → policy → datasets → detectors → verdict → report. */
export async function scan(req: ScanRequest): Promise<ScanResult> {
  const started = Date.now();
  const log = req.log ?? silent;
  const now = req.now ?? new Date();
  const catalog = req.detectors ?? CATALOG;
  const sides = await openSides(req);
  try {
    const loaded = await readPolicy(req, sides, catalog);
    log.info(`policy ${loaded.path} from ${sides.base?.label ?? sides.head.label}`);
    const git = await gitDir(req.root).catch(() => undefined);
    const limits = loaded.policy.limits;
    const deadline = new Deadline(started, limits.max_scan_seconds);
    const cache = req.cacheDir ? new EmbeddingCache(req.cacheDir) : undefined;
    const state: ScanState = { catalog, now, git, deadline, budget: new ScanBudget(limits), cache, progress: req.progress ?? noProgress };
    const findings: Finding[] = sides.base ? guardedChanges(loaded, sides.changes.changes) : [];
    const datasets: DatasetSummary[] = [];
    const timings: Record<string, number> = {};
    for (const dataset of loaded.policy.datasets) {
      const run = await scanDataset(dataset, loaded, sides, state);
      log.info(`dataset ${dataset.name}: ${run.summary.candidates} candidate(s), ${run.summary.reference} reference sample(s)`);
      findings.push(...run.findings);
      datasets.push(run.summary);
      for (const [k, v] of Object.entries(run.timings)) timings[k] = (timings[k] ?? 0) + v;
    }
    const verdict = decide(loaded.policy, loaded.path, findings, now);
    timings['total'] = Date.now() - started;
    return { verdict, report: buildReport(loaded, sides, datasets, verdict, timings) };
  } finally {
    sides.head.close();
    sides.base?.close();
  }
}
