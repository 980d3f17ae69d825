import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupRows, type BenchRow } from '../bench/text-bench.js';
import { parseCsv } from '../src/dataset/csv.js';
import { openOnnxTextEncoder, resolveTextModel, type TextOnnxSpec } from '../src/embed/text-encoder.js';
import { loadPolicy } from '../src/policy/load.js';
import type { DatasetPolicy } from '../src/policy/types.js';
import type { Report } from '../src/report/model.js';
import { scan } from '../src/scan/scan.js';
import type { Finding } from '../src/types.js';
import { sha256Hex } from '../src/util/hash.js';
import { buildTextEncoder } from '../scripts/models/text-encoder.mjs';
import { buildRepo, FIXTURES } from './support/repo.js';
import { tempDir } from './support/tmp.js';

// The feature-space detectors on text: rows of the text benchmark (real SpamAssassin e-mail) in
// the built-in n-gram space and through an ONNX text encoder with its pinned tokenizer.
const BENCH = join(FIXTURES, 'text-bench');
const ENC = join(FIXTURES, 'text-encoder');
const TRAIN = 'data/emails/train.csv';
const POLICY = '.github/poisongate.yml';
const NOW = new Date('2026-06-01T00:00:00Z');
const BASE_CSV = readFileSync(join(BENCH, 'base', TRAIN), 'utf8');
const ENCODER = readFileSync(join(ENC, 'encoder.onnx'));
const VOCAB = readFileSync(join(ENC, 'vocab.txt'));
const TOKENIZER_JSON = readFileSync(join(ENC, 'tokenizer.json'));
const VOCAB_SIZE = VOCAB.toString('utf8').trimEnd().split('\n').length;
const FEATURE_RULES = ['class-proximity', 'collusion', 'outliers', 'spectral'];
const CACHE = tempDir('poisongate-text-cache-');

function policy(model?: string): string {
  return `version: 1
datasets:
  - name: emails
    root: data/emails
    layout: table
    modality: text
    columns: { text: text, label: label }
${model ? `    model:${model}\n` : ''}detectors:
${FEATURE_RULES.map((r) => `  ${r}: {}`).join('\n')}
`;
}

interface EncoderYaml {
  path?: string;
  sha256?: string;
  tokenizer?: string;
  tokenizerSha256?: string;
  /** Extra YAML lines under model (6-space indent). */
  extra?: string;
}

function encoderYaml(o: EncoderYaml = {}): string {
  const tokenizer = o.tokenizer ?? 'models/vocab.txt';
  const tokenizerBytes = tokenizer.endsWith('.json') ? TOKENIZER_JSON : VOCAB;
  return `
      path: ${o.path ?? 'models/encoder.onnx'}
      sha256: "${o.sha256 ?? sha256Hex(ENCODER)}"
      tokenizer: { path: ${tokenizer}, sha256: "${o.tokenizerSha256 ?? sha256Hex(tokenizerBytes)}" }
${o.extra ?? '      max_length: 64'}`;
}

const MODEL_FILES = { 'models/encoder.onnx': ENCODER, 'models/vocab.txt': VOCAB, 'models/tokenizer.json': TOKENIZER_JSON };

const field = (v: string) => `"${v.replace(/"/g, '""')}"`;

interface TextRepo {
  root: string;
  /** The appended rows by their line in the head's train.csv. */
  byLine: Map<number, BenchRow>;
}

/** The benchmark's trusted rows (or the first `baseRows`) on main; a pull request appending `rows`. */
function textRepo(rows: BenchRow[], o: { policy: string; baseFiles?: Record<string, string | Buffer>; prFiles?: Record<string, string | Buffer>; baseRows?: number }): TextRepo {
  const lines = BASE_CSV.trimEnd().split('\n');
  const base = `${(o.baseRows ? lines.slice(0, o.baseRows + 1) : lines).join('\n')}\n`;
  const head = `${base}${rows.map((r) => `${field(r.text)},${field(r.label)}`).join('\n')}\n`;
  const parsed = parseCsv(head);
  const appended = parsed.slice(parsed.length - rows.length);
  const repo = buildRepo({
    baseFiles: { '.github/poisongate.yml': o.policy, [TRAIN]: base, ...MODEL_FILES, ...(o.baseFiles ?? {}) },
    prFiles: { [TRAIN]: head, ...(o.prFiles ?? {}) },
  });
  return { root: repo.root, byLine: new Map(appended.map((r, i) => [r.line, rows[i]!])) };
}

