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
