import type { Report } from '../report/model.js';
import type { Finding, Severity } from '../types.js';
import { errorMessage } from '../util/errors.js';
import { annotationText, effectiveLevel, rankFindings } from './annotations.js';
import type { Octokit } from './pr-files.js';

export const CHECK_RUN_NAME = 'poisongate';
/** The Checks API takes at most 50 annotations per request; more go in later updates. */
export const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Annotations beyond this many are left to the JSON/SARIF reports: 20 requests stay clear of the
 * secondary rate limit on content-creating requests, and nobody reads a thousand inline markers.
 */
export const MAX_CHECK_RUN_ANNOTATIONS = 1000;
/** output.summary and output.text: at most 65 535 characters each. */
export const CHECK_OUTPUT_LIMIT = 65535;
const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 4000;

export type Conclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations?: CheckRunAnnotation[];
}

export interface CreateCheckRun {
  name: string;
  head_sha: string;
  status: 'completed';
  conclusion: Conclusion;
  completed_at: string;
  details_url?: string;
  output: CheckRunOutput;
}

/** The two Checks API calls the Action makes; octokitChecks() adapts the REST client. */
export interface ChecksApi {
  create(body: CreateCheckRun): Promise<{ id: number; html_url?: string | null }>;
  update(id: number, body: { output: CheckRunOutput }): Promise<void>;
}

export type CheckRunOutcome =
  | { status: 'posted'; id: number; url?: string; annotations: number; requests: number; incomplete?: string }
  | { status: 'forbidden'; message: string }
  | { status: 'failed'; message: string };

/** `neutral` is warn enforcement with findings that would fail under enforce. */
export function conclusionOf(report: Report): Conclusion {
  if (report.verdict === 'fail') return 'failure';
  return report.would_fail ? 'neutral' : 'success';
}

const LEVEL: Record<Severity, CheckRunAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

function cut(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function toCheckRunAnnotation(f: Finding): CheckRunAnnotation {
  const { title, message } = annotationText(f);
  const line = f.line ?? 1;
  return {
    path: f.path,
    start_line: line,
    end_line: line,
    // Columns are only accepted on single-line annotations, which these are.
    ...(f.column ? { start_column: f.column, end_column: f.column } : {}),
    annotation_level: LEVEL[effectiveLevel(f)],
    message: cut(message, MESSAGE_LIMIT),
    title: cut(title, TITLE_LIMIT),
  };
}

export function checkRunTitle(report: Report): string {
  const c = report.summary.findings;
  const counts = `${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)${c.waived ? `, ${c.waived} waived` : ''}`;
  const verdict = conclusionOf(report) === 'neutral' ? 'pass (warn mode; would fail under enforce)' : report.verdict;
  return cut(`${verdict}: ${counts} in ${report.summary.candidates} changed sample(s)`, TITLE_LIMIT);
}

/** 403 / "Resource not accessible by integration": the token may not write checks (fork PRs). */
export function isForbidden(err: unknown): boolean {
  const status = (err as { status?: unknown } | null)?.status;
  return status === 403 || /resource not accessible by integration/i.test(errorMessage(err));
}

export interface CheckRunRequest {
  headSha: string;
  report: Report;
  /** Markdown, already within CHECK_OUTPUT_LIMIT. */
  summary: string;
  detailsUrl?: string;
  now?: Date;
}

/**
 * One completed check run on the PR head with every annotation (up to the cap), ranked so the
 * first batch holds the worst. API trouble is reported in the outcome, never thrown: the verdict
 * does not depend on the API.
 */
export async function publishCheckRun(api: ChecksApi, req: CheckRunRequest): Promise<CheckRunOutcome> {
  const all = rankFindings(req.report.findings).map(toCheckRunAnnotation);
  const annotations = all.slice(0, MAX_CHECK_RUN_ANNOTATIONS);
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = { title: checkRunTitle(req.report), summary: req.summary };

  let created: { id: number; html_url?: string | null };
  try {
    created = await api.create({
      name: CHECK_RUN_NAME,
      head_sha: req.headSha,
      status: 'completed',
      conclusion: conclusionOf(req.report),
      completed_at: (req.now ?? new Date()).toISOString(),
      ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
      output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) },
    });
  } catch (err) {
    return { status: isForbidden(err) ? 'forbidden' : 'failed', message: errorMessage(err) };
  }
  let posted = batches[0]?.length ?? 0;
  let requests = 1;
  let incomplete: string | undefined;
  for (const batch of batches.slice(1)) {
    try {
      await api.update(created.id, { output: { ...output, annotations: batch } });
    } catch (err) {
      incomplete = `${posted} of ${annotations.length} annotations posted; updating the check run failed: ${errorMessage(err)}`;
      break;
    }
    posted += batch.length;
    requests++;
  }
  if (!incomplete && all.length > annotations.length) {
    incomplete = `${annotations.length} of ${all.length} findings annotated (limit ${MAX_CHECK_RUN_ANNOTATIONS}); all are in the JSON and SARIF reports`;
  }
  return {
    status: 'posted',
    id: created.id,
    ...(created.html_url ? { url: created.html_url } : {}),
    annotations: posted,
    requests,
    ...(incomplete ? { incomplete } : {}),
  };
}

export function octokitChecks(octokit: Octokit, owner: string, repo: string): ChecksApi {
  return {
    async create(body) {
      const { data } = await octokit.rest.checks.create({ owner, repo, ...body });
      return { id: data.id, html_url: data.html_url };
    },
    async update(id, body) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...body });
    },
  };
}
