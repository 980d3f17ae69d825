import { sha256Hex } from '../util/hash.js';

/** Deterministic attachment name: rule, a digest of what it shows, and a readable tail of the path. */
export function attachmentName(rule: string, path: string, extra = ''): string {
  const digest = sha256Hex(`${rule}\0${path}\0${extra}`).slice(0, 12);
  const tail = (path.split('/').pop() ?? 'sample').replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40);
  return `${rule}-${tail}-${digest}.png`;
}

/** Rounds to 4 decimals for evidence (stable JSON, no float noise). */
export function r4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
