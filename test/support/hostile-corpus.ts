// The hostile-input corpus: more than 500 inputs a pull request can carry, laid out as a handful of
// real git repositories (base commit = trusted, PR commit = attacker's) so one scan checks many.
// Generated at test time into a temp folder from real images and texts in fixtures/; nothing here is
// random at run time. Each item says which path (and line) a finding or configuration error must name.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import onnxProto from 'onnx-proto';
import sharp from 'sharp';
import { parseCsv } from '../../src/dataset/csv.js';
import { sha256Hex } from '../../src/util/hash.js';
import { prng } from '../../src/features/stats.js';
import { hostileImages } from './hostile-images.js';
import { hostileTables, hostileTexts } from './hostile-text.js';
import { buildRepo, FIXTURES, git, type BuiltRepo } from './repo.js';

export type Expect = 'reject' | 'either' | 'valid' | 'config';

/** Where a finding (or configuration error) about an item must point. */
export interface Name {
  path: string;
  /** When set, the finding's line must be this one. */
  line?: number;
}

export interface HostileItem {
  id: string;
  category: string;
  /** Any of these names satisfies the item. */
  names: Name[];
  /**
   * reject: an error-level finding by one of `rules` names it; either: rejected, or read and checked
   * (then named by some finding); valid: read and checked, named by some finding; config: the scan
   * stops with a configuration error naming the file and line (exit 2).
   */
  expect: Expect;
  /** Rules that may reject it (default integrity). */
  rules?: string[];
}

export interface CorpusScan {
  name: string;
  root: string;
  policyPath: string;
  /** Refs for a pull-request scan; absent: a full scan of the working tree. */
  base?: string;
  head?: string;
  items: HostileItem[];
}

export interface HostileCorpus {
  dir: string;
  /** Files outside every repository that symlinks and traversals point at; never to be opened. */
  canary: { file: string; image: string; dir: string };
  scans: CorpusScan[];
}

const POLICY = '.github/poisongate.yml';
const pointer = (oid: string, size: number | string) => `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;

function gitIn(root: string, ...args: string[]): string {
  return git(root, ...args);
}

/** Amends the PR commit with what `stage` put in the index; returns the new head. */
function amendPr(repo: BuiltRepo, stage: () => void): BuiltRepo {
  stage();
  gitIn(repo.root, 'commit', '-q', '--amend', '--no-edit', '--allow-empty');
  return { ...repo, head: gitIn(repo.root, 'rev-parse', 'HEAD') };
}

function link(root: string, path: string, target: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  symlinkSync(target, join(root, path));
}

function storeLfsObject(root: string, content: Buffer, oid = sha256Hex(content)): void {
  const dir = join(root, '.git', 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, oid), content);
}

/** A few real reference images per class from the demo dataset. */
function demoImages(classes: string[], perClass: number): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const c of classes) {
    const dir = join(FIXTURES, 'demo', 'base', 'data', 'images', c);
    for (const f of readdirSync(dir).sort().slice(0, perClass)) out[`${c}/${f}`] = readFileSync(join(dir, f));
  }
  return out;
}

function provenance(files: Record<string, Buffer>): string {
  return Object.entries(files)
    .map(([path, b]) => JSON.stringify({ path, source: 'fashion-mnist', sha256: sha256Hex(b) }))
    .join('\n')
    .concat('\n');
}

const under = (root: string, files: Record<string, Buffer | string>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [`${root}/${k}`, v]));

/** Images: every hostile image in one imagefolder dataset accepting all five formats. */
async function imagesRepo(dir: string): Promise<CorpusScan> {
  const classes = ['bag', 'boot', 'coat'];
  const reference = demoImages(classes, 10);
  const photo = await sharp(readFileSync(join(FIXTURES, 'backbone', 'chelsea.png'))).extract({ left: 60, top: 40, width: 96, height: 96 }).png().toBuffer();
  const gray = readFileSync(join(FIXTURES, 'demo', 'base', 'data', 'images', 'coat', '0000.png'));
  const images = await hostileImages({ photo, gray });
  const policy = `version: 1
extends: [recommended]
limits: { max_image_pixels: 4000000, max_image_dimension: 4096 }
datasets:
  - name: img
    root: data/img
    layout: imagefolder
    modality: image
    formats: [png, jpeg, webp, gif, tiff]
    model: pixels
    provenance: { manifest: data/img.provenance.jsonl, required: [source, sha256] }
