import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planAnnotations, rankFindings, toStepAnnotation } from '../src/action/annotations.js';
import {
  ANNOTATIONS_PER_REQUEST,
  conclusionOf,
  MAX_CHECK_RUN_ANNOTATIONS,
  publishCheckRun,
  type ChecksApi,
  type CheckRunOutput,
  type CreateCheckRun,
} from '../src/action/check-run.js';
import { readEventContext } from '../src/action/event.js';
import { readInputs, type InputSource } from '../src/action/inputs.js';
import { inertLine, writeInert } from '../src/action/log.js';
import { mdText } from '../src/action/markdown.js';
import { changesFromPrFiles } from '../src/action/pr-files.js';
import { writeReportFile } from '../src/report/write.js';
import { buildSummary, fitBytes } from '../src/action/summary.js';
import { REPORT_VERSION, type Report } from '../src/report/model.js';
import type { Finding, Severity } from '../src/types.js';
import { ConfigError } from '../src/util/errors.js';
import { tempDir } from './support/tmp.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function finding(rule: string, severity: Severity, path: string, extra: Partial<Finding> = {}): Finding {
  return { rule, severity, path, message: `${rule} at ${path}`, ...extra };
}

function report(findings: Finding[], over: Partial<Report> = {}): Report {
  const count = (s: Severity) => findings.filter((f) => !f.waived && f.severity === s).length;
  return {
    version: REPORT_VERSION,
    tool: { name: 'poisongate', version: '0.0.0' },
    verdict: count('error') > 0 ? 'fail' : 'pass',
    enforcement: 'enforce',
    would_fail: count('error') > 0,
    failed_rules: [],
    policy: { path: '.github/poisongate.yml', source: SHA_A, sha256: 'c'.repeat(64), fail_on: 'error' },
    scope: { mode: 'pull-request', base: SHA_A, head: SHA_B, changed_files: findings.length, changes_from: 'git' },
    datasets: [{ name: 'products', root: 'data', layout: 'imagefolder', modality: 'image', candidates: findings.length, unchecked: 0, reference: 10, removed: 0, detectors: ['provenance'] }],
    summary: {
      findings: { total: findings.length, error: count('error'), warning: count('warning'), notice: count('notice'), waived: findings.filter((f) => f.waived).length },
      by_rule: {},
      candidates: findings.length,
      unchecked: 0,
      waivers: [],
      timings_ms: {},
    },
    findings,
    ...over,
  };
}

function many(n: number, rule: string, severity: Severity, extra: Partial<Finding> = {}): Finding[] {
  return Array.from({ length: n }, (_, i) => finding(rule, severity, `data/${rule}/${String(i).padStart(4, '0')}.png`, extra));
}

