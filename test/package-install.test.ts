// The npm package as a user gets it: `npm pack`, install the tarball in an empty folder (as the
// README says: ONNXRUNTIME_NODE_INSTALL=skip), then run `npx poisongate` there on the demo pull
// request, every command's help, and init on a repository without a policy.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRepo, demoRepo, FIXTURES, ROOT } from './support/repo.js';
import { tempDir } from './support/tmp.js';

// Children get a plain environment: no jest flags in NODE_OPTIONS.
const { NODE_OPTIONS: _jestFlags, ...env } = process.env;
const childEnv = { ...env, ONNXRUNTIME_NODE_INSTALL: 'skip', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

function sh(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const work = tempDir('poisongate-pack-');
const app = join(work, 'app');
let tarball = '';
let installSeconds = 0;

beforeAll(() => {
  const pack = sh('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  tarball = join(work, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]!.filename);
  sh('mkdir', ['-p', app], work);
  const started = Date.now();
  const install = sh('npm', ['install', '--prefer-offline', '--loglevel=error', tarball], app);
  installSeconds = (Date.now() - started) / 1000;
  if (install.status !== 0) throw new Error(`npm install of the tarball failed: ${install.stderr}`);
}, 300_000);

/** `npx poisongate` run where it was installed (npx finds it in that folder's node_modules). */
const npx = (args: string[]) => sh('npx', ['--no', '--', 'poisongate', ...args], app);

describe('the npm package', () => {
  it('installs from the tarball with the native addons and ships what the CLI reads', () => {
    const pkg = join(app, 'node_modules', 'poisongate');
    for (const f of ['bin/poisongate.js', 'dist/cli.js', 'policies/recommended.yml', 'models/mobilenet-v2.onnx', 'schema/policy-v1.json', 'LICENSE', 'README.md']) {
      expect(existsSync(join(pkg, f))).toBe(true);
    }
    // Only the CLI: the Action ships as a release, not in the npm package.
    expect(readdirSync(join(pkg, 'dist')).filter((f) => f.endsWith('.js'))).not.toContain('action.js');
    for (const native of ['sharp', 'onnxruntime-node']) expect(existsSync(join(app, 'node_modules', native, 'package.json'))).toBe(true);
    expect(readFileSync(join(pkg, 'schema', 'policy-v1.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schema', 'policy-v1.json'), 'utf8'));
    process.stderr.write(`npm install of the packed tarball: ${installSeconds.toFixed(1)} s\n`);
  });

  it('npx poisongate scan on the demo pull request exits 1 with the demo findings', () => {
    const demo = demoRepo();
    const r = npx(['scan', '--root', demo.root, '--base', 'main', '--head', 'pr']);
    expect(r.stderr).toMatch(/^policy \.github\/poisongate\.yml from base/m);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^failing rules: collusion \(\d+\), frequency \(\d+\), integrity \(1\), provenance \(2\), unicode \(1\)$/m);
    expect(r.stdout).toMatch(/^verdict: FAIL$/m);
  });

  it.each(['scan', 'init', 'validate-policy', 'baseline', 'schema', 'completion'])('npx poisongate %s --help', (command) => {
    const r = npx([command, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: poisongate ${command} `));
  });

  it('npx poisongate --version and -v print the package version', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(npx(['--version']).stdout).toBe(`${version}\n`);
    expect(npx(['-v']).stdout).toBe(`${version}\n`);
  });

  it('npx poisongate init writes a policy that validates and scans', () => {
    const base = join(FIXTURES, 'demo', 'base');
    const files: Record<string, Buffer> = {};
    for (const cls of ['bag', 'coat']) for (const f of ['0000.png', '0001.png', '0002.png']) files[`images/${cls}/${f}`] = readFileSync(join(base, 'data', 'images', cls, f));
    const repo = buildRepo({ baseFiles: files });
    const init = npx(['init', '--root', repo.root]);
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('uses: poisongate/poisongate@v1');
    const policy = join(repo.root, '.github', 'poisongate.yml');
    expect(npx(['validate-policy', policy]).stdout).toBe(`${policy}: valid (1 dataset(s), enforcement enforce)\n`);
    const scan = npx(['scan', '--root', repo.root, '--quiet', '--format', 'json']);
    expect([0, 1]).toContain(scan.status);
    expect(JSON.parse(scan.stdout).datasets).toEqual([expect.objectContaining({ name: 'images', root: 'images', candidates: 6 })]);
  });
});
