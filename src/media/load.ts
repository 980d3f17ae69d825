import { readContent } from '../context/content.js';
import type { Tree } from '../context/tree.js';
import type { DatasetPolicy, Limits } from '../policy/types.js';
import type { Sample } from '../types.js';
import { sha256Hex } from '../util/hash.js';
import { extensionOf } from '../util/paths.js';
import { decodeImage } from './image.js';
import { sniffImageFormat } from './sniff.js';
import { trailingContent } from './structure.js';
import { decodeText } from './text.js';
import type { BudgetTicket } from './budget.js';
import type { LoadedSample } from './types.js';

export interface LoadOptions {
  dataset: DatasetPolicy;
  limits: Limits;
  /** The repository's git dir, where fetched LFS objects live; undefined when there is none. */
  gitDir?: string;
  /** Decode the content (pixels, text) or only read and hash the bytes. */
  decode: boolean;
  /**
   * The sample comes from the pull request: an image must also be nothing but an image (no bytes
   * after its data). The trusted reference is read without this check.
   */
  untrusted?: boolean;
  /** This sample's share of the scan's memory budget for changed samples (bytes read, pixels decoded). */
  budget?: BudgetTicket;
}

/**
 * Reads a sample's bytes from `tree` and decodes them under the limits. Never throws for bad
 * content: every reason the sample cannot be checked lands in `problems`, which the `integrity`
 * detector turns into findings. `sample.sha256` is filled from the bytes actually read.
 */
export async function loadSample(sample: Sample, tree: Tree, opts: LoadOptions): Promise<LoadedSample> {
  if (sample.inline !== undefined) return loadInline(sample, opts);
  const out: LoadedSample = { sample, problems: [] };
  const content = await readContent(sample.path, tree, opts.limits.max_file_bytes, opts.gitDir);
  if (content.lfs) out.lfs = content.lfs;
  if ('problem' in content) {
    // A pointer's oid is the sha256 of the content it stands for: a stable fingerprint even unfetched.
    if (content.oid) sample.sha256 = content.oid;
    out.problems.push(content.problem);
    return out;
  }
  const bytes = content.bytes;
  sample.sha256 = sha256Hex(bytes);
  if (opts.budget && !(await opts.budget.takeBytes(bytes.length))) {
    // Not kept: the budget exists so that a pull request of many large files cannot exhaust memory.
    out.problems.push({
      code: 'limit-exceeded',
      message: `was not checked: its ${bytes.length} bytes do not fit in what is left of the scan's budget (limits.max_scan_bytes ${opts.limits.max_scan_bytes}); split the pull request or raise the limit`,
      evidence: { limit: 'max_scan_bytes', value: opts.limits.max_scan_bytes, bytes: bytes.length },
    });
    return out;
  }
  out.bytes = bytes;
  if (bytes.length === 0) {
    out.problems.push({ code: 'empty', message: 'is empty (0 bytes)' });
    return out;
  }
  if (!opts.decode) return out;
  if (sample.modality === 'image') {
    const format = sniffImageFormat(bytes);
    const trailing = opts.untrusted && format ? trailingContent(bytes, format) : undefined;
    if (trailing) {
      out.problems.push({
        code: 'trailing-data',
        message: `has ${trailing.bytes} bytes after the end of its ${format!.toUpperCase()} data (offset ${trailing.end}): content no decoder shows, such as a second file format (a polyglot). Re-encode the image, or cut what follows its data.`,
        evidence: { end: trailing.end, trailing_bytes: trailing.bytes },
      });
      return out;
    }
    const budget = opts.budget;
    const r = await decodeImage(bytes, extensionOf(sample.path), opts.dataset.formats, opts.limits, budget ? { reserve: (n) => budget.takeDecoded(n) } : {});
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

/** A table row: the listing already holds its text (decoded strictly when the table was read). */
function loadInline(sample: Sample, opts: LoadOptions): LoadedSample {
  const text = sample.inline!;
  const bytes = Buffer.from(text, 'utf8');
  sample.sha256 = sha256Hex(bytes);
  const out: LoadedSample = { sample, problems: [], bytes };
  if (text.trim() === '') out.problems.push({ code: 'empty', message: 'has an empty text' });
  else if (bytes.length > opts.limits.max_text_bytes) {
    out.problems.push({ code: 'too-large', message: `text of ${bytes.length} bytes is over the limit of ${opts.limits.max_text_bytes}` });
  } else if (opts.decode) out.text = text;
  return out;
}
