import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FsTree } from '../src/context/tree.js';
import type { Report } from '../src/report/model.js';
import { scan } from '../src/scan/scan.js';
import { sha256Hex } from '../src/util/hash.js';
import { FIXTURES, buildRepo, git } from './support/repo.js';
import { tempDir } from './support/tmp.js';

const BAD = join(FIXTURES, 'bad-inputs');
const bad = (name: string) => readFileSync(join(BAD, name));
const NOW = new Date('2026-06-01T00:00:00Z');
const IMG = 'data/images/coat';
const TXT = 'data/reviews/positive';

/** Each bad file, where the PR puts it, and the integrity problem it must produce. */
const CASES: Array<[string, string, string]> = [
  ['truncated.png', `${IMG}/truncated.png`, 'decode-error'],
  ['truncated.jpg', `${IMG}/truncated.jpg`, 'format-not-allowed'],
  ['corrupt-crc.png', `${IMG}/corrupt-crc.png`, 'decode-error'],
  ['zero-bytes.png', `${IMG}/zero-bytes.png`, 'empty'],
  ['jpeg-named.png', `${IMG}/jpeg-named.png`, 'format-not-allowed'],
  ['text-named.png', `${IMG}/text-named.png`, 'decode-error'],
  ['svg-named.png', `${IMG}/svg-named.png`, 'decode-error'],
  ['huge-dimensions.png', `${IMG}/huge-dimensions.png`, 'too-many-pixels'],
  ['gif-not-allowed.gif', `${IMG}/gif-not-allowed.gif`, 'format-not-allowed'],
  ['lfs-pointer.png', `${IMG}/lfs-pointer.png`, 'lfs-pointer'],
  ['invalid-utf8.txt', `${TXT}/invalid-utf8.txt`, 'invalid-utf8'],
  ['README.md', `${IMG}/notes.bin`, 'unrecognised-file'],
  ['webp-ok.webp', 'data/images/stray.png', 'unrecognised-file'],
];

describe('bad input in a pull request', () => {
  const prFiles: Record<string, Buffer> = {};
  for (const [name, dest] of CASES) prFiles[dest] = bad(name);
  const repo = buildRepo({ base: join(FIXTURES, 'demo', 'base'), prFiles });
  let report: Report;
  beforeAll(async () => {
    ({ report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', now: NOW }));
  });

  it.each(CASES)('%s at %s is an integrity finding (%s) that names the file', (_name, dest, problem) => {
    const f = report.findings.find((x) => x.rule === 'integrity' && x.path === dest);
    expect(f).toBeDefined();
    expect(f!.severity).toBe('error');
    expect(f!.message).toContain(dest);
    expect(f!.evidence).toMatchObject({ problem });
  });

  it('fails the gate and counts every bad candidate as unchecked', () => {
    expect(report.verdict).toBe('fail');
    expect(report.summary.unchecked).toBe(CASES.length);
  });
});

describe('files git and the filesystem can hold but a dataset must not', () => {
  it('a symlink committed in the PR is refused, never followed', async () => {
    const repo = buildRepo({ base: join(FIXTURES, 'demo', 'base') });
    symlinkSync('/etc/passwd', join(repo.root, IMG, 'evil.png'));
    git(repo.root, 'add', '-A');
    git(repo.root, 'commit', '-q', '-m', 'symlink');
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'HEAD', now: NOW });
    const f = report.findings.find((x) => x.path === `${IMG}/evil.png` && x.rule === 'integrity');
    expect(f?.evidence).toMatchObject({ problem: 'symlink' });
    expect(report.verdict).toBe('fail');
  });

  it('a symlink in the working tree is refused in a full scan too', async () => {
    const repo = buildRepo({ base: join(FIXTURES, 'demo', 'base') });
    symlinkSync('/etc/hostname', join(repo.root, IMG, 'evil.png'));
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', now: NOW });
    const f = report.findings.find((x) => x.path === `${IMG}/evil.png` && x.rule === 'integrity');
    expect(f?.evidence).toMatchObject({ problem: 'symlink' });
    expect(report.scope.mode).toBe('full');
  });

  it('a FIFO in the working tree is refused without opening it (opening would block)', async () => {
    const dir = tempDir('poisongate-fifo-');
    execFileSync('mkfifo', [join(dir, 'sample.png')]);
    writeFileSync(join(dir, '..name.png'), 'x');
    const tree = new FsTree(dir);
    await expect(tree.read('sample.png', 1024)).rejects.toMatchObject({ code: 'not-a-file' });
    // A name that merely starts with two dots is inside the repository.
    await expect(tree.read('..name.png', 1024)).resolves.toEqual(Buffer.from('x'));
  });

  it('LFS content present in the local store is checked against the pointer oid', async () => {
    const real = readFileSync(join(FIXTURES, 'demo', 'base', 'data/images/coat/0001.png'));
    const good = sha256Hex(real);
    const pointer = (oid: string, size: number) => `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;
    const forged = 'a'.repeat(64);
    const repo = buildRepo({
      base: join(FIXTURES, 'demo', 'base'),
      prFiles: { [`${IMG}/lfs-good.png`]: pointer(good, real.length), [`${IMG}/lfs-forged.png`]: pointer(forged, real.length) },
    });
    for (const oid of [good, forged]) {
      const dir = join(repo.root, '.git', 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, oid), real);
    }
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', now: NOW });
    const integrity = (p: string) => report.findings.filter((x) => x.path === `${IMG}/${p}` && x.rule === 'integrity');
    expect(integrity('lfs-good.png')).toEqual([]);
    expect(integrity('lfs-forged.png')[0]?.evidence).toMatchObject({ problem: 'lfs-corrupt' });
  });

  it('a manifest row pointing outside the dataset root is a finding naming the manifest line', async () => {
    const policy = [
      'version: 1',
      'datasets:',
      '  - name: listed',
      '    root: data/listed',
      '    layout: csv',
      '    modality: image',
      '    manifest: data/listed/train.csv',
      '    formats: [png]',
    ].join('\n');
    const img = readFileSync(join(FIXTURES, 'demo', 'base', 'data/images/coat/0000.png'));
    const repo = buildRepo({
      baseFiles: { '.github/poisongate.yml': policy, 'data/listed/train.csv': 'path,label\na.png,coat\n', 'data/listed/a.png': img },
      prFiles: { 'data/listed/train.csv': 'path,label\na.png,coat\n../../etc/passwd,coat\n/etc/shadow,coat\nb.png\n' },
    });
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', now: NOW });
    const rows = report.findings.filter((f) => f.path === 'data/listed/train.csv').map((f) => [f.line, f.evidence?.['problem']]);
    expect(rows).toEqual([
      [3, 'unrecognised-file'],
      [4, 'unrecognised-file'],
      [5, 'unrecognised-file'],
    ]);
    expect(report.verdict).toBe('fail');
  });
});
