import { isUsable } from '../media/types.js';
import type { Sample } from '../types.js';
import { mapLimit } from '../util/concurrency.js';
import type { Reference } from './detector.js';

export interface ReferenceText {
  sample: Sample;
  text: string;
}

const LOAD_CONCURRENCY = 8;
const loaded = new WeakMap<Reference, Promise<ReferenceText[]>>();

/**
 * The decoded texts of a text dataset's reference, loaded once per scan and shared by the text
 * detectors. Reference samples that cannot be decoded are left out: the reference is trusted
 * context, and an unreadable one only narrows it.
 */
export function referenceTexts(reference: Reference): Promise<ReferenceText[]> {
  let texts = loaded.get(reference);
  if (!texts) {
    texts = mapLimit(reference.samples, LOAD_CONCURRENCY, (s) => reference.load(s)).then((all) =>
      all.filter((l) => isUsable(l) && l.text !== undefined).map((l) => ({ sample: l.sample, text: l.text! })),
    );
    loaded.set(reference, texts);
  }
  return texts;
}

/** Candidates' identity in the reference (a full scan's candidates are its reference). */
export function sampleKey(s: Sample): string {
  return `${s.path}\0${s.line ?? 0}\0${s.sha256}`;
}
