// Configuration mistakes are configuration errors: exit 2 with one message at the policy line that
// names the mistake, before any sample is read; never a finding per sample.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoRepo, FIXTURES, git, ROOT } from './support/repo.js';
import { tempDir } from './support/tmp.js';
import { runCli } from './support/cli.js';

const POLICY = '.github/poisongate.yml';
const demoPolicy = readFileSync(join(FIXTURES, 'demo', 'base', POLICY), 'utf8');

const run = runCli;

/** The line (1-based) of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The demo repository with its base policy edited; the PR branch is the demo's. */
function repoWithPolicy(edit: (policy: string) => string) {
  const policy = edit(demoPolicy);
  return { repo: demoRepo({ baseFiles: { [POLICY]: policy } }), policy };
}

const scanPr = (root: string) => run(['scan', '--root', root, '--base', 'main', '--head', 'pr', '--quiet']);

describe('configuration errors exit 2 at the policy line that names them', () => {
  it('a model file missing at the base', async () => {
    const { repo, policy } = repoWithPolicy((p) => p.replace('path: models/backbone.onnx', 'path: models/backbone-v2.onnx'));
    const r = await scanPr(repo.root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const line = lineOf(policy, 'backbone-v2.onnx');
    expect(r.stderr).toMatch(new RegExp(`^\\.github/poisongate\\.yml:${line}:\\d+: datasets\\.0\\.model\\.path: the model models/backbone-v2\\.onnx does not exist in base \\([0-9a-f]{7}\\); commit it to the default branch first, or fix the path\\n$`));
    // validate-policy --ref finds the same mistake without scanning.
    const v = await run(['validate-policy', POLICY, '--ref', 'main', '--root', repo.root]);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain(`${POLICY}:${line}:`);
    expect(v.stderr).toContain('models/backbone-v2.onnx does not exist in main');
  });

  it('a provenance manifest missing at the base', async () => {
    const { repo, policy } = repoWithPolicy((p) => p.replace('manifest: data/reviews.provenance.jsonl', 'manifest: data/review.provenance.jsonl'));
    const r = await scanPr(repo.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${POLICY}:${lineOf(policy, 'data/review.provenance.jsonl')}:17: datasets.1.provenance.manifest: the provenance manifest data/review.provenance.jsonl does not exist in base (${repo.base.slice(0, 7)}); commit it to the default branch first, or fix the path\n`,
    );
  });

  it('an unusable signing key, such as a placeholder, at its line', async () => {
    const placeholder = '"<base64 ed25519 public key>"';
    const { repo, policy } = repoWithPolicy((p) =>
      p.replace('        license: [MIT]\n', `        license: [MIT]\n      signatures: { required: true, keys: { acme-labeling: ${placeholder} } }\n`),
    );
    const r = await scanPr(repo.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${POLICY}:${lineOf(policy, placeholder)}:${policy.split('\n')[lineOf(policy, placeholder) - 1]!.indexOf(placeholder) + 1}: datasets.0.provenance.signatures.keys.acme-labeling: unusable ed25519 public key (an ed25519 public key is base64 of its 32 bytes (44 characters) or a PEM block)\n`,
    );
    // A real key in the same place is accepted.
    const { publicKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');
    const dir = tempDir();
    writeFileSync(join(dir, 'good.yml'), policy.replace(placeholder, `"${raw}"`));
    writeFileSync(join(dir, 'rsa.yml'), policy.replace(placeholder, JSON.stringify(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'pem', type: 'spki' }))));
    expect((await run(['validate-policy', 'good.yml'], dir)).code).toBe(0);
    const rsa = await run(['validate-policy', 'rsa.yml'], dir);
    expect(rsa.code).toBe(2);
    expect(rsa.stderr).toMatch(/unusable ed25519 public key \(the PEM key is rsa, not ed25519\)/);
  });

  it('a README-style placeholder key does not validate', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf('```yaml\nversion: 1'), readme.indexOf('```', readme.indexOf('```yaml\nversion: 1') + 7));
    const dir = tempDir();
    writeFileSync(join(dir, 'readme.yml'), block.replace('```yaml\n', ''));
    const r = await run(['validate-policy', 'readme.yml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/readme\.yml:\d+:\d+: datasets\.0\.provenance\.signatures\.keys\.acme-labeling: unusable ed25519 public key/);
  });
});

describe('mistakes get a "did you mean"', () => {
  const dir = tempDir();
  const check = async (policy: string) => {
    writeFileSync(join(dir, 'p.yml'), policy);
    return run(['validate-policy', 'p.yml'], dir);
  };
  it('for unknown keys, presets, detector and rule names', async () => {
    expect((await check(demoPolicy.replace('enforcement: enforce', 'enforcment: enforce'))).stderr).toMatch(/unknown key 'enforcment' in policy; did you mean 'enforcement'\?/);
    expect((await check(demoPolicy.replace('extends: [recommended]', 'extends: [recomended]'))).stderr).toMatch(/unknown preset 'recomended' \(presets: recommended, strict\); did you mean 'recommended'\?/);
    expect((await check(`${demoPolicy}detectors:\n  class-proximty: {}\n`)).stderr).toMatch(/unknown key 'class-proximty' in detectors; did you mean 'class-proximity'\?/);
    const waiver = `${demoPolicy}waivers:\n  - { path: data/images/bag/0000.png, rule: provenence, reason: ok, expires: 2027-01-01 }\n`;
    expect((await check(waiver)).stderr).toMatch(/unknown rule 'provenence'; did you mean 'provenance'\?/);
    expect((await check(demoPolicy.replace('layout: imagefolder', 'layout: imagefolders'))).stderr).toMatch(/must be one of: imagefolder, csv, jsonl, table; did you mean 'imagefolder'\?/);
  });
  it('and no guess when nothing is close', async () => {
    const r = await check(demoPolicy.replace('enforcement: enforce', 'zzz: 1'));
    expect(r.stderr).toMatch(/unknown key 'zzz' in policy\n$/);
  });
});

describe('other setup mistakes say what to do', () => {
  it('a folder that is not a git repository is told so when --base needs one', async () => {
    const dir = tempDir();
    const r = await run(['scan', '--root', dir, '--base', 'main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a git repository: comparing against 'main' needs one\. Without --base, poisongate scans the folder as it is/);
    expect(r.stderr).not.toMatch(/fetch-depth/);
  });

  it('a missing policy points to init', async () => {
    const dir = tempDir();
    const r = await run(['scan', '--root', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/policy \.github\/poisongate\.yml in working tree: not found\. Write a starter policy with `poisongate init`/);
    const v = await run(['validate-policy'], dir);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/cannot be read \(ENOENT\)\. Write a starter policy with `poisongate init`/);
  });

  it('validate-policy --ref passes a good policy and names the ref', async () => {
    const repo = demoRepo();
    git(repo.root, 'checkout', '-q', 'pr');
    const r = await run(['validate-policy', POLICY, '--ref', 'main', '--root', repo.root]);
    expect(r).toMatchObject({ code: 0, stdout: `${POLICY}: valid at main, with the models and manifests it names (2 dataset(s), enforcement enforce)\n` });
  });
});
