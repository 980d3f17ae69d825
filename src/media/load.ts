import { ReadError, type Tree } from '../context/tree.js';
import { parseLfsPointer, readLfsObject } from '../context/lfs.js';
import type { DatasetPolicy, Limits } from '../policy/types.js';
import type { Sample } from '../types.js';
import { sha256Hex } from '../util/hash.js';
import { extensionOf } from '../util/paths.js';
import { decodeImage } from './image.js';
import { decodeText } from './text.js';
import type { LoadedSample } from './types.js';

export interface LoadOptions {
  dataset: DatasetPolicy;
  limits: Limits;
  /** The repository's git dir, where fetched LFS objects live; undefined when there is none. */
  gitDir?: string;
  /** Decode the content (pixels, text) or only read and hash the bytes. */
  decode: boolean;
}

/**
 * Reads a sample's bytes from `tree` and decodes them under the limits. Never throws for bad
 * content: every reason the sample cannot be checked lands in `problems`, which the `integrity`
 * detector turns into findings. `sample.sha256` is filled from the bytes actually read.
 */
export async function loadSample(sample: Sample, tree: Tree, opts: LoadOptions): Promise<LoadedSample> {
  const out: LoadedSample = { sample, problems: [] };
  let bytes: Buffer;
  try {
    bytes = await tree.read(sample.path, opts.limits.max_file_bytes);
  } catch (err) {
    if (err instanceof ReadError) out.problems.push({ code: err.code, message: err.message });
    else out.problems.push({ code: 'unreadable', message: `cannot be read: ${(err as Error).message}` });
    return out;
  }
  const pointer = parseLfsPointer(bytes);
  if (pointer) {
    const content = opts.gitDir ? await readLfsObject(opts.gitDir, pointer, opts.limits.max_file_bytes) : { status: 'missing' as const };
    out.lfs = { oid: pointer.oid, size: pointer.size, fetched: content.status === 'fetched' };
    if (content.status === 'missing') {
      sample.sha256 = pointer.oid;
      out.problems.push({
        code: 'lfs-pointer',
        message: "is a Git LFS pointer whose content was not fetched: set 'lfs: true' on actions/checkout (or run 'git lfs pull')",
        evidence: { oid: pointer.oid, size: pointer.size },
      });
      return out;
    }
    if (content.status === 'too-large') {
      out.problems.push({ code: 'too-large', message: `LFS content of ${pointer.size} bytes is over the limit of ${opts.limits.max_file_bytes}` });
      return out;
    }
    if (content.status === 'corrupt') {
      out.problems.push({
        code: 'lfs-corrupt',
        message: `LFS content does not match its pointer: sha256 ${content.actual.slice(0, 12)}… ≠ oid ${pointer.oid.slice(0, 12)}…`,
        evidence: { oid: pointer.oid, actual: content.actual },
      });
      return out;
    }
    bytes = content.bytes;
  }
  out.bytes = bytes;
  sample.sha256 = sha256Hex(bytes);
  if (bytes.length === 0) {
    out.problems.push({ code: 'empty', message: 'is empty (0 bytes)' });
    return out;
  }
  if (!opts.decode) return out;
  if (sample.modality === 'image') {
    const r = await decodeImage(bytes, extensionOf(sample.path), opts.dataset.formats, opts.limits);
    if ('problem' in r) out.problems.push(r.problem);
    else out.image = r.image;
  } else {
    if (bytes.length > opts.limits.max_text_bytes) {
      out.problems.push({ code: 'too-large', message: `text of ${bytes.length} bytes is over the limit of ${opts.limits.max_text_bytes}` });
      return out;
    }
    const r = decodeText(bytes);
    if ('problem' in r) out.problems.push(r.problem);
    else out.text = r.text;
  }
  return out;
}
