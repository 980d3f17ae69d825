import { diffChanges, type Change, type ChangeSet } from '../context/changes.js';
import { gitDir, resolveCommit } from '../context/git.js';
import { FsTree, GitTree, ReadError, type Tree } from '../context/tree.js';
import { selectCandidates } from '../dataset/candidates.js';
import { listDataset, type LayoutProblem } from '../dataset/layout.js';
import { capReference } from '../dataset/reference.js';
import type { DetectorContext, Reference, Services } from '../detectors/detector.js';
import { DETECTORS } from '../detectors/registry.js';
import { ScanBudget } from '../media/budget.js';
import { loadSample } from '../media/load.js';
import type { LoadedSample } from '../media/types.js';
import { loadPolicy, POLICY_MAX_BYTES, PolicyError, policyText } from '../policy/load.js';
import { checkPolicyReferences } from '../policy/references.js';
import { isTextModelPolicy, type DatasetPolicy, type LoadedPolicy } from '../policy/types.js';
import { REPORT_VERSION, type DatasetSummary, type Report } from '../report/model.js';
import type { Finding, Sample, Severity } from '../types.js';
import { mapLimit } from '../util/concurrency.js';
import { ConfigError, errorMessage } from '../util/errors.js';
import { decide, type VerdictResult } from '../verdict/verdict.js';
import { Deadline } from './deadline.js';
import { noProgress, stage, type Progress } from './progress.js';
import { TOOL_VERSION } from '../version.js';

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
}

export interface ScanResult {
  report: Report;
  verdict: VerdictResult;
}

const LOAD_CONCURRENCY = 4;
const silent: Logger = { info: () => {}, warn: () => {} };

interface Sides {
  head: Tree;
  base?: Tree;
  changes: ChangeSet;
}

