/**
 * The scan's wall-clock budget (limits.max_scan_seconds), counted from the start of the scan. Work
 * checks it between samples and between detectors; long-running stages (embedding) watch `signal`.
 * What is left when it passes is reported as unchecked, so the gate fails rather than pass it.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly endsAt: number;

  constructor(
    startedAt: number,
    readonly seconds: number,
  ) {
    this.endsAt = startedAt + seconds * 1000;
    // AbortSignal.timeout's timer does not keep the process alive.
    this.signal = AbortSignal.timeout(Math.max(0, this.endsAt - Date.now()));
  }

  passed(): boolean {
    return Date.now() >= this.endsAt;
  }
}
