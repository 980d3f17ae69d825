import { bestBenignExplanation, type BenignExplanation, type EncodeCache } from '../forensics/benign.js';
import { amplifiedResidual, stripPng } from '../forensics/evidence.js';
import type { GrayImage } from '../forensics/gray.js';
import { HashIndex } from '../forensics/hash-index.js';
import { attachmentName, r4 } from '../forensics/names.js';
import { phash, phashHex, type PHash } from '../forensics/phash.js';
import { candidateGray, type ReferenceImage } from '../forensics/reference.js';
import { compareImages, splitPatches, type PatchSplit, type ResidualStats } from '../forensics/residual.js';
import type { LoadedSample } from '../media/types.js';
import type { DetectorContext, FindingReport } from './detector.js';

export interface PerturbedCopyOptions {
  /** Hamming radius (bits of 64) of the perceptual-hash search for near-duplicates. */
  hash_radius: number;
  /** Nearest hash matches verified per candidate. */
  max_matches: number;
  /** Smallest correlation of the aligned pair for them to count as the same picture. */
  min_correlation: number;
  /** Largest L∞ of the residual (0–1 units) that is still a "small" perturbation. */
  max_linf: number;
  /** Largest share of pixels that may change by more than max_linf, in local patches (a trigger). */
  max_patch_share: number;
  /** Smallest RMS of the residual (0–1 units): below it the copy is (near) exact. */
  min_rms: number;
  /** Smallest share of pixels changed by more than 1.5/255 for the change to count as dense. */
  min_changed: number;
  /** The copy is benign when a resize/crop/re-encode of the source leaves at most this share of the residual's RMS. */
  max_explained: number;
  /**
   * Other new images as sources: `warning` (default) reports a new image that is a perturbed copy of
   * another new one without failing (two different edits of one outside image look alike), `error`
   * fails like a trusted source, `off` compares with trusted images only.
   */
  candidate_sources: 'error' | 'warning' | 'off';
  /** Attach a PNG strip (candidate | source | amplified residual) to each finding. */
  evidence_images: boolean;
}

interface Entry {
  path: string;
  label: string;
  hash: PHash;
  sha256: string;
  /** Reference image, or the candidate's own gray (other candidates are sources too). */
  ref?: ReferenceImage;
  gray?: GrayImage;
}

/** Outside stamped patches, at most this share of pixels may change by more than max_linf / 2. */
const MAX_GAP_SHARE = 0.02;

function describe(s: ResidualStats): Record<string, unknown> {
  const a = s.alignment;
  return {
    linf_255: r4(s.linf * 255),
    l2_255: r4(s.l2 * 255),
    rms_255: r4(s.rms * 255),
    changed_share: r4(s.changed),
    hf_energy_share: r4(s.hfShare),
    correlation: r4(a.ncc),
    alignment: { scaled_to: [a.scaledWidth, a.scaledHeight], offset: [a.x0, a.y0], gain: r4(a.gain), brightness: r4(a.offset) },
    pixels: s.pixels,
  };
}

export async function run(ctx: DetectorContext<PerturbedCopyOptions>): Promise<void> {
  const o = ctx.options;
  const reference = await ctx.scope.referenceImages();
  const index = new HashIndex();
  const entries: Entry[] = [];
  for (const ref of reference.images) {
    index.add(ref.hash);
    entries.push({ path: ref.sample.path, label: ref.sample.label, hash: ref.hash, sha256: ref.sample.sha256, ref });
  }
  const candidates: { sample: LoadedSample; entry: Entry; gray: GrayImage; id: number }[] = [];
  for (const c of ctx.candidates) {
    const gray = candidateGray(c);
    if (!gray) continue;
    const entry: Entry = { path: c.sample.path, label: c.sample.label, hash: phash(gray), sha256: c.sample.sha256, gray };
    candidates.push({ sample: c, entry, gray, id: index.add(entry.hash) });
    entries.push(entry);
  }
  if (reference.unreadable > 0) {
    ctx.report(ctx.dataset, {
      severity: 'notice',
      message: `${reference.unreadable} trusted image(s) could not be decoded and were left out of the comparison; fix them on the base branch.`,
      evidence: { unreadable: reference.unreadable, reference: reference.images.length },
    });
  }
  const encodes = new Map<string, GrayImage>();
  for (const cand of candidates) {
    const hits = index.query(cand.entry.hash, o.hash_radius).filter((h) => h.id !== cand.id && entries[h.id]!.sha256 !== cand.entry.sha256);
    // Trusted sources first: a benign derivative of a trusted image is cleared even when it also
    // resembles a sibling edit among the new images.
    const ordered = [
      ...hits.filter((h) => entries[h.id]!.ref).slice(0, o.max_matches),
      ...(o.candidate_sources === 'off' ? [] : hits.filter((h) => !entries[h.id]!.ref).slice(0, o.max_matches)),
    ];
    // One benign verdict (identical up to rounding, or a resize / crop / re-encode of a source)
    // clears the candidate: it is a derivative of an image we have.
    let suspect: Suspect | undefined;
    for (const hit of ordered) {
      const source = entries[hit.id]!;
      const sourceGray = source.gray ?? (await reference.gray(source.ref!));
      const verdict = await judgePair(cand.gray, sourceGray, o, { source: source.path, images: encodes });
      if (verdict === 'benign') {
        suspect = undefined;
        break;
      }
      if (verdict !== 'unrelated' && !suspect) suspect = { ...verdict, source, distance: hit.distance };
    }
    if (suspect) ctx.report(cand.sample, await findingFor(cand.entry, cand.gray, suspect, o));
  }
}

