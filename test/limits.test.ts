// Every limit of the policy, hit on purpose: the hit is an integrity or limit-exceeded finding that
// names what was not checked, and the gate fails. Never a skip, never a pass.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { DEFAULT_LIMITS } from '../src/policy/load.js';
import type { Report } from '../src/report/model.js';
import { scan } from '../src/scan/scan.js';
import type { Finding } from '../src/types.js';
import { buildRepo, FIXTURES, type BuiltRepo } from './support/repo.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const demo = (cls: string, n: number) =>
  readdirSync(join(FIXTURES, 'demo/base/data/images', cls))
    .sort()
    .slice(0, n)
    .map((f) => readFileSync(join(FIXTURES, 'demo/base/data/images', cls, f)));
const rows = (n: number, long?: number) =>
  `text,label\n${Array.from({ length: n }, (_, i) => `"${i === long ? 'long '.repeat(2000) : `fits well, order ${i}`}",${i % 2 ? 'ham' : 'spam'}`).join('\n')}\n`;

const policy = (limits: string) => `version: 1
limits: { ${limits} }
datasets:
  - { name: img, root: data/img, layout: imagefolder, modality: image, formats: [png, jpeg], model: pixels }
  - { name: tab, root: data/tab, layout: table, modality: text, columns: { text: text, label: label } }
detectors:
  unicode: {}
  outliers: {}
`;

const CASES: Record<string, string> = {
  max_file_bytes: 'max_file_bytes: 50000',
  max_image_pixels: 'max_image_pixels: 1000000',
  max_image_dimension: 'max_image_dimension: 2000',
  max_text_bytes: 'max_text_bytes: 5000',
  max_candidates: 'max_candidates: 3',
  max_reference_samples: 'max_reference_samples: 2',
  max_scan_seconds: 'max_scan_seconds: 0.001',
  max_decode_seconds: 'max_decode_seconds: 0.02',
  max_scan_bytes: 'max_scan_bytes: 1500',
  max_decoded_bytes: 'max_decoded_bytes: 2000',
  max_row_bytes: 'max_row_bytes: 2000',
  max_table_rows: 'max_table_rows: 2',
};

const NEW = [0, 1, 2, 3].map((i) => `data/img/bag/new-${i}.png`);
const BIG = 'data/img/coat/big.jpg';
let repo: BuiltRepo;
let newPngs: Buffer[];
const reports = new Map<string, Report>();

