import { hamming, type PHash } from './phash.js';

const CHUNKS = 4;

function chunk(h: PHash, c: number): number {
  return c < 2 ? (h.lo >>> (16 * c)) & 0xffff : (h.hi >>> (16 * (c - 2))) & 0xffff;
}

export interface HashHit {
  id: number;
  distance: number;
}

/**
 * Multi-index hashing (Norouzi et al., 2012) over 64-bit hashes: four 16-bit chunks, each held as a
 * sorted bucket array. Two hashes within Hamming distance r agree within ⌊r/4⌋ bits on at least one
 * chunk, so a query probes each chunk's few neighbouring buckets instead of every entry: the cost
 * grows with the bucket sizes, not with the size of the reference.
 */
export class HashIndex {
  private readonly hashes: PHash[] = [];
  private sorted?: { keys: Uint16Array; ids: Int32Array }[];

  add(h: PHash): number {
    this.hashes.push(h);
    this.sorted = undefined;
    return this.hashes.length - 1;
  }

  get size(): number {
    return this.hashes.length;
  }

  private build(): { keys: Uint16Array; ids: Int32Array }[] {
    if (this.sorted) return this.sorted;
    const n = this.hashes.length;
    this.sorted = Array.from({ length: CHUNKS }, (_, c) => {
      const ids = Int32Array.from({ length: n }, (_, i) => i);
      const key = (i: number) => chunk(this.hashes[i]!, c);
      ids.sort((a, b) => key(a) - key(b) || a - b);
      return { keys: Uint16Array.from(ids, key), ids };
    });
    return this.sorted;
  }

  /** Every entry within Hamming distance `radius` (≤ 15) of `q`, nearest first, ties by id. */
  query(q: PHash, radius: number): HashHit[] {
    const tables = this.build();
    const sub = Math.floor(radius / CHUNKS);
    const seen = new Set<number>();
    const hits: HashHit[] = [];
    for (let c = 0; c < CHUNKS; c++) {
      const { keys, ids } = tables[c]!;
      for (const probe of neighbours(chunk(q, c), sub)) {
        let lo = lowerBound(keys, probe);
        for (; lo < keys.length && keys[lo] === probe; lo++) {
          const id = ids[lo]!;
          if (seen.has(id)) continue;
          seen.add(id);
          const d = hamming(q, this.hashes[id]!);
          if (d <= radius) hits.push({ id, distance: d });
        }
      }
    }
    return hits.sort((a, b) => a.distance - b.distance || a.id - b.id);
  }
}

function lowerBound(keys: Uint16Array, v: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** All 16-bit values within Hamming distance `r` of `v` (r ≤ 3). */
function neighbours(v: number, r: number): number[] {
  const out = [v];
  if (r >= 1) for (let i = 0; i < 16; i++) out.push(v ^ (1 << i));
  if (r >= 2) for (let i = 0; i < 16; i++) for (let j = i + 1; j < 16; j++) out.push(v ^ (1 << i) ^ (1 << j));
  if (r >= 3)
    for (let i = 0; i < 16; i++)
      for (let j = i + 1; j < 16; j++) for (let k = j + 1; k < 16; k++) out.push(v ^ (1 << i) ^ (1 << j) ^ (1 << k));
  return out;
}
