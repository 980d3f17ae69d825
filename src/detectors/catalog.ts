import { MAX_WINDOW } from '../forensics/patches.js';
import type { UnicodeOptions } from './unicode.js';
import type { TriggerTokenOptions } from './trigger-tokens.js';
import type { PerturbedCopyOptions } from './perturbed-copy.js';
import type { SharedTriggerOptions } from './shared-trigger.js';
import type { FrequencyOptions } from './frequency.js';
import type { ClassProximityOptions } from './class-proximity.js';
import type { CollusionOptions } from './collusion.js';
import type { OutliersOptions } from './outliers.js';
import type { SpectralOptions } from './spectral.js';
import { defineDetector, ENGINE_SETTINGS, type DetectorMeta, type NoOptions } from './detector.js';
import { kOption, quantileOption, rateOptions } from './options.js';

// What policy/, the schema, SARIF and the engine know about every detector, without loading any
// detector's code: its id, help, modality, default severity, options (schema typed against the
// options type, defaults) and where its run code lives. A new detector is one file exporting `run`
// plus one entry here.

const integrity = defineDetector<NoOptions>({
  id: 'integrity',
  description: 'Every changed sample can be read, is the format it claims, and decodes within the limits.',
  help:
    'A sample that cannot be read or decoded cannot be checked for poisoning, so it fails the gate. Causes: ' +
    'truncated or corrupt files, a wrong extension, formats the dataset does not accept, images over the ' +
    'pixel limit, symlinks, paths outside the repository, Git LFS pointers whose content was not fetched, ' +
    'invalid UTF-8 text, and files in the dataset that are not samples. Fix or remove the file.',
  modality: 'any',
  mandatory: true,
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: {} },
  defaults: {},
  load: () => import('./integrity.js'),
});

const provenance = defineDetector<NoOptions>({
  id: 'provenance',
  description: 'Every new sample has a provenance record with the required fields, allowed values, matching sha256 and a valid signature.',
  help:
    "Each changed sample needs a record in the dataset's provenance manifest (keyed by its path relative to the " +
    'dataset root) with every required field, values from the allow-lists, the sha256 of its bytes, and, when ' +
    'the policy asks for it, an ed25519 signature by a known vendor key over the record. Add or fix the record, ' +
    'or remove the sample.',
  modality: 'any',
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: {} },
  defaults: {},
  load: () => import('./provenance.js'),
});

const unicode = defineDetector<UnicodeOptions>({
  id: 'unicode',
  description: 'Text samples carry no hidden code points, look-alike characters or letters of scripts the dataset does not use.',
  help:
    'Reports the imperceptible perturbations of Boucher et al. (2022) and the homoglyph checks of Unicode TR39: ' +
    'invisible characters (zero-width spaces and joiners, soft hyphens, word joiners), bidirectional controls ' +
    '(U+202A–U+202E, U+2066–U+2069; directional marks outside right-to-left text), Unicode tags, control ' +
    'characters (backspace, delete, a lone carriage return), private-use, noncharacter and unassigned code ' +
    'points, blank glyphs (U+2800); letters and digits whose NFKC form hides another character (𝐚, ａ, ﬁ, Ⅰ); ' +
    'words that mix scripts (Cyrillic а in a Latin word); words or single letters written in another script to ' +
    'look like the text (whole-script confusables, M-Χ); characters that read as punctuation (ǃ for !); words ' +
    "whose TR39 skeleton matches a different word of the reference; and letters of scripts outside the dataset's " +
    'allow_scripts (default: the scripts its reference uses). Ordinary writing is not reported (Unicode 17.0 ' +
    'data): ZWNJ/ZWJ in their UAX #31 contexts (Persian, Indic conjuncts), ZWSP between Thai, Lao, Khmer or ' +
    'Myanmar words, the precomposed letters of a script (Thai SARA AM, Armenian և), emoji sequences, directional ' +
    'marks in right-to-left text, East Asian width forms. Each ' +
    'finding lists the code points (U+…) and their line:column in the text. Remove them, or replace the sample; ' +
    'add legitimate scripts to allow_scripts.',
  modality: 'text',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      allow_code_points: {
        type: 'array',
        items: { type: 'string', pattern: '^U\\+[0-9A-Fa-f]{4,6}$' },
        uniqueItems: true,
        description: 'Code points (U+XXXX) the dataset uses legitimately; never reported.',
      },
      lookalike_min_count: {
        type: 'integer',
        minimum: 1,
        description: 'Times a word must occur in the reference to count as a known word for look-alike matching (default 1).',
      },
      script_min_samples: {
        type: 'integer',
        minimum: 1,
        description: 'Without allow_scripts: reference samples that must use a script for it to count as allowed (default 2).',
      },
    },
  },
  defaults: { allow_code_points: [], lookalike_min_count: 1, script_min_samples: 2 },
  load: () => import('./unicode.js'),
});

