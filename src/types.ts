// The contracts between stages. Every stage imports its types from here, so a change to a contract
// is visible in one place.

export type Severity = 'error' | 'warning' | 'notice';
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

export type Modality = 'image' | 'text';

/** Provenance as recorded for one sample in the dataset's manifest (field → value as written). */
export type ProvenanceRecord = Record<string, string>;

/** One dataset sample at one side of the comparison (base = trusted reference, head = candidate). */
export interface Sample {
  /** Repo-relative POSIX path of the file holding the sample. */
  path: string;
  /** For table layouts: 1-based line/row of the sample inside `path`. */
  line?: number;
  dataset: string;
  label: string;
  modality: Modality;
  /** sha256 (hex) of the sample's bytes as stored (for LFS, of the fetched content). */
  sha256: string;
  provenance?: ProvenanceRecord;
}

/** Where a number in a finding came from; free-form but JSON-serialisable. */
export type Evidence = Record<string, unknown>;

export interface Finding {
  /** Detector or engine rule id, e.g. `provenance`, `integrity`, `policy-changed`. */
  rule: string;
  severity: Severity;
  /** Repo-relative path the finding is about (a sample, the policy, a manifest, a dataset root). */
  path: string;
  line?: number;
  column?: number;
  /** What was seen and what to do about it. */
  message: string;
  score?: number;
  threshold?: number;
  /** sha256 of the content the finding is about, when known (stable fingerprint, sha256 waivers). */
  sha256?: string;
  dataset?: string;
  evidence?: Evidence;
  /** Set by the verdict stage when a waiver covers the finding. */
  waived?: { reason: string; expires: string };
}

export type Verdict = 'pass' | 'fail';