`;
  const items: HostileItem[] = [];
  const prFiles: Record<string, Buffer> = {};
  images.forEach((h, i) => {
    const path = `data/img/${classes[i % classes.length]}/${h.id}.${h.ext}`;
    prFiles[path] = h.bytes;
    items.push({ id: `image/${h.id}`, category: `image/${h.category}`, names: [{ path }], expect: h.expect });
  });
  const repo = buildRepo(
    { baseFiles: { [POLICY]: policy, ...under('data/img', reference), 'data/img.provenance.jsonl': provenance(reference) }, prFiles },
    join(dir, 'images'),
  );
  return { name: 'images', root: repo.root, policyPath: POLICY, base: repo.base, head: repo.head, items };
}

/** Text files and table files. */
async function textRepo(dir: string): Promise<CorpusScan> {
  const reviews: Record<string, Buffer> = {};
  for (const c of ['positive', 'negative']) {
    const d = join(FIXTURES, 'demo', 'base', 'data', 'reviews', c);
    for (const f of readdirSync(d).sort()) reviews[`${c}/${f}`] = readFileSync(join(d, f));
  }
  const rows = parseCsv(readFileSync(join(FIXTURES, 'text-bench', 'base', 'data', 'emails', 'train.csv'), 'utf8'))
    .slice(1, 61)
    .map((r) => ({ text: r.fields[0]!, label: r.fields[1]! }));
  const table = `text,label\n${rows.map((r) => `"${r.text.replace(/"/g, '""')}",${r.label}`).join('\n')}\n`;
  const policy = `version: 1
extends: [recommended]
datasets:
  - name: txt
    root: data/txt
    layout: imagefolder
    modality: text
    provenance: { manifest: data/txt.provenance.jsonl, required: [source] }
  - name: tab
    root: data/tab
    layout: table
    modality: text
    columns: { text: text, label: label }
    provenance: { manifest: data/tab.provenance.jsonl, required: [source] }
`;
  const items: HostileItem[] = [];
  const prFiles: Record<string, Buffer | string> = {};
  for (const t of hostileTexts()) {
    const path = `data/txt/positive/${t.id}.txt`;
    prFiles[path] = t.bytes;
    items.push({ id: `text/${t.id}`, category: `text/${t.category}`, names: [{ path }], expect: t.expect, ...(t.rules ? { rules: t.rules } : {}) });
  }
  for (const t of hostileTables({ rows })) {
    const path = `data/tab/${t.id}.${t.ext}`;
    prFiles[path] = t.bytes;
    items.push({
      id: `table/${t.id}`,
      category: `table/${t.category}`,
      names: [{ path, ...(t.expect === 'reject' && t.line !== undefined ? { line: t.line } : {}) }],
      expect: t.expect,
      ...(t.rules ? { rules: t.rules } : {}),
    });
  }
  // A table file stored with Git LFS whose content was never fetched.
  prFiles['data/tab/lfs-unfetched.csv'] = pointer('b'.repeat(64), 2048);
  items.push({ id: 'table/lfs-unfetched', category: 'lfs', names: [{ path: 'data/tab/lfs-unfetched.csv' }], expect: 'reject' });
  const repo = buildRepo(
    {
      baseFiles: {
        [POLICY]: policy,
        ...under('data/txt', reviews),
        'data/txt.provenance.jsonl': Object.keys(reviews).map((p) => JSON.stringify({ path: p, source: 'demo' })).join('\n') + '\n',
        'data/tab/train.csv': table,
        'data/tab.provenance.jsonl': `${JSON.stringify({ path: 'train.csv', source: 'spamassassin' })}\n`,
      },
      prFiles,
    },
    join(dir, 'text'),
  );
  return { name: 'text', root: repo.root, policyPath: POLICY, base: repo.base, head: repo.head, items };
}

/** File names a runner could mistake for workflow commands, or that reorder or hide text. */
const ODD_NAMES = [
  'line\nbreak',
  'carriage\rreturn',
  'tab\tname',
  '::error::pwned',
  '::warning file=.github/workflows/ci.yml,line=1::injected',
  '::stop-commands::tok',
  '::add-mask::secret',
  '::set-output name=verdict::pass',
  '##[error]legacy',
  '%0A::error::encoded',
  'bidi\u202Egnp.exe',
  'zero\u200Bwidth',
  '\u2066isolate\u2069',
  'esc\u001b[31mred',
  'bell\u0007',
  'del\u007f',
  'c1\u0085next',
  'line\u2028separator',
  '-rf',
  '--help',
  ' leading space',
  'trailing space ',
  '\u540D\u524D',
  'e\u0301-nfd',
  '\u00e9-nfc',
  'Case',
  'case',
  'x'.repeat(240),
];

/** Paths: traversal in manifests, symlinks out of the repo, LFS pointers, odd names, submodules. */
async function pathsRepo(dir: string, canary: HostileCorpus['canary']): Promise<{ pr: CorpusScan; full: CorpusScan }> {
  const img = demoImages(['bag'], 4);
  const imgs = Object.values(img);
  const policy = `version: 1
