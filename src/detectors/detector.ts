import type { Change } from '../context/changes.js';
import type { Tree } from '../context/tree.js';
import type { DatasetEmbeddings } from '../embed/service.js';
import type { Head } from '../features/head.js';
import type { FeatureSpace } from '../features/space.js';
import type { ReferenceImages } from '../forensics/reference.js';
import type { LoadedSample, Reference, ReferenceText } from '../media/types.js';
import type { DatasetPolicy, DetectorSettings, Limits, LoadedPolicy } from '../policy/types.js';
import type { Attachment, Evidence, Modality, Sample, Severity } from '../types.js';

// The detector contract. A detector is metadata in the catalog (catalog.ts: what policy/ and the
// SARIF rules read, without loading any detector code) and one module exporting `run`, loaded when
// a scan needs it. `run` reports through `ctx.report()`; the engine stamps the rule id, the severity
// and the location, so a detector states only what it saw.

/** Setting names the engine owns for every detector; no detector option may use them. */
export const ENGINE_SETTINGS = ['enabled', 'severity', 'modalities'] as const;
type EngineSetting = (typeof ENGINE_SETTINGS)[number];

/** JSON Schema (draft-07) of one option; `type` follows the option's TypeScript type. */
type PropertySchema<T> = { description: string; [keyword: string]: unknown } & ([T] extends [boolean]
  ? { type: 'boolean' }
  : [T] extends [number]
    ? { type: 'number' | 'integer' }
    : [T] extends [string]
      ? { type: 'string' }
      : [T] extends [readonly unknown[]]
        ? { type: 'array' }
        : [T] extends [Record<string, unknown>]
          ? { type: 'object' }
          : { anyOf: readonly unknown[] });

/**
 * A detector's own options as JSON Schema: one property per key of the options type, no more, no
 * less. Every option has a default, so none is required.
 */
export interface OptionsSchema<O> {
  type: 'object';
  properties: { [K in keyof O]-?: PropertySchema<O[K]> };
}

/** The options of a detector that has none. */
export type NoOptions = Record<never, never>;

/** The options type of a detector may not name a setting the engine owns. */
export type DetectorOptions<O> = keyof O & EngineSetting extends never ? O : never;

/** The module of a detector's run code, imported on first use. */
export interface DetectorModule<O> {
  run(ctx: DetectorContext<O>): Promise<void>;
}

/** What policy/, the schema, SARIF and the engine know about a detector without loading it. */
export interface DetectorMeta<O = unknown> {
  id: string;
  description: string;
  /** Longer help for SARIF rule help and docs: what the finding means and what to do. */
  help: string;
  modality: Modality | 'any';
  /** Always runs, whatever the policy says (fail-closed checks). */
  mandatory?: boolean;
  defaultSeverity: Severity;
  optionsSchema: OptionsSchema<O>;
  defaults: O;
  /** Message templates by id for `ctx.report(…, { messageId, data })`; `{{name}}` is replaced by `data.name`. */
  messages?: Record<string, string>;
  load(): Promise<DetectorModule<O>>;
}

/** A place in a file that is not a sample of the dataset (a manifest line, the first row of a group). */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

/**
 * What a finding is about: a candidate (loaded or not), the dataset as a whole (the dataset policy:
 * its root), or a place in a file. A sample gives the finding its path, its line for a row of a
 * table, and its content hash (for waivers by sha256 and stable fingerprints).
 */
export type Subject = LoadedSample | Sample | DatasetPolicy | Place;

type Message = { message: string; messageId?: never; data?: never } | { messageId: string; data?: Record<string, string | number>; message?: never };

/** A detector's report of one finding: what it saw; the engine adds rule, severity and location. */
export type FindingReport = Message & {
  /**
   * A severity fixed by the detector for this finding (a notice about coverage, a warning that
   * never gates); by default the rule's severity from the policy, else its default severity.
   */
  severity?: Severity;
  /** Where in the sample's file (line and column of a text file); a row of a table has its own line. */
  position?: { line: number; column?: number };
  score?: number;
  threshold?: number;
  evidence?: Evidence;
  attachments?: Attachment[];
};

/**
 * State shared by every detector that runs on one dataset, computed on first use and kept for the
 * scan: the samples in the model's feature space, the decoded reference, the fitted head.
 */
export interface DatasetScope {
  /** The reference and the usable candidates embedded by the dataset's model. */
  embeddings(): Promise<DatasetEmbeddings>;
  /** The embeddings grouped by class, with neighbourhoods computed once. */
  featureSpace(): Promise<FeatureSpace>;
  /** The reference images decoded to luma and perceptually hashed (image datasets). */
  referenceImages(): Promise<ReferenceImages>;
  /** The reference texts that decode (text datasets). */
  referenceTexts(): Promise<ReferenceText[]>;
  /** A softmax-regression head fitted on the reference features: the model a team trains on them. */
  head(): Promise<Head>;
}

export interface DetectorContext<O = unknown> {
  readonly dataset: DatasetPolicy;
  /** The detector's options from the policy, merged over its defaults (without the engine's settings). */
  readonly options: Readonly<O>;
  /** Changed samples of this dataset, read at head; check `problems` before using content. */
  readonly candidates: readonly LoadedSample[];
  readonly reference: Reference;
  /** Every change of the PR (also outside datasets), for detectors that look at the change as a whole. */
  readonly changes: readonly Change[];
  /** The tree of the head commit (the working tree in a full scan). */
  readonly head: Tree;
  readonly policy: LoadedPolicy;
  readonly limits: Limits;
  readonly scope: DatasetScope;
  /** Scan clock, injected for determinism (waivers, timestamps). */
  readonly now: Date;
  /** Reports one finding. */
  report(about: Subject, finding: FindingReport): void;
}

/** Declares a detector's metadata with its options type checked against the schema and defaults. */
export function defineDetector<O>(meta: DetectorMeta<DetectorOptions<O>>): DetectorMeta<O> {
  return meta as DetectorMeta<O>;
}

export interface Settled {
  /** The detector's options from the policy over its defaults, without the engine's settings. */
  options: Record<string, unknown>;
  /** The rule's severity: the policy's, else the detector's default. */
  severity: Severity;
}

/** The policy's settings for a detector, merged over its catalog entry: the one place options and severity are decided. */
export function settle(meta: DetectorMeta, settings: DetectorSettings | undefined): Settled {
  const { enabled: _enabled, severity, modalities: _modalities, ...options } = settings ?? {};
  return { options: { ...(meta.defaults as object), ...options }, severity: severity ?? meta.defaultSeverity };
}
