import { constants, promises as fs } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { BlobReader, git } from './git.js';

export type EntryKind = 'file' | 'symlink' | 'submodule' | 'other';

export interface TreeEntry {
  /** Repo-relative POSIX path. */
  path: string;
  kind: EntryKind;
  size: number;
  /** Git blob id, when the tree is a commit. */
  oid?: string;
}

/** Thrown when a file cannot be read as data; `code` is stable for findings and tests. */
export class ReadError extends Error {
  constructor(
    readonly code: 'missing' | 'symlink' | 'not-a-file' | 'too-large' | 'outside-repo' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

/**
 * A read-only view of the repository at one side of the comparison: a commit (base, head) or the
 * working tree (a full scan). Symlinks are listed as such and never followed.
 */
export interface Tree {
  /** Human label for messages: `base (1a2b3c4)`, `working tree`. */
  readonly label: string;
  /** The commit, when the tree is one. */
  readonly commit?: string;
  /** Every entry at or below `dir`, sorted by path. */
  list(dir: string): Promise<TreeEntry[]>;
  stat(path: string): Promise<TreeEntry | undefined>;
  /** Bytes of the regular file at `path`, refusing symlinks and anything over `maxBytes`. */
  read(path: string, maxBytes: number): Promise<Buffer>;
  close(): void;
}

function byPath(a: TreeEntry, b: TreeEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export class GitTree implements Tree {
  readonly label: string;
  private readonly blobs: BlobReader;
  private entries: Map<string, TreeEntry> | undefined;

  constructor(
    private readonly cwd: string,
    readonly commit: string,
    side: string,
  ) {
    this.label = `${side} (${commit.slice(0, 7)})`;
    this.blobs = new BlobReader(cwd);
  }

  private async all(): Promise<Map<string, TreeEntry>> {
    if (this.entries) return this.entries;
    const out = await git(this.cwd, ['ls-tree', '-r', '-z', '--long', '--full-tree', this.commit]);
    const map = new Map<string, TreeEntry>();
    for (const rec of out.toString('utf8').split('\0')) {
      if (!rec) continue;
      const tab = rec.indexOf('\t');
      const [mode, type, oid, size] = rec.slice(0, tab).split(/\s+/);
      const path = rec.slice(tab + 1);
      const kind: EntryKind =
        mode === '120000' ? 'symlink' : type === 'commit' ? 'submodule' : type === 'blob' ? 'file' : 'other';
      map.set(path, { path, kind, size: Number(size) || 0, oid: oid! });
    }
    this.entries = map;
    return map;
  }

  async list(dir: string): Promise<TreeEntry[]> {
    const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
    const out: TreeEntry[] = [];
    for (const e of (await this.all()).values()) if (e.path.startsWith(prefix)) out.push(e);
    return out.sort(byPath);
  }

  async stat(path: string): Promise<TreeEntry | undefined> {
    return (await this.all()).get(path);
  }

  async read(path: string, maxBytes: number): Promise<Buffer> {
    const e = await this.stat(path);
    if (!e) throw new ReadError('missing', `${path} does not exist in ${this.label}`);
    if (e.kind === 'symlink') throw new ReadError('symlink', `${path} is a symbolic link; samples must be regular files`);
    if (e.kind !== 'file') throw new ReadError('not-a-file', `${path} is not a regular file (${e.kind})`);
    if (e.size > maxBytes) {
      throw new ReadError('too-large', `${path} is ${e.size} bytes, over the limit of ${maxBytes}`);
    }
    return this.blobs.read(e.oid!);
  }

  close(): void {
    this.blobs.close();
  }
}

/** The checked-out files under `root`, for a full scan; never follows a symlink out of the repo. */
export class FsTree implements Tree {
  readonly label = 'working tree';
  readonly commit = undefined;

  constructor(private readonly root: string) {}

  async list(dir: string): Promise<TreeEntry[]> {
    const out: TreeEntry[] = [];
    const walk = async (rel: string): Promise<void> => {
      let names: string[];
      try {
        names = await fs.readdir(join(this.root, rel));
      } catch {
        return;
      }
      for (const name of names.sort()) {
        if (rel === '' && name === '.git') continue;
        const path = rel === '' ? name : `${rel}/${name}`;
        const st = await fs.lstat(join(this.root, path));
        if (st.isDirectory()) await walk(path);
        else out.push({ path, kind: st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : 'other', size: st.size });
      }
    };
    const start = dir === '.' ? '' : dir;
    const top = await this.stat(start);
    if (top && start !== '') out.push(top);
    else await walk(start);
    return out.sort(byPath);
  }

  async stat(path: string): Promise<TreeEntry | undefined> {
    try {
      const st = await fs.lstat(join(this.root, path));
      if (st.isDirectory()) return undefined;
      return { path, kind: st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : 'other', size: st.size };
    } catch {
      return undefined;
    }
  }

  async read(path: string, maxBytes: number): Promise<Buffer> {
    const abs = join(this.root, path);
    const link = await fs.lstat(abs).catch(() => undefined);
    if (link?.isSymbolicLink()) throw new ReadError('symlink', `${path} is a symbolic link; samples must be regular files`);
    // A FIFO or device would block or never end: refuse anything but a regular file before opening it.
    if (link && !link.isFile()) throw new ReadError('not-a-file', `${path} is not a regular file`);
    const real = await fs.realpath(abs).catch(() => undefined);
    if (real === undefined) throw new ReadError('missing', `${path} does not exist in the ${this.label}`);
    const rootReal = await fs.realpath(this.root);
    const rel = relative(rootReal, real);
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new ReadError('outside-repo', `${path} resolves outside the repository`);
    }
    let handle: fs.FileHandle;
    try {
      // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it still returns.
      handle = await fs.open(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new ReadError('symlink', `${path} is a symbolic link; samples must be regular files`);
      throw new ReadError('unreadable', `${path} cannot be opened (${code ?? 'error'})`);
    }
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw new ReadError('not-a-file', `${path} is not a regular file`);
      if (st.size > maxBytes) throw new ReadError('too-large', `${path} is ${st.size} bytes, over the limit of ${maxBytes}`);
      const buf = Buffer.alloc(st.size);
      let off = 0;
      while (off < st.size) {
        const { bytesRead } = await handle.read(buf, off, st.size - off, off);
        if (bytesRead === 0) break;
        off += bytesRead;
      }
      return buf.subarray(0, off);
    } finally {
      await handle.close();
    }
  }

  close(): void {}
}
