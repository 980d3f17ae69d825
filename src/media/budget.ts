import type { Limits } from '../policy/types.js';

/**
 * Decisions taken strictly in index order, whatever order the callers arrive in: loads finish in
 * any order, but which sample the budget refuses must not depend on timing (same input, same
 * findings). Every index must come through exactly once, by `run` or `pass`.
 */
class Turns {
  private next = 0;
  private readonly waiting = new Map<number, () => void>();

  async run<T>(index: number, decide: () => T): Promise<T> {
    if (index > this.next) await new Promise<void>((resolve) => this.waiting.set(index, resolve));
    try {
      return decide();
    } finally {
      this.next++;
      const wake = this.waiting.get(this.next);
      if (wake) {
        this.waiting.delete(this.next);
        wake();
      }
    }
  }

  pass(index: number): void {
    void this.run(index, () => undefined);
  }
}

/** One candidate's view of the budget; `close` gives up the turns it did not use. */
export interface BudgetTicket {
  /** Takes `n` bytes of sample content; false (nothing taken) when they do not fit. At most once. */
  takeBytes(n: number): Promise<boolean>;
  /** Takes `n` bytes of decoded pixels; false (nothing taken) when they do not fit. At most once. */
  takeDecoded(n: number): Promise<boolean>;
  close(): void;
}

/**
 * What the changed samples of one scan may hold in memory: their bytes and their decoded pixels
 * stay until every detector has run, so a pull request of many large files must be stopped by a
 * budget, not by the runner running out of memory. Shared by all datasets of a scan; candidates
 * draw on it in order (ticket numbers continue across datasets).
 */
export class ScanBudget {
  private bytesLeft: number;
  private decodedLeft: number;
  private readonly bytesTurns = new Turns();
  private readonly decodedTurns = new Turns();
  private issued = 0;

  constructor(readonly limits: Pick<Limits, 'max_scan_bytes' | 'max_decoded_bytes'>) {
    this.bytesLeft = limits.max_scan_bytes;
    this.decodedLeft = limits.max_decoded_bytes;
  }

  /** Tickets must be taken in candidate order. */
  ticket(): BudgetTicket {
    const index = this.issued++;
    let bytesUsed = false;
    let decodedUsed = false;
    let closed = false;
    return {
      // After close (a load given up on, e.g. a decode past its time limit) nothing more is taken.
      takeBytes: (n) => {
        if (closed || bytesUsed) return Promise.resolve(false);
        bytesUsed = true;
        return this.bytesTurns.run(index, () => (n <= this.bytesLeft ? ((this.bytesLeft -= n), true) : false));
      },
      takeDecoded: (n) => {
        if (closed || decodedUsed) return Promise.resolve(false);
        decodedUsed = true;
        return this.decodedTurns.run(index, () => (n <= this.decodedLeft ? ((this.decodedLeft -= n), true) : false));
      },
      close: () => {
        if (closed) return;
        closed = true;
        if (!bytesUsed) this.bytesTurns.pass(index);
        if (!decodedUsed) this.decodedTurns.pass(index);
      },
    };
  }
}