const triggerTokens = defineDetector<TriggerTokenOptions>({
  id: 'trigger-tokens',
  description: 'No rare word or phrase is planted across the new rows of one class.',
  help:
    'A rare-word backdoor (BadNL, RIPPLe, clean-label textual triggers) plants one token or phrase, such as ' +
    '"cf" or "mn", into many correctly labelled rows of the target class, so the model learns "token → class". ' +
    'For each word and word pair of the new rows and each class, an exact one-sided hypergeometric test asks ' +
    'whether the new rows of that class carry it more often than all other rows (the reference of every class ' +
    'and the new rows of other classes); tokens common in the reference are not tested, and the family-wise ' +
    "error over all tests is bounded by Tarone's refinement of Bonferroni. Rows mostly made of words the " +
    'reference never uses (a new language or topic) are set aside, since a trigger is a rare token in ordinary ' +
    'text, and near-duplicate rows (a resent campaign, a template) count once. All significant tokens of a class are reported as one finding with the rows that carry them. Review ' +
    'those rows: remove the token or the rows; waive it if it is a genuine new topic.',
  modality: 'text',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      ngram_max: { type: 'integer', minimum: 1, maximum: 3, description: 'Longest word n-gram tested (default 2).' },
      min_support: { type: 'integer', minimum: 2, description: 'Fewest rows of a class carrying a token before it is reported (default 5).' },
      alpha: { type: 'number', exclusiveMinimum: 0, maximum: 0.5, description: 'Family-wise error rate over all tests (default 0.01).' },
      max_reference_rate: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: 'Tokens in more than this share of reference rows are not tested (default 0.005).',
      },
      min_known_share: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: 'Rows with a smaller share of words known to the reference are not counted (default 0.5).',
      },
      max_listed_rows: { type: 'integer', minimum: 1, description: 'Rows listed in a finding (default 50).' },
    },
  },
  defaults: { ngram_max: 2, min_support: 5, alpha: 0.01, max_reference_rate: 0.005, min_known_share: 0.5, max_listed_rows: 50 },
  load: () => import('./trigger-tokens.js'),
});

