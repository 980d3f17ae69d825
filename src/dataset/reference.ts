import type { Sample } from '../types.js';
import { sha256Hex } from '../util/hash.js';

/**
 * Caps the reference deterministically: per class to `perClass`, then overall to `total`, keeping
 * the samples whose path hashes lowest, so the same tree always yields the same reference.
 */
export function capReference(samples: readonly Sample[], perClass: number | undefined, total: number): Sample[] {
  if (samples.length <= total && perClass === undefined) return [...samples].sort(byPosition);
  // Rows of a table rank by content, so reordering a file keeps the same reference.
  const rank = new Map(samples.map((s) => [s, sha256Hex(s.inline !== undefined ? `${s.label}\0${s.inline}` : s.path)]));
  const byRank = (a: Sample, b: Sample) => {
    const ra = rank.get(a)!;
    const rb = rank.get(b)!;
    return ra < rb ? -1 : ra > rb ? 1 : byPosition(a, b);
  };
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
  return kept.sort(byPosition);
}

function byPosition(a: Sample, b: Sample): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
