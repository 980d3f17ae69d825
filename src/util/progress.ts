/**
 * How a scan says what it is doing while it runs: stages (listing a dataset, reading its changed
 * samples, embedding, each detector) with a count of items done when the total is known. Stages
 * nest (embedding runs inside a detector); `tick` and `end` apply to the innermost. The scan calls
 * these at stage boundaries only; how they are shown (a bar, log lines, groups) is the caller's.
 */
export interface Progress {
  start(stage: string, total?: number): void;
  /** `done` items of the current stage are finished (a running count, not an increment). */
  tick(done: number): void;
  end(): void;
}

export const noProgress: Progress = { start: () => {}, tick: () => {}, end: () => {} };

/** Runs `fn` as one stage, ended whatever happens. */
export async function stage<T>(progress: Progress, name: string, total: number | undefined, fn: () => Promise<T>): Promise<T> {
  progress.start(name, total);
  try {
    return await fn();
  } finally {
    progress.end();
  }
}