const perturbedCopy = defineDetector<PerturbedCopyOptions>({
  id: 'perturbed-copy',
  description: 'A new image is not a near-copy of a trusted or another new image that differs by small, dense noise.',
  help:
    'Clean-label poisons (feature collision, convex polytope, label-consistent backdoors) are ordinary images plus a ' +
    'small, dense, bounded perturbation (an L∞ ball of 8/255–16/255). This rule finds, for each new image, its ' +
    'near-duplicates among the trusted images and the other new images (perceptual hash, multi-index search), ' +
    'aligns them (resize, crop, shift, brightness/contrast) and measures what is left. A residual that is small, ' +
    'dense and not reproduced by resizing, cropping or JPEG/WebP re-encoding of the source is reported with its ' +
    'L∞, L2, share of changed pixels and high-frequency share. Replace the file with the unmodified original, or ' +
    'drop it. It cannot see a poison whose clean source is in neither side of the comparison.',
  modality: 'image',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      hash_radius: { type: 'integer', minimum: 0, maximum: 15, description: 'Hamming radius (of 64 bits) for near-duplicate search.' },
      max_matches: { type: 'integer', minimum: 1, maximum: 20, description: 'Near-duplicates verified per candidate.' },
      min_correlation: { type: 'number', minimum: 0, maximum: 1, description: 'Correlation above which an aligned pair is the same picture.' },
      max_linf: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Largest per-pixel change (0–1) of a "small" perturbation.' },
      max_patch_share: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: 'Largest share of pixels allowed beyond max_linf (a stamped patch on top of the perturbation).',
      },
      min_rms: { type: 'number', minimum: 0, maximum: 1, description: 'Smallest RMS change (0–1) that is reported.' },
      min_changed: { type: 'number', minimum: 0, maximum: 1, description: 'Smallest share of changed pixels for a dense perturbation.' },
      max_explained: { type: 'number', minimum: 0, maximum: 1, description: 'Benign when a resize/crop/re-encode of the source leaves at most this share of the residual RMS.' },
      candidate_sources: {
        type: 'string',
        enum: ['error', 'warning', 'off'],
        description: 'Severity when the source is another new image (warning: two edits of one outside image look alike).',
      },
      evidence_images: { type: 'boolean', description: 'Attach candidate | source | residual PNG strips.' },
    },
  },
  defaults: {
    hash_radius: 10,
    max_matches: 3,
    min_correlation: 0.95,
    max_linf: 48 / 255,
    max_patch_share: 0.15,
    min_rms: 1.5 / 255,
    min_changed: 0.2,
    max_explained: 0.75,
    candidate_sources: 'warning',
    evidence_images: true,
  },
  load: () => import('./perturbed-copy.js'),
});

const sharedTrigger = defineDetector<SharedTriggerOptions>({
  id: 'shared-trigger',
  description: 'No small pattern recurs across several new images far more often than in the trusted images.',
  help:
    'Backdoor poisons (BadNets, label-consistent backdoors, hidden-trigger attacks) stamp the same small pattern — ' +
    'a checkerboard, a logo, a few pixels — on many images, often faintly. This rule codes every small window of ' +
    'each new image by its ternary shape (brighter, same, darker than the window mean), counts how many new images ' +
    'share each shape (at the same place, or anywhere) and compares with how often trusted images carry it; a ' +
    'binomial test with a Bonferroni correction keeps chance coincidences out. It reports the location, the images ' +
    'sharing the pattern and the pattern itself as an image. Remove the images, or explain the pattern (a watermark ' +
    'or logo that is legitimately new) with a waiver.',
  modality: 'image',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      window: { type: 'integer', minimum: 2, maximum: MAX_WINDOW, description: 'Window side in pixels.' },
      positions: { type: 'string', enum: ['fixed', 'anywhere'], description: 'Whether the pattern must recur at the same place.' },
      min_samples: { type: 'integer', minimum: 2, description: 'Fewest new images sharing a pattern.' },
      min_contrast: { type: 'number', minimum: 0, maximum: 128, description: 'Smallest window standard deviation (0–255 levels).' },
      alpha: { type: 'number', exclusiveMinimum: 0, maximum: 0.5, description: 'Family-wise false-alarm probability per scan.' },
      match_cosine: { type: 'number', minimum: 0, maximum: 1, description: 'Cosine for another image to share a found pattern.' },
      max_side: { type: 'integer', minimum: 16, maximum: 1024, description: 'Longer images are shrunk to this side first.' },
      reference_limit: { type: 'integer', minimum: 1, description: 'Trusted images sampled for the base rate.' },
      evidence_images: { type: 'boolean', description: 'Attach the pattern and an example as a PNG.' },
    },
  },
  defaults: {
    window: 5,
    positions: 'fixed',
    min_samples: 3,
    min_contrast: 12,
    alpha: 1e-3,
    match_cosine: 0.8,
    max_side: 128,
    reference_limit: 3000,
    evidence_images: true,
  },
  load: () => import('./shared-trigger.js'),
});

