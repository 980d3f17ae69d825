import type { Tree } from '../context/tree.js';
import type { Evidence, Sample, Severity } from '../types.js';

/** Pixels as decoded by sharp: row-major, interleaved channels, 8 bits per channel. */
export interface DecodedImage {
  width: number;
  height: number;
  channels: number;
  data: Uint8Array;
  /** Container format sharp detected from the bytes (png, jpeg, webp, gif, tiff). */
  format: string;
}

/** Why a sample's content could not be checked; every problem becomes an `integrity` finding. */
export interface ContentProblem {
  code:
    | 'missing'
    | 'symlink'
    | 'not-a-file'
    | 'outside-repo'
    | 'too-large'
    | 'unreadable'
    | 'lfs-pointer'
    | 'lfs-corrupt'
    | 'empty'
    | 'format-not-allowed'
    | 'extension-mismatch'
    | 'too-many-pixels'
    | 'decode-error'
    | 'trailing-data'
    | 'limit-exceeded'
    | 'invalid-utf8'
    | 'unrecognised-file';
  message: string;
  evidence?: Evidence;
  /** Default error; a notice for files that are provably not training data. */
  severity?: Severity;
}

/** A sample with its content read and decoded under the policy's limits. */
export interface LoadedSample {
  sample: Sample;
  /** Present when the bytes could be read (also when decoding then failed). */
  bytes?: Buffer;
  image?: DecodedImage;
  text?: string;
  /** Empty when the content is fully usable by detectors. */
  problems: ContentProblem[];
  /** Set when the git blob is an LFS pointer (content read from the local LFS store when present). */
  lfs?: { oid: string; size: number; fetched: boolean };
}

export function isUsable(s: LoadedSample): boolean {
  return s.problems.length === 0;
}

/** The trusted side of the comparison: the dataset's samples at the base ref. */
export interface Reference {
  samples: Sample[];
  tree: Tree;
  /** Reads (and by default decodes) one reference sample under the policy's limits. */
  load(sample: Sample, opts?: { decode?: boolean }): Promise<LoadedSample>;
}

/** A reference sample of a text dataset with its decoded text. */
export interface ReferenceText {
  sample: Sample;
  text: string;
}
