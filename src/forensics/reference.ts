import { isUsable, type LoadedSample, type Reference } from '../media/types.js';
import type { Sample } from '../types.js';
import { mapLimit } from '../util/concurrency.js';
import { grayOf, packGray, unpackGray, type GrayImage } from './gray.js';
import { phash, type PHash } from './phash.js';

/** One trusted image, decoded once per scan and shared by the pixel detectors. */
export interface ReferenceImage {
  sample: Sample;
  hash: PHash;
  width: number;
  height: number;
  /** Kept while the scan's pixel budget allows; otherwise decoded again on demand. */
  packed?: { width: number; height: number; data: Uint8Array };
}

export interface ReferenceImages {
  images: ReferenceImage[];
  /** Reference samples that could not be decoded (trusted side; counted, reported in evidence). */
  unreadable: number;
  /** Decodes (or returns the kept copy of) one reference image. */
  gray(image: ReferenceImage): Promise<GrayImage>;
}

/** Pixels kept in memory across detectors: 64 M bytes of luma; larger references are re-decoded. */
const PIXEL_BUDGET = 64 * 1024 * 1024;
const CONCURRENCY = 4;

/** Decoded luma of a loaded candidate, undefined when it has no usable image. */
export function candidateGray(c: LoadedSample): GrayImage | undefined {
  return isUsable(c) && c.image ? grayOf(c.image) : undefined;
}

/**
 * The reference images of a dataset, decoded and hashed once per scan (the dataset's scope keeps
 * them), so perturbed-copy, shared-trigger and frequency pay one decode.
 */
export async function decodeReferenceImages(reference: Reference): Promise<ReferenceImages> {
  let budget = PIXEL_BUDGET;
  let unreadable = 0;
  const decode = async (sample: Sample): Promise<GrayImage | undefined> => {
    const loaded = await reference.load({ ...sample });
    return candidateGray(loaded);
  };
  const decoded = await mapLimit(reference.samples, CONCURRENCY, async (sample) => {
    const g = await decode(sample);
    if (!g) return undefined;
    const image: ReferenceImage = { sample, hash: phash(g), width: g.width, height: g.height };
    return { image, g };
  });
  const images: ReferenceImage[] = [];
  // Decide what to keep in input order, so the same reference always keeps the same images.
  for (const d of decoded) {
    if (!d) {
      unreadable++;
      continue;
    }
    const px = d.g.width * d.g.height;
    if (px <= budget) {
      d.image.packed = packGray(d.g);
      budget -= px;
    }
    images.push(d.image);
  }
  return {
    images,
    unreadable,
    async gray(image) {
      if (image.packed) return unpackGray(image.packed);
      const g = await decode(image.sample);
      if (!g) throw new Error(`reference image ${image.sample.path} could not be decoded again`);
      return g;
    },
  };
}
