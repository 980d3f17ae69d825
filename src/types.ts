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
  /**
   * For rows of a table: 1-based line where the row starts (CSV/TSV/JSONL), or 1-based row number
   * (Parquet), inside `path`.
   */
  line?: number;
  /**
   * The sample's text when the listing itself holds it (a row of a text table): loading reads no
   * file, and `sha256` is of these UTF-8 bytes.
   */
  inline?: string;
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
  /**
   * Binary evidence (e.g. a PNG strip: candidate | source | amplified residual). The report stage
   * writes each beside the JSON report and replaces `data` by the file name.
   */
  attachments?: Attachment[];
  /** Set by the verdict stage when a waiver covers the finding. */
  waived?: { reason: string; expires: string };
}

export interface Attachment {
  /** File name, unique within the scan (e.g. `perturbed-copy-<sha8>.png`). */
  name: string;
  mediaType: 'image/png';
  data?: Uint8Array;
  /** Set by the report stage: path of the written file, relative to the JSON report. */
  file?: string;
}

export type Verdict = 'pass' | 'fail';
