import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { diffChanges } from '../src/context/changes.js';
import { GitTree } from '../src/context/tree.js';
import { selectCandidates, type DatasetDelta } from '../src/dataset/candidates.js';
import { parseCsv } from '../src/dataset/csv.js';
import { listDataset } from '../src/dataset/layout.js';
import { readTable } from '../src/dataset/table.js';
import { loadSample } from '../src/media/load.js';
import { DEFAULT_LIMITS, loadPolicy } from '../src/policy/load.js';
import { scan } from '../src/scan/scan.js';
import { buildRepo, FIXTURES } from './support/repo.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const POLICY = '.github/poisongate.yml';

/** Real rows: the first lines of the text benchmark's e-mail dataset. */
const ROWS = parseCsv(readFileSync(join(FIXTURES, 'text-bench/base/data/emails/train.csv'), 'utf8'))
  .slice(1, 21)
  .map((r) => ({ text: r.fields[0]!, label: r.fields[1]! }));

const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
const csv = (rows: Array<{ text: string; label: string }>, sep = ',') => `text${sep}label\n${rows.map((r) => `${q(r.text)}${sep}${r.label}`).join('\n')}\n`;
const jsonl = (rows: Array<{ text: string; label: string }>, key = 'text') => rows.map((r) => JSON.stringify({ [key]: r.text, label: r.label })).join('\n') + '\n';
const parquet = (rows: Array<{ text: string; label: string }>, codec?: 'GZIP') =>
  Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'text', data: rows.map((r) => r.text), type: 'STRING' },
        { name: 'label', data: rows.map((r) => r.label), type: 'STRING' },
      ],
      ...(codec ? { codec, compressors: { GZIP: (b: Uint8Array) => new Uint8Array(gzipSync(b)) } } : {}),
    }),
  );

const policyText = (extra = '') => `version: 1
datasets:
  - name: reviews
    root: data/text
    layout: table
    modality: text
${extra}detectors:
  unicode: {}
`;

/** Builds base and PR commits and returns what the PR changes in the dataset. */
async function delta(baseFiles: Record<string, string | Buffer>, prFiles: Record<string, string | Buffer>, prRemove: string[] = []): Promise<DatasetDelta> {
  const repo = buildRepo({ baseFiles: { [POLICY]: policyText(), ...baseFiles }, prFiles, prRemove });
  const { policy } = loadPolicy({ text: policyText(), path: POLICY, source: 'test' });
  const dataset = policy.datasets[0]!;
  const base = new GitTree(repo.root, repo.base, 'base');
  const head = new GitTree(repo.root, repo.head, 'head');
  try {
    const changes = await diffChanges(repo.root, repo.base, repo.head);
    return selectCandidates(dataset, await listDataset(head, dataset, DEFAULT_LIMITS), await listDataset(base, dataset, DEFAULT_LIMITS), changes.changes);
  } finally {
    base.close();
    head.close();
  }
}

const at = (d: DatasetDelta) => d.candidates.map((s) => `${s.path}:${s.line}`);