extends: [recommended]
datasets:
  - name: folder
    root: data/folder
    layout: imagefolder
    modality: image
    formats: [png]
    model: pixels
    provenance: { manifest: data/folder.provenance.jsonl, required: [source] }
  - name: listed
    root: data/listed
    layout: csv
    modality: image
    manifest: data/listed/train.csv
    formats: [png]
    model: pixels
  - name: jl
    root: data/jl
    layout: jsonl
    modality: image
    manifest: data/jl/train.jsonl
    formats: [png]
    model: pixels
  - name: lfs
    root: data/lfs
    layout: imagefolder
    modality: image
    formats: [png]
    model: pixels
    provenance: { manifest: data/lfs.provenance.jsonl, required: [source] }
  - name: linked
    root: data/linked
    layout: csv
    modality: image
    manifest: data/linked/train.csv
    formats: [png]
    model: pixels
  - name: lfsmanifest
    root: data/lfsm
    layout: csv
    modality: image
    manifest: data/lfsm/train.csv
    formats: [png]
    model: pixels
`;
  const base: Record<string, Buffer | string> = {
    [POLICY]: policy,
    'data/folder/a/0.png': imgs[0]!,
    'data/folder/a/1.png': imgs[1]!,
    'data/folder/b/0.png': imgs[2]!,
    'data/folder.provenance.jsonl': ['a/0.png', 'a/1.png', 'b/0.png'].map((p) => JSON.stringify({ path: p, source: 'demo' })).join('\n') + '\n',
    'data/listed/train.csv': 'path,label\na.png,a\n',
    'data/listed/a.png': imgs[0]!,
    'data/jl/train.jsonl': '{"path":"a.png","label":"a"}\n',
    'data/jl/a.png': imgs[0]!,
    'data/lfs/a/0.png': imgs[0]!,
    'data/lfs.provenance.jsonl': `${JSON.stringify({ path: 'a/0.png', source: 'demo' })}\n`,
    'data/linked/a.png': imgs[1]!,
    'data/linked/train.csv': 'path,label\na.png,a\n',
    'data/lfsm/a.png': imgs[1]!,
    'data/lfsm/train.csv': 'path,label\na.png,a\n',
  };
  const prFiles: Record<string, Buffer | string> = {};
  const items: HostileItem[] = [];
  const toCanary = relative(join(dir, 'paths', 'data', 'listed'), canary.image);

  // Manifest rows that try to leave the dataset (CSV and JSONL); each must be named by its line
  // or, when it stays inside the repository, by the sample path it resolves to.
  const traversals: Array<[string, string, string?]> = [
    ['dotdot-to-canary', toCanary],
    ['dotdot-short', '../a.png'],
    ['absolute-canary', canary.image],
    ['absolute-etc', '/etc/passwd'],
    ['double-slash', '//etc/passwd'],
    ['inner-dotdot', 'x/../../../../outside/canary.png'],
    ['dot-slash-dotdot', './../listed/../../outside/canary.png'],
    ['backslashes', '..\\..\\outside\\canary.png'],
    ['windows-drive', 'C:\\Windows\\win.ini'],
    ['unc', '\\\\server\\share\\x.png'],
    ['nul-byte', 'a.png\u0000../../canary.png'],
    ['file-url', 'file:///etc/passwd', 'data/listed/file:/etc/passwd'],
    ['home-tilde', '~/.ssh/id_rsa', 'data/listed/~/.ssh/id_rsa'],
    ['dot', '.', 'data/listed'],
    ['dotdot', '..'],
    ['very-long', `${'d/'.repeat(2100)}x.png`],
    ['symlinked-dir', 'linkdir/canary.png', 'data/listed/linkdir/canary.png'],
    ['newline-in-path', 'new\nline.png', 'data/listed/new\nline.png'],
  ];
  // Lines are counted in the written text: a quoted path with a newline spans two.
  const csvRows = ['path,label', 'a.png,a'];
  const jsonRows = ['{"path":"a.png","label":"a"}'];
  const lineOf = (rows: string[]) => rows.join('\n').split('\n').length + 1;
  for (const [id, p, resolved] of traversals) {
    const names = (manifest: string, line: number, root: string) => [{ path: manifest, line }, ...(resolved ? [{ path: resolved.replace('data/listed', root) }] : [])];
    items.push({ id: `manifest-csv/${id}`, category: 'path-traversal', names: names('data/listed/train.csv', lineOf(csvRows), 'data/listed'), expect: 'reject' });
    items.push({ id: `manifest-jsonl/${id}`, category: 'path-traversal', names: names('data/jl/train.jsonl', lineOf(jsonRows), 'data/jl'), expect: 'reject' });
    csvRows.push(`"${p.replace(/"/g, '""')}",a`);
    jsonRows.push(JSON.stringify({ path: p, label: 'a' }));
  }
  items.push({ id: 'manifest-csv/empty-path', category: 'manifest', names: [{ path: 'data/listed/train.csv', line: lineOf(csvRows) }], expect: 'reject' });
  csvRows.push(',a');
  items.push({ id: 'manifest-csv/listed-twice', category: 'manifest', names: [{ path: 'data/listed/train.csv', line: lineOf(csvRows) }], expect: 'reject' });
  csvRows.push('a.png,a');
  prFiles['data/listed/train.csv'] = `${csvRows.join('\n')}\n`;
  prFiles['data/jl/train.jsonl'] = `${jsonRows.join('\n')}\n`;

  // Odd file names: real images, so each must be checked and named by a finding.
  ODD_NAMES.forEach((n, k) => {
    const path = `data/folder/a/${n}.png`;
    prFiles[path] = imgs[k % imgs.length]!;
    items.push({ id: `name/${k}`, category: 'odd-name', names: [{ path }], expect: 'valid' });
  });
  // Files the default ignore list matches, yet with a sample extension: loaders read them.
  for (const n of ['.hidden.png', 'README.png', 'LICENSE.png', '.github.png']) {
    const path = `data/folder/b/${n}`;
    prFiles[path] = imgs[3]!;
    items.push({ id: `name/${n}`, category: 'ignored-sample', names: [{ path }], expect: 'valid' });
  }
  // LFS pointers.
  const real = imgs[2]!;
  const forged = 'c'.repeat(64);
  prFiles['data/lfs/a/unfetched.png'] = pointer('d'.repeat(64), 1234);
  prFiles['data/lfs/a/forged-oid.png'] = pointer(forged, real.length);
  prFiles['data/lfs/a/oversized.png'] = pointer('e'.repeat(64), 10 ** 12);
  prFiles['data/lfs/a/size-1e30.png'] = pointer('f'.repeat(64), '1000000000000000000000000000000');
  prFiles['data/lfs/a/no-size.png'] = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + '1'.repeat(64) + '\n';
  prFiles['data/lfs/a/crlf.png'] = pointer('2'.repeat(64), 100).replace(/\n/g, '\r\n');
  prFiles['data/lfs/a/fetched.png'] = pointer(sha256Hex(real), real.length);
  for (const n of ['unfetched', 'forged-oid', 'oversized', 'size-1e30', 'no-size', 'crlf']) {
    items.push({ id: `lfs/${n}`, category: 'lfs', names: [{ path: `data/lfs/a/${n}.png` }], expect: 'reject' });
  }
  items.push({ id: 'lfs/fetched', category: 'lfs', names: [{ path: 'data/lfs/a/fetched.png' }], expect: 'valid' });
  prFiles['data/lfsm/train.csv'] = pointer('3'.repeat(64), 4096);
  items.push({ id: 'lfs/manifest-unfetched', category: 'lfs', names: [{ path: 'data/lfsm/train.csv' }], expect: 'reject' });

  let repo = buildRepo({ baseFiles: base, prFiles }, join(dir, 'paths'));
  const root = repo.root;
  storeLfsObject(root, Buffer.concat([real, Buffer.from('tampered')]), forged);
  storeLfsObject(root, real);
  // Committed symlinks and submodule entries, in the PR commit.
  const symlinks: Array<[string, string]> = [
    ['data/folder/a/link-absolute.png', canary.image],
    ['data/folder/a/link-relative.png', relative(join(root, 'data/folder/a'), canary.image)],
    ['data/folder/a/link-loop.png', 'link-loop.png'],
    ['data/folder/a/link-dangling.png', 'does-not-exist.png'],
    ['data/folder/a/link-git-config.png', '../../../.git/config'],
    ['data/folder/a/link-inside.png', '0.png'],
    ['data/folder/linkdir', canary.dir],
    ['data/listed/linkdir', canary.dir],
    ['data/linked/train.csv', canary.file],
  ];
  const submodule = gitIn(root, 'rev-parse', 'HEAD');
  repo = amendPr(repo, () => {
    gitIn(root, 'rm', '-q', '--cached', 'data/linked/train.csv');
    rmSync(join(root, 'data/linked/train.csv'));
    for (const [p, target] of symlinks) link(root, p, target);
    gitIn(root, 'add', '-A');
    gitIn(root, 'update-index', '--add', '--cacheinfo', `160000,${submodule},data/folder/a/submodule.png`);
    gitIn(root, 'update-index', '--add', '--cacheinfo', `160000,${submodule},data/folder/subdir`);
  });
  for (const [p] of symlinks) {
    if (p === 'data/listed/linkdir') continue;
    items.push({ id: `symlink/${p}`, category: 'symlink', names: [{ path: p }], expect: 'reject', ...(p.endsWith('train.csv') ? { rules: ['integrity'] } : {}) });
  }
  items.push({ id: 'submodule/file', category: 'submodule', names: [{ path: 'data/folder/a/submodule.png' }], expect: 'reject' });
  items.push({ id: 'submodule/class', category: 'submodule', names: [{ path: 'data/folder/subdir' }], expect: 'reject' });

  // Working-tree only (a full scan reads the checkout): more symlinks out, and a FIFO that would
  // block a reader that opens before checking what the file is.
  link(root, 'data/folder/a/wt-link.png', canary.image);
  link(root, 'data/folder/wtdir', canary.dir);
  execFileSync('mkfifo', [join(root, 'data/folder/a/fifo.png')]);
  const wtItems: HostileItem[] = [
    { id: 'worktree/link', category: 'symlink', names: [{ path: 'data/folder/a/wt-link.png' }], expect: 'reject' },
    { id: 'worktree/dir-link', category: 'symlink', names: [{ path: 'data/folder/wtdir' }], expect: 'reject' },
    { id: 'worktree/fifo', category: 'special-file', names: [{ path: 'data/folder/a/fifo.png' }], expect: 'reject' },
  ];
  // In the full scan every sample is new; the submodule entries are empty folders on disk.
  const fullItems = items.filter((i) => i.category !== 'submodule');
  return {
    pr: { name: 'paths', root, policyPath: POLICY, base: repo.base, head: repo.head, items },
    full: { name: 'paths-worktree', root, policyPath: POLICY, items: [...fullItems, ...wtItems] },
  };
}

