import type { Tree } from '../context/tree.js';
import type { ScanBudget } from '../media/budget.js';
import { loadSample, type LoadOptions } from '../media/load.js';
import type { LoadedSample } from '../media/types.js';
import type { Sample } from '../types.js';
import { mapLimit } from '../util/concurrency.js';
import type { Progress } from '../util/progress.js';
import type { Deadline } from './deadline.js';

const LOAD_CONCURRENCY = 4;

export interface LoadedCandidates {
  /** Every candidate in input order, read and decoded at head, or with the problem that stopped it. */
  loaded: LoadedSample[];
  /** Candidates left unread because the scan ran out of time. */
  unread: number;
}

/**
 * Reads the changed samples of a dataset at head, as untrusted input, each within its share of the
 * scan's byte and pixel budget (taken in candidate order, so the same input refuses the same
 * samples). What the deadline leaves unread is a problem of its own, never a pass.
 */
export async function loadCandidates(candidates: readonly Sample[], head: Tree, opts: LoadOptions, deadline: Deadline, budget: ScanBudget, progress: Progress, label: string): Promise<LoadedCandidates> {
  let unread = 0;
  let read = 0;
  progress.start(label, candidates.length);
  const tickets = candidates.map(() => budget.ticket());
  const loaded = await mapLimit(candidates, LOAD_CONCURRENCY, async (s, i): Promise<LoadedSample> => {
    const ticket = tickets[i]!;
    try {
      if (!deadline.passed()) return await loadSample(s, head, { ...opts, untrusted: true, budget: ticket });
    } finally {
      ticket.close();
      progress.tick(++read);
    }
    unread++;
    const problem = { code: 'limit-exceeded' as const, message: `was not checked: the scan ran out of time (limits.max_scan_seconds ${deadline.seconds})`, evidence: { limit: 'max_scan_seconds', value: deadline.seconds } };
    return { sample: s, problems: [problem] };
  });
  progress.end();
  return { loaded, unread };
}