const frequency = defineDetector<FrequencyOptions>({
  id: 'frequency',
  description: 'New images carry no more high-frequency energy than the trusted images of their class.',
  help:
    'Triggers and adversarial perturbations add fine, high-frequency structure that natural images of a class rarely ' +
    'have (Zeng et al., ICCV 2021). This rule measures two statistics per image — the energy in the top half of the ' +
    'block-DCT spectrum, and the high-frequency energy in dark flat regions where bounded noise shows most — and ' +
    "scores each new image by a robust z-score against its class's trusted images, calibrated so that a share " +
    '1 − quantile of trusted images would exceed it. Each outlier is a warning; when the share of outliers among the ' +
    'new images exceeds max_rate, the dataset-level finding fails the scan. Inspect the flagged images (the attached ' +
    'strips show each next to its high-pass view). Smooth, low-frequency triggers are invisible to it.',
  modality: 'image',
  defaultSeverity: 'warning',
  optionsSchema: {
    type: 'object',
    properties: {
      quantile: { type: 'number', minimum: 0.5, maximum: 0.9999, description: 'Reference quantile a candidate must exceed.' },
      max_rate: { type: 'number', minimum: 0, maximum: 1, description: 'Share of flagged candidates that fails the scan.' },
      min_flagged: { type: 'integer', minimum: 1, description: 'Fewest flagged candidates for the dataset-level finding.' },
      min_class_size: { type: 'integer', minimum: 10, description: 'Smaller classes are calibrated on the whole reference.' },
      calibration_per_class: { type: 'integer', minimum: 10, description: 'Trusted images per class used for calibration.' },
      evidence_images: { type: 'boolean', description: 'Attach image | high-pass PNG strips.' },
    },
  },
  defaults: { quantile: 0.99, max_rate: 0.1, min_flagged: 3, min_class_size: 30, calibration_per_class: 1000, evidence_images: true },
  load: () => import('./frequency.js'),
});

const classProximity = defineDetector<ClassProximityOptions>({
  id: 'class-proximity',
  description: "A new sample's nearest trusted neighbours in the model's feature space vote for another class (Deep k-NN).",
  help:
    "Clean-label poisons (feature collision, convex polytope) keep their correct label but are crafted to sit, in the " +
    "feature space of the backbone a victim fine-tunes, among another class. For each new sample the k nearest trusted " +
    'samples vote (weighted for class size); the sample is flagged when the share voting for one other class exceeds ' +
    "the threshold. By default ('auto') the threshold is calibrated per class: fewer than 1 − quantile of the class's " +
    'trusted samples (each left out of its own vote) lean that far toward that class. On text the same test finds rows ' +
    "that read like another class (mislabelled or label-flipped rows), in the n-gram space or the team's text encoder. " +
    'Ambiguous but correct samples are flagged too: open the sample, compare it with the listed neighbours, and relabel, remove or waive it.',
  modality: 'any',
  defaultSeverity: 'warning',
  optionsSchema: {
    type: 'object',
    properties: {
      k: kOption,
      threshold: {
        description: "Share of (class-size weighted) votes for one other class above which a sample is flagged, or 'auto' (calibrated per class).",
        anyOf: [
          { type: 'number', minimum: 0, maximum: 1 },
          { type: 'string', enum: ['auto'] },
        ],
      },
      quantile: quantileOption('its pull toward another class is reached by'),
      per_class: {
        type: 'object',
        description: 'Class → threshold (vote share), overriding `threshold` for that class.',
        additionalProperties: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
  },
  defaults: { k: 'auto', threshold: 'auto', quantile: 0.995, per_class: {} },
  load: () => import('./class-proximity.js'),
});

const collusion = defineDetector<CollusionOptions>({
  id: 'collusion',
  description: 'Several new samples of one class are pulled together toward the same other class, beyond what clean additions of that size show.',
  help:
    'Targeted clean-label attacks need several poisons aimed at one target: they share a label, lean toward the same ' +
    "foreign class in the model's feature space, and feature-collision poisons nearly coincide there. Two statistics " +
    "are computed per (class, foreign class): the strongest shared pull (the m most pulled samples, each rated against " +
    "the class's trusted samples) and the tightest pair of distinct samples leaning the same way. Both are compared " +
    'with `trials` clean pull requests of the same composition drawn from the trusted samples; a group is reported when ' +
    'fewer than alpha/2 of them are as extreme. Review the listed samples together: remove them, or waive them with a reason.',
  modality: 'any',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      k: kOption,
      alpha: { type: 'number', exclusiveMinimum: 0, maximum: 0.5, description: 'Share of clean pull requests of the same size allowed to raise a group finding (split over the two statistics).' },
      member_p: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: "Largest per-sample pull p-value counted toward a shared pull." },
      collision_p: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Largest per-sample pull p-value for a sample to take part in a feature collision.' },
      trials: { type: 'integer', minimum: 100, maximum: 100000, description: 'Clean pull requests simulated from the trusted samples.' },
    },
  },
  defaults: { k: 'auto', alpha: 0.01, member_p: 0.1, collision_p: 0.25, trials: 1000 },
  messages: { 'no-base': 'collusion compares new samples with a trusted base; a scan without a base has none, so it was skipped' },
  load: () => import('./collusion.js'),
});

