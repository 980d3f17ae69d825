import { CATALOG } from '../detectors/catalog.js';
import type { DetectorMeta } from '../detectors/detector.js';
import { SCRIPT_NAMES } from '../text/scripts.js';

/**
 * Where editors fetch the schema: the file committed at schema/policy-v1.json, at the moving `v1`
 * tag (every 1.x release). Pin a release with `v1.2.3` in place of `v1`.
 */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/poisongate/poisongate/v1/schema/policy-v1.json';
export const SCHEMA_ID = SCHEMA_URL;

const severity = { type: 'string', enum: ['error', 'warning', 'notice'] };
const nonEmpty = { type: 'string', minLength: 1, maxLength: 1024 };
const repoPath = { ...nonEmpty, pattern: '^[^/\\\\].*$', description: 'Repo-relative POSIX path.' };

/** Each detector contributes its own options schema, so adding a detector never edits this file. */
function detectorsSchema(catalog: readonly DetectorMeta[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const d of catalog) {
    properties[d.id] = {
      type: 'object',
      description: d.description,
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean', description: d.mandatory ? 'This check always runs.' : 'Run this detector.' },
        severity: { ...severity, description: `Severity of its findings (default ${d.defaultSeverity}).` },
        ...(d.modality === 'any'
          ? {
              modalities: {
                type: 'array',
                items: { type: 'string', enum: ['image', 'text'] },
                minItems: 1,
                uniqueItems: true,
                description: 'Run it only on datasets of these modalities (default: every modality it supports).',
              },
            }
          : {}),
        ...d.optionsSchema.properties,
      },
    };
  }
  return {
    type: 'object',
    description: 'Detectors to run, by id, with their options. A detector runs when listed here (or in a preset).',
    additionalProperties: false,
    properties,
  };
}

const sha256Pin = { type: 'string', pattern: '^[0-9a-f]{64}$' };

const imageModelSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'sha256', 'input', 'output'],
  properties: {
    path: { ...repoPath, description: 'ONNX file, read at the base ref.' },
    sha256: { ...sha256Pin, description: 'Pinned sha256 of the ONNX file.' },
    input: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'layout', 'channels', 'size'],
      properties: {
        name: nonEmpty,
        layout: { type: 'string', enum: ['NCHW', 'NHWC'] },
        channels: { type: 'integer', enum: [1, 3] },
        size: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 4096 }, minItems: 2, maxItems: 2 },
        scale: { type: 'number', description: 'Multiplier applied to 0–255 pixel values.' },
        mean: { type: 'array', items: { type: 'number' }, maxItems: 3 },
        std: { type: 'array', items: { type: 'number', exclusiveMinimum: 0 }, maxItems: 3 },
      },
    },
    output: { ...nonEmpty, description: 'Name of the output holding the features.' },
    batch_size: { type: 'integer', minimum: 1, maximum: 1024 },
  },
};

const textModelSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'sha256', 'tokenizer'],
  properties: {
    path: { ...repoPath, description: 'ONNX text encoder, read at the base ref.' },
    sha256: { ...sha256Pin, description: 'Pinned sha256 of the ONNX file.' },
    tokenizer: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'sha256'],
      description: "The encoder's tokenizer, read at the base ref and pinned like the model.",
      properties: {
        path: { ...repoPath, description: 'WordPiece vocab.txt (one token per line), or a Hugging Face tokenizer.json of WordPiece type.' },
        sha256: { ...sha256Pin, description: 'Pinned sha256 of the tokenizer file.' },
        lowercase: { type: 'boolean', description: 'vocab.txt only: lower-case the text (uncased models; default true).' },
        strip_accents: { type: 'boolean', description: 'vocab.txt only: remove accents (default: as lowercase).' },
      },
    },
    max_length: { type: 'integer', minimum: 3, maximum: 8192, description: "Tokens per sample, [CLS] and [SEP] included (default: the graph's fixed sequence length, else the tokenizer.json's truncation, else 128)." },
    inputs: {
      type: 'object',
      additionalProperties: false,
      description: "The graph's input names (defaults input_ids, attention_mask, token_type_ids; the last two are fed when the graph has them).",
      properties: { input_ids: nonEmpty, attention_mask: nonEmpty, token_type_ids: nonEmpty },
    },
    output: { ...nonEmpty, description: "Output holding token vectors [N, L, D] or sentence vectors [N, D] (default 'last_hidden_state')." },
    pooling: { type: 'string', enum: ['mean', 'cls', 'none'], description: 'mean over the attention mask (default), the [CLS] token, or none for an output that is already [N, D].' },
    normalize: { type: 'boolean', description: 'Scale every vector to unit length (default true).' },
    batch_size: { type: 'integer', minimum: 1, maximum: 1024 },
  },
};

