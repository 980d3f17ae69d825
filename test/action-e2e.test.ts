// The packaged Action, run as a runner runs it: `node dist/index.js` from a copy of exactly the
// release files, with the runner's environment, a real pull_request payload, a real git repository
// and a local stand-in for the GitHub REST API that records what the Action sends.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Report } from '../src/report/model.js';
import { scan } from '../src/scan/scan.js';
import { runAction, type ActionRun, type WorkflowCommand } from './support/action-runner.js';
import { ajvWithFormats, pullRequestEvent, webhookErrors } from './support/events.js';
import { diffEntries, startFakeGitHub, type DiffEntry, type RecordedRequest } from './support/github-api.js';
import { buildRepo, demoRepo, FIXTURES, ROOT, type BuiltRepo } from './support/repo.js';
import { tempDir } from './support/tmp.js';

const OWNER = 'octo-org';
const REPO = 'datasets';
const PR = 7;

const operations = JSON.parse(readFileSync(join(FIXTURES, 'github-api', 'operations.json'), 'utf8')).operations;
const ajv = ajvWithFormats();
const validateCreate = ajv.compile(operations['checks/create'].requestBody);
const validateUpdate = ajv.compile(operations['checks/update'].requestBody);
const validateFiles = ajv.compile(operations['pulls/list-files'].response);

const releaseRoot = tempDir('poisongate-release-');
const actionDir = join(releaseRoot, 'poisongate');
let releaseListing: string[] = [];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function event(repo: BuiltRepo, extra: { forkOwner?: string; changedFiles?: number } = {}) {
  const payload = pullRequestEvent({ owner: OWNER, repo: REPO, number: PR, base: repo.base, head: repo.head, ...extra });
  expect(webhookErrors(payload, 'pull_request$synchronize')).toEqual([]);
  return payload;
}

function report(run: ActionRun): Report {
  return JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
}

const annotations = (run: ActionRun, level: string) => run.commands.filter((c) => c.command === level && c.properties['file']);
const checkRequests = (requests: RecordedRequest[]) => requests.filter((r) => r.path.endsWith('/check-runs') || /\/check-runs\/\d+$/.test(r.path));

/** 60 reviews without provenance records: enough findings to need more than one annotation batch. */
function unrecordedReviews(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`data/reviews/positive/extra-${String(i).padStart(3, '0')}.txt`] = `Arrived quickly, fits well (${i}).\n`;
  return files;
}

/** A shallow clone of the PR branch: neither the base commit nor the merge base is present. */
function shallowClone(source: BuiltRepo): string {
  const dest = join(tempDir('poisongate-shallow-'), 'repo');
  execFileSync('git', ['clone', '-q', '--no-local', '--depth', '1', '--branch', 'pr', `file://${source.root}`, dest]);
  return dest;
}

/** The PR's files as the API lists them, from git's view of the same change. */
function apiFiles(repo: BuiltRepo): DiffEntry[] {
  const out = execFileSync('git', ['-C', repo.root, 'diff', '-z', '-M', '--name-status', repo.base, repo.head], { encoding: 'utf8' }).split('\0');
  const changes: Array<{ status: DiffEntry['status']; filename: string; previous_filename?: string }> = [];
  for (let i = 0; i < out.length && out[i]; ) {
    const code = out[i++]!;
    if (code.startsWith('R')) changes.push({ status: 'renamed', previous_filename: out[i++]!, filename: out[i++]! });
    else changes.push({ status: code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified', filename: out[i++]! });
  }
  return diffEntries(`${OWNER}/${REPO}`, repo.head, changes);
}

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'release.mjs'), actionDir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`release failed: ${r.stderr}`);
  releaseListing = r.stdout.trim().split('\n');
}, 120_000);

// The installed natives weigh about 310 MB: do not leave them behind in the temp folder.
afterAll(() => rmSync(releaseRoot, { recursive: true, force: true }));

/** The problems the demo pull request plants (fixtures/demo/README.md). */
const PLANTED = [
  'data/images/boot/3153-5f695b.png',
  'data/images/boot/3153-73ff7b.png',
  'data/images/boot/3153-b42391-truncated.png',
  'data/reviews/positive/0100.txt',
];

