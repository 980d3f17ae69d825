import { parseLfsPointer, readLfsObject } from './lfs.js';
import { ReadError, type Tree } from './tree.js';

/** Where LFS content came from, for the sample record. */
export interface LfsInfo {
  oid: string;
  size: number;
  fetched: boolean;
}

/** Why stored content could not be read (a subset of the media stage's ContentProblem). */
export interface ReadProblem {
  code: ReadError['code'] | 'lfs-pointer' | 'lfs-corrupt';
  message: string;
  evidence?: Record<string, unknown>;
}

/** The content of a blob, read through a Git LFS pointer when its object was fetched. */
export type ContentBytes = { bytes: Buffer; lfs?: LfsInfo } | { problem: ReadProblem; lfs?: LfsInfo; oid?: string };

/**
 * Reads the bytes stored at `path` in `tree` under the size limit; a Git LFS pointer is replaced by
 * its object from the local LFS store. Every reason the content is unavailable is a problem.
 */
export async function readContent(path: string, tree: Tree, maxBytes: number, gitDir: string | undefined): Promise<ContentBytes> {
  let bytes: Buffer;
  try {
    bytes = await tree.read(path, maxBytes);
  } catch (err) {
    // Problems are reported after the path they are about: drop the path the tree's message starts with.
    if (err instanceof ReadError) return { problem: { code: err.code, message: err.message.startsWith(`${path} `) ? err.message.slice(path.length + 1) : err.message } };
    return { problem: { code: 'unreadable', message: `cannot be read: ${(err as Error).message}` } };
  }
  const pointer = parseLfsPointer(bytes);
  if (!pointer) return { bytes };
  const content = gitDir ? await readLfsObject(gitDir, pointer, maxBytes) : { status: 'missing' as const };
  const lfs = { oid: pointer.oid, size: pointer.size, fetched: content.status === 'fetched' };
  switch (content.status) {
    case 'fetched':
      return { bytes: content.bytes, lfs };
    case 'missing':
      return {
        lfs,
        oid: pointer.oid,
        problem: {
          code: 'lfs-pointer',
          message: "is a Git LFS pointer whose content was not fetched: set 'lfs: true' on actions/checkout (or run 'git lfs pull')",
          evidence: { oid: pointer.oid, size: pointer.size },
        },
      };
    case 'too-large':
      return { lfs, problem: { code: 'too-large', message: `LFS content of ${pointer.size} bytes is over the limit of ${maxBytes}` } };
    case 'corrupt':
      return {
        lfs,
        problem: {
          code: 'lfs-corrupt',
          message: `LFS content does not match its pointer: sha256 ${content.actual.slice(0, 12)}… ≠ oid ${pointer.oid.slice(0, 12)}…`,
          evidence: { oid: pointer.oid, actual: content.actual },
        },
      };
  }
}

