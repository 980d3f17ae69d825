import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parsePublicKey } from '../util/ed25519.js';
import { ConfigError, errorMessage } from '../util/errors.js';
import { sha256Hex } from '../util/hash.js';
import { safeRepoPath } from '../util/paths.js';
import { didYouMean } from '../util/suggest.js';
import { firstInvalidUtf8 } from '../util/utf8.js';
import { CATALOG } from '../detectors/catalog.js';
import type { DetectorMeta } from '../detectors/detector.js';
import { ENGINE_RULES } from '../engine-rules.js';
import { PRESET_NAMES, presetText } from './presets.js';
import { policySchema } from './schema.js';
import { isTextModelPolicy, type DatasetPolicy, type Limits, type LoadedPolicy, type Policy, type ProvenancePolicy } from './types.js';
import { YamlSource, type Diagnostic } from './yaml-source.js';

export const DEFAULT_LIMITS: Limits = {
  max_file_bytes: 32 * 1024 * 1024,
  max_image_pixels: 50_000_000,
  max_image_dimension: 20_000,
  max_text_bytes: 1024 * 1024,
  max_candidates: 50_000,
  max_reference_samples: 500_000,
  // Well inside a hosted runner (2–4 cores, 7–16 GB, a 6 h job limit).
  max_scan_seconds: 1800,
  max_decode_seconds: 20,
  max_scan_bytes: 2 * 1024 ** 3,
  max_decoded_bytes: 2 * 1024 ** 3,
  max_row_bytes: 4 * 1024 * 1024,
  max_table_rows: 2_000_000,
};

/** Files under a dataset root that are not samples unless the policy says otherwise (docs, dot files). */
export const DEFAULT_IGNORE = ['**/.*', '**/README*', '**/LICENSE*', '**/*.md'];

/** Bounds on the policy file: 1 MiB, aliases adding at most 10 000 nodes, 32 levels of nesting. */
export const POLICY_MAX_BYTES = 1024 * 1024;
const YAML_LIMITS = { maxBytes: POLICY_MAX_BYTES, maxAliasNodes: 10_000, maxDepth: 32 };

