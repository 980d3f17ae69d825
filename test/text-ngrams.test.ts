import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/dataset/csv.js';
import { embedTextNgrams, normalizeForEmbedding, TEXT_NGRAM_DEFAULTS, textNgramEmbedderId } from '../src/embed/text-ngrams.js';
import { FIXTURES } from './support/repo.js';

const rows = parseCsv(readFileSync(join(FIXTURES, 'text-bench/base/data/emails/train.csv'), 'utf8'))
  .slice(1)
  .map((r) => ({ text: r.fields[0]!, label: r.fields[1]! }));
const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const norm = (a: Float32Array) => Math.sqrt(dot(a, a));

describe('hashed character n-gram text embedding', () => {
  it('is L2-normalised, of the requested length, and the same on every call', () => {
    const v = embedTextNgrams(rows[0]!.text);
    expect(v).toBeInstanceOf(Float32Array);
    expect(v).toHaveLength(TEXT_NGRAM_DEFAULTS.dim);
    expect(norm(v)).toBeCloseTo(1, 5);
    expect(Array.from(embedTextNgrams(rows[0]!.text))).toEqual(Array.from(v));
    expect(embedTextNgrams(rows[0]!.text, { dim: 64 })).toHaveLength(64);
  });

  it('pins its values (a change of hashing or weighting changes the embedder id too)', () => {
    const v = embedTextNgrams('Free money now', { dim: 16 });
    // ' free money now ' has 39 distinct 3- to 5-grams, all seen once, hashed into 16 signed buckets.
    expect(Array.from(v, (x) => Math.round(x * 1e4) / 1e4)).toEqual([
      0.3381, -0.3381, 0, 0, 0.3381, 0.169, 0.169, 0.3381, 0.169, 0, -0.169, -0.5071, 0.3381, 0, 0.169, 0.169,
    ]);
    expect(textNgramEmbedderId()).toBe('text-ngrams-v1:dim=1024:n=3-5:max=20000');
  });

  it('ignores case, NFKC variants, invisible characters and white-space runs', () => {
    const a = embedTextNgrams('Free  MONEY now');
    expect(Array.from(embedTextNgrams('free money\u200B now'))).toEqual(Array.from(a));
    expect(Array.from(embedTextNgrams('ｆｒｅｅ money now'))).toEqual(Array.from(a));
    expect(normalizeForEmbedding('  A\u200Db\tc ')).toBe(' ab c ');
  });

  it('embeds an empty or invisible-only text as the zero vector', () => {
    expect(Array.from(embedTextNgrams('')).every((x) => x === 0)).toBe(true);
    expect(Array.from(embedTextNgrams('\u200B\u200D')).every((x) => x === 0)).toBe(true);
  });

  it('places a lightly edited row nearer its original than any other row', () => {
    const sample = rows.filter((_, j) => j % 4 === 0);
    const embedded = sample.map((r) => embedTextNgrams(r.text));
    for (const i of [0, 7, 42, 250]) {
      const edited = sample[i]!.text.replace(/\b(\w+)\b/, '$1s').replace(/ - /, ': ');
      const e = embedTextNgrams(edited);
      const sims = embedded.map((x) => dot(e, x));
      expect(sims[i]).toBeGreaterThan(0.8);
      expect(Math.max(...sims.filter((_, j) => j !== i))).toBeLessThan(sims[i]!);
    }
  });

  it('separates the classes (nearest centroid on real spam and ham rows, held-out accuracy)', () => {
    // The benchmark file lists ham then spam: split by position parity so both halves hold both.
    const train = rows.filter((_, i) => i % 2 === 0);
    const test = rows.filter((_, i) => i % 2 === 1);
    const centroid = (label: string) => {
      const c = new Float64Array(TEXT_NGRAM_DEFAULTS.dim);
      for (const r of train.filter((x) => x.label === label)) embedTextNgrams(r.text).forEach((v, i) => (c[i]! += v));
      return Float32Array.from(c);
    };
    const ham = centroid('ham');
    const spam = centroid('spam');
    const correct = test.filter((r) => {
      const e = embedTextNgrams(r.text);
      return (dot(e, spam) / norm(spam) > dot(e, ham) / norm(ham) ? 'spam' : 'ham') === r.label;
    }).length;
    expect(correct / test.length).toBeGreaterThan(0.85);
  });

  it('rejects impossible options', () => {
    expect(() => embedTextNgrams('x', { dim: 0 })).toThrow(RangeError);
    expect(() => embedTextNgrams('x', { minN: 4, maxN: 3 })).toThrow(RangeError);
  });
});
