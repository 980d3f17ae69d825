import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { resolve } from 'node:path';
import { mergeBaseExists, type ChangeSet } from '../context/changes.js';
import { writeAttachments } from '../report/attachments.js';
import { formatReport } from '../report/format.js';
import type { Report } from '../report/model.js';
import { writeReportFile } from '../report/write.js';
import { progressReporter } from '../report/progress.js';
import { scan } from '../scan/scan.js';
import { ConfigError, errorMessage } from '../util/errors.js';
import { planAnnotations, type StepAnnotation } from './annotations.js';
import { CHECK_OUTPUT_LIMIT, CHECK_RUN_NAME, octokitChecks, publishCheckRun, type CheckRunOutcome } from './check-run.js';
import { ensureCommits } from './commits.js';
import { readEventContext, type EventContext } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { inertLine, writeInert } from './log.js';
import { listPullRequestChanges, type Octokit } from './pr-files.js';
import { buildSummary, JOB_SUMMARY_LIMIT } from './summary.js';

/** Leaves room under GitHub's 1 MiB per step for anything else the step writes to the summary. */
const JOB_SUMMARY_BUDGET = JOB_SUMMARY_LIMIT - 4096;

function annotate(a: StepAnnotation): void {
  const props: core.AnnotationProperties = {
    title: a.title,
    ...(a.file ? { file: a.file, startLine: a.startLine ?? 1, ...(a.startColumn ? { startColumn: a.startColumn } : {}) } : {}),
  };
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

/** `a`, `a and b`, `a, b and c`. */
function listing(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

/** Changes from the API when the checkout cannot compute `git diff base...head` (no merge base). */
async function changesIfNoMergeBase(root: string, event: EventContext, octokit: () => Octokit): Promise<ChangeSet | undefined> {
  const { base, head } = event;
  if (!base || !head || (await mergeBaseExists(root, base, head))) return undefined;
  if (!event.pullNumber || !event.repository) {
    throw new ConfigError(`the checkout has no merge base of ${base} and ${head} (shallow history): check out with 'fetch-depth: 0'`);
  }
  core.info(`no merge base of ${base.slice(0, 12)} and ${head.slice(0, 12)} in the checkout (shallow history): listing the pull request's files through the API`);
  const changes = await listPullRequestChanges(octokit(), { ...event.repository, pull_number: event.pullNumber });
  core.info(`the files API lists ${changes.changes.length} changed file(s)`);
  return changes;
}

async function postCheckRun(report: Report, event: EventContext, inputs: ActionInputs, octokit: () => Octokit, env: NodeJS.ProcessEnv): Promise<CheckRunOutcome | undefined> {
  if (!inputs.checkRun) return undefined;
  if (!event.repository || !event.checkSha) {
    core.notice('check run skipped: GITHUB_REPOSITORY or the commit to attach it to is unknown');
    return undefined;
  }
  if (!inputs.token) {
    core.notice('check run skipped: no github-token');
    return undefined;
  }
  const detailsUrl = runUrl(env);
  const outcome = await publishCheckRun(octokitChecks(octokit(), event.repository.owner, event.repository.repo), {
    headSha: event.checkSha,
    report,
    summary: buildSummary(report, { maxBytes: CHECK_OUTPUT_LIMIT, reportPath: inputs.jsonReport, ...(inputs.artifactUrl ? { artifactUrl: inputs.artifactUrl } : {}) }),
    ...(detailsUrl ? { detailsUrl } : {}),
  });
  if (outcome.status === 'forbidden') {
    core.notice(
      `check run not created: the token may not write checks (${inertLine(outcome.message)})${event.fromFork ? '; pull requests from forks get a read-only token' : ''}. ` +
        "The annotations, the job summary and this step's status still carry the verdict; docs/action.md shows the workflow_run pattern that posts the check run for forks.",
    );
  } else if (outcome.status === 'failed') {
    core.warning(`check run not created: ${inertLine(outcome.message)}. The verdict is unaffected: this step's status carries it.`);
  } else {
    core.info(`check run '${CHECK_RUN_NAME}' on ${event.checkSha.slice(0, 12)}: ${outcome.annotations} annotation(s) in ${outcome.requests} request(s)${outcome.url ? `, ${outcome.url}` : ''}`);
    if (outcome.incomplete) core.warning(`check run incomplete: ${inertLine(outcome.incomplete)}`);
  }
  return outcome;
}

async function writeJobSummary(report: Report, inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env['GITHUB_STEP_SUMMARY']) {
    core.info('no GITHUB_STEP_SUMMARY: job summary skipped');
    return;
  }
  const text = buildSummary(report, {
    maxBytes: JOB_SUMMARY_BUDGET,
    reportPath: inputs.jsonReport,
    ...(inputs.artifactUrl ? { artifactUrl: inputs.artifactUrl } : {}),
  });
  try {
    await core.summary.addRaw(text, true).write();
  } catch (err) {
    core.warning(`job summary not written: ${inertLine(errorMessage(err))}`);
  }
}

/** The gate: event → commits → (API changes) → scan → reports → check run → annotations → summary → exit. */
async function gate(env: NodeJS.ProcessEnv): Promise<void> {
  const inputs = readInputs(
    { get: (n) => core.getInput(n), bool: (n, fallback) => (core.getInput(n) === '' ? fallback : core.getBooleanInput(n)) },
    env,
  );
  const event = await readEventContext(env);
  for (const w of event.warnings) core.warning(w);
  const root = resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  let client: Octokit | undefined;
  const octokit = (): Octokit => {
    if (!inputs.token) throw new ConfigError('the GitHub API is needed but the github-token input is empty');
    return (client ??= getOctokit(inputs.token));
  };

  if (event.mode === 'pull-request') {
    core.info(`${event.eventName}: checking ${event.base!.slice(0, 12)}...${event.head!.slice(0, 12)}${event.pullNumber ? ` (pull request #${event.pullNumber})` : ''}`);
    await ensureCommits(root, [event.base!, event.head!], (m) => core.info(m));
  } else {
    core.info(`${event.eventName || 'no event'}: full scan of ${root}`);
  }
  const changes = await changesIfNoMergeBase(root, event, octokit);

  const { report: scanned } = await scan({
    root,
    policyPath: inputs.policyPath,
    ...(event.mode === 'pull-request' ? { base: event.base!, head: event.head! } : {}),
    ...(changes ? { changes } : {}),
    ...(inputs.cacheDir ? { cacheDir: inputs.cacheDir } : {}),
    log: { info: (m) => core.info(inertLine(m)), warn: (m) => core.warning(inertLine(m)) },
    // Each stage of the scan is a collapsible group in the step's log, with its counts and timing.
    progress: progressReporter({ write: (s) => process.stdout.write(s), isTTY: false, actions: true }),
  });

  // Evidence images (PNG strips) go to <report>.evidence/ beside the JSON report, which names them.
  const report = await writeAttachments(scanned, inputs.jsonReport);
  await writeReportFile(inputs.jsonReport, formatReport(report, 'json'));
  if (inputs.sarifReport) await writeReportFile(inputs.sarifReport, formatReport(report, 'sarif'));
  core.setOutput('verdict', report.verdict);
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('report-path', inputs.jsonReport);
  core.setOutput('sarif-path', inputs.sarifReport ?? '');

  core.startGroup(`poisongate report: ${report.verdict}, ${report.findings.length} finding(s)`);
  writeInert(formatReport(report, 'text'), (line) => core.info(line));
  core.endGroup();

  const check = await postCheckRun(report, event, inputs, octokit, env);
  const where = listing([
    `the JSON report (${inputs.jsonReport})`,
    ...(inputs.sarifReport ? [`the SARIF report (${inputs.sarifReport})`] : []),
    ...(check?.status === 'posted' ? [`the check run '${CHECK_RUN_NAME}'`] : []),
  ]);
  for (const a of planAnnotations(report.findings, where).annotations) annotate(a);
  await writeJobSummary(report, inputs, env);

  if (report.verdict === 'fail') {
    const rules = report.failed_rules.map((r) => `${r.rule} (${r.count})`).join(', ');
    core.setFailed(`poisongate: the pull request fails the poisoning-defense policy: ${inertLine(rules)}. See the annotations, the job summary, ${where}.`);
  } else if (report.would_fail) {
    core.warning('poisongate: findings would fail the gate, but the policy enforcement is warn: the step passes.');
  }
}

/** The Action's entry point: any error fails the step with its cause (fail closed). */
export async function run(): Promise<void> {
  try {
    await gate(process.env);
  } catch (err) {
    core.setOutput('verdict', 'fail');
    const cause = err instanceof ConfigError ? errorMessage(err) : `internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
    core.setFailed(`poisongate could not complete the check: ${inertLine(cause)}`);
  }
}