/** A policy that cannot be used; `message` is `path:line:column: message` per problem, one per line. */
export class PolicyError extends ConfigError {
  constructor(
    readonly file: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(diagnostics.map((d) => `${file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
    this.name = 'PolicyError';
  }
}

/** One compiled schema per detector catalog (the product has one; tests add detectors). */
const validators = new WeakMap<readonly DetectorMeta[], ValidateFunction>();
function validate(value: unknown, catalog: readonly DetectorMeta[]): ErrorObject[] {
  let validator = validators.get(catalog);
  if (!validator) {
    validator = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true }).compile(policySchema(catalog));
    validators.set(catalog, validator);
  }
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Sets an own property whatever its name: assigning `__proto__` would replace the prototype
 * instead, and the keys under it would then pass validation unseen and still be read as settings.
 */
function define(o: Json, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Presets under the user's policy: objects merge key by key, the later value wins, arrays are replaced. */
function merge(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: Json = {};
  for (const [k, v] of Object.entries(base)) define(out, k, v);
  for (const [k, v] of Object.entries(over)) define(out, k, merge(Object.hasOwn(base, k) ? base[k] : undefined, v));
  return out;
}

function instancePath(err: ErrorObject): Array<string | number> {
  if (!err.instancePath) return [];
  return err.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describe(err: ErrorObject): string {
  const where = err.instancePath ? err.instancePath.slice(1).replace(/\//g, '.') : 'policy';
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String(p['additionalProperty']);
      const known = Object.keys(((err.parentSchema as Json | undefined)?.['properties'] as Json | undefined) ?? {});
      return `unknown key '${key}' in ${where}${didYouMean(key, known)}`;
    }
    case 'required':
      return `${where} is missing required key '${String(p['missingProperty'])}'`;
    case 'enum': {
      const allowed = (p['allowedValues'] as unknown[]).map(String);
      return `${where} must be one of: ${allowed.join(', ')}${typeof err.data === 'string' ? didYouMean(err.data, allowed) : ''}`;
    }
    case 'const':
      return `${where} must be ${JSON.stringify(p['allowedValue'])}`;
    default:
      return `${where} ${err.message ?? 'is invalid'}`;
  }
}

/** Ajv reports every failed branch of a oneOf/anyOf; keep the most specific errors. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const list = specific.length > 0 ? specific : errors;
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.instancePath}|${describe(e)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withDefaults(p: Json): Policy {
  const datasets = (p['datasets'] as Json[]).map((d): DatasetPolicy => {
    const prov = d['provenance'] as Json | undefined;
    const columns = (d['columns'] as Json | undefined) ?? {};
    return {
      name: d['name'] as string,
      root: String(d['root']).replace(/\/+$/, ''),
      layout: d['layout'] as DatasetPolicy['layout'],
      modality: d['modality'] as DatasetPolicy['modality'],
      manifest: d['manifest'] as string | undefined,
      columns: {
        path: (columns['path'] as string) ?? 'path',
        label: (columns['label'] as string) ?? 'label',
        ...(columns['text'] !== undefined ? { text: columns['text'] as string } : {}),
      },
      ignore: (d['ignore'] as string[]) ?? DEFAULT_IGNORE,
      ...(d['ignore'] === undefined ? { ignoreDefault: true } : {}),
      formats: (d['formats'] as string[]) ?? ['png', 'jpeg', 'webp'],
      provenance: prov ? provenanceWithDefaults(prov) : undefined,
      model: d['model'] as DatasetPolicy['model'],
      reference: (d['reference'] as DatasetPolicy['reference']) ?? {},
      ...(d['allow_scripts'] !== undefined ? { allow_scripts: d['allow_scripts'] as string[] } : {}),
    };
  });
  return {
    version: 1,
    extends: (p['extends'] as string[]) ?? [],
    enforcement: (p['enforcement'] as Policy['enforcement']) ?? 'enforce',
    fail_on: (p['fail_on'] as Policy['fail_on']) ?? 'error',
    limits: { ...DEFAULT_LIMITS, ...((p['limits'] as Partial<Limits>) ?? {}) },
    datasets,
    detectors: (p['detectors'] as Policy['detectors']) ?? {},
    waivers: (p['waivers'] as Policy['waivers']) ?? [],
  };
}

function provenanceWithDefaults(prov: Json): ProvenancePolicy {
  const sig = prov['signatures'] as Json | undefined;
  return {
    manifest: prov['manifest'] as string,
    key: (prov['key'] as string) ?? 'path',
    required: (prov['required'] as string[]) ?? [],
    allowed: (prov['allowed'] as Record<string, string[]>) ?? {},
    sha256_field: (prov['sha256_field'] as string) ?? 'sha256',
    signatures: sig
      ? {
          required: (sig['required'] as boolean) ?? true,
          field: (sig['field'] as string) ?? 'signature',
          key_field: (sig['key_field'] as string) ?? 'vendor',
          keys: sig['keys'] as Record<string, string>,
        }
      : undefined,
  };
}

/** The model must embed the dataset's modality; a tokenizer.json brings its own normalisation. */
function modelErrors(d: DatasetPolicy, i: number, src: YamlSource): Diagnostic[] {
  const m = d.model;
  if (m === undefined) return [];
  const at = src.positionOf(['datasets', i, 'model']);
  if (d.modality === 'image' && (m === 'ngrams' || isTextModelPolicy(m))) {
    return [{ ...at, message: `datasets.${i}.model: a text model cannot embed images; use default, pixels or an ONNX image backbone (path, sha256, input, output)` }];
  }
  if (d.modality === 'text' && (m === 'default' || m === 'pixels' || (typeof m === 'object' && !isTextModelPolicy(m)))) {
    const what = typeof m === 'string' ? `'${m}' is an image model` : 'an ONNX model without a tokenizer is an image backbone';
    return [{ ...at, message: `datasets.${i}.model: ${what}; text datasets use ngrams (the default) or an ONNX text encoder with its tokenizer` }];
  }
  if (isTextModelPolicy(m) && /\.json$/i.test(m.tokenizer.path) && (m.tokenizer.lowercase !== undefined || m.tokenizer.strip_accents !== undefined)) {
    return [
      {
        ...src.positionOf(['datasets', i, 'model', 'tokenizer']),
        message: `datasets.${i}.model.tokenizer: ${m.tokenizer.path} defines its own normalizer; remove lowercase/strip_accents (they apply to vocab.txt files)`,
      },
    ];
  }
  return [];
}

/** Every signing key must parse: a placeholder or truncated key would make every signature fail (or verify nothing). */
function keyErrors(d: DatasetPolicy, i: number, src: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [signer, text] of Object.entries(d.provenance?.signatures?.keys ?? {})) {
    try {
      parsePublicKey(text);
    } catch (err) {
      const at = ['datasets', i, 'provenance', 'signatures', 'keys', signer];
      out.push({ ...src.positionOf(at), message: `${at.join('.')}: unusable ed25519 public key (${errorMessage(err)})` });
    }
  }
  return out;
}

/**
 * Checks the schema cannot express: unique names, manifests for manifest layouts, known waiver
 * rules, and paths that stay inside the repository.
 */
function semanticErrors(p: Policy, src: YamlSource, ruleIds: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const names = new Set<string>();
  // Paths are compared as written (a root of `data/./img` would match no file), so they must be normal too.
  const inRepo = (value: string | undefined, at: Array<string | number>, what: string) => {
    if (value === undefined) return;
    const normal = safeRepoPath(value);
    if (normal === undefined) {
      out.push({ ...src.positionOf(at), message: `${at.join('.')}: ${what} '${value}' leaves the repository (use a repo-relative path without '..', a leading '/', or backslashes)` });
    } else if (normal !== value) {
      out.push({ ...src.positionOf(at), message: `${at.join('.')}: write ${what} '${value}' as '${normal}'` });
    }
  };
  p.datasets.forEach((d, i) => {
    inRepo(d.root, ['datasets', i, 'root'], 'root');
    inRepo(d.manifest, ['datasets', i, 'manifest'], 'manifest');
    inRepo(d.provenance?.manifest, ['datasets', i, 'provenance', 'manifest'], 'provenance manifest');
    if (typeof d.model === 'object') inRepo(d.model.path, ['datasets', i, 'model', 'path'], 'model path');
    if (names.has(d.name)) out.push({ ...src.positionOf(['datasets', i, 'name']), message: `duplicate dataset name '${d.name}'` });
    names.add(d.name);
    if ((d.layout === 'csv' || d.layout === 'jsonl') && !d.manifest) {
      out.push({ ...src.positionOf(['datasets', i]), message: `datasets.${i}: layout '${d.layout}' needs 'manifest'` });
    }
    if (d.layout === 'table' && d.modality !== 'text') {
      out.push({ ...src.positionOf(['datasets', i, 'modality']), message: `datasets.${i}: layout 'table' holds text rows; set modality: text` });
    }
    out.push(...modelErrors(d, i, src));
    out.push(...keyErrors(d, i, src));
    if (d.layout === 'table' && d.manifest) {
      out.push({ ...src.positionOf(['datasets', i, 'manifest']), message: `datasets.${i}: layout 'table' reads every table file under root; remove 'manifest'` });
    }
  });
  p.waivers.forEach((w, i) => {
    inRepo(w.path, ['waivers', i, 'path'], 'path');
    if (!ruleIds.has(w.rule)) {
      out.push({ ...src.positionOf(['waivers', i, 'rule']), message: `waivers.${i}.rule: unknown rule '${w.rule}'${didYouMean(w.rule, ruleIds)}` });
    }
    if (Number.isNaN(Date.parse(`${w.expires}T00:00:00Z`))) {
      out.push({ ...src.positionOf(['waivers', i, 'expires']), message: `waivers.${i}.expires: not a date` });
    }
  });
  return out;
}

export interface PolicyText {
  text: string;
  /** Repo-relative path (for messages and `policy-changed`). */
  path: string;
  /** Where it was read from: a commit sha or `working tree`. */
  source: string;
}

/**
 * The text of a policy file: strict UTF-8 within the size limit, or a PolicyError naming the line
 * (a policy that does not decode as written must not be read as something else).
 */
export function policyText(bytes: Uint8Array, path: string): string {
  if (bytes.length > POLICY_MAX_BYTES) {
    throw new PolicyError(path, [{ line: 1, column: 1, message: `the policy is ${bytes.length} bytes, over the limit of ${POLICY_MAX_BYTES}` }]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = offset - (before.lastIndexOf(0x0a) + 1) + 1;
    throw new PolicyError(path, [{ line, column, message: `not valid UTF-8 (byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} at offset ${offset})` }]);
  }
}

/** Parses, merges presets, validates and fills defaults. Throws PolicyError naming line:column. */
export function loadPolicy(input: PolicyText, catalog: readonly DetectorMeta[] = CATALOG): LoadedPolicy {
  const { source, errors } = YamlSource.parse(input.text, YAML_LIMITS);
  if (!source) throw new PolicyError(input.path, errors);
  const user = source.value;
  if (!isObject(user)) throw new PolicyError(input.path, [{ line: 1, column: 1, message: 'policy must be a YAML mapping' }]);

  let merged: unknown = {};
  const extendsList = Array.isArray(user['extends']) ? user['extends'] : [];
  for (const [i, name] of extendsList.entries()) {
    let presetValue: unknown;
    try {
      const parsed = YamlSource.parse(presetText(String(name)), YAML_LIMITS);
      presetValue = parsed.source?.value;
    } catch {
      throw new PolicyError(input.path, [{ ...source.positionOf(['extends', i]), message: `unknown preset '${String(name)}' (presets: ${PRESET_NAMES.join(', ')})${didYouMean(String(name), PRESET_NAMES)}` }]);
    }
    merged = merge(merged, presetValue);
  }
  merged = merge(merged, user);

  const schemaErrors = relevant(validate(merged, catalog));
  if (schemaErrors.length > 0) {
    throw new PolicyError(
      input.path,
      schemaErrors.map((e) => {
        const key = e.keyword === 'additionalProperties' ? String((e.params as Json)['additionalProperty']) : undefined;
        return { ...source.positionOf(instancePath(e), key), message: describe(e) };
      }),
    );
  }
  const policy = withDefaults(merged as Json);
  const semantic = semanticErrors(policy, source, new Set([...catalog.map((d) => d.id), ...ENGINE_RULES]));
  if (semantic.length > 0) throw new PolicyError(input.path, semantic);
  return { policy, path: input.path, source: input.source, sha256: sha256Hex(input.text), positionOf: (at) => source.positionOf(at) };
}
