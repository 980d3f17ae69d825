import { isUsable } from '../media/types.js';
import { placeOf } from '../util/paths.js';
import type { DetectorContext, NoOptions } from './detector.js';

/**
 * Fail-closed input checks. Everything the scan could not read, decode or recognise was recorded
 * as a problem while loading; this rule reports each one, so no unreadable candidate passes
 * silently. It cannot be disabled.
 */
export async function run(ctx: DetectorContext<NoOptions>): Promise<void> {
  for (const c of ctx.candidates) {
    if (isUsable(c)) continue;
    for (const p of c.problems) {
      ctx.report(c, {
        // A file that is provably not training data is a notice whatever the rule's severity.
        severity: p.severity === 'notice' ? 'notice' : undefined,
        message: `${placeOf(c.sample)} ${p.message}`,
        evidence: { problem: p.code, ...(p.evidence ?? {}) },
      });
    }
  }
}