describe('step annotations', () => {
  it('keeps GitHub’s 10 per level and spends one notice on saying how many more and where', () => {
    const waiver = { reason: 'reviewed', expires: '2027-01-01' };
    const findings = [...many(20, 'provenance', 'error'), ...many(5, 'integrity', 'error'), ...many(3, 'outliers', 'warning'), ...many(12, 'removed-sample', 'notice'), ...many(2, 'unicode', 'error', { waived: waiver })];
    const plan = planAnnotations(findings, 'the JSON report (r.json)');
    const levels = plan.annotations.map((a) => a.level);
    expect(levels.filter((l) => l === 'error')).toHaveLength(10);
    expect(levels.filter((l) => l === 'warning')).toHaveLength(3);
    expect(levels.filter((l) => l === 'notice')).toHaveLength(10);
    expect(plan.omitted).toEqual({ error: 15, warning: 0, notice: 5 });
    const last = plan.annotations.at(-1)!;
    expect(last.file).toBeUndefined();
    expect(last.message).toBe('20 more finding(s) are not annotated in this step (15 error(s), 5 notice(s); GitHub shows 10 per level). All 42 are in the JSON report (r.json).');
    // Ranked: level, then rule (integrity before provenance), then path; waived findings are notices.
    expect(plan.annotations.slice(0, 6).map((a) => a.title)).toEqual([...Array(5).fill('poisongate integrity'), 'poisongate provenance']);
    expect(rankFindings(findings).at(-1)!.waived).toBeDefined();
  });

  it('adds no summary line when everything fits', () => {
    const plan = planAnnotations([...many(10, 'provenance', 'error'), ...many(10, 'removed-sample', 'notice')], 'x');
    expect(plan.annotations).toHaveLength(20);
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  it('escapes PR text in messages and keeps the exact path for the file property', () => {
    const path = 'data/x\n::error::boom.png';
    const a = toStepAnnotation(finding('provenance', 'error', path, { message: `no record for ${path}`, line: 3, column: 2 }));
    expect(a).toMatchObject({ file: path, startLine: 3, startColumn: 2 });
    expect(a.message).toBe('no record for data/x<U+000A>::error::boom.png');
  });

  it('does not attach an annotation to a path the toolkit would print with raw bidi or control characters', () => {
    const path = 'data/bidi\u202Egnp.exe.png';
    const a = toStepAnnotation(finding('provenance', 'error', path, { message: 'no record', line: 3 }));
    expect(a.file).toBeUndefined();
    expect(a.message).toBe('data/bidi<U+202E>gnp.exe.png: no record');
  });
});

describe('check run', () => {
  function fakeApi(fail?: { on: 'create' | 'update'; error: unknown }) {
    const calls: Array<{ kind: string; body: CreateCheckRun | { output: CheckRunOutput } }> = [];
    const api: ChecksApi = {
      async create(body) {
        calls.push({ kind: 'create', body });
        if (fail?.on === 'create') throw fail.error;
        return { id: 9, html_url: 'https://github.com/c/9' };
      },
      async update(_id, body) {
        calls.push({ kind: 'update', body });
        if (fail?.on === 'update' && calls.length === 3) throw fail.error;
      },
    };
    return { api, calls };
  }
  const annotationsOf = (c: { body: { output: CheckRunOutput } }) => c.body.output.annotations ?? [];

  it('creates one completed run on the head with the first 50 annotations and appends the rest in updates', async () => {
    const { api, calls } = fakeApi();
    const r = report([...many(100, 'provenance', 'error'), ...many(20, 'outliers', 'warning')]);
    const out = await publishCheckRun(api, { headSha: SHA_B, report: r, summary: 'S', now: new Date('2026-05-01T00:00:00Z') });
    expect(out).toEqual({ status: 'posted', id: 9, url: 'https://github.com/c/9', annotations: 120, requests: 3 });
    expect(calls.map((c) => [c.kind, annotationsOf(c).length])).toEqual([['create', 50], ['update', 50], ['update', 20]]);
    expect(calls[0]!.body).toMatchObject({ name: 'poisongate', head_sha: SHA_B, status: 'completed', conclusion: 'failure', completed_at: '2026-05-01T00:00:00.000Z' });
    expect(annotationsOf(calls[0]!)[0]).toEqual({ path: 'data/provenance/0000.png', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'provenance at data/provenance/0000.png', title: 'poisongate provenance' });
    expect(annotationsOf(calls[2]!).every((a) => a.annotation_level === 'warning')).toBe(true);
    expect(ANNOTATIONS_PER_REQUEST).toBe(50);
  });

  it('reports a 403 as forbidden and other errors as failures, never throwing', async () => {
    const forbidden = Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
    expect(await publishCheckRun(fakeApi({ on: 'create', error: forbidden }).api, { headSha: SHA_B, report: report(many(3, 'provenance', 'error')), summary: '' })).toEqual({
      status: 'forbidden',
      message: 'Resource not accessible by integration',
    });
    const down = Object.assign(new Error('Service Unavailable'), { status: 503 });
    expect((await publishCheckRun(fakeApi({ on: 'create', error: down }).api, { headSha: SHA_B, report: report([]), summary: '' })).status).toBe('failed');
    const midway = await publishCheckRun(fakeApi({ on: 'update', error: down }).api, { headSha: SHA_B, report: report(many(130, 'provenance', 'error')), summary: '' });
    expect(midway).toMatchObject({ status: 'posted', annotations: 100, incomplete: '100 of 130 annotations posted; updating the check run failed: Service Unavailable' });
  });

  it('stops at the annotation cap and says so', async () => {
    const { api, calls } = fakeApi();
    const out = await publishCheckRun(api, { headSha: SHA_B, report: report(many(MAX_CHECK_RUN_ANNOTATIONS + 7, 'provenance', 'error')), summary: '' });
    expect(out).toMatchObject({ annotations: MAX_CHECK_RUN_ANNOTATIONS, requests: MAX_CHECK_RUN_ANNOTATIONS / 50 });
    expect(calls).toHaveLength(MAX_CHECK_RUN_ANNOTATIONS / 50);
    expect(out.status === 'posted' && out.incomplete).toContain(`${MAX_CHECK_RUN_ANNOTATIONS} of ${MAX_CHECK_RUN_ANNOTATIONS + 7} findings annotated`);
  });

  it('concludes neutral in warn mode when findings would fail, success when clean', () => {
    const errors = many(1, 'provenance', 'error');
    expect(conclusionOf(report(errors))).toBe('failure');
    expect(conclusionOf(report(errors, { verdict: 'pass', enforcement: 'warn', would_fail: true }))).toBe('neutral');
    expect(conclusionOf(report([]))).toBe('success');
  });
});

describe('job summary', () => {
  it('stays under the byte limit with a note pointing to the JSON report', () => {
    const long = 'x'.repeat(400);
    const r = report(many(5000, 'provenance', 'error', { message: long }), {
      failed_rules: [{ rule: 'provenance', count: 5000, example: long }],
    });
    const text = buildSummary(r, { maxBytes: 65535, reportPath: '/tmp/r/report.json', maxFindings: 5000 });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(65535);
    expect(text).toMatch(/Showing the \d+ most severe of 5000 findings; all are in the JSON report \(`\/tmp\/r\/report.json`\)\./);
    expect(text).toContain('## ❌ poisongate: fail');
    expect(text).toContain('| provenance | 5000 |');
  });

  it('renders PR-controlled names as inert text', () => {
    const evil = 'data/a|b <img src=x onerror=alert(1)> [click](http://evil.example) @org/team `x` :smile: $x$\n## heading';
    const text = buildSummary(report([finding('provenance', 'error', evil, { message: evil })]), { maxBytes: 100_000 });
    const row = text.split('\n').find((l) => l.includes('data/a'))!;
    for (const active of ['|b', '<img', '[click]', '(http', '@org', '`x`', ':smile:', '$x$', '\n## heading']) expect(row).not.toContain(active);
    expect(row.split(' | ')).toHaveLength(4); // the name adds no table column
    expect(mdText('a.b')).toBe('a&#46;b');
  });

  it('names the evidence image of each finding and links the artifact that holds them', () => {
    const withImage = finding('frequency', 'warning', 'data/a.png', { attachments: [{ name: 'f.png', mediaType: 'image/png', file: 'report.json.evidence/f.png' }] });
    const text = buildSummary(report([withImage, finding('provenance', 'error', 'data/b.png')]), { maxBytes: 100_000, artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/2' });
    expect(text).toContain('| rule | file | message | evidence |');
    expect(text.split('\n').find((l) => l.includes('data&#46;png') || l.includes('frequency'))).toContain('`report.json.evidence/f.png`');
    expect(text).toContain('[download the artifact](https://github.com/o/r/actions/runs/1/artifacts/2)');
    const without = buildSummary(report([finding('provenance', 'error', 'data/b.png')]), { maxBytes: 100_000 });
    expect(without).not.toContain('evidence |');
  });

  it('cuts on a line boundary', () => {
    expect(fitBytes('line one\nline two\nline three\n', 20, '[cut]')).toBe('line one[cut]');
    expect(fitBytes('short\n', 20, '[cut]')).toBe('short\n');
  });
});

describe('event context', () => {
  async function ctx(eventName: string, payload: unknown, extra: Record<string, string> = {}) {
    const dir = tempDir('poisongate-event-');
    writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
    return readEventContext({ GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_REPOSITORY: 'o/r', ...extra });
  }
  const pr = (headRepo = 'o/r') => ({ number: 5, pull_request: { number: 5, base: { sha: SHA_A, repo: { full_name: 'o/r' } }, head: { sha: SHA_B, repo: { full_name: headRepo } } } });

  it('takes base and head from a pull_request and attaches the check to the head', async () => {
    expect(await ctx('pull_request', pr(), { GITHUB_SHA: 'c'.repeat(40) })).toEqual({
      eventName: 'pull_request', repository: { owner: 'o', repo: 'r' }, mode: 'pull-request', base: SHA_A, head: SHA_B, checkSha: SHA_B, pullNumber: 5, fromFork: false, warnings: [],
    });
    expect((await ctx('pull_request', pr('fork/r'))).fromFork).toBe(true);
  });

  it('warns on pull_request_target, reads merge_group, full-scans pushes', async () => {
    expect((await ctx('pull_request_target', pr())).warnings[0]).toMatch(/^pull_request_target runs with a write token/);
    expect(await ctx('merge_group', { merge_group: { base_sha: SHA_A, head_sha: SHA_B } })).toMatchObject({ mode: 'pull-request', base: SHA_A, head: SHA_B, checkSha: SHA_B });
    expect(await ctx('push', {}, { GITHUB_SHA: SHA_B })).toMatchObject({ mode: 'full', checkSha: SHA_B });
    expect((await ctx('workflow_dispatch', {})).mode).toBe('full');
  });

  it('rejects a payload without valid commits', async () => {
    await expect(ctx('pull_request', { pull_request: { base: { sha: '--upload-pack=x' }, head: { sha: SHA_B } } })).rejects.toThrow(ConfigError);
    await expect(ctx('merge_group', {})).rejects.toThrow('no merge_group object');
  });
});

describe('inputs', () => {
  const source = (values: Record<string, string>): InputSource => ({
    get: (n) => values[n] ?? '',
    bool: (n, fallback) => (values[n] === undefined ? fallback : values[n] === 'true'),
  });
  const env = { RUNNER_TEMP: '/runner/temp', GITHUB_WORKSPACE: '/work/repo' };

  it('puts relative report paths under RUNNER_TEMP and applies the defaults', () => {
    expect(readInputs(source({ 'github-token': 't', 'sarif-report': 'out/p.sarif', 'cache-dir': 'cache' }), env)).toEqual({
      policyPath: '.github/poisongate.yml',
      token: 't',
      jsonReport: '/runner/temp/poisongate-report.json',
      sarifReport: '/runner/temp/out/p.sarif',
      checkRun: true,
      cacheDir: '/runner/temp/cache',
    });
  });

  it('refuses a policy outside the repo, a cache inside the workspace, a non-http artifact link', () => {
    expect(() => readInputs(source({ policy: '../other/policy.yml' }), env)).toThrow("input policy: '../other/policy.yml' is not a path inside the repository");
    expect(() => readInputs(source({ 'cache-dir': '/work/repo/.cache' }), env)).toThrow(/inside the checked-out repository/);
    expect(() => readInputs(source({ 'artifact-url': 'javascript:alert(1)' }), env)).toThrow(/not an http\(s\) URL/);
  });
});

describe('changes from the pull request files API', () => {
  it('maps every status: copies are additions, mode changes and unknowns are modifications', () => {
    expect(
      changesFromPrFiles([
        { filename: 'z.png', status: 'added' },
        { filename: 'b.png', status: 'renamed', previous_filename: 'a.png' },
        { filename: 'c.png', status: 'copied' },
        { filename: 'd.png', status: 'changed' },
        { filename: 'e.png', status: 'removed' },
        { filename: 'f.png', status: 'unchanged' },
        { filename: 'g.png', status: 'modified' },
      ]),
    ).toEqual([
      { status: 'renamed', path: 'b.png', previousPath: 'a.png' },
      { status: 'added', path: 'c.png' },
      { status: 'modified', path: 'd.png' },
      { status: 'removed', path: 'e.png' },
      { status: 'modified', path: 'f.png' },
      { status: 'modified', path: 'g.png' },
      { status: 'added', path: 'z.png' },
    ]);
  });
});

describe('log safety', () => {
  it('spells out command prefixes in single log lines', () => {
    expect(inertLine('::error::x')).toBe('<U+003A>:error::x');
    expect(inertLine('  ::warning::x')).toBe('  <U+003A>:warning::x');
    expect(inertLine('file ##[error]x\n::error::y')).toBe('file ##<U+005B>error]x<U+000A>::error::y');
  });

  it('wraps blocks in stop-commands with a fresh random token', () => {
    const lines: string[] = [];
    writeInert('a\n::error::b\n', (l) => lines.push(l));
    writeInert('c', (l) => lines.push(l));
    const token = lines[0]!.slice('::stop-commands::'.length);
    expect(lines.slice(0, 3)).toEqual([`::stop-commands::${token}`, 'a\n::error::b', `::${token}::`]);
    expect(token).toMatch(/^poisongate-[0-9a-f]{32}$/);
    expect(lines[3]).not.toBe(lines[0]);
  });

  it('does not write a report through a symlink', async () => {
    const dir = tempDir('poisongate-write-');
    writeFileSync(join(dir, 'victim'), 'keep');
    symlinkSync(join(dir, 'victim'), join(dir, 'report.json'));
    await expect(writeReportFile(join(dir, 'report.json'), '{}')).rejects.toMatchObject({ code: 'ELOOP' });
    expect(readFileSync(join(dir, 'victim'), 'utf8')).toBe('keep');
    await writeReportFile(join(dir, 'sub', 'ok.json'), '{}');
    expect(readFileSync(join(dir, 'sub', 'ok.json'), 'utf8')).toBe('{}');
  });
});
