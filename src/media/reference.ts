import type { Sample } from '../types.js';
import { mapLimit } from '../util/concurrency.js';
import { isUsable, type Reference, type ReferenceText } from './types.js';

const LOAD_CONCURRENCY = 8;

/**
 * The decoded texts of a text dataset's reference. Reference samples that cannot be decoded are
 * left out: the reference is trusted context, and an unreadable one only narrows it.
 */
export async function loadReferenceTexts(reference: Reference): Promise<ReferenceText[]> {
  const all = await mapLimit(reference.samples, LOAD_CONCURRENCY, (s) => reference.load(s));
  const texts: ReferenceText[] = [];
  for (const l of all) if (isUsable(l) && l.text !== undefined) texts.push({ sample: l.sample, text: l.text });
  return texts;
}

/** A sample's identity across the candidates and the reference (a full scan's candidates are its reference). */
export function sampleKey(s: Sample): string {
  return `${s.path}\0${s.line ?? 0}\0${s.sha256}`;
}