async function openSides(req: ScanRequest): Promise<Sides> {
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
async function readPolicy(req: ScanRequest, sides: Sides): Promise<LoadedPolicy> {
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
  const loaded = loadPolicy({ text: policyText(bytes, req.policyPath), path: req.policyPath, source: tree.commit ?? tree.label });
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

function engineFinding(rule: string, severity: Finding['severity'], path: string, message: string, extra: Partial<Finding> = {}): Finding {
  return { rule, severity, path, message, ...extra };
}

interface DatasetRun {
  summary: DatasetSummary;
  findings: Finding[];
  timings: Record<string, number>;
}

/** What a scan shares across its datasets: its clock, its deadline and its memory budget. */
interface ScanState {
  services: Services;
  now: Date;
  git: string | undefined;
  deadline: Deadline;
  budget: ScanBudget;
  progress: Progress;
}

async function scanDataset(dataset: DatasetPolicy, loaded: LoadedPolicy, sides: Sides, state: ScanState): Promise<DatasetRun> {
  const { services, now, git, deadline, budget, progress } = state;
  const { policy } = loaded;
  const limits = policy.limits;
  const findings: Finding[] = [];
  const timings: Record<string, number> = {};
  const { headListing, baseListing } = await stage(progress, `listing ${dataset.name}`, undefined, async () => ({
    headListing: await listDataset(sides.head, dataset, limits, git),
    baseListing: sides.base ? await listDataset(sides.base, dataset, limits, git) : undefined,
  }));
  const delta = selectCandidates(dataset, headListing, baseListing, sides.changes.changes);

  let candidates = delta.candidates;
  if (candidates.length > limits.max_candidates) {
    findings.push(
      engineFinding('limit-exceeded', 'error', dataset.root, `${candidates.length} changed samples exceed max_candidates (${limits.max_candidates}); only the first ${limits.max_candidates} were checked. Split the pull request or raise the limit.`),
    );
    candidates = candidates.slice(0, limits.max_candidates);
  }
  const referenceTree = sides.base ?? sides.head;
  const referenceAll = baseListing?.samples ?? headListing.samples;
  const referenceSamples = capReference(referenceAll, dataset.reference.max_per_class, limits.max_reference_samples);
  if (referenceSamples.length < referenceAll.length && dataset.reference.max_per_class === undefined) {
    findings.push(
      engineFinding('limit-exceeded', 'notice', dataset.root, `reference capped at ${referenceSamples.length} of ${referenceAll.length} samples (max_reference_samples)`),
    );
  }
  const loadOpts = { dataset, limits, gitDir: git, decode: true };
  const reference: Reference = {
    samples: referenceSamples,
    tree: referenceTree,
    load: (s: Sample, o?: { decode?: boolean }) => loadSample({ ...s }, referenceTree, { ...loadOpts, decode: o?.decode ?? true }),
  };

  let t = Date.now();
  let unread = 0;
  const tickets = candidates.map(() => budget.ticket());
  let read = 0;
  progress.start(`reading ${dataset.name}`, candidates.length);
  const loadedCandidates = await mapLimit(candidates, LOAD_CONCURRENCY, async (s, i): Promise<LoadedSample> => {
    const ticket = tickets[i]!;
    try {
      if (!deadline.passed()) return await loadSample(s, sides.head, { ...loadOpts, untrusted: true, budget: ticket });
    } finally {
      ticket.close();
      progress.tick(++read);
    }
    unread++;
    const problem = { code: 'limit-exceeded' as const, message: `was not checked: the scan ran out of time (limits.max_scan_seconds ${deadline.seconds})`, evidence: { limit: 'max_scan_seconds', value: deadline.seconds } };
    return { sample: s, problems: [problem] };
  });
  progress.end();
  const all = [...loadedCandidates, ...delta.problems.map((p) => layoutProblemSample(dataset, p))];
  timings['load'] = Date.now() - t;

  for (const r of delta.removed) {
    const where = r.line ? `${r.path}:${r.line}` : r.path;
    findings.push(
      engineFinding('removed-sample', 'notice', r.path, `removes trusted sample ${where} (class ${r.label}); removals can shift a class boundary, review them like additions`, r.line ? { line: r.line } : {}),
    );
  }

  const ran: string[] = [];
  const notRun: string[] = [];
  for (const detector of DETECTORS) {
    const settings = policy.detectors[detector.id];
    const enabled = detector.mandatory || (settings !== undefined && settings.enabled !== false);
    const modalities = settings?.modalities ?? (detector.modality === 'any' ? undefined : [detector.modality]);
    if (!enabled || (modalities && !modalities.includes(dataset.modality))) continue;
    // The fail-closed checks run whatever the time: they only report what loading recorded.
    if (deadline.passed() && !detector.mandatory) {
      notRun.push(detector.id);
      continue;
    }
    ran.push(detector.id);
    const ctx: DetectorContext = {
      dataset,
      options: { ...detector.defaults, ...(settings ?? {}) },
      candidates: all,
      reference,
      changes: sides.changes.changes,
      head: sides.head,
      policy: loaded,
      limits,
      services,
      now,
    };
    t = Date.now();
    progress.start(`${detector.id} on ${dataset.name}`);
    try {
      findings.push(...(await detector.run(ctx)).map((f) => ({ ...f, dataset: dataset.name })));
    } catch (err) {
      if (deadline.passed()) {
        // Stopped by the deadline (long stages watch it), not broken.
        ran.pop();
        notRun.push(detector.id);
        continue;
      }
      // An error about a file (an unusable model) points at that file, so a review sees where to look.
      const about = typeof (err as { path?: unknown }).path === 'string' ? (err as { path: string }).path : dataset.root;
      findings.push(
        engineFinding('detector-error', 'error', about, `detector ${detector.id} failed on dataset ${dataset.name}: ${errorMessage(err)}; the dataset counts as unchecked`, { dataset: dataset.name }),
      );
    } finally {
      progress.end();
    }
    timings[detector.id] = Date.now() - t;
  }
  // A dataset whose policy enables no content detector gets the fail-closed checks only: say so.
  const contentRan = ran.filter((id) => !DETECTORS.find((d) => d.id === id)?.mandatory);
  if (candidates.length > 0 && contentRan.length === 0 && notRun.length === 0) {
    findings.push(
      engineFinding('no-content-detectors', 'notice', dataset.root, `no content detector ran on dataset ${dataset.name} (${dataset.modality}): its ${candidates.length} changed sample(s) were checked for integrity only. Enable detectors in the policy (extends: [recommended], or a detectors: section).`, { dataset: dataset.name }),
    );
  }
  if (unread > 0 || notRun.length > 0) {
    const parts = [...(unread > 0 ? [`${unread} of ${candidates.length} changed sample(s) were not read`] : []), ...(notRun.length > 0 ? [`detectors not run: ${notRun.join(', ')}`] : [])];
    findings.push(
      engineFinding('limit-exceeded', 'error', dataset.root, `the scan ran out of time (limits.max_scan_seconds ${deadline.seconds}) on dataset ${dataset.name}: ${parts.join('; ')}. Split the pull request or raise the limit.`, {
        evidence: { limit: 'max_scan_seconds', value: deadline.seconds, unread, not_run: notRun },
      }),
    );
  }
  const summary: DatasetSummary = {
    name: dataset.name,
    root: dataset.root,
    layout: dataset.layout,
    modality: dataset.modality,
    candidates: delta.candidates.length,
    unchecked: all.filter((c) => c.problems.length > 0).length,
    reference: referenceSamples.length,
    removed: delta.removed.length,
    detectors: ran,
  };
  return { summary, findings, timings };
}

/** Paths the base policy names whose change in the PR needs review (policy file, pinned models). */
function guardedChanges(loaded: LoadedPolicy, changes: readonly Change[]): Finding[] {
  const out: Finding[] = [];
  const touched = (path: string) => changes.find((c) => c.path === path || c.previousPath === path);
  const policyChange = touched(loaded.path);
  if (policyChange) {
    out.push(
      engineFinding('policy-changed', 'error', loaded.path, `this pull request ${policyChange.status === 'removed' ? 'deletes' : 'changes'} the poisoning-defense policy. It is judged by the base branch's policy; the change needs a code-owner review and applies after merge.`),
    );
  }
  for (const d of loaded.policy.datasets) {
    if (typeof d.model !== 'object') continue;
    if (touched(d.model.path)) {
      out.push(
        engineFinding('model-changed', 'error', d.model.path, `this pull request changes the embedding model of dataset ${d.name}. The scan uses the base branch's pinned model; a new model needs review and a new sha256 pin after merge.`),
      );
    }
    const tokenizer = isTextModelPolicy(d.model) ? d.model.tokenizer.path : undefined;
    if (tokenizer && touched(tokenizer)) {
      out.push(
        engineFinding('model-changed', 'error', tokenizer, `this pull request changes the tokenizer of dataset ${d.name}'s text encoder. The scan uses the base branch's pinned tokenizer; a new one needs review and a new sha256 pin after merge.`),
      );
    }
  }
  return out;
}

/** Runs the whole gate: context → policy → datasets → detectors → verdict → report. */
export async function scan(req: ScanRequest): Promise<ScanResult> {
  const started = Date.now();
  const log = req.log ?? silent;
  const now = req.now ?? new Date();
  const sides = await openSides(req);
  try {
    const loaded = await readPolicy(req, sides);
    log.info(`policy ${loaded.path} from ${sides.base?.label ?? sides.head.label}`);
    const git = await gitDir(req.root).catch(() => undefined);
    const limits = loaded.policy.limits;
    const deadline = new Deadline(started, limits.max_scan_seconds);
    const progress = req.progress ?? noProgress;
    const services: Services = { root: req.root, signal: deadline.signal, progress, ...(req.cacheDir ? { cacheDir: req.cacheDir } : {}) };
    const state: ScanState = { services, now, git, deadline, budget: new ScanBudget(limits), progress };
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

function buildReport(loaded: LoadedPolicy, sides: Sides, datasets: DatasetSummary[], v: VerdictResult, timings: Record<string, number>): Report {
  const counts = { total: v.findings.length, error: 0, warning: 0, notice: 0, waived: 0 };
  const byRule: Record<string, number> = {};
  for (const f of v.findings) {
    if (f.waived) counts.waived++;
    else counts[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return {
    version: REPORT_VERSION,
    tool: { name: 'poisongate', version: TOOL_VERSION },
    verdict: v.verdict,
    enforcement: loaded.policy.enforcement,
    would_fail: v.wouldFail,
    failed_rules: v.failed,
    policy: { path: loaded.path, source: loaded.source, sha256: loaded.sha256, fail_on: loaded.policy.fail_on },
    scope: {
      mode: sides.base ? 'pull-request' : 'full',
      ...(sides.base?.commit ? { base: sides.base.commit } : {}),
      ...(sides.base && sides.head.commit ? { head: sides.head.commit } : {}),
      changed_files: sides.changes.changes.length,
      changes_from: sides.changes.source,
    },
    datasets,
    summary: {
      findings: counts,
      by_rule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1))),
      candidates: datasets.reduce((n, d) => n + d.candidates, 0),
      unchecked: datasets.reduce((n, d) => n + d.unchecked, 0),
      waivers: v.waivers.map((u) => ({ ...u.waiver, used: u.used, expired: u.expired })),
      timings_ms: timings,
    },
    findings: v.findings,
  };
}
