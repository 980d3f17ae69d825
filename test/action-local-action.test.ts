// The Action's source run through @github/local-action, GitHub's own local runner for actions: it
// stubs @actions/core and @actions/github, reads inputs and runner variables from a .env file and
// calls the entry's run(). A second, independent harness besides test/support/action-runner.ts.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../src/report/model.js';
import { pullRequestEvent } from './support/events.js';
import { startFakeGitHub } from './support/github-api.js';
import { demoRepo, ROOT } from './support/repo.js';
import { tempDir } from './support/tmp.js';

it('runs under @github/local-action: fails the demo PR, posts the check run, writes summary and outputs', async () => {
  const repo = demoRepo();
  const dir = tempDir('poisongate-local-action-');
  const eventPath = join(dir, 'event.json');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent({ owner: 'octo-org', repo: 'datasets', number: 3, base: repo.base, head: repo.head })));
  writeFileSync(summaryPath, '');
  const api = await startFakeGitHub();
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: repo.root,
    GITHUB_REPOSITORY: 'octo-org/datasets',
    GITHUB_API_URL: api.url,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_local-action',
    INPUT_POLICY: '.github/poisongate.yml',
    'INPUT_JSON-REPORT': 'report.json',
    'INPUT_CHECK-RUN': 'true',
  };
  const envFile = join(dir, '.env');
  writeFileSync(envFile, Object.entries(env).map(([k, v]) => `${k}=${v}`).join('\n'));

  const bin = join(ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');
  // GITHUB_API_URL is also in the process environment: local-action's Octokit stub reads it on import.
  const child = spawn(process.execPath, [bin, '.', 'src/action/main.ts', envFile], {
    cwd: ROOT,
    // TMPDIR: local-action compiles through tsx, which keeps a cache in the temp folder; this one is removed.
    env: { ...process.env, GITHUB_API_URL: api.url, NODE_OPTIONS: '', FORCE_COLOR: '0', TMPDIR: tempDir('poisongate-tsx-') },
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve)).finally(() => api.close());

  expect({ status, tail: out.slice(-2000) }).toMatchObject({ status: 0 });
  expect(out).toMatch(/::error::poisongate: the pull request fails the poisoning-defense policy: .*integrity \(1\), provenance \(2\), unicode \(1\)/);
  expect(out).toMatch(/'verdict'\s+│ 'fail'/);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
  expect(out).toMatch(new RegExp(`'findings'\\s+│ '${report.findings.length}'`));
  expect(report.findings.filter((f) => f.severity === 'error').length).toBeGreaterThanOrEqual(4);
  const create = api.requests.find((r) => r.method === 'POST')!;
  expect(create.body).toMatchObject({ name: 'poisongate', head_sha: repo.head, conclusion: 'failure' });
  expect(readFileSync(summaryPath, 'utf8')).toContain('## ❌ poisongate: fail');
}, 120_000);
