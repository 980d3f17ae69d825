import type { Modality, Severity } from '../types.js';

/**
 * Limits on what one file and one scan may cost; every read and decode goes through them. A limit
 * that stops a check is a finding (integrity or limit-exceeded), never a skip.
 */
export interface Limits {
  /** Bytes of one file (sample, manifest, table). */
  max_file_bytes: number;
  /** Pixels (width × height) of one image, checked from its header before decoding. */
  max_image_pixels: number;
  max_image_dimension: number;
  max_text_bytes: number;
  /** Changed samples checked in one scan. */
  max_candidates: number;
  max_reference_samples: number;
  /** Wall-clock budget of one scan; what is left unchecked when it runs out fails the gate. */
  max_scan_seconds: number;
  /** Time to decode one image (libvips is stopped, the image is a finding). */
  max_decode_seconds: number;
  /** Bytes of changed samples read in one scan (they stay in memory until the detectors ran). */
  max_scan_bytes: number;
  /** Bytes of decoded pixels of changed images held in one scan. */
  max_decoded_bytes: number;
  /** Bytes of one row (line or record) of a manifest or table. */
  max_row_bytes: number;
  /** Rows of one manifest or table file. */
  max_table_rows: number;
}

export interface SignaturePolicy {
  required: boolean;
  /** Record field holding the base64 ed25519 signature. */
  field: string;
  /** Record field naming the signer, looked up in `keys`. */
  key_field: string;
  /** Signer → ed25519 public key (base64 of the 32 raw bytes, or PEM SPKI). */
  keys: Record<string, string>;
}

export interface ProvenancePolicy {
  /** Repo-relative JSONL or CSV file with one record per sample, keyed by `key`. */
  manifest: string;
  /** Record field holding the sample path, relative to the dataset root. */
  key: string;
  required: string[];
  allowed: Record<string, string[]>;
  /** Record field holding the sha256 of the sample's bytes; checked when present. */
  sha256_field: string;
  signatures?: SignaturePolicy;
}

/** imagefolder: one file per sample; csv/jsonl: a manifest of file paths; table: text rows in CSV/TSV/JSONL/Parquet files. */
export type Layout = 'imagefolder' | 'csv' | 'jsonl' | 'table';

export interface ModelPolicy {
  path: string;
  sha256: string;
  input: {
    name: string;
    layout: 'NCHW' | 'NHWC';
    channels: 1 | 3;
    size: [number, number];
    scale: number;
    mean: number[];
    std: number[];
  };
  output: string;
  batch_size?: number;
}

/** A tokenizer file beside a text encoder, pinned like the model. */
export interface TokenizerPolicy {
  /** WordPiece `vocab.txt` (one token per line), or a Hugging Face `tokenizer.json` of WordPiece type. */
  path: string;
  sha256: string;
  /** vocab.txt only (tokenizer.json carries its own normalizer): lower-case before WordPiece. */
  lowercase?: boolean;
  /** vocab.txt only: strip accents (NFD, combining marks removed); default: as `lowercase`. */
  strip_accents?: boolean;
}

/** The team's ONNX text encoder (BERT/MiniLM style): token ids in, token or sentence vectors out. */
export interface TextModelPolicy {
  path: string;
  sha256: string;
  tokenizer: TokenizerPolicy;
  /** Tokens per sample, [CLS] and [SEP] included. */
  max_length?: number;
  /** The graph's input names. */
  inputs?: { input_ids?: string; attention_mask?: string; token_type_ids?: string };
  output?: string;
  /** mean: over the attention mask; cls: the first token; none: the output is already one vector per sample. */
  pooling?: 'mean' | 'cls' | 'none';
  /** Scale each vector to unit length. */
  normalize?: boolean;
  batch_size?: number;
}

/** `model` values a policy can give; which apply depends on the dataset's modality. */
export type ModelChoice = ModelPolicy | TextModelPolicy | 'default' | 'pixels' | 'ngrams';

export function isTextModelPolicy(m: ModelChoice | undefined): m is TextModelPolicy {
  return typeof m === 'object' && 'tokenizer' in m;
}

export interface DatasetPolicy {
  name: string;
  /** Repo-relative folder holding the samples. */
  root: string;
  layout: Layout;
  modality: Modality;
  /** For csv/jsonl layouts: repo-relative manifest listing samples. */
  manifest?: string;
  /**
   * Column names: `path` for manifests; `text` for tables (undefined: the first of text, sentence,
   * content that a file has); `label` for both.
   */
  columns: { path: string; label: string; text?: string };
  /** Globs (relative to `root`) of files that are not samples (docs, attributes files). */
  ignore: string[];
  /**
   * Set when `ignore` is the default list (documentation and dot files). The defaults never hide a
   * file with a sample extension: loaders such as torchvision's ImageFolder read `README.png` too.
   */
  ignoreDefault?: boolean;
  /** Image formats accepted (sharp format names). */
  formats: string[];
  provenance?: ProvenancePolicy;
  /**
   * Embedding model. Images: `default` (bundled), `pixels`, or the team's ONNX backbone. Text:
   * `ngrams` (built in, the default), or the team's ONNX text encoder with its tokenizer.
   */
  model?: ModelChoice;
  reference: { max_per_class?: number };
  /**
   * Unicode scripts (long names, e.g. Latin, Greek, Han) whose letters this text dataset may hold.
   * Undefined: the scripts its reference already holds.
   */
  allow_scripts?: string[];
}

export interface Waiver {
  path?: string;
  sha256?: string;
  rule: string;
  reason: string;
  /** ISO date (YYYY-MM-DD); the waiver stops applying after that day (UTC). */
  expires: string;
}

export type DetectorSettings = Record<string, unknown> & { enabled?: boolean; severity?: Severity; modalities?: Modality[] };

export interface Policy {
  version: 1;
  extends: string[];
  enforcement: 'enforce' | 'warn';
  fail_on: Severity;
  limits: Limits;
  datasets: DatasetPolicy[];
  detectors: Record<string, DetectorSettings>;
  waivers: Waiver[];
}

/** A policy as loaded, with where it came from (for reports and `policy-changed`). */
export interface LoadedPolicy {
  policy: Policy;
  /** Repo-relative path of the policy file. */
  path: string;
  /** Where it was read: a commit or `working tree`. */
  source: string;
  sha256: string;
  /** Line and column of a value in the policy file (for errors found after loading). */
  positionOf?: (at: Array<string | number>) => { line: number; column: number };
}