const outliers = defineDetector<OutliersOptions>({
  id: 'outliers',
  description: "New samples unusually far from the trusted samples of their own class in the model's feature space.",
  help:
    "For each new sample, the distance to its k-th nearest trusted sample of the same class is compared with the same " +
    "distance of every trusted sample of that class (left out of its own reference). Samples beyond the quantile get a " +
    'per-sample finding (sample_severity); when the share of such samples exceeds max_rate (and the count is unlikely ' +
    'by chance) the dataset gets an error and the outliers take its severity: many new samples unlike anything trusted in their class is how backdoor and ' +
    'label-consistent poisons, and mislabelled or out-of-domain batches, show up. Review the listed samples.',
  modality: 'any',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      k: { type: 'integer', minimum: 1, maximum: 20, description: 'Rank of the same-class neighbour whose distance is the score.' },
      quantile: quantileOption("its distance is exceeded by"),
      ...rateOptions,
    },
  },
  defaults: { k: 5, quantile: 0.99, max_rate: 0.02, rate_alpha: 0.001, sample_severity: 'warning' },
  load: () => import('./outliers.js'),
});

const spectral = defineDetector<SpectralOptions>({
  id: 'spectral',
  description: "New samples that stand out along their class's top spectral direction (centred spectral signature).",
  help:
    'Per class, the features of trusted and new samples are centred on their mean and the top singular vector v is ' +
    'found; each sample scores ((x − μ)·v)². Centring matters: on uncentred features the top direction is the mean ' +
    'itself and the score measures norm, not a shared signature. New samples scoring above the trusted samples\' ' +
    'quantile get a per-sample finding; when the share of them in a class exceeds max_rate (and is unlikely by chance) ' +
    'the class gets an error — the signature of many poisons sharing one feature, as backdoor triggers do.',
  modality: 'any',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: { quantile: quantileOption('its score is reached by'), max_rate: rateOptions.max_rate, rate_alpha: rateOptions.rate_alpha },
  },
  defaults: { quantile: 0.99, max_rate: 0.02, rate_alpha: 0.001 },
  load: () => import('./spectral.js'),
});

/** Checks what the types cannot: unique ids, and no option named like an engine setting. */
export function defineCatalog(detectors: readonly DetectorMeta[]): readonly DetectorMeta[] {
  const ids = new Set<string>();
  for (const d of detectors) {
    if (ids.has(d.id)) throw new Error(`detector catalog: duplicate id '${d.id}'`);
    ids.add(d.id);
    const reserved = Object.keys(d.optionsSchema.properties).filter((k) => (ENGINE_SETTINGS as readonly string[]).includes(k));
    if (reserved.length > 0) throw new Error(`detector catalog: ${d.id} has option(s) named like engine settings: ${reserved.join(', ')}`);
  }
  return detectors;
}

/** Every detector poisongate knows, in the order they run. */
export const CATALOG: readonly DetectorMeta[] = defineCatalog([
  integrity,
  provenance,
  unicode,
  triggerTokens,
  perturbedCopy,
  sharedTrigger,
  frequency,
  classProximity,
  collusion,
  outliers,
  spectral,
]);
