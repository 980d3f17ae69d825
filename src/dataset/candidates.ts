import type { Change } from '../context/changes.js';
import type { DatasetPolicy } from '../policy/types.js';
import type { Sample } from '../types.js';
import { isUnder } from '../util/paths.js';
import type { DatasetListing, LayoutProblem } from './layout.js';

/** What a PR does to one dataset. */
export interface DatasetDelta {
  /** Samples added or changed (content, label or location), read at head. */
  candidates: Sample[];
  /** Layout problems in what the PR changed (unrecognised files, bad manifest rows). */
  problems: LayoutProblem[];
  /** Trusted samples the PR removes. */
  removed: Sample[];
}

/**
 * Picks the candidates: with a base, the samples whose file or manifest row the PR changes; in a
 * full scan (no base), every sample. Row changes matter as much as file changes: a manifest edit
 * can relabel a trusted file without touching it.
 */
export function selectCandidates(
  dataset: DatasetPolicy,
  head: DatasetListing,
  base: DatasetListing | undefined,
  changes: readonly Change[],
): DatasetDelta {
  if (!base) return { candidates: head.samples, problems: head.problems, removed: [] };
  if (dataset.layout === 'table') return selectChangedRows(head, base, changes);
  const changed = new Set(changes.filter((c) => c.status !== 'removed').map((c) => c.path));
  const baseByPath = new Map(base.samples.map((s) => [s.path, s]));
  const headPaths = new Set(head.samples.map((s) => s.path));
  const manifestChanged = head.manifest !== undefined && changed.has(head.manifest);

  const candidates = head.samples.filter((s) => {
    if (changed.has(s.path)) return true;
    const before = baseByPath.get(s.path);
    return !before || before.label !== s.label;
  });
  const problems = head.problems.filter((p) => changed.has(p.path) && (p.path !== head.manifest || manifestChanged));
  if (dataset.layout !== 'imagefolder') {
    for (const c of changes) {
      if (c.status !== 'removed' && isUnder(c.path, dataset.root) && c.path !== head.manifest && !headPaths.has(c.path)) {
        problems.push({
          path: c.path,
          severity: 'notice',
          message: `is not listed in ${head.manifest}, so it is not part of the dataset and was not checked`,
        });
      }
    }
  }
  const removed = base.samples.filter((s) => !headPaths.has(s.path));
  return { candidates, problems, removed };
}

/** What a row is, wherever it sits: reordering or moving rows between files changes nothing. */
function rowKey(s: Sample): string {
  return `${s.label}\0${s.inline ?? ''}`;
}

function byPosition(a: { path: string; line?: number }, b: { path: string; line?: number }): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Row-level diff of a table dataset by content (text + label), as multisets: a row is a candidate
 * when the base has fewer copies of it. Appending rows yields those rows; reordering or moving
 * rows yields none; an edited or relabelled row is a new row (and its old version is removed).
 * Rows in files the PR did not touch are matched first, so an extra copy is located in a changed file.
 */
function selectChangedRows(head: DatasetListing, base: DatasetListing, changes: readonly Change[]): DatasetDelta {
  const changed = new Set(changes.filter((c) => c.status !== 'removed').map((c) => c.path));
  const available = new Map<string, number>();
  for (const s of base.samples) available.set(rowKey(s), (available.get(rowKey(s)) ?? 0) + 1);
  const ordered = [...head.samples].sort((a, b) => Number(changed.has(a.path)) - Number(changed.has(b.path)) || byPosition(a, b));
  const candidates: Sample[] = [];
  for (const s of ordered) {
    const key = rowKey(s);
    const left = available.get(key) ?? 0;
    if (left > 0) available.set(key, left - 1);
    else candidates.push(s);
  }
  const removed: Sample[] = [];
  const headCount = new Map<string, number>();
  for (const s of head.samples) headCount.set(rowKey(s), (headCount.get(rowKey(s)) ?? 0) + 1);
  // A file the head cannot read is a problem of its own; its rows are unknown, not removed.
  const unreadable = new Set(head.problems.filter((p) => p.line === undefined || !p.fingerprint).map((p) => p.path));
  for (const s of [...base.samples].sort(byPosition)) {
    if (unreadable.has(s.path)) continue;
    const key = rowKey(s);
    const left = headCount.get(key) ?? 0;
    if (left > 0) headCount.set(key, left - 1);
    else removed.push(s);
  }
  // A malformed row the base already had is not the PR's doing, wherever it moved.
  const known = new Map<string, number>();
  for (const p of base.problems) if (p.fingerprint) known.set(p.fingerprint, (known.get(p.fingerprint) ?? 0) + 1);
  const problems = head.problems.filter((p) => {
    if (!changed.has(p.path)) return false;
    const left = p.fingerprint ? (known.get(p.fingerprint) ?? 0) : 0;
    if (left === 0) return true;
    known.set(p.fingerprint!, left - 1);
    return false;
  });
  return { candidates: candidates.sort(byPosition), problems, removed };
}
