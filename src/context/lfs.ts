import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../util/hash.js';

/** A parsed Git LFS pointer (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). */
export interface LfsPointer {
  oid: string;
  size: number;
}

const POINTER_MAX = 1024;

export function parseLfsPointer(bytes: Uint8Array): LfsPointer | undefined {
  if (bytes.length > POINTER_MAX) return undefined;
  const text = Buffer.from(bytes).toString('utf8');
  if (!text.startsWith('version https://git-lfs.github.com/spec/v1\n')) return undefined;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  if (!oid || size === undefined) return undefined;
  return { oid, size: Number(size) };
}

export type LfsContent =
  | { status: 'fetched'; bytes: Buffer }
  | { status: 'missing' }
  | { status: 'too-large' }
  | { status: 'corrupt'; actual: string };

/** Looks the pointer's object up in the local LFS store and checks its sha256 against the oid. */
export async function readLfsObject(gitDirectory: string, ptr: LfsPointer, maxBytes: number): Promise<LfsContent> {
  if (ptr.size > maxBytes) return { status: 'too-large' };
  const file = join(gitDirectory, 'lfs', 'objects', ptr.oid.slice(0, 2), ptr.oid.slice(2, 4), ptr.oid);
  let bytes: Buffer;
  try {
    const st = await fs.lstat(file);
    if (!st.isFile()) return { status: 'missing' };
    if (st.size > maxBytes) return { status: 'too-large' };
    bytes = await fs.readFile(file);
  } catch {
    return { status: 'missing' };
  }
  const actual = sha256Hex(bytes);
  return actual === ptr.oid ? { status: 'fetched', bytes } : { status: 'corrupt', actual };
}