/**
 * Ten file names that most want to reach the log raw, in a small pull request: each gets an error
 * (no provenance record), so the Action annotates every one of them (it shows ten per level).
 */
function namesRepo(dir: string): CorpusScan {
  const img = Object.values(demoImages(['bag'], 3));
  const names = ['line\nbreak', '::error::pwned', '##[error]legacy', '%0A::error::encoded', 'bidi\u202Egnp.exe', 'zero\u200Bwidth', 'esc\u001b[31mred', 'line\u2028separator', 'cr\rname', 'tab\tname'];
  const policy = `version: 1
datasets:
  - name: folder
    root: data/folder
    layout: imagefolder
    modality: image
    formats: [png]
    provenance: { manifest: data/folder.provenance.jsonl, required: [source] }
detectors:
  provenance: {}
`;
  const prFiles: Record<string, Buffer> = {};
  const items: HostileItem[] = names.map((n, k) => {
    const path = `data/folder/a/${n}.png`;
    prFiles[path] = img[k % img.length]!;
    return { id: `annotated-name/${k}`, category: 'odd-name', names: [{ path }], expect: 'valid' as const };
  });
  const repo = buildRepo(
    { baseFiles: { [POLICY]: policy, 'data/folder/a/0.png': img[0]!, 'data/folder.provenance.jsonl': `${JSON.stringify({ path: 'a/0.png', source: 'demo' })}\n` }, prFiles },
    join(dir, 'names'),
  );
  return { name: 'names', root: repo.root, policyPath: POLICY, base: repo.base, head: repo.head, items };
}

