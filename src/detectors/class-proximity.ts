import type { FeatureSpace } from '../features/space.js';
import { autoK, pullModel } from '../features/pull.js';
import { pct } from '../features/stats.js';
import { placeOf } from '../util/paths.js';
import type { DetectorContext } from './detector.js';
import { modelEvidence, neighbourEvidence, reportCalibrationShortfall, round, shareEvidence } from './feature-support.js';

export interface ClassProximityOptions {
  k: number | 'auto';
  threshold: number | 'auto';
  quantile: number;
  per_class: Record<string, number>;
}

export function resolveK(space: FeatureSpace, k: number | 'auto'): number {
  return k === 'auto' ? autoK(space) : k;
}

/** Notices for what the feature space could not cover: new classes, trusted samples that failed to embed. */
function reportCoverage(ctx: DetectorContext<ClassProximityOptions>, space: FeatureSpace): void {
  const newClasses = new Map<string, number>();
  space.emb.candidates.samples.forEach((c, i) => {
    if (space.candLabel[i]! < 0) newClasses.set(c.sample.label, (newClasses.get(c.sample.label) ?? 0) + 1);
  });
  for (const [label, count] of newClasses) {
    ctx.report(ctx.dataset, {
      severity: 'warning',
      message: `class '${label}' has no trusted samples, so its ${count} new sample(s) could not be compared in feature space; review them by hand`,
      evidence: { label, candidates: count },
    });
  }
  const problems = space.emb.referenceProblems;
  if (problems.length > 0) {
    ctx.report(ctx.dataset, {
      severity: 'notice',
      message: `${problems.length} trusted sample(s) could not be embedded and were left out of the reference (first: ${problems[0]!.path}: ${problems[0]!.message})`,
      evidence: { excluded: problems.slice(0, 20) },
    });
  }
}

/**
 * Deep k-NN (Peri et al. 2020) against the trusted reference: a new sample whose nearest trusted
 * neighbours in the backbone's feature space vote for another class sits where feature-collision
 * and convex-polytope poisons sit. Neighbours come from the base only, so colluding poisons cannot
 * vote for each other.
 */
export async function run(ctx: DetectorContext<ClassProximityOptions>): Promise<void> {
  const space = await ctx.scope.featureSpace();
  reportCoverage(ctx, space);
  if (space.classes.length < 2 || space.cand.rows === 0) return;
  const k = resolveK(space, ctx.options.k);
  const model = await pullModel(space, k);
  const { candidates } = await space.neighbourhoods(k, 10);
  const alpha = 1 - ctx.options.quantile;
  const fixedFor = (label: string) => ctx.options.per_class[label] ?? (ctx.options.threshold === 'auto' ? undefined : ctx.options.threshold);
  reportCalibrationShortfall(ctx, space, ctx.options.quantile, (c) => fixedFor(space.classes[c]!) !== undefined, 'the calibrated pull of one sample');
  space.emb.candidates.samples.forEach((c, i) => {
    const pull = model.candidates[i];
    if (!pull || pull.toward < 0) return;
    const label = space.classes[space.candLabel[i]!]!;
    const toward = space.classes[pull.toward]!;
    const fixed = fixedFor(label);
    // The epsilon keeps a share of exactly the threshold (up to rounding of the weights) below it.
    const flagged = fixed === undefined ? pull.p <= alpha : pull.score.share > fixed + 1e-9;
    if (!flagged) return;
    const threshold = fixed ?? model.shareAtLevel(space.candLabel[i]!, pull.toward, alpha);
    const ownShare = pull.shares[space.candLabel[i]!]!;
    const why =
      fixed === undefined
        ? `only ${pct(pull.p)} of trusted '${label}' samples lean this far toward '${toward}'`
        : `above the threshold of ${pct(fixed)}`;
    ctx.report(c, {
      message:
        `${placeOf(c.sample)} is labelled '${label}' but sits among '${toward}' in feature space: ${pct(pull.score.share)} of its ${k} nearest ` +
        `trusted neighbours' votes are for '${toward}' (${pct(ownShare)} for '${label}'), ${why}. A feature-collision or ` +
        'convex-polytope poison (or a mislabelled sample) looks like this; compare it with its neighbours and fix, remove or waive it.',
      score: round(pull.score.share),
      threshold: round(threshold),
      evidence: {
        label,
        closest_class: toward,
        vote_shares: shareEvidence(space, pull.shares),
        own_share: round(ownShare, 3),
        share_toward: round(pull.score.share, 3),
        threshold: round(threshold, 3),
        threshold_source: fixed === undefined ? `auto (quantile ${ctx.options.quantile})` : ctx.options.per_class[label] !== undefined ? 'per_class' : 'threshold',
        p_value: round(pull.p, 5),
        k,
        neighbours: neighbourEvidence(space, candidates[i]!, 10),
        model: modelEvidence(space),
      },
    });
  });
}
