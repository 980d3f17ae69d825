import type { Sample } from '../types.js';
import { sha256Hex } from '../util/hash.js';

/**
 * Caps the reference deterministically: per class to `perClass`, then overall to `total`, keeping
 * the samples whose path hashes lowest, so the same tree always yields the same reference.
 */
export function capReference(samples: readonly Sample[], perClass: number | undefined, total: number): Sample[] {
  const rank = new Map(samples.map((s) => [s, sha256Hex(s.path)]));
  const byRank = (a: Sample, b: Sample) => (rank.get(a)! < rank.get(b)! ? -1 : 1);
  let kept = [...samples];
  if (perClass !== undefined) {
    const byClass = new Map<string, Sample[]>();
    for (const s of kept) {
      const list = byClass.get(s.label);
      if (list) list.push(s);
      else byClass.set(s.label, [s]);
    }
    kept = [...byClass.values()].flatMap((list) => list.sort(byRank).slice(0, perClass));
  }
  if (kept.length > total) kept = kept.sort(byRank).slice(0, total);
  return kept.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