beforeAll(async () => {
  // 6.25 MP of noise as a progressive JPEG: legal under the default limits, slow to decode.
  const big = await sharp({ create: { width: 2500, height: 2500, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
    .jpeg({ progressive: true, quality: 95 })
    .toBuffer();
  const [bag, coat] = [demo('bag', 8), demo('coat', 3)];
  newPngs = bag.slice(4, 8);
  const baseFiles: Record<string, string | Buffer> = { 'data/tab/train.csv': rows(3) };
  bag.slice(0, 3).forEach((b, i) => (baseFiles[`data/img/bag/${i}.png`] = b));
  coat.forEach((b, i) => (baseFiles[`data/img/coat/${i}.png`] = b));
  for (const [name, limits] of Object.entries(CASES)) baseFiles[`.github/limits/${name}.yml`] = policy(limits);
  const prFiles: Record<string, Buffer | string> = { [BIG]: big, 'data/tab/new.csv': rows(4, 2) };
  NEW.forEach((p, i) => (prFiles[p] = newPngs[i]!));
  repo = buildRepo({ baseFiles, prFiles });
  for (const name of Object.keys(CASES)) {
    const { report } = await scan({ root: repo.root, policyPath: `.github/limits/${name}.yml`, base: 'main', head: 'pr', now: NOW });
    reports.set(name, report);
  }
}, 60_000);

const integrity = (r: Report, problem: string) => r.findings.filter((f) => f.rule === 'integrity' && f.evidence?.['problem'] === problem);
const where = (fs: Finding[]) => fs.map((f) => (f.line ? `${f.path}:${f.line}` : f.path)).sort();
/** The hit is named, is an error, and the gate fails. */
const failsWith = (name: string, hits: Finding[]) => {
  expect(hits.length).toBeGreaterThan(0);
  for (const h of hits) expect(h.severity).toBe('error');
  expect(reports.get(name)!.verdict).toBe('fail');
  return hits;
};

describe('limits in the policy', () => {
  it('the defaults are safe and every limit has one', () => {
    expect(DEFAULT_LIMITS).toMatchObject({ max_scan_seconds: 1800, max_decode_seconds: 20, max_scan_bytes: 2 ** 31, max_decoded_bytes: 2 ** 31, max_row_bytes: 4 * 2 ** 20, max_table_rows: 2_000_000 });
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
  });

  it('max_file_bytes: a larger file is not read', () => {
    const r = reports.get('max_file_bytes')!;
    expect(where(failsWith('max_file_bytes', integrity(r, 'too-large')))).toEqual([BIG]);
  });

  it('max_image_pixels and max_image_dimension: judged from the header, before decoding', () => {
    for (const name of ['max_image_pixels', 'max_image_dimension']) {
      const r = reports.get(name)!;
      expect(where(failsWith(name, integrity(r, 'too-many-pixels')))).toEqual([BIG]);
    }
  });

  it('max_text_bytes: a longer text row is named by its line', () => {
    const r = reports.get('max_text_bytes')!;
    expect(where(failsWith('max_text_bytes', integrity(r, 'too-large')))).toEqual(['data/tab/new.csv:4']);
  });

  it('max_candidates: the scan says how many it could not check', () => {
    const r = reports.get('max_candidates')!;
    const hit = r.findings.filter((f) => f.rule === 'limit-exceeded');
    expect(where(failsWith('max_candidates', hit))).toEqual(['data/img', 'data/tab']);
    expect(hit.map((f) => f.message.split(';')[0])).toEqual(['5 changed samples exceed max_candidates (3)', '4 changed samples exceed max_candidates (3)']);
  });

  it('max_reference_samples: the reference is capped deterministically, and the report says so', () => {
    const r = reports.get('max_reference_samples')!;
    expect(r.findings.filter((f) => f.rule === 'limit-exceeded').map((f) => [f.severity, f.path, f.message])).toEqual([
      ['notice', 'data/img', 'reference capped at 2 of 6 samples (max_reference_samples)'],
      ['notice', 'data/tab', 'reference capped at 2 of 3 samples (max_reference_samples)'],
    ]);
    expect(r.datasets.map((d) => d.reference)).toEqual([2, 2]);
  });

  it('max_scan_seconds: what the deadline leaves unread or unrun is named and fails the gate', () => {
    const r = reports.get('max_scan_seconds')!;
    const hits = failsWith('max_scan_seconds', r.findings.filter((f) => f.rule === 'limit-exceeded'));
    expect(where(hits)).toEqual(['data/img', 'data/tab']);
    expect(hits[0]!.evidence).toMatchObject({ limit: 'max_scan_seconds', unread: 5, not_run: ['outliers'] });
    expect(hits[1]!.evidence).toMatchObject({ limit: 'max_scan_seconds', not_run: ['unicode', 'outliers'] });
    expect(where(integrity(r, 'limit-exceeded'))).toEqual([...NEW, BIG, 'data/tab/new.csv:2', 'data/tab/new.csv:3', 'data/tab/new.csv:4', 'data/tab/new.csv:5'].sort());
    expect(r.summary.unchecked).toBe(9);
  });

  it('max_decode_seconds: an image slower to decode than the limit is a finding', () => {
    const r = reports.get('max_decode_seconds')!;
    const hits = integrity(r, 'limit-exceeded');
    expect(where(failsWith('max_decode_seconds', hits))).toContain(BIG);
    expect(hits.find((f) => f.path === BIG)!.evidence).toMatchObject({ limit: 'max_decode_seconds', value: 0.02 });
  });

  it('max_scan_bytes: samples past the byte budget are not kept, in candidate order', () => {
    const r = reports.get('max_scan_bytes')!;
    let left = 1500;
    const refused = NEW.filter((_, i) => (newPngs[i]!.length <= left ? ((left -= newPngs[i]!.length), false) : true));
    const hits = integrity(r, 'limit-exceeded').filter((f) => f.evidence?.['limit'] === 'max_scan_bytes');
    expect(where(failsWith('max_scan_bytes', hits))).toEqual([...refused, BIG].sort());
    // The tables of each side share the same budget: the new one is over it.
    expect(r.findings.some((f) => f.path === 'data/tab/new.csv' && /max_scan_bytes/.test(f.message))).toBe(true);
  });

  it('max_decoded_bytes: pixels past the budget are not decoded, in candidate order', () => {
    const r = reports.get('max_decoded_bytes')!;
    // 28 × 28 gray images take 784 bytes each: two fit in 2000.
    const hits = integrity(r, 'limit-exceeded');
    expect(where(failsWith('max_decoded_bytes', hits))).toEqual([NEW[2]!, NEW[3]!, BIG].sort());
    expect(hits.every((f) => f.evidence?.['limit'] === 'max_decoded_bytes')).toBe(true);
  });

  it('max_row_bytes and max_table_rows: a table row over the limits is named by its line', () => {
    expect(where(failsWith('max_row_bytes', integrity(reports.get('max_row_bytes')!, 'unrecognised-file')))).toEqual(['data/tab/new.csv:4']);
    const rows = integrity(reports.get('max_table_rows')!, 'unrecognised-file');
    expect(where(failsWith('max_table_rows', rows))).toEqual(['data/tab/new.csv:4']);
    expect(rows[0]!.message).toMatch(/more than 2 rows \(limits\.max_table_rows\)/);
  });
});