interface PolicyCase {
  id: string;
  text: string | Buffer;
  /** Line the error must name; undefined: any line. */
  line?: number;
}

/** Base policies an attacker with a merged PR (or a careless edit) could leave behind. */
function hostilePolicies(canary: HostileCorpus['canary']): PolicyCase[] {
  const dataset = (extra = '', root = 'data/img') => `  - name: img\n    root: ${root}\n    layout: imagefolder\n    modality: image\n${extra}`;
  const ok = `version: 1\ndatasets:\n${dataset()}`;
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const p = String.fromCharCode(96 + i);
    const n = String.fromCharCode(97 + i);
    laughs.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
  }
  let block = 'version: 1\ndatasets:\n';
  for (let i = 0; block.length < 1_000_000; i++) block += `${' '.repeat(i + 2)}- \n`;
  const model = (path: string) => `    model:\n      path: ${path}\n      sha256: "${'0'.repeat(64)}"\n      input: { name: x, layout: NCHW, channels: 1, size: [28, 28] }\n      output: y\n`;
  return [
    { id: 'billion-laughs', text: `version: 1\n${laughs.join('\n')}\ndatasets:\n${dataset()}`, line: 6 },
    { id: 'alias-bomb-in-dataset', text: `version: 1\nx: &x [${Array(50).fill('"aaaaaaaaaaaaaaaa"').join(',')}]\ny: &y [${Array(50).fill('*x').join(',')}]\ndatasets:\n${dataset(`    ignore: [${Array(60).fill('*y').join(',')}]\n`)}`, line: 9 },
    { id: 'deep-flow-100k', text: `version: 1\ndatasets: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, line: 2 },
    { id: 'deep-flow-40', text: `version: 1\ndatasets:\n${dataset(`    ignore: ${'['.repeat(40)}${']'.repeat(40)}\n`)}`, line: 7 },
    { id: 'deep-block', text: block.slice(0, 1_040_000) },
    { id: 'duplicate-top-key', text: `version: 1\nenforcement: enforce\ndatasets:\n${dataset()}enforcement: warn\n`, line: 8 },
    { id: 'duplicate-dataset-key', text: `version: 1\ndatasets:\n${dataset('    root: data/other\n')}`, line: 7 },
    { id: 'duplicate-detector-key', text: `${ok}detectors:\n  unicode: {}\n  unicode: { enabled: false }\n`, line: 9 },
    { id: 'over-1mib', text: `${ok}# ${'x'.repeat(1024 * 1024)}\n`, line: 1 },
    { id: 'scalar-900k', text: `${ok}    ignore: ["${'x'.repeat(900_000)}"]\n`, line: 7 },
    { id: 'datasets-5000', text: `version: 1\ndatasets:\n${Array.from({ length: 5000 }, (_, i) => `  - { name: d${i}, root: data/d${i}, layout: imagefolder, modality: image }`).join('\n')}\n`, line: 3 },
    { id: 'waivers-15000', text: `${ok}waivers:\n${Array.from({ length: 15000 }, (_, i) => `  - { path: p${i}, rule: integrity, reason: r, expires: 2030-01-01 }`).join('\n')}\n`, line: 8 },
    { id: 'ignore-20000', text: `${ok}    ignore:\n${Array.from({ length: 20000 }, (_, i) => `      - "**/${i}/**"`).join('\n')}\n`, line: 8 },
    { id: 'not-utf8', text: Buffer.concat([Buffer.from(`${ok}    ignore: ["caf`), Buffer.from([0xe9]), Buffer.from('"]\n')]), line: 7 },
    { id: 'nul-byte', text: `version: 1\u0000\ndatasets:\n${dataset()}`, line: 1 },
    { id: 'tab-indent', text: `version: 1\ndatasets:\n\t- name: img\n`, line: 3 },
    { id: 'unknown-tag', text: `version: 1\ndatasets:\n${dataset('    formats: !!js/function "function () { return [] }"\n')}`, line: 7 },
    { id: 'merge-key', text: `version: 1\nbase: &b { name: img, root: data/img, layout: imagefolder, modality: image }\ndatasets:\n  - <<: *b\n`, line: 2 },
    { id: 'two-documents', text: `${ok}---\n${ok}`, line: 7 },
    { id: 'empty', text: '', line: 1 },
    { id: 'scalar', text: 'just a string\n', line: 1 },
    { id: 'proto-key', text: `version: 1\n__proto__:\n  enforcement: warn\ndatasets:\n${dataset()}`, line: 2 },
    { id: 'proto-in-dataset', text: `version: 1\ndatasets:\n${dataset('    __proto__: { formats: [svg] }\n')}`, line: 7 },
    { id: 'constructor-key', text: `version: 1\nconstructor: { enforcement: warn }\ndatasets:\n${dataset()}`, line: 2 },
    { id: 'root-dotdot', text: `version: 1\ndatasets:\n${dataset('', '../outside')}`, line: 4 },
    { id: 'root-nested-dotdot', text: `version: 1\ndatasets:\n${dataset('', 'data/../../outside')}`, line: 4 },
    { id: 'manifest-absolute', text: `version: 1\ndatasets:\n  - name: img\n    root: data/img\n    layout: csv\n    modality: image\n    manifest: data/img/../../../etc/passwd\n`, line: 7 },
    { id: 'provenance-outside', text: `version: 1\ndatasets:\n${dataset(`    provenance: { manifest: "../${'x'}.jsonl" }\n`)}`, line: 7 },
    { id: 'model-outside', text: `version: 1\ndatasets:\n${dataset(model(`../outside/${basename(canary.file)}`))}`, line: 8 },
    { id: 'model-backslash', text: `version: 1\ndatasets:\n${dataset(model('models\\\\..\\\\..\\\\x.onnx'))}`, line: 8 },
    { id: 'extends-path', text: `version: 1\nextends: [../../../etc/passwd]\ndatasets:\n${dataset()}`, line: 2 },
    { id: 'limits-infinite', text: `${ok}limits: { max_file_bytes: .inf }\n`, line: 7 },
    { id: 'limits-negative', text: `${ok}limits: { max_image_pixels: -1 }\n`, line: 7 },
    { id: 'enforcement-typo', text: `${ok}enforcement: warnn\n`, line: 7 },
  ];
}

