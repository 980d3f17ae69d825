// A detector as a new one is written: this file with its run code, plus one catalog entry
// (test/detector-contract.test.ts adds it to a catalog the way src/detectors/catalog.ts lists its own).
import type { DetectorContext } from '../../src/detectors/detector.js';

export interface ToyOptions {
  /** Texts longer than this are reported. */
  max_chars: number;
}

export async function run(ctx: DetectorContext<ToyOptions>): Promise<void> {
  const texts = ctx.candidates.filter((c) => c.text !== undefined);
  for (const c of texts) {
    const chars = [...c.text!].length;
    if (chars > ctx.options.max_chars) ctx.report(c, { messageId: 'long', data: { chars, max: ctx.options.max_chars }, score: chars, threshold: ctx.options.max_chars });
  }
  if (texts.length > 0) ctx.report(ctx.dataset, { severity: 'notice', message: `${texts.length} text(s) measured` });
}
