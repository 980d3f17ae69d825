import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, demoRepo, git } from './support/repo.js';
import { tempDir } from './support/tmp.js';
import { runCli } from './support/cli.js';


const run = runCli;

describe('poisongate CLI', () => {
  const repo = demoRepo();

  it('exits 1 when the pull request violates the policy, with a JSON report on stdout', async () => {
    const r = await run(['scan', '--root', repo.root, '--base', 'main', '--head', 'pr', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, verdict: 'fail', enforcement: 'enforce' });
    expect(Object.keys(report)).toEqual(['version', 'tool', 'verdict', 'enforcement', 'would_fail', 'failed_rules', 'policy', 'scope', 'datasets', 'summary', 'findings']);
  });

  it('exits 0 when nothing changed', async () => {
    const r = await run(['scan', '--root', repo.root, '--base', 'main', '--head', 'main']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/verdict: PASS/);
  });

  it('writes text, JSON and SARIF reports to files', async () => {
    const out = tempDir('pg-cli-');
    const r = await run(['scan', '--root', repo.root, '--base', 'main', '--head', 'pr', '--output', join(out, 'r.txt'), '--json', join(out, 'r.json'), '--sarif', join(out, 'r.sarif')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(out, 'r.txt'), 'utf8')).toMatch(/verdict: FAIL/);
    expect(JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')).verdict).toBe('fail');
    expect(JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['scan', '--bogus'])).code).toBe(2);
    expect((await run(['scan', '--format', 'xml'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });

  it('exits 2 naming the problem when the base ref or the policy is missing', async () => {
    const noRef = await run(['scan', '--root', repo.root, '--base', 'no-such-branch']);
    expect(noRef.code).toBe(2);
    expect(noRef.stderr).toMatch(/'no-such-branch' is not a commit/);
    const noPolicy = await run(['scan', '--root', repo.root, '--base', 'main', '--head', 'pr', '--policy', 'missing.yml']);
    expect(noPolicy.code).toBe(2);
    expect(noPolicy.stderr).toMatch(/policy missing\.yml in base \([0-9a-f]{7}\): not found/);
  });

  it('a broken policy on the base gives path:line:column and exit 2', async () => {
    const broken = demoRepo({ baseFiles: { '.github/poisongate.yml': 'version: 1\ndatasets:\n  - name: x\n    root: data\n    layout: imagefolder\n    modality: video\n' } });
    const r = await run(['scan', '--root', broken.root, '--base', 'main', '--head', 'pr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('.github/poisongate.yml:6:15: datasets.0.modality must be one of: image, text\n');
  });

  it('validate-policy: exit 0 for a valid file, 2 with line:column for a broken one', async () => {
    const dir = tempDir('pg-policy-');
    writeFileSync(join(dir, 'bad.yml'), 'version: 2\ndatasets: []\n');
    expect((await run(['validate-policy', join(repo.root, '.github/poisongate.yml')])).code).toBe(0);
    const bad = await run(['validate-policy', 'bad.yml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.yml:1:10: version must be 1');
    expect(bad.stderr).toContain('bad.yml:2:11: datasets must NOT have fewer than 1 items');
  });

  it('schema prints the policy JSON Schema', async () => {
    const r = await run(['schema']);
    expect(JSON.parse(r.stdout).$id).toBe('https://raw.githubusercontent.com/poisongate/poisongate/v1/schema/policy-v1.json');
  });
});

describe('the policy is read from the base ref', () => {
  it('a PR that sets enforcement: warn in its own copy still fails, with policy-changed', async () => {
    const repo = demoRepo();
    const policyPath = join(repo.root, '.github/poisongate.yml');
    writeFileSync(policyPath, readFileSync(policyPath, 'utf8').replace('enforcement: enforce', 'enforcement: warn'));
    git(repo.root, 'commit', '-q', '-am', 'relax the gate');
    const r = await run(['scan', '--root', repo.root, '--base', 'main', '--head', 'HEAD', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.enforcement).toBe('enforce');
    expect(report.policy.source).toBe(repo.base);
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'policy-changed')).toEqual([
      expect.objectContaining({ severity: 'error', path: '.github/poisongate.yml' }),
    ]);
  });
});

describe('the packaged CLI', () => {
  it('runs from dist/ through bin/poisongate.js', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/poisongate.js'), '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