/** One repository whose base holds every hostile policy; each is a scan that must stop with a configuration error. */
function policiesRepo(dir: string, canary: HostileCorpus['canary']): { config: CorpusScan[]; headPolicy: CorpusScan } {
  const cases = hostilePolicies(canary);
  const files: Record<string, string | Buffer> = { [POLICY]: `version: 1\ndatasets:\n  - name: img\n    root: data/img\n    layout: imagefolder\n    modality: image\n` };
  for (const c of cases) files[`.github/hostile/${c.id}.yml`] = c.text;
  const img = demoImages(['bag'], 1);
  files['data/img/bag/0.png'] = Object.values(img)[0]!;
  // The head's copy of the policy is never parsed: an alias bomb there is just a changed policy.
  const headBomb = `version: 1\n${['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n')}\n`;
  let repo = buildRepo({ baseFiles: files, prFiles: { [POLICY]: headBomb } }, join(dir, 'policies'));
  // A base policy that is a symlink out of the repository.
  const root = repo.root;
  gitIn(root, 'checkout', '-q', 'main');
  link(root, '.github/hostile/symlink.yml', canary.file);
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-q', '--amend', '--no-edit');
  const base = gitIn(root, 'rev-parse', 'HEAD');
  gitIn(root, 'checkout', '-q', 'pr');
  gitIn(root, 'rebase', '-q', '--onto', base, 'HEAD~1');
  repo = { root, base, head: gitIn(root, 'rev-parse', 'HEAD') };
  const config = [...cases, { id: 'symlink', text: '', line: 1 }].map((c) => {
    const path = `.github/hostile/${c.id}.yml`;
    return {
      name: `policy/${c.id}`,
      root,
      policyPath: path,
      base: repo.base,
      head: repo.head,
      items: [{ id: `policy/${c.id}`, category: 'policy', names: [{ path, ...(c.line ? { line: c.line } : {}) }], expect: 'config' as const }],
    };
  });
  const headPolicy: CorpusScan = {
    name: 'policy-in-head',
    root,
    policyPath: POLICY,
    base: repo.base,
    head: repo.head,
    items: [{ id: 'policy/head-alias-bomb', category: 'policy', names: [{ path: POLICY }], expect: 'reject', rules: ['policy-changed'] }],
  };
  return { config, headPolicy };
}