const run = async (root: string, cache = false): Promise<Report> =>
  (await scan({ root, policyPath: POLICY, base: 'main', head: 'pr', now: NOW, ...(cache ? { cacheDir: CACHE } : {}) })).report;

/** Rows a rule names, split into flipped and ordinary rows. */
function named(report: Report, repo: TextRepo, rule: string): { flipped: number; ordinary: number } {
  const lines = new Set(report.findings.filter((f) => f.rule === rule && f.path === TRAIN && f.line).map((f) => f.line!));
  let flipped = 0;
  let ordinary = 0;
  for (const line of lines) {
    if (repo.byLine.get(line)?.trigger) flipped++;
    else ordinary++;
  }
  return { flipped, ordinary };
}

// 10 held-out spam rows relabelled 'ham' among 60 ordinary held-out rows (40 ham, 20 spam).
const LABEL_FLIP = groupRows('label-flip');
const ORDINARY = LABEL_FLIP.filter((r) => !r.trigger);

describe('feature-space detectors on text (n-gram features)', () => {
  it('catch rows of one class that read like another (a label flip), and name no ordinary row per sample', async () => {
    const repo = textRepo(LABEL_FLIP, { policy: policy() });
    const report = await run(repo.root);
    expect(report.verdict).toBe('fail');
    expect(report.findings.filter((f) => f.rule === 'detector-error')).toEqual([]);
    expect(report.datasets[0]!.detectors).toEqual(expect.arrayContaining(FEATURE_RULES));
    // collusion: one group, ham rows pulled toward spam, holding every flipped row.
    const groups = report.findings.filter((f) => f.rule === 'collusion' && f.path === 'data/emails');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.evidence).toMatchObject({ label: 'ham', toward: 'spam', model: { path: 'ngrams' } });
    expect(named(report, repo, 'collusion').flipped).toBe(10);
    // class-proximity: flipped rows among spam neighbours (measured 5 of 10), no ordinary row.
    const cp = named(report, repo, 'class-proximity');
    expect(cp.flipped).toBeGreaterThanOrEqual(3);
    expect(cp.ordinary).toBe(0);
    const first = report.findings.find((f) => f.rule === 'class-proximity' && f.path === TRAIN)!;
    expect(first.evidence).toMatchObject({ label: 'ham', closest_class: 'spam' });
    expect((first.evidence!['neighbours'] as Array<{ path: string }>)[0]!.path).toBe(TRAIN);
  });

  it('pass the same pull request without the flipped rows', async () => {
    const repo = textRepo(ORDINARY, { policy: policy() });
    const report = await run(repo.root);
    expect(report.verdict).toBe('pass');
    const onRows = report.findings.filter((f: Finding) => f.path === TRAIN);
    expect(onRows.filter((f) => f.rule !== 'outliers')).toEqual([]);
    expect(onRows.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('an ONNX text encoder with its pinned tokenizer, end to end through scan()', () => {
  // Half the trusted rows keep the four scans of this block quick.
  const encoderRepo = (model: string) => textRepo(LABEL_FLIP, { policy: policy(model), baseRows: 600 });
  let reference: Report;
  const keyOf = (r: Report) => r.findings.map((f) => [f.rule, f.severity, f.path, f.line ?? 0]);

  beforeAll(async () => {
    reference = await run(encoderRepo(encoderYaml()).root, true);
  });

  it('embeds with the pinned model, runs every feature detector and reports the model', async () => {
    expect(reference.findings.filter((f) => f.rule === 'detector-error')).toEqual([]);
    expect(reference.datasets[0]!.detectors).toEqual(expect.arrayContaining(FEATURE_RULES));
    const withModel = reference.findings.filter((f) => f.evidence?.['model']);
    expect(withModel.length).toBeGreaterThan(0);
    for (const f of withModel) expect(f.evidence!['model']).toEqual({ path: 'models/encoder.onnx', sha256: sha256Hex(ENCODER) });
  });

  it('gives the same findings from the cache, from tokenizer.json, and from the graph’s own pooled output', async () => {
    const cached = await run(encoderRepo(encoderYaml()).root, true);
    expect(keyOf(cached)).toEqual(keyOf(reference));
    // tokenizer.json: same vocabulary and normaliser, truncation at 64 from the file itself.
    const json = await run(encoderRepo(encoderYaml({ tokenizer: 'models/tokenizer.json', extra: '' })).root);
    expect(keyOf(json)).toEqual(keyOf(reference));
    // The graph's masked mean (sentence_embedding) instead of poisongate's mean over last_hidden_state.
    const pooled = await run(encoderRepo(encoderYaml({ extra: '      max_length: 64\n      output: sentence_embedding\n      pooling: none' })).root);
    expect(keyOf(pooled)).toEqual(keyOf(reference));
  });

  it('reports a pull request that changes the tokenizer, and scans with the base one', async () => {
    const changed = Buffer.concat([VOCAB, Buffer.from('extra\n')]);
    const report = await run(textRepo(ORDINARY.slice(0, 5), { policy: policy(encoderYaml()), baseRows: 200, prFiles: { 'models/vocab.txt': changed } }).root);
    expect(report.findings.filter((f) => f.rule === 'model-changed').map((f) => f.path)).toEqual(['models/vocab.txt']);
    expect(report.findings.filter((f) => f.rule === 'detector-error')).toEqual([]);
  });
});

describe('the text model fails closed, naming the file', () => {
  /** Every feature detector reports a detector-error with the message; the scan fails. */
  async function expectFailure(model: string, message: RegExp, baseFiles: Record<string, string | Buffer> = {}): Promise<void> {
    const report = await run(textRepo(ORDINARY.slice(0, 5), { policy: policy(model), baseRows: 40, baseFiles }).root);
    expect(report.verdict).toBe('fail');
    const errors = report.findings.filter((f) => f.rule === 'detector-error');
    expect(errors.map((f) => f.message.split(' ')[1]).sort()).toEqual(FEATURE_RULES);
    for (const f of errors) expect(f.message).toMatch(message);
  }

  it('a missing tokenizer, or one that does not match its pin', async () => {
    // A tokenizer missing at the base is a configuration error at its policy line, before any sample is read.
    await expect(run(textRepo(ORDINARY.slice(0, 5), { policy: policy(encoderYaml({ tokenizer: 'models/missing.txt', tokenizerSha256: sha256Hex(VOCAB) })), baseRows: 40 }).root)).rejects.toThrow(
      /:\d+:\d+: datasets\.0\.model\.tokenizer\.path: the tokenizer models\/missing\.txt does not exist in base \([0-9a-f]{7}\)/,
    );
    await expectFailure(encoderYaml({ tokenizerSha256: '0'.repeat(64) }), /tokenizer models\/vocab\.txt: sha256 [0-9a-f]{64} does not match the pinned 0{64}/);
  });

  it('a tokenizer of an unsupported type', async () => {
    const bpe = JSON.parse(TOKENIZER_JSON.toString('utf8')) as { model: Record<string, unknown> };
    bpe.model = { type: 'BPE', vocab: bpe.model['vocab'], merges: [] };
    const bytes = Buffer.from(JSON.stringify(bpe));
    await expectFailure(encoderYaml({ tokenizer: 'models/bpe.json', tokenizerSha256: sha256Hex(bytes), extra: '' }), /tokenizer models\/bpe\.json is of unsupported type 'BPE'/, { 'models/bpe.json': bytes });
  });

  it('a model that does not match its pin', async () => {
    await expectFailure(encoderYaml({ sha256: 'f'.repeat(64) }), /model models\/encoder\.onnx: sha256 [0-9a-f]{64} does not match the pinned f{64}/);
  });

  it('input names the graph does not have, or inputs it has that cannot be fed', async () => {
    await expectFailure(encoderYaml({ extra: '      inputs: { input_ids: ids }' }), /models\/encoder\.onnx has no input 'ids' for the token ids \(inputs: input_ids, token_type_ids, attention_mask\)/);
    const segments = Buffer.from(buildTextEncoder({ vocabSize: VOCAB_SIZE, names: { token_type_ids: 'segment_ids' } }));
    await expectFailure(
      encoderYaml({ path: 'models/segments.onnx', sha256: sha256Hex(segments) }),
      /models\/segments\.onnx has an input 'segment_ids' poisongate cannot feed/,
      { 'models/segments.onnx': segments },
    );
  });

  it('an output that does not fit the pooling', async () => {
    await expectFailure(encoderYaml({ extra: '      output: sentence_embedding' }), /output 'sentence_embedding' is already one vector per sample \(\[batch, dim\]\); set pooling: none/);
    await expectFailure(encoderYaml({ extra: '      pooling: none' }), /output 'last_hidden_state' holds one vector per token/);
  });
});

describe('the recommended preset on text', () => {
  const preset = (detectors: string) => `version: 1
extends: [recommended]
datasets:
  - name: emails
    root: data/emails
    layout: table
    modality: text
    columns: { text: text, label: label }
detectors:
${detectors}`;

  it('runs class-proximity on text, and collusion, outliers and spectral only where a policy lists text in their modalities', async () => {
    const ran = async (detectors: string) => (await run(textRepo(ORDINARY.slice(0, 5), { policy: preset(detectors), baseRows: 40 }).root)).datasets[0]!.detectors;
    const byDefault = await ran('  unicode: {}\n');
    expect(byDefault).toContain('class-proximity');
    expect(byDefault.filter((d) => ['collusion', 'outliers', 'spectral'].includes(d))).toEqual([]);
    const optedIn = await ran('  collusion: { modalities: [image, text] }\n  outliers: { modalities: [text] }\n');
    expect(optedIn).toEqual(expect.arrayContaining(['class-proximity', 'collusion', 'outliers']));
    expect(optedIn).not.toContain('spectral');
  });
});

describe('text models in the policy', () => {
  const load = (model: string, modality = 'text') =>
    loadPolicy({
      text: `version: 1\ndatasets:\n  - name: d\n    root: data\n    layout: ${modality === 'text' ? 'table' : 'imagefolder'}\n    modality: ${modality}\n    model:${model}\n`,
      path: 'p.yml',
      source: 'test',
    });

  it('accepts ngrams and an encoder with its tokenizer on text datasets', () => {
    expect(load(' ngrams').policy.datasets[0]!.model).toBe('ngrams');
    const d = load(encoderYaml()).policy.datasets[0]!;
    expect(resolveTextModel(d)).toMatchObject({ kind: 'onnx-text', maxLength: 64, pooling: 'mean', normalize: true, output: 'last_hidden_state', tokenizer: { lowercase: true, stripAccents: true } });
    expect(resolveTextModel({ ...d, model: undefined } as DatasetPolicy)).toEqual({ kind: 'ngrams' });
  });

  it('refuses image models on text, text models on images, and casing options for a tokenizer.json', () => {
    expect(() => load(' pixels')).toThrow(/p\.yml:7:\d+: datasets\.0\.model: 'pixels' is an image model; text datasets use ngrams/);
    expect(() => load(' ngrams', 'image')).toThrow(/datasets\.0\.model: a text model cannot embed images/);
    expect(() => load(encoderYaml({ tokenizer: 'models/tokenizer.json', extra: '' }).replace('" }', '", lowercase: false }'))).toThrow(/defines its own normalizer; remove lowercase\/strip_accents/);
    expect(() => load(encoderYaml({ extra: '      pooling: max' }))).toThrow(/pooling must be one of: mean, cls, none/);
  });
});

describe('ONNX text encoder variants', () => {
  const spec: TextOnnxSpec = {
    kind: 'onnx-text',
    path: 'models/encoder.onnx',
    sha256: '',
    tokenizer: { path: 'vocab.txt', sha256: sha256Hex(VOCAB), lowercase: true, stripAccents: true },
    maxLength: 32,
    inputs: { inputIds: 'input_ids', attentionMask: 'attention_mask', tokenTypeIds: 'token_type_ids' },
    output: 'last_hidden_state',
    pooling: 'mean',
    normalize: true,
    batchSize: 4,
  };
  const texts = ORDINARY.slice(0, 6).map((r) => r.text);
  async function vectors(bytes: Uint8Array, o: Partial<TextOnnxSpec> = {}): Promise<Float32Array> {
    const { encoder } = await openOnnxTextEncoder({ ...spec, sha256: sha256Hex(bytes), ...o }, Buffer.from(bytes), VOCAB);
    try {
      const prepared = await Promise.all(texts.map((t) => encoder.prepare(t)));
      return (await encoder.run(prepared)).data;
    } finally {
      await encoder.release();
    }
  }
  const close = (a: Float32Array, b: Float32Array) => Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i]!)));

  it('feeds int32 ids, graphs without a mask or token types, and a fixed sequence length', async () => {
    const base = await vectors(ENCODER);
    expect(base).toHaveLength(texts.length * 32);
    expect(close(await vectors(buildTextEncoder({ vocabSize: VOCAB_SIZE, idType: 'int32' })), base)).toBe(0);
    // Without an attention_mask input the model sees the padding; poisongate's mean over last_hidden_state still excludes it.
    expect(close(await vectors(buildTextEncoder({ vocabSize: VOCAB_SIZE, attentionMask: false })), base)).toBe(0);
    expect(close(await vectors(buildTextEncoder({ vocabSize: VOCAB_SIZE, sequence: 32 })), base)).toBe(0);
    await expect(vectors(buildTextEncoder({ vocabSize: VOCAB_SIZE, sequence: 16 }))).rejects.toThrow(/takes sequences of exactly 16 tokens, but max_length is 32/);
    // Without token types the vectors lose the type row: different, still unit length.
    const noTypes = await vectors(buildTextEncoder({ vocabSize: VOCAB_SIZE, tokenTypes: false }));
    expect(close(noTypes, base)).toBeGreaterThan(0.01);
    expect(Array.from(noTypes.subarray(0, 32)).reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 5);
  });

  it('pools the first token for cls, and leaves vectors unscaled without normalize', async () => {
    const cls = await vectors(ENCODER, { pooling: 'cls', normalize: false });
    // The [CLS] row of the embedding table plus the type-0 row, the same for every text.
    expect(Array.from(cls.subarray(0, 32))).toEqual(Array.from(cls.subarray(32, 64)));
    const mean = await vectors(ENCODER, { normalize: false });
    expect(Array.from(mean.subarray(0, 32)).reduce((s, v) => s + v * v, 0)).not.toBeCloseTo(1, 3);
  });

  it('gives each sample the same vector whatever batch it runs in', async () => {
    const all = await vectors(ENCODER);
    const { encoder } = await openOnnxTextEncoder({ ...spec, sha256: sha256Hex(ENCODER) }, ENCODER, VOCAB);
    const one = (await encoder.run([await encoder.prepare(texts[3]!)])).data;
    await encoder.release();
    expect(Array.from(one)).toEqual(Array.from(all.subarray(3 * 32, 4 * 32)));
  });
});
