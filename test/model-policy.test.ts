import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MODEL_DESCRIPTOR } from '../src/embed/model.js';
import { packageRoot } from '../src/policy/presets.js';
import { scan } from '../src/scan/scan.js';
import { BACKBONE, MINI_CACHE, miniRepo, modelYaml } from './support/mini.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const run = (root: string) => scan({ root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', now: NOW, cacheDir: MINI_CACHE });

/** The scan fails closed: every feature-space detector reports a detector-error at the model file. */
async function expectModelFailure(root: string, message: RegExp): Promise<void> {
  const { report } = await run(root);
  expect(report.verdict).toBe('fail');
  const errors = report.findings.filter((f) => f.rule === 'detector-error');
  expect(errors.map((f) => f.message.split(' ')[1]).sort()).toEqual(['class-proximity', 'collusion', 'outliers', 'spectral']);
  for (const f of errors) {
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(message);
    expect(f.path).toMatch(/^models\/[a-z]+\.onnx$/);
  }
}

describe('the pinned model is read from the base and verified', () => {
  it('fails when the base holds a tampered model (sha256 mismatch)', async () => {
    const tampered = Buffer.from(BACKBONE);
    tampered[tampered.length - 100] ^= 0xff;
    await expectModelFailure(miniRepo('clean-pr', { baseFiles: { 'models/backbone.onnx': tampered } }).root, /models\/backbone\.onnx: sha256 [0-9a-f]{64} does not match the pinned/);
  });

  it('fails when the policy pins another sha256', async () => {
    await expectModelFailure(miniRepo('clean-pr', { model: modelYaml({ sha256: '0'.repeat(64) }) }).root, /does not match the pinned 0{64}/);
  });

  it('fails when the model file is missing (a configuration error at the policy line) or not ONNX', async () => {
    await expect(run(miniRepo('clean-pr', { model: modelYaml({ path: 'models/none.onnx' }) }).root)).rejects.toThrow(
      /^\.github\/poisongate\.yml:\d+:\d+: datasets\.0\.model\.path: the model models\/none\.onnx does not exist in base \([0-9a-f]{7}\)/,
    );
    const text = Buffer.from('hello');
    const sha = (await import('../src/util/hash.js')).sha256Hex(text);
    await expectModelFailure(
      miniRepo('clean-pr', { model: modelYaml({ path: 'models/text.onnx', sha256: sha }), baseFiles: { 'models/text.onnx': text } }).root,
      /model models\/text\.onnx is not an ONNX model/,
    );
  });

  it('fails when the declared input or output does not exist', async () => {
    await expectModelFailure(miniRepo('clean-pr', { model: modelYaml({ output: 'embedding' }) }).root, /models\/backbone\.onnx has no output 'embedding' \(outputs: features\)/);
    await expectModelFailure(miniRepo('clean-pr', { model: modelYaml({ input: 'x' }) }).root, /models\/backbone\.onnx has no input 'x' \(inputs: input\)/);
  });

  it('reports a pull request that replaces the model, and still scans with the base model', async () => {
    const repo = miniRepo('poison-pr', { prFiles: { 'models/backbone.onnx': Buffer.from('a different model') } });
    const { report } = await run(repo.root);
    expect(report.findings.filter((f) => f.rule === 'model-changed').map((f) => f.path)).toEqual(['models/backbone.onnx']);
    expect(report.findings.filter((f) => f.rule === 'detector-error')).toEqual([]);
    expect(report.failed_rules.map((r) => r.rule)).toEqual(['collusion', 'model-changed']);
  });
});

describe('model: pixels', () => {
  it('needs no model file and passes clean additions', async () => {
    const { report } = await run(miniRepo('clean-pr', { model: 'pixels' }).root);
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});

describe("model: default (the bundled MobileNetV2)", () => {
  const bundled = existsSync(join(packageRoot(), DEFAULT_MODEL_DESCRIPTOR));
  (bundled ? it.skip : it)('fails closed with a clear message while the package does not ship it', async () => {
    await expectModelFailure(miniRepo('clean-pr', { model: 'default' }).root, /model 'default' needs the bundled backbone descriptor models\/mobilenet-v2\.json/);
  });
  (bundled ? it : it.skip)('embeds with the bundled model, pinned by its descriptor', async () => {
    const { report } = await run(miniRepo('clean-pr', { model: 'default' }).root);
    expect(report.findings.filter((f) => f.rule === 'detector-error')).toEqual([]);
  });
});
