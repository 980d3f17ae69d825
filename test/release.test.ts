// Releases: the script that versions, rebuilds, commits and tags (v1.2.3 and the moving v1), run on
// a copy of this repository; and the metadata GitHub Marketplace lists the Action with.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
// @ts-expect-error plain ESM release script
import { cutRelease } from '../scripts/cut-release.mjs';
import { ROOT } from './support/repo.js';
import { tempDir } from './support/tmp.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=release test', '-c', 'user.email=release@poisongate.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'release test', GIT_AUTHOR_EMAIL: 'release@poisongate.invalid', GIT_COMMITTER_NAME: 'release test', GIT_COMMITTER_EMAIL: 'release@poisongate.invalid' },
  }).trim();

/** A git repository holding this repository's tracked files, with its node_modules linked in. */
function copyOfRepository(): string {
  const dest = join(tempDir('poisongate-release-repo-'), 'poisongate');
  mkdirSync(dest);
  for (const f of git(ROOT, 'ls-files', '-z').split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    try {
      copyFileSync(join(ROOT, f), join(dest, f));
    } catch {
      // deleted in the work tree, not yet committed
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'));
  git(dest, 'init', '-q', '-b', 'main');
  writeFileSync(join(dest, '.git', 'info', 'exclude'), 'node_modules\n');
  git(dest, 'add', '-A');
  git(dest, 'commit', '-q', '-m', 'base');
  return dest;
}

describe('cutting a release', () => {
  const repo = copyOfRepository();
  const quiet = { checks: false, log: () => {} };

  it('sets the version everywhere, rebuilds, commits, tags v1.4.2 and points v1 at it; the next release moves v1', async () => {
    const first = await cutRelease(repo, '1.4.2', quiet);
    expect(first.tag).toBe('v1.4.2');
    expect(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version).toBe('1.4.2');
    const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
    expect([lock.version, lock.packages[''].version]).toEqual(['1.4.2', '1.4.2']);
    expect(readFileSync(join(repo, 'src', 'version.ts'), 'utf8')).toContain("TOOL_VERSION = '1.4.2'");
    expect(git(repo, 'log', '-1', '--format=%s')).toBe('Release 1.4.2');
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(git(repo, 'rev-parse', 'v1.4.2^{commit}')).toBe(first.commit);
    expect(git(repo, 'rev-parse', 'v1^{commit}')).toBe(first.commit);
    // The released bundle prints the released version.
    expect(execFileSync(process.execPath, [join(repo, 'bin', 'poisongate.js'), '--version'], { encoding: 'utf8' })).toBe('1.4.2\n');

    const second = await cutRelease(repo, '1.5.0', quiet);
    expect(git(repo, 'rev-parse', 'v1^{commit}')).toBe(second.commit);
    expect(git(repo, 'rev-parse', 'v1.4.2^{commit}')).toBe(first.commit);
  }, 240_000);

  it('refuses a bad version, a tag that exists and uncommitted changes', async () => {
    await expect(cutRelease(repo, '1.5', quiet)).rejects.toThrow(/not MAJOR\.MINOR\.PATCH/);
    await expect(cutRelease(repo, '1.4.2', quiet)).rejects.toThrow(/tag v1\.4\.2 exists already/);
    writeFileSync(join(repo, 'README.md'), 'changed\n');
    await expect(cutRelease(repo, '1.6.0', quiet)).rejects.toThrow(/uncommitted changes/);
  });
});

describe('GitHub Marketplace listing', () => {
  it('action.yml at the root has the name, description, author and branding the Marketplace shows', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(action.name).toBe('poisongate');
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.author).toBeTruthy();
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(action.branding.color);
    expect(action.branding.icon).toBe('shield');
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