const modelSchema = {
  description:
    "Embedding model. Images: 'default' (bundled MobileNetV2), 'pixels', or the team's own ONNX backbone. " +
    "Text: 'ngrams' (built-in hashed character n-grams, the default for text), or the team's ONNX text encoder with its tokenizer.",
  if: { type: 'object', required: ['tokenizer'] },
  then: textModelSchema,
  else: { oneOf: [{ type: 'string', enum: ['default', 'pixels', 'ngrams'] }, imageModelSchema] },
};

const provenanceSchema = {
  type: 'object',
  description: 'Per-sample provenance manifest and what every new sample must carry.',
  additionalProperties: false,
  required: ['manifest'],
  properties: {
    manifest: { ...repoPath, description: 'JSONL or CSV file with one record per sample.' },
    key: { ...nonEmpty, description: "Field holding the sample path relative to the dataset root (default 'path')." },
    required: { type: 'array', items: nonEmpty, uniqueItems: true, maxItems: 100, description: 'Fields every record must have.' },
    allowed: {
      type: 'object',
      description: 'Allow-lists: field → accepted values.',
      maxProperties: 100,
      additionalProperties: { type: 'array', items: { type: 'string', maxLength: 1024 }, minItems: 1, maxItems: 10_000 },
    },
    sha256_field: { ...nonEmpty, description: "Field holding the sha256 of the sample's bytes (default 'sha256')." },
    signatures: {
      type: 'object',
      additionalProperties: false,
      required: ['keys'],
      properties: {
        required: { type: 'boolean', description: 'Every record must carry a valid signature.' },
        field: { ...nonEmpty, description: "Field holding the base64 ed25519 signature (default 'signature')." },
        key_field: { ...nonEmpty, description: "Field naming the signer (default 'vendor')." },
        keys: {
          type: 'object',
          description: 'Signer → ed25519 public key (base64 raw 32 bytes or PEM).',
          maxProperties: 1000,
          additionalProperties: nonEmpty,
        },
      },
    },
  },
};

const datasetSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'root', 'layout', 'modality'],
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' },
    root: { ...repoPath, description: 'Folder holding the samples.' },
    layout: {
      type: 'string',
      enum: ['imagefolder', 'csv', 'jsonl', 'table'],
      description:
        'imagefolder: <root>/[split/]<class>/<file>; csv/jsonl: a manifest with path and label columns; ' +
        'table: every CSV/TSV/JSONL/Parquet file under root holds one text sample per row (text and label columns).',
    },
    modality: { type: 'string', enum: ['image', 'text'] },
    manifest: { ...repoPath, description: 'For csv/jsonl layouts: the manifest listing the samples.' },
    columns: {
      type: 'object',
      additionalProperties: false,
      properties: {
        path: { ...nonEmpty, description: "Manifest column with the sample path (default 'path'; also 'file_name')." },
        label: { ...nonEmpty, description: "Column with the label (default 'label')." },
        text: {
          ...nonEmpty,
          description: "For table layouts: column with the sample text (default: the first of 'text', 'sentence', 'content').",
        },
      },
    },
    ignore: { type: 'array', items: nonEmpty, maxItems: 1000, description: 'Globs, relative to root, of files that are not samples.' },
    formats: {
      type: 'array',
      items: { type: 'string', enum: ['png', 'jpeg', 'webp', 'gif', 'tiff'] },
      uniqueItems: true,
      description: 'Image formats accepted.',
    },
    provenance: provenanceSchema,
    model: modelSchema,
    allow_scripts: {
      type: 'array',
      items: { type: 'string', enum: [...SCRIPT_NAMES] },
      uniqueItems: true,
      description:
        'For text datasets: Unicode scripts whose letters samples may hold (e.g. [Latin, Greek, Cyrillic, Han, Arabic]). ' +
        'Default: the scripts the reference already holds.',
    },
    reference: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max_per_class: { type: 'integer', minimum: 1, description: 'Deterministic cap on reference samples per class.' },
      },
    },
  },
};

