import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNameStatus } from '../src/context/changes.js';
import { GitTree } from '../src/context/tree.js';
import { parseCsv } from '../src/dataset/csv.js';
import { listDataset } from '../src/dataset/layout.js';
import { DEFAULT_LIMITS, loadPolicy } from '../src/policy/load.js';
import { parseRecords } from '../src/dataset/records.js';
import { scan } from '../src/scan/scan.js';
import { sha256Hex } from '../src/util/hash.js';
import { FIXTURES, buildRepo } from './support/repo.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const img = (n: string) => readFileSync(join(FIXTURES, 'demo/base/data/images', n));

describe('CSV and manifest parsing', () => {
  it('handles quotes, doubled quotes, CRLF and newlines inside quotes, with line numbers', () => {
    const rows = parseCsv('a,b\r\n"x, y","he said ""hi"""\r\n"multi\nline",z\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'he said "hi"'] },
      { line: 3, fields: ['multi\nline', 'z'] },
    ]);
    expect(() => parseCsv('a\n"open')).toThrow('line 2: unterminated quoted field');
  });

  it('names the line of every bad manifest record', () => {
    expect(parseRecords('m.csv', 'path,label\na.png,cat\nb.png\n').problems).toEqual([{ line: 3, message: 'has 1 columns, the header has 2' }]);
    expect(parseRecords('m.jsonl', '{"path":"a"}\nnot json\n[1]\n').problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it('reads hostile JSONL as data: any nesting depth, prototype-named keys', () => {
    // JSON.parse accepts this nesting; serialising it back would overflow the stack.
    const deep = `{"path":"x.png","label":"a","meta":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const parsed = parseRecords('m.jsonl', `{"path":"a.png","label":"a"}\n${deep}\n{"__proto__":{"label":"b"},"constructor":"c","path":"b.png"}\n`);
    expect(parsed.problems).toEqual([{ line: 2, message: "the value of 'meta' is nested too deeply to read" }]);
    expect(parsed.records.map((r) => [r.line, r.fields['path'], r.fields['label'], r.fields['constructor']])).toEqual([
      [1, 'a.png', 'a', undefined],
      [3, 'b.png', undefined, 'c'],
    ]);
    expect(parsed.records[1]!.fields['__proto__']).toBe('{"label":"b"}');
  });
});

describe('dataset listings', () => {
  const listed = async (policy: string, files: Record<string, string | Buffer>) => {
    const repo = buildRepo({ baseFiles: files });
    const tree = new GitTree(repo.root, repo.head, 'head');
    try {
      const dataset = loadPolicy({ text: policy, path: 'p.yml', source: 'test' }).policy.datasets[0]!;
      return await listDataset(tree, dataset, DEFAULT_LIMITS, join(repo.root, '.git'));
    } finally {
      tree.close();
    }
  };

  it('the default ignore list hides documentation, never a file a loader would read as a sample', async () => {
    const files = { 'data/coat/a.png': img('coat/0000.png'), 'data/coat/README.png': img('coat/0001.png'), 'data/coat/.x.png': img('coat/0002.png'), 'data/coat/README.md': '# notes\n', 'data/.gitattributes': '*.png binary\n' };
    const byDefault = await listed(folderPolicy, files);
    expect(byDefault.samples.map((s) => s.path)).toEqual(['data/coat/.x.png', 'data/coat/README.png', 'data/coat/a.png']);
    expect(byDefault.problems).toEqual([]);
    // The policy's own list is followed as written.
    const own = await listed(folderPolicy.replace('formats: [png] }', "formats: [png], ignore: ['**/.*', '**/README*'] }"), files);
    expect(own.samples.map((s) => s.path)).toEqual(['data/coat/a.png']);
  });

  it('reads a manifest stored with Git LFS from the LFS store, and names one that was not fetched', async () => {
    const policy = 'version: 1\ndatasets:\n  - { name: m, root: data, layout: csv, manifest: data/train.csv, modality: image, formats: [png] }\n';
    const manifest = Buffer.from('path,label\na.png,coat\n');
    const oid = sha256Hex(manifest);
    const files = { 'data/a.png': img('coat/0000.png'), 'data/train.csv': `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${manifest.length}\n` };
    const unfetched = await listed(policy, files);
    expect(unfetched.problems).toEqual([{ path: 'data/train.csv', message: expect.stringMatching(/^\(the dataset's manifest\) is a Git LFS pointer whose content was not fetched/) }]);
    const repo = buildRepo({ baseFiles: files });
    mkdirSync(join(repo.root, '.git/lfs/objects', oid.slice(0, 2), oid.slice(2, 4)), { recursive: true });
    writeFileSync(join(repo.root, '.git/lfs/objects', oid.slice(0, 2), oid.slice(2, 4), oid), manifest);
    const tree = new GitTree(repo.root, repo.head, 'head');
    const dataset = loadPolicy({ text: policy, path: 'p.yml', source: 'test' }).policy.datasets[0]!;
    const fetched = await listDataset(tree, dataset, DEFAULT_LIMITS, join(repo.root, '.git'));
    tree.close();
    expect(fetched.samples.map((s) => [s.path, s.label])).toEqual([['data/a.png', 'coat']]);
  });
});

describe('git name-status parsing', () => {
  it('reads additions, modifications, renames, copies and removals', () => {
    expect(parseNameStatus('A\0a.png\0M\0b.png\0R090\0old.png\0new.png\0C100\0src.png\0copy.png\0D\0gone.png\0T\0t.png\0')).toEqual([
      { status: 'added', path: 'a.png' },
      { status: 'modified', path: 'b.png' },
      { status: 'added', path: 'copy.png' },
      { status: 'removed', path: 'gone.png' },
      { status: 'renamed', path: 'new.png', previousPath: 'old.png' },
      { status: 'modified', path: 't.png' },
    ]);
  });
});

const folderPolicy = `version: 1
datasets:
  - { name: products, root: data, layout: imagefolder, modality: image, formats: [png] }
`;

describe('candidates of a pull request', () => {
  it('imagefolder: split folders, a relabel by moving a file, and removals', async () => {
    const repo = buildRepo({
      baseFiles: {
        '.github/poisongate.yml': folderPolicy,
        'data/train/coat/a.png': img('coat/0000.png'),
        'data/train/coat/b.png': img('coat/0001.png'),
        'data/test/bag/c.png': img('bag/0000.png'),
        'data/README.md': '# data\n',
      },
      prFiles: { 'data/train/bag/a.png': img('coat/0000.png') },
      prRemove: ['data/train/coat/a.png', 'data/train/coat/b.png'],
    });
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', now: NOW });
    expect(report.scope.changed_files).toBe(2);
    expect(report.datasets[0]).toMatchObject({ candidates: 1, reference: 3, removed: 2 });
    // The policy enables no content detector: a notice says so, and the removals are notices too.
    expect(report.findings.map((f) => [f.rule, f.path])).toEqual([
      ['no-content-detectors', 'data'],
      ['removed-sample', 'data/train/coat/a.png'],
      ['removed-sample', 'data/train/coat/b.png'],
    ]);
    expect(report.verdict).toBe('pass');
  });

  it('jsonl manifest (Hugging Face metadata.jsonl): new rows and relabelled rows are candidates', async () => {
    const policy = `version: 1
datasets:
  - { name: hf, root: data, layout: jsonl, manifest: data/metadata.jsonl, modality: image, formats: [png], columns: { label: label } }
`;
    const line = (f: string, l: string) => JSON.stringify({ file_name: f, label: l });
    const repo = buildRepo({
      baseFiles: {
        '.github/poisongate.yml': policy,
        'data/metadata.jsonl': [line('x/a.png', 'coat'), line('x/b.png', 'coat')].join('\n'),
        'data/x/a.png': img('coat/0000.png'),
        'data/x/b.png': img('coat/0001.png'),
      },
      prFiles: {
        'data/metadata.jsonl': [line('x/a.png', 'coat'), line('x/b.png', 'bag'), line('x/c.png', 'coat')].join('\n'),
        'data/x/c.png': img('coat/0002.png'),
        'data/x/unlisted.png': img('coat/0003.png'),
      },
    });
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', now: NOW });
    expect(report.datasets[0]).toMatchObject({ candidates: 2, reference: 2 });
    expect(report.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([['no-content-detectors', 'notice', 'data'], ['integrity', 'notice', 'data/x/unlisted.png']]);
  });

  it('full scan: every sample is a candidate and the working tree is read', async () => {
    const repo = buildRepo({
      baseFiles: { '.github/poisongate.yml': folderPolicy, 'data/coat/a.png': img('coat/0000.png'), 'data/coat/b.txt': 'x' },
    });
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', now: NOW });
    expect(report.scope).toMatchObject({ mode: 'full', changes_from: 'full-scan' });
    expect(report.datasets[0]).toMatchObject({ candidates: 1, unchecked: 1 });
    expect(report.findings.map((f) => f.path)).toEqual(['data', 'data/coat/b.txt']);
  });
});