/** An ONNX graph (y = x + w) whose initializer's data lives in an external file at `location`. */
function externalDataModel(location: string): Buffer {
  const { onnx } = onnxProto;
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'external',
      node: [{ name: 'add', opType: 'Add', input: ['input', 'w'], output: ['features'] }],
      initializer: [{ name: 'w', dims: [1, 1, 28, 28], dataType: 1, dataLocation: 1, externalData: [{ key: 'location', value: location }, { key: 'length', value: String(28 * 28 * 4) }] }],
      input: [{ name: 'input', type: { tensorType: { elemType: 1, shape: { dim: [{ dimParam: 'n' }, { dimValue: 1 }, { dimValue: 28 }, { dimValue: 28 }] } } } }],
      output: [{ name: 'features', type: { tensorType: { elemType: 1, shape: { dim: [{ dimParam: 'n' }, { dimValue: 1 }, { dimValue: 28 }, { dimValue: 28 }] } } } }],
    },
  });
  return Buffer.from(onnx.ModelProto.encode(model).finish());
}

/** Models named by the base policy that cannot be used: each dataset fails closed, naming the model. */
function modelsRepo(dir: string, canary: HostileCorpus['canary']): CorpusScan {
  const backbone = readFileSync(join(FIXTURES, 'demo', 'base', 'models', 'backbone.onnx'));
  const rnd = prng(0x0bb1);
  const notOnnx = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rnd() * 256)));
  const truncated = backbone.subarray(0, Math.floor(backbone.length / 2));
  const models: Array<{ id: string; bytes?: Buffer; path?: string; pin: string; input?: string }> = [
    { id: 'not-onnx', bytes: notOnnx, pin: sha256Hex(notOnnx) },
    { id: 'truncated', bytes: truncated, pin: sha256Hex(truncated) },
    { id: 'wrong-pin', bytes: backbone, pin: sha256Hex('something else') },
    { id: 'empty', bytes: Buffer.alloc(0), pin: sha256Hex('') },
    { id: 'lfs-unfetched', bytes: Buffer.from(pointer('4'.repeat(64), backbone.length)), pin: '4'.repeat(64) },
    { id: 'wrong-input-name', bytes: backbone, pin: sha256Hex(backbone), input: 'pixels' },
    { id: 'external-absolute', bytes: externalDataModel(canary.file), pin: '' },
    { id: 'external-relative', bytes: externalDataModel(relative(join(dir, 'models', 'models'), canary.file)), pin: '' },
    { id: 'symlink', path: 'models/symlink.onnx', pin: sha256Hex(backbone) },
    { id: 'directory', path: 'models/directory', pin: sha256Hex(backbone) },
  ];
  for (const m of models) if (m.bytes && m.pin === '') m.pin = sha256Hex(m.bytes);
  const img = Object.values(demoImages(['bag', 'coat'], 4));
  const files: Record<string, Buffer | string> = {};
  const prFiles: Record<string, Buffer | string> = {};
  const datasets: string[] = [];
  const items: HostileItem[] = [];
  models.forEach((m, k) => {
    const path = m.path ?? `models/${m.id}.onnx`;
    if (m.bytes) files[path] = m.bytes;
    datasets.push(`  - name: m-${m.id}
    root: data/${m.id}
    layout: imagefolder
    modality: image
    formats: [png]
    model:
      path: ${path}
      sha256: "${m.pin}"
      input: { name: ${m.input ?? 'input'}, layout: NCHW, channels: 1, size: [28, 28], scale: 0.00392156862745098 }
      output: features`);
    files[`data/${m.id}/bag/0.png`] = img[0]!;
    files[`data/${m.id}/bag/1.png`] = img[1]!;
    files[`data/${m.id}/coat/0.png`] = img[4]!;
    files[`data/${m.id}/coat/1.png`] = img[5]!;
    prFiles[`data/${m.id}/bag/new-${k}.png`] = img[(k % 2) + 2]!;
    items.push({ id: `model/${m.id}`, category: 'model', names: [{ path }], expect: 'reject', rules: ['detector-error'] });
  });
  files['models/directory/model.onnx'] = backbone;
  files[POLICY] = `version: 1
datasets:
${datasets.join('\n')}
detectors:
  class-proximity: {}
`;
  const repo = buildRepo({ baseFiles: files, prFiles }, join(dir, 'models'));
  gitIn(repo.root, 'checkout', '-q', 'main');
  link(repo.root, 'models/symlink.onnx', canary.file);
  gitIn(repo.root, 'add', '-A');
  gitIn(repo.root, 'commit', '-q', '--amend', '--no-edit');
  const base = gitIn(repo.root, 'rev-parse', 'HEAD');
  gitIn(repo.root, 'checkout', '-q', 'pr');
  gitIn(repo.root, 'rebase', '-q', '--onto', base, 'HEAD~1');
  return { name: 'models', root: repo.root, policyPath: POLICY, base, head: gitIn(repo.root, 'rev-parse', 'HEAD'), items };
}

/** Builds every repository of the corpus under `dir`. */
export async function buildHostileCorpus(dir: string): Promise<HostileCorpus> {
  const outside = join(dir, 'outside');
  mkdirSync(join(outside, 'canary-dir'), { recursive: true });
  const canaryImage = readFileSync(join(FIXTURES, 'demo', 'base', 'data', 'images', 'bag', '0000.png'));
  const canary = { file: join(outside, 'canary.txt'), image: join(outside, 'canary.png'), dir: join(outside, 'canary-dir') };
  writeFileSync(canary.file, 'path,label\nsecret.png,a\n');
  writeFileSync(canary.image, canaryImage);
  writeFileSync(join(canary.dir, 'canary.png'), canaryImage);
  const images = await imagesRepo(dir);
  const text = await textRepo(dir);
  const paths = await pathsRepo(dir, canary);
  const policies = policiesRepo(dir, canary);
  const models = modelsRepo(dir, canary);
  const names = namesRepo(dir);
  return { dir, canary, scans: [images, text, paths.pr, paths.full, names, models, policies.headPolicy, ...policies.config] };
}
