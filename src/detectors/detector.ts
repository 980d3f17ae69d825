import type { Change } from '../context/changes.js';
import type { Tree } from '../context/tree.js';
import type { LoadedSample } from '../media/types.js';
import type { DatasetPolicy, DetectorSettings, Limits, LoadedPolicy } from '../policy/types.js';
import type { Progress } from '../scan/progress.js';
import type { Finding, Modality, Sample, Severity } from '../types.js';

/** JSON Schema (draft-07) fragment for a detector's own options, without `enabled`/`severity`. */
export interface OptionsSchema {
  type: 'object';
  properties: Record<string, unknown>;
  required?: string[];
}

/** The trusted side of the comparison: the dataset's samples at the base ref. */
export interface Reference {
  samples: Sample[];
  tree: Tree;
  /** Reads (and by default decodes) one reference sample under the policy's limits. */
  load(sample: Sample, opts?: { decode?: boolean }): Promise<LoadedSample>;
}

/** Services a detector may ask for; created once per scan and shared. */
export interface Services {
  /** Root folder of the repository being scanned (for caches and models). */
  root: string;
  /** Folder for reusable caches (embeddings); undefined disables caching. */
  cacheDir?: string;
  /** Aborts when the scan's time is up (limits.max_scan_seconds); long stages stop at the next step. */
  signal?: AbortSignal;
  /** Where long stages (embedding) report how far they are. */
  progress?: Progress;
  /** Extension point filled by stages that need more (embeddings). */
  [name: string]: unknown;
}

export interface DetectorContext<O = DetectorSettings> {
  dataset: DatasetPolicy;
  /** The detector's settings from the policy, merged over its defaults. */
  options: O & { severity?: Severity };
  /** Changed samples of this dataset, read at head; check `problems` before using content. */
  candidates: LoadedSample[];
  reference: Reference;
  /** Every change of the PR (also outside datasets), for detectors that look at the change as a whole. */
  changes: Change[];
  head: Tree;
  policy: LoadedPolicy;
  limits: Limits;
  services: Services;
  /** Scan clock, injected for determinism (waivers, timestamps). */
  now: Date;
}

/**
 * A detector is a plugin: one module exporting this object, one line in the registry. It reports
 * Finding[] and knows nothing of GitHub, report formats or the verdict.
 */
export interface Detector<O = DetectorSettings> {
  id: string;
  description: string;
  /** Longer help for SARIF rule help and docs: what the finding means and what to do. */
  help: string;
  modality: Modality | 'any';
  /** Always runs, whatever the policy says (fail-closed checks). */
  mandatory?: boolean;
  defaultSeverity: Severity;
  optionsSchema: OptionsSchema;
  defaults: O;
  run(ctx: DetectorContext<O>): Promise<Finding[]>;
}

export type AnyDetector = Detector<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