const limitsSchema = {
  type: 'object',
  description: 'Per-file and per-scan limits. Anything over a limit is a finding, never a skip.',
  additionalProperties: false,
  properties: {
    max_file_bytes: { type: 'integer', minimum: 1, description: 'Bytes of one file: sample, manifest or table (default 32 MiB).' },
    max_image_pixels: { type: 'integer', minimum: 1, description: 'Pixels of one image, read from its header before decoding (default 50 000 000).' },
    max_image_dimension: { type: 'integer', minimum: 1, description: 'Width or height of one image (default 20 000).' },
    max_text_bytes: { type: 'integer', minimum: 1, description: 'Bytes of one text sample (default 1 MiB).' },
    max_candidates: { type: 'integer', minimum: 1, description: 'Changed samples checked in one scan (default 50 000).' },
    max_reference_samples: { type: 'integer', minimum: 1, description: 'Trusted samples used as the reference (default 500 000).' },
    max_scan_seconds: { type: 'number', exclusiveMinimum: 0, description: 'Wall-clock budget of one scan; what is left unchecked fails the gate (default 1800).' },
    max_decode_seconds: { type: 'number', exclusiveMinimum: 0, description: 'Time to decode one image (default 20).' },
    max_scan_bytes: { type: 'integer', minimum: 1, description: 'Bytes of changed samples read in one scan (default 2 GiB).' },
    max_decoded_bytes: { type: 'integer', minimum: 1, description: 'Bytes of decoded pixels of changed images held in one scan (default 2 GiB).' },
    max_row_bytes: { type: 'integer', minimum: 1, description: 'Bytes of one row of a manifest or table (default 4 MiB).' },
    max_table_rows: { type: 'integer', minimum: 1, description: 'Rows of one manifest or table file (default 2 000 000).' },
  },
};

const waiverSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['rule', 'reason', 'expires'],
  anyOf: [{ required: ['path'] }, { required: ['sha256'] }],
  properties: {
    path: { ...repoPath, description: 'Repo-relative path of the waived sample.' },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'sha256 of the waived content.' },
    rule: { ...nonEmpty, description: 'Rule (detector id) the waiver covers.' },
    reason: { ...nonEmpty, description: 'Why, with a ticket or review reference.' },
    expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day (UTC) the waiver applies.' },
  },
};

/** The policy JSON Schema (draft-07), printed by `poisongate schema`. */
export function policySchema(catalog: readonly DetectorMeta[] = CATALOG): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'poisongate policy',
    description: 'Poisoning-defense policy for a dataset repository, read from the base branch of a pull request.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'datasets'],
    properties: {
      version: { const: 1, description: 'Policy format version.' },
      extends: {
        type: 'array',
        items: { type: 'string', enum: ['recommended', 'strict'] },
        description: 'Presets merged under this policy, in order.',
      },
      enforcement: {
        type: 'string',
        enum: ['enforce', 'warn'],
        description: 'enforce: findings at or above fail_on fail the gate; warn: report only.',
      },
      fail_on: { ...severity, description: 'Lowest severity that fails the gate.' },
      limits: limitsSchema,
      datasets: { type: 'array', minItems: 1, maxItems: 100, items: datasetSchema, description: 'The datasets in this repository and how to check them.' },
      detectors: detectorsSchema(catalog),
      waivers: {
        type: 'array',
        maxItems: 10_000,
        items: waiverSchema,
        description: 'Reviewed exceptions: a rule on a path or content hash, with a reason and an expiry date.',
      },
    },
  };
}
