import { DEFAULT_IGNORE } from '../policy/load.js';
import { SCHEMA_URL } from '../policy/schema.js';
import { escapeUntrusted } from '../util/text-escape.js';
import type { FoundDataset, Inspection } from './inspect.js';

/** Text from file and folder names, inside a YAML comment: one line, nothing invisible. */
const c = (s: string) => escapeUntrusted(s, 200);

const q = (s: string) => JSON.stringify(s);
const list = (items: string[]) => `[${items.map(q).join(', ')}]`;

function classSummary(d: FoundDataset): string {
  const shown = d.classes.slice(0, 12).map(c).join(', ');
  const more = d.classes.length > 12 ? `, … (${d.classes.length} in all)` : '';
  return `${d.classes.length} class(es): ${shown}${more}`;
}

function datasetLines(d: FoundDataset): string[] {
  const what = d.layout === 'table' ? `${d.samples} row(s)` : `${d.samples} file(s)`;
  const out = [`  # ${what}, ${classSummary(d)}${d.splits.length ? `; splits ${d.splits.map(c).join(', ')}` : ''}`];
  out.push(`  - name: ${d.name}`, `    root: ${q(d.root)}`, `    layout: ${d.layout}`, `    modality: ${d.modality}`);
  if (d.manifest) out.push(`    manifest: ${q(d.manifest)}`);
  const columns = Object.entries(d.columns ?? {}).filter(([, v]) => v !== undefined);
  if (columns.length > 0) out.push(`    columns: { ${columns.map(([k, v]) => `${k}: ${q(v!)}`).join(', ')} }`);
  if (d.modality === 'image' && d.formats.length > 0) out.push(`    formats: ${list(d.formats)}`);
  if (d.extraFiles.length > 0) {
    out.push('    # Files under the root that are not samples: a loader may still read them, so they are findings');
    out.push('    # unless ignored. Keep only what is truly not training data.');
    out.push(`    ignore: ${list([...DEFAULT_IGNORE, ...d.extraFiles.slice(0, 50).map((f) => f.slice(d.root.length + 1))])}`);
  }
  if (d.provenance) {
    out.push('    provenance:', `      manifest: ${q(d.provenance.manifest)}`);
    out.push(`      required: ${list(d.provenance.required)}`);
    out.push('      # allowed: { vendor: [your-vendor], license: [CC-BY-4.0] }');
    out.push('      # signatures: { required: true, keys: { your-vendor: "<base64 of the 32-byte ed25519 public key>" } }');
  } else {
    out.push('    # provenance:                       # a manifest with one record per sample (path, source, vendor, license, sha256)');
    out.push('    #   manifest: data/provenance.jsonl');
    out.push('    #   required: [source, vendor, license, sha256]');
  }
  if (d.modality === 'image') {
    out.push("    # model: the features of the network you fine-tune are what make feature collisions visible. Until");
    out.push("    # you pin your own backbone, the bundled MobileNetV2 is used ('default'). Your own:");
    out.push('    # model: { path: models/backbone.onnx, sha256: "<sha256sum of the file>", input: { name: input, layout: NCHW, channels: 3, size: [224, 224] }, output: features }');
  }
  return out;
}

/**
 * A commented starter policy for what `inspectRepository` found: extends `recommended`, with the
 * schema line for editors. Guesses are marked for review; nothing is enabled beyond the preset.
 */
export function starterPolicy(found: Inspection): string {
  const lines = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    '# poisongate policy: read from the base branch of every pull request, so changes to it take effect',
    '# after review and merge. Written by `poisongate init` from what it found in this repository;',
    '# check each dataset below, then `poisongate validate-policy` and `poisongate scan` to try it.',
    'version: 1',
    'extends: [recommended]       # presets: recommended, strict (warnings fail too)',
    'enforcement: enforce         # warn: report findings, never fail the check (for a trial period)',
    'datasets:',
  ];
  for (const d of found.datasets) lines.push(...datasetLines(d));
  if (found.models.length > 0) lines.push(`# ONNX files in this repository (candidates for 'model'): ${found.models.slice(0, 10).map(c).join(', ')}`);
  if (found.unplaced.length > 0) {
    lines.push('# Tables that fit no dataset above (check whether training reads them):');
    for (const f of found.unplaced.slice(0, 20)) lines.push(`#   ${c(f)}`);
  }
  lines.push(
    '# Detector options and thresholds: https://github.com/poisongate/poisongate#detectors',
    '# detectors:',
    '#   outliers: { max_rate: 0.02 }',
    '# Reviewed exceptions (`poisongate baseline report.json` drafts them, pinned by sha256):',
    'waivers: []',
  );
  return `${lines.join('\n')}\n`;
}