describe('the packaged Action', () => {
  it('is released as exactly the listed files: bundles, manifest, lockfile, presets; no node_modules', () => {
    expect(listFiles(actionDir)).toEqual(releaseListing);
    for (const f of ['action.yml', 'dist/index.js', 'dist/action.js', 'package.json', 'package-lock.json', 'policies/recommended.yml']) {
      expect(releaseListing).toContain(f);
    }
    expect(existsSync(join(actionDir, 'node_modules'))).toBe(false);
    // The bootstrap needs nothing but Node itself.
    const boot = readFileSync(join(actionDir, 'dist', 'index.js'), 'utf8');
    expect([...boot.matchAll(/from "([^"]+)"/g)].map((m) => m[1]).every((s) => s!.startsWith('node:'))).toBe(true);
  });

  it('installs its natives on first use, fails the PR, and reports through check run, annotations, summary and outputs', async () => {
    const repo = demoRepo({ prFiles: unrecordedReviews(60) });
    const api = await startFakeGitHub();
    let run: ActionRun;
    try {
      run = await runAction({
        actionDir,
        workspace: repo.root,
        eventName: 'pull_request',
        payload: event(repo),
        apiUrl: api.url,
        inputs: { 'sarif-report': 'poisongate.sarif' },
        // Point npm at the local cache: the install needs no network when the packages are cached.
        env: { npm_config_prefer_offline: 'true' },
      });
    } finally {
      await api.close();
    }
    const installed = /native dependencies installed in ([\d.]+) s/.exec(run.stdout);
    expect(installed).not.toBeNull();
    console.log(`first run: natives installed in ${installed![1]} s (npm --prefer-offline); whole run ${(run.ms / 1000).toFixed(1)} s`);
    expect(existsSync(join(actionDir, 'node_modules', 'sharp', 'package.json'))).toBe(true);
    expect(run.status).toBe(1);

    // Outputs and report files.
    const r = report(run);
    expect(run.outputs['verdict']).toBe('fail');
    expect(run.outputs['findings']).toBe(String(r.findings.length));
    expect(r.findings.length).toBeGreaterThan(60);
    expect(run.outputs['report-path']).toBe(join(run.runnerTemp, 'poisongate-report.json'));
    expect(JSON.parse(readFileSync(run.outputs['sarif-path']!, 'utf8')).version).toBe('2.1.0');
    // Evidence images are written beside the JSON report, which names them.
    const evidence = r.findings.flatMap((f) => f.attachments ?? []);
    expect(evidence.length).toBeGreaterThan(0);
    for (const a of evidence) {
      expect(a.data).toBeUndefined();
      expect(readFileSync(join(run.runnerTemp, a.file!)).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    expect(r.scope).toMatchObject({ mode: 'pull-request', base: repo.base, head: repo.head, changes_from: 'git' });

    // One check run on the PR head, all findings annotated in batches of 50.
    const checks = checkRequests(api.requests);
    const [create, ...updates] = checks;
    expect(create).toMatchObject({ method: 'POST', path: `/repos/${OWNER}/${REPO}/check-runs`, authorization: 'token ghs_local-test-token' });
    const body = create!.body as { name: string; head_sha: string; conclusion: string; output: { annotations: unknown[]; summary: string } };
    expect(validateCreate(body)).toBe(true);
    expect(body).toMatchObject({ name: 'poisongate', head_sha: repo.head, conclusion: 'failure', details_url: 'https://github.com/octo-org/datasets/actions/runs/4242' });
    expect(body.output.annotations).toHaveLength(50);
    expect(body.output.summary.length).toBeLessThanOrEqual(65535);
    expect(updates.length).toBe(Math.ceil((r.findings.length - 50) / 50));
    for (const u of updates) {
      expect(u).toMatchObject({ method: 'PATCH', path: `/repos/${OWNER}/${REPO}/check-runs/4000` });
      expect(validateUpdate(u.body)).toBe(true);
      expect((u.body as { output: { annotations: unknown[] } }).output.annotations.length).toBeLessThanOrEqual(50);
    }
    const posted = checks.flatMap((c) => (c.body as { output: { annotations: Array<{ path: string; annotation_level: string }> } }).output.annotations);
    expect(posted).toHaveLength(r.findings.length);
    expect(new Set(posted.map((a) => a.path))).toEqual(new Set(r.findings.map((f) => f.path)));
    expect(posted.find((a) => a.path === 'data/images/boot/3153-b42391-truncated.png')?.annotation_level).toBe('failure');

    // Step annotations: 10 errors (GitHub's cap), then one notice saying how many more and where.
    const errors = annotations(run, 'error');
    expect(errors).toHaveLength(10);
    expect(run.stdout).toContain('::error title=poisongate integrity,file=data/images/boot/3153-b42391-truncated.png,line=1::');
    const more = run.commands.find((c) => c.command === 'notice' && c.data.includes('more finding(s)'));
    const annotated = run.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command) && c.properties['file']).length;
    expect(more?.data).toContain(`${r.findings.length - annotated} more finding(s)`);
    expect(more?.data).toContain("the check run 'poisongate'");
    const verdictLine = run.commands.filter((c) => c.command === 'error' && !c.properties['file']).map((c) => c.data).join('\n');
    expect(verdictLine).toMatch(/fails the poisoning-defense policy: .*integrity \(1\), provenance \(62\), unicode \(1\)/);

    // Job summary.
    expect(run.summary).toContain('## ❌ poisongate: fail');
    expect(run.summary).toMatch(/\| products \(image\) \| imagefolder \| 16 \| 1 \| \d+ \| 0 \|/);
    expect(run.summary).toContain('### Failing rules');
    expect(run.summary).toMatch(/\| provenance \| 62 \|/);
    expect(run.summary).toContain('### Findings');
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
  }, 300_000);

  it('stops with a setup error naming the folder when the natives cannot be installed', async () => {
    const bare = join(releaseRoot, 'no-registry');
    for (const f of releaseListing) cpSync(join(actionDir, f), join(bare, f), { recursive: true });
    const repo = demoRepo();
    // An empty npm cache and no network: npm ci cannot get the packages.
    const emptyCache = mkdtempSync(join(releaseRoot, 'npm-cache-'));
    const run = await runAction({ actionDir: bare, workspace: repo.root, eventName: 'pull_request', payload: event(repo), apiUrl: 'http://127.0.0.1:9', env: { npm_config_cache: emptyCache, npm_config_offline: 'true' } });
    expect(run.status).toBe(1);
    const setup = run.commands.find((c) => c.command === 'error');
    expect(setup?.properties['title']).toBe('poisongate setup');
    expect(setup?.data).toMatch(new RegExp(`^cannot install sharp and onnxruntime-node into ${bare} \\(npm ci exited with 1\\)`));
    expect(run.commands.map((c) => c.command)).toEqual(['stop-commands', 'error']); // npm's output is inert
    expect(run.stdout).toContain('ENOTCACHED');
  }, 120_000);

  it('on a fork PR whose token cannot write checks, still fails on the verdict with a notice', async () => {
    const repo = demoRepo();
    const api = await startFakeGitHub({ checks: 'forbidden' });
    const run = await runAction({ actionDir, workspace: repo.root, eventName: 'pull_request', payload: event(repo, { forkOwner: 'outside-contributor' }), apiUrl: api.url }).finally(() => api.close());
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('installing the pinned production dependencies'); // installed once per folder
    expect(run.stdout).not.toContain('internal error');
    const notice = run.commands.find((c) => c.command === 'notice' && c.data.startsWith('check run not created'));
    expect(notice?.data).toContain('Resource not accessible by integration');
    expect(notice?.data).toContain('pull requests from forks get a read-only token');
    expect(checkRequests(api.requests).map((r) => r.method)).toEqual(['POST']);
    expect(annotations(run, 'error').map((c) => c.properties['file'])).toContain('data/images/boot/3153-5f695b.png');
    expect(run.outputs['verdict']).toBe('fail');
    expect(report(run).findings.filter((f) => f.severity === 'error').map((f) => f.path)).toEqual(expect.arrayContaining(PLANTED));
    expect(run.summary).toContain('## ❌ poisongate: fail');
  }, 120_000);

  it('on a shallow checkout, fetches the base and takes the changed files from the pulls API', async () => {
    const source = demoRepo();
    const workspace = shallowClone(source);
    const files = apiFiles(source);
    expect(validateFiles(files)).toBe(true);
    const payload = event(source, { changedFiles: files.length });
    const api = await startFakeGitHub({ pull: payload['pull_request'], files });
    const run = await runAction({ actionDir, workspace, eventName: 'pull_request', payload, apiUrl: api.url }).finally(() => api.close());
    expect(run.stdout).toContain(`fetching ${source.base} from origin`);
    expect(run.stdout).toContain("listing the pull request's files through the API");
    expect(api.requests.filter((r) => r.method === 'GET').map((r) => [r.path, r.query])).toEqual([
      [`/repos/${OWNER}/${REPO}/pulls/${PR}`, {}],
      [`/repos/${OWNER}/${REPO}/pulls/${PR}/files`, { per_page: '100' }],
    ]);
    expect(run.status).toBe(1);
    const r = report(run);
    expect(r.scope.changes_from).toBe('api');
    // Same findings as git's own diff of the full history gives.
    const viaGit = await scan({ root: source.root, policyPath: '.github/poisongate.yml', base: source.base, head: source.head });
    const key = (f: { rule: string; path: string; severity: string }) => `${f.severity} ${f.rule} ${f.path}`;
    expect(r.findings.map(key)).toEqual(viaGit.report.findings.map(key));
  }, 120_000);

  it('fails the gate when the pulls API cuts the file list at 3000', async () => {
    const source = demoRepo();
    const workspace = shallowClone(source);
    const many = diffEntries(
      `${OWNER}/${REPO}`,
      source.head,
      Array.from({ length: 3500 }, (_, i) => ({ status: 'added' as const, filename: `data/images/bag/bulk-${String(i).padStart(4, '0')}.png` })),
    );
    const payload = event(source, { changedFiles: many.length });
    const api = await startFakeGitHub({ pull: payload['pull_request'], files: many });
    const run = await runAction({ actionDir, workspace, eventName: 'pull_request', payload, apiUrl: api.url }).finally(() => api.close());
    expect(run.status).toBe(1);
    const failure = run.commands.find((c) => c.command === 'error');
    expect(failure?.data).toContain('the pull request changes 3500 files but the files API listed only 3000');
    expect(api.requests.filter((r) => r.path.endsWith('/files'))).toHaveLength(30);
    expect(run.outputs['verdict']).toBe('fail');
    expect(run.outputs['report-path']).toBeUndefined();
    expect(checkRequests(api.requests)).toEqual([]);
  }, 120_000);

  it('judges a PR that switches its own policy to warn by the base policy, with a policy-changed finding', async () => {
    const policy = readFileSync(join(FIXTURES, 'demo', 'base', '.github', 'poisongate.yml'), 'utf8');
    const repo = demoRepo({ prFiles: { '.github/poisongate.yml': policy.replace('enforcement: enforce', 'enforcement: warn') } });
    const api = await startFakeGitHub();
    const run = await runAction({ actionDir, workspace: repo.root, eventName: 'pull_request', payload: event(repo), apiUrl: api.url }).finally(() => api.close());
    expect(run.status).toBe(1);
    const r = report(run);
    expect(r.enforcement).toBe('enforce');
    expect(r.findings.filter((f) => f.rule === 'policy-changed').map((f) => f.path)).toEqual(['.github/poisongate.yml']);
    expect(annotations(run, 'error').map((c) => c.properties['title'])).toContain('poisongate policy-changed');
    const create = checkRequests(api.requests)[0]!.body as { conclusion: string };
    expect(create.conclusion).toBe('failure');
  }, 120_000);

  it('under warn enforcement reports everything but passes the step, with a neutral check run', async () => {
    const policy = readFileSync(join(FIXTURES, 'demo', 'base', '.github', 'poisongate.yml'), 'utf8');
    const repo = demoRepo({ baseFiles: { '.github/poisongate.yml': policy.replace('enforcement: enforce', 'enforcement: warn') } });
    const api = await startFakeGitHub();
    const run = await runAction({ actionDir, workspace: repo.root, eventName: 'pull_request', payload: event(repo), apiUrl: api.url }).finally(() => api.close());
    expect(run.status).toBe(0);
    const r = report(run);
    expect(run.outputs).toMatchObject({ verdict: 'pass', findings: String(r.findings.length) });
    expect(annotations(run, 'error')).toHaveLength(Math.min(10, r.findings.filter((f) => f.severity === 'error').length));
    expect(r.findings.map((f) => f.path)).toEqual(expect.arrayContaining(PLANTED));
    expect(run.commands.find((c) => c.command === 'warning' && c.data.includes('enforcement is warn'))).toBeDefined();
    expect((checkRequests(api.requests)[0]!.body as { conclusion: string }).conclusion).toBe('neutral');
    expect(run.summary).toContain('## ⚠️ poisongate: pass (enforcement: warn; would fail under enforce)');
  }, 120_000);

  it('on push, scans the whole checked-out tree and attaches the check run to GITHUB_SHA', async () => {
    const repo = demoRepo();
    const api = await startFakeGitHub();
    const run = await runAction({ actionDir, workspace: repo.root, eventName: 'push', payload: { ref: 'refs/heads/pr', after: repo.head }, apiUrl: api.url, env: { GITHUB_SHA: repo.head } }).finally(() => api.close());
    expect(run.status).toBe(1);
    expect(report(run).scope.mode).toBe('full');
    expect(checkRequests(api.requests)[0]!.body).toMatchObject({ head_sha: repo.head, conclusion: 'failure' });
  }, 120_000);

  it('fails closed, naming the fix, when the base commit is neither in the checkout nor on origin', async () => {
    const repo = demoRepo();
    const missing = 'f'.repeat(40);
    const api = await startFakeGitHub();
    const run = await runAction({ actionDir, workspace: repo.root, eventName: 'pull_request', payload: event({ ...repo, base: missing }), apiUrl: api.url }).finally(() => api.close());
    expect(run.status).toBe(1);
    const error = run.commands.find((c) => c.command === 'error');
    expect(error?.data).toBe(
      `poisongate could not complete the check: commit ${missing} is not in the checkout of ${repo.root} and could not be fetched from origin. Check out the repository with actions/checkout and 'fetch-depth: 0' (and keep its default persist-credentials for private repositories).`,
    );
    expect(run.outputs).toEqual({ verdict: 'fail' });
    expect(api.requests).toEqual([]);
  }, 120_000);

  it('prints a file name holding workflow commands and a newline without letting it run one', async () => {
    const evil = 'data/reviews/positive/x\n::error::injected ##[error]legacy.txt';
    const repo = buildRepo({ base: join(FIXTURES, 'demo', 'base'), prFiles: { [evil]: 'Looks fine.\n' } });
    const api = await startFakeGitHub();
    const run = await runAction({ actionDir, workspace: repo.root, eventName: 'pull_request', payload: event(repo), apiUrl: api.url }).finally(() => api.close());
    expect(run.status).toBe(1);
    expect(report(run).findings.map((f) => f.path)).toContain(evil);
    // The file's annotation carries the exact name, escaped inside its properties...
    expect(annotations(run, 'error').map((c) => c.properties['file'])).toContain(evil);
    // ...and nothing the runner reads as a command comes from the name.
    const injected = (c: WorkflowCommand) => c.data.startsWith('injected') || c.command === 'error' && c.data === '';
    expect(run.commands.filter(injected)).toEqual([]);
    for (const c of run.commands) expect(['error', 'warning', 'notice', 'group', 'endgroup', 'stop-commands', 'debug']).toContain(c.command);
    // The legacy `##[` prefix is honoured anywhere in a line: it may only appear inside blocks or command data.
    let resume: string | undefined;
    for (const line of run.stdout.split('\n')) {
      if (resume) {
        if (line === `::${resume}::`) resume = undefined;
        continue;
      }
      if (line.startsWith('::stop-commands::')) resume = line.slice('::stop-commands::'.length);
      else if (!line.startsWith('::')) expect(line).not.toContain('##[');
    }
    expect(statSync(run.outputs['report-path']!).size).toBeGreaterThan(0);
  }, 120_000);
});