interface PairEvidence {
  stats: ResidualStats;
  patches?: PatchSplit;
  benign?: BenignExplanation;
}

interface Suspect extends PairEvidence {
  source: Entry;
  distance: number;
}

/**
 * Compares a candidate with one near-duplicate: `unrelated` (not the same picture, or not a
 * bounded change), `benign` (identical up to rounding, or reproduced by a benign edit), or the
 * evidence of an unexplained small dense perturbation.
 */
async function judgePair(cand: GrayImage, source: GrayImage, o: PerturbedCopyOptions, cache: EncodeCache): Promise<PairEvidence | 'unrelated' | 'benign'> {
  const stats = compareImages(cand, source);
  if (!stats) return 'unrelated';
  // Changes beyond the bound are allowed in small local patches (a stamped trigger on top of the
  // perturbation); the correlation, bound, density and size tests then apply to the rest.
  const patches = stats.linf > o.max_linf ? splitPatches(cand, stats, o.max_linf) : undefined;
  if (patches && (patches.patchShare > o.max_patch_share || patches.patchPixels === 0 || patches.gapShare > MAX_GAP_SHARE)) return 'unrelated';
  if ((patches ?? stats.alignment).ncc < o.min_correlation) return 'unrelated';
  const rest = patches ?? stats;
  if (rest.rms < o.min_rms || rest.changed < o.min_changed) return 'benign';
  const benign = await bestBenignExplanation(cand, source, stats, cache);
  if (benign && benign.rms <= o.max_explained * stats.rms) return 'benign';
  return { stats, ...(patches ? { patches } : {}), ...(benign ? { benign } : {}) };
}

async function findingFor(entry: Entry, gray: GrayImage, s: Suspect, o: PerturbedCopyOptions): Promise<FindingReport> {
  const { source, stats, benign, patches } = s;
  const bounded = patches ?? stats;
  const trusted = source.ref !== undefined;
  const finding: FindingReport = {
    // A copy of another new image never gates unless the policy asks: two edits of one outside image look alike.
    severity: trusted || o.candidate_sources === 'error' ? undefined : 'warning',
    message:
      `a small dense perturbation of ${trusted ? 'trusted' : 'new'} image ${source.path} (label ${source.label}): ` +
      `L∞ ${r4(bounded.linf * 255)}/255, L2 ${r4(stats.l2 * 255)}/255, ${Math.round(bounded.changed * 100)}% of pixels changed, ` +
      `${Math.round(stats.hfShare * 100)}% of the change high-frequency` +
      (patches
        ? `, plus local patches (${patches.patchPixels} pixels, ${Math.round(patches.patchShare * 100)}%) changed by up to ${r4(stats.linf * 255)}/255 — a stamped pattern such as a trigger`
        : '') +
      '; no resize, crop or re-encoding of the source explains it. Replace it with the unmodified original or remove it.',
    score: r4(stats.rms * 255),
    threshold: r4(o.min_rms * 255),
    evidence: {
      source: source.path,
      source_label: source.label,
      source_side: trusted ? 'reference' : 'candidate',
      hash_distance: s.distance,
      candidate_phash: phashHex(entry.hash),
      ...describe(stats),
      ...(patches ? { linf_outside_patches_255: r4(patches.linf * 255), patch_pixels: patches.patchPixels, patch_share: r4(patches.patchShare) } : {}),
      closest_benign_edit: benign ? { edit: benign.edit, rms_255: r4(benign.rms * 255) } : null,
    },
  };
  if (o.evidence_images) {
    finding.attachments = [
      {
        name: attachmentName('perturbed-copy', entry.path, source.path),
        mediaType: 'image/png',
        data: await stripPng([gray, sourceOnGrid(gray, stats), amplifiedResidual(stats.residual)]),
      },
    ];
  }
  return finding;
}

/** The source as it lines up with the candidate (candidate minus residual). */
function sourceOnGrid(cand: GrayImage, s: ResidualStats): GrayImage {
  return { width: cand.width, height: cand.height, data: cand.data.map((v, i) => v - s.residual.data[i]!) };
}