describe('table layout: rows are samples, diffed by content', () => {
  const ten = ROWS.slice(0, 10);

  it('appending 3 rows to a CSV makes exactly those 3 rows candidates', async () => {
    const d = await delta({ 'data/text/train.csv': csv(ten) }, { 'data/text/train.csv': csv([...ten, ...ROWS.slice(10, 13)]) });
    expect(at(d)).toEqual(['data/text/train.csv:12', 'data/text/train.csv:13', 'data/text/train.csv:14']);
    expect(d.candidates.map((s) => s.inline)).toEqual(ROWS.slice(10, 13).map((r) => r.text));
    expect(d.removed).toEqual([]);
    expect(d.problems).toEqual([]);
  });

  it('a reordered file, or rows moved to another file, has no candidates', async () => {
    const reordered = await delta({ 'data/text/train.csv': csv(ten) }, { 'data/text/train.csv': csv([...ten].reverse()) });
    expect(reordered.candidates).toEqual([]);
    expect(reordered.removed).toEqual([]);
    const moved = await delta(
      { 'data/text/train.csv': csv(ten) },
      { 'data/text/train.csv': csv(ten.slice(0, 6)), 'data/text/extra.jsonl': jsonl(ten.slice(6)) },
    );
    expect(moved.candidates).toEqual([]);
    expect(moved.removed).toEqual([]);
  });

  it('an edited row is a candidate and its old version is removed', async () => {
    const edited = ten.map((r, i) => (i === 4 ? { ...r, text: `${r.text} Click here now.` } : r));
    const d = await delta({ 'data/text/train.csv': csv(ten) }, { 'data/text/train.csv': csv(edited) });
    expect(at(d)).toEqual(['data/text/train.csv:6']);
    expect(d.candidates[0]!.inline).toMatch(/Click here now\.$/);
    expect(d.removed.map((s) => s.line)).toEqual([6]);
  });

  it('a relabelled row is a candidate with its new label', async () => {
    const relabelled = ten.map((r, i) => (i === 2 ? { ...r, label: r.label === 'ham' ? 'spam' : 'ham' } : r));
    const d = await delta({ 'data/text/train.csv': csv(ten) }, { 'data/text/train.csv': csv(relabelled) });
    expect(at(d)).toEqual(['data/text/train.csv:4']);
    expect(d.candidates[0]!.label).toBe(relabelled[2]!.label);
    expect(d.removed.map((s) => [s.line, s.label])).toEqual([[4, ten[2]!.label]]);
  });

  it('a duplicated row counts once more, in the changed file', async () => {
    const d = await delta({ 'data/text/train.csv': csv(ten) }, { 'data/text/train.csv': csv([...ten, ten[0]!]) });
    expect(at(d)).toEqual(['data/text/train.csv:12']);
  });

  it('reads TSV, JSONL with a sentence column, and Parquet', async () => {
    const d = await delta(
      {},
      {
        'data/text/a.tsv': csv(ROWS.slice(0, 2), '\t'),
        'data/text/b.jsonl': jsonl(ROWS.slice(2, 4), 'sentence'),
        'data/text/c.parquet': parquet(ROWS.slice(4, 6)),
      },
    );
    expect(at(d)).toEqual(['data/text/a.tsv:2', 'data/text/a.tsv:3', 'data/text/b.jsonl:1', 'data/text/b.jsonl:2', 'data/text/c.parquet:1', 'data/text/c.parquet:2']);
    expect(d.candidates.map((s) => s.inline)).toEqual(ROWS.slice(0, 6).map((r) => r.text));
  });

  it('diffs Parquet rows: 3 appended rows of a 10-row file (GZIP pages) are the candidates, numbered by row', async () => {
    const d = await delta({ 'data/text/train.parquet': parquet(ten) }, { 'data/text/train.parquet': parquet([...ten, ...ROWS.slice(10, 13)], 'GZIP') });
    expect(at(d)).toEqual(['data/text/train.parquet:11', 'data/text/train.parquet:12', 'data/text/train.parquet:13']);
  });

  it('loads an inline row without reading a file; sha256 is of the text', async () => {
    const d = await delta({}, { 'data/text/train.csv': csv(ROWS.slice(0, 1)) });
    const loaded = await loadSample(d.candidates[0]!, undefined as never, { dataset: undefined as never, limits: DEFAULT_LIMITS, decode: true });
    expect(loaded.text).toBe(ROWS[0]!.text);
    expect(loaded.problems).toEqual([]);
    expect(loaded.sample.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('table layout: every malformed row is a problem naming file and line', () => {
  it('names bad CSV and JSONL rows; a malformed row the base already had is not the PR’s', async () => {
    const base = `text,label\n${q(ROWS[0]!.text)},ham\n"only one field"\n`;
    const pr = `${base}${q(ROWS[1]!.text)},spam,extra\n,ham\n${q(ROWS[2]!.text)},\n${q(ROWS[3]!.text)},spam\n`;
    const d = await delta(
      { 'data/text/train.csv': base },
      { 'data/text/train.csv': pr, 'data/text/more.jsonl': `${jsonl(ROWS.slice(4, 5))}{"text": "broken\n[1,2]\n{"label":"ham"}\n` },
    );
    expect(d.problems.map((p) => `${p.path}:${p.line} ${p.message}`)).toEqual([
      expect.stringMatching(/^data\/text\/more\.jsonl:2 not valid JSON/),
      'data/text/more.jsonl:3 each line must be a JSON object',
      "data/text/more.jsonl:4 row has no text column ('text', 'sentence', 'content')",
      'data/text/train.csv:4 has 3 columns, the header has 2',
      "data/text/train.csv:5 row has an empty 'text'",
      "data/text/train.csv:6 row has no 'label' value",
    ]);
    expect(at(d)).toEqual(['data/text/more.jsonl:1', 'data/text/train.csv:7']);
  });

  it('reports them through scan() as integrity findings with path and line', async () => {
    const repo = buildRepo({
      baseFiles: { [POLICY]: policyText(), 'data/text/train.csv': csv(ROWS.slice(0, 3)) },
      prFiles: { 'data/text/train.csv': `${csv(ROWS.slice(0, 3))}"unterminated,ham\n`, 'data/text/notes.txt': 'not a table\n' },
    });
    const { report } = await scan({ root: repo.root, policyPath: POLICY, base: 'main', head: 'pr', now: NOW });
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f) => [f.rule, f.path, f.line, f.message])).toEqual([
      ['integrity', 'data/text/notes.txt', undefined, expect.stringMatching(/is not a table this dataset reads/)],
      ['integrity', 'data/text/train.csv', 5, 'data/text/train.csv:5 unterminated quoted field'],
    ]);
  });

  it('refuses truncated, column-less, non-UTF-8 and unfetched-LFS Parquet files, naming the file', async () => {
    const good = parquet(ROWS.slice(0, 3));
    const noText = Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'label', data: ['ham'], type: 'STRING' }] }));
    const badUtf8 = Buffer.from(
      parquetWriteBuffer({
        columnData: [
          { name: 'text', data: [new TextEncoder().encode(ROWS[0]!.text), new Uint8Array([0x66, 0xff, 0x66])], type: 'BYTE_ARRAY' },
          { name: 'label', data: ['ham', 'spam'], type: 'STRING' },
        ],
      }),
    );
    const lfs = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 12345\n`;
    const d = await delta(
      {},
      {
        'data/text/a.parquet': good.subarray(0, good.length - 20),
        'data/text/b.parquet': noText,
        'data/text/c.parquet': badUtf8,
        'data/text/d.parquet': lfs,
      },
    );
    expect(d.problems.map((p) => `${p.path}:${p.line ?? ''} ${p.message}`)).toEqual([
      'data/text/a.parquet:1 is not a Parquet file (no PAR1 magic at both ends; truncated?)',
      "data/text/b.parquet:1 has no text ('text', 'sentence', 'content') column (columns: label)",
      "data/text/c.parquet:2 column 'text' is not valid UTF-8 (first bad byte at offset 1)",
      expect.stringMatching(/^data\/text\/d\.parquet: is a Git LFS pointer whose content was not fetched/),
    ]);
    expect(at(d)).toEqual(['data/text/c.parquet:1']);
  });

  it('bounds what a Parquet file may decompress to', async () => {
    const big = parquet(ROWS.slice(0, 20));
    const t = await readTable('x.parquet', big, { label: 'label' }, { ...DEFAULT_LIMITS, max_file_bytes: 100 });
    expect(t.rows).toEqual([]);
    expect(t.problems[0]!.message).toMatch(/decompress to \d+ bytes, over the limit of 800/);
  });
});

describe('table layout policy', () => {
  it('needs modality text and no manifest; columns.text and allow_scripts are accepted', () => {
    expect(() => loadPolicy({ text: policyText('    columns: { text: sentence, label: stars }\n    allow_scripts: [Latin, Greek]\n'), path: 'p.yml', source: 't' })).not.toThrow();
    expect(() => loadPolicy({ text: policyText().replace('modality: text', 'modality: image'), path: 'p.yml', source: 't' })).toThrow(/layout 'table' holds text rows/);
    expect(() => loadPolicy({ text: policyText('    allow_scripts: [Latn]\n'), path: 'p.yml', source: 't' })).toThrow(/allow_scripts\.0 must be one of/);
  });
});
