import { promises as fs } from 'node:fs';
import { join, posix } from 'node:path';
import { parseRecords, type ManifestRecord } from '../dataset/records.js';
import { TEXT_COLUMN_ALIASES } from '../dataset/table.js';
import { formatForExtension, TEXT_EXTENSIONS } from '../media/sniff.js';
import { extensionOf, isUnder, joinRepoPath } from '../util/paths.js';

/** What `poisongate init` found in a repository: the datasets a starter policy declares. */
export interface FoundDataset {
  name: string;
  root: string;
  layout: 'imagefolder' | 'csv' | 'jsonl' | 'table';
  modality: 'image' | 'text';
  /** csv/jsonl layouts. */
  manifest?: string;
  columns?: { path?: string; label?: string; text?: string };
  /** Image formats seen (sharp names). */
  formats: string[];
  classes: string[];
  /** Samples (files, or rows of the tables). */
  samples: number;
  /** Split folders seen between the root and the classes (train, val, test). */
  splits: string[];
  provenance?: { manifest: string; required: string[] };
  /** Files under the root that are not samples and not in the default ignore list. */
  extraFiles: string[];
}

export interface Inspection {
  datasets: FoundDataset[];
  /** ONNX files: candidates for the team's own backbone. */
  models: string[];
  /** Tables and Parquet files that fit no dataset, for the reviewer to place. */
  unplaced: string[];
}

const SPLITS = new Set(['train', 'val', 'valid', 'validation', 'test', 'dev']);
const PATH_COLUMNS = ['path', 'file_name', 'file', 'filename', 'image'];
const LABEL_COLUMNS = ['label', 'class', 'category'];
const PROVENANCE_FIELDS = ['source', 'vendor', 'license', 'sha256'];
/** Files read to classify a table: enough for the header and a sample of rows. */
const MAX_TABLE_BYTES = 8 * 1024 * 1024;
const MAX_FILES = 2_000_000;
const DEFAULT_IGNORED = /(^|\/)(\.[^/]*|README[^/]*|LICENSE[^/]*|[^/]*\.md)$/i;

/** Every file under `root` (repo-relative POSIX), skipping dot folders and node_modules. */
async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await fs.readdir(join(root, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) out.push(path);
      if (out.length > MAX_FILES) throw new Error(`more than ${MAX_FILES} files under ${root}`);
    }
  };
  await walk('');
  return out;
}

const modalityOf = (path: string): 'image' | 'text' | undefined => {
  const ext = extensionOf(path);
  if (formatForExtension(ext)) return 'image';
  if (TEXT_EXTENSIONS.includes(ext)) return 'text';
  return undefined;
};

const pick = (columns: string[], wanted: readonly string[]) => wanted.find((w) => columns.includes(w));

/** `<root>/[split/]<class>/…/<file>`: roots whose first-level folders are classes. */
function imageFolders(samples: string[]): Map<string, { classes: Set<string>; splits: Set<string>; files: string[] }> {
  const roots = new Map<string, { classes: Set<string>; splits: Set<string>; files: string[] }>();
  // Shallowest root first, so a sub-folder of a known class never becomes a root of its own.
  const byDepth = [...samples].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
  for (const file of byDepth) {
    const parts = file.split('/');
    if (parts.length < 3) continue;
    const owner = [...roots.keys()].find((r) => isUnder(file, r));
    if (owner) {
      const rel = file.slice(owner.length + 1).split('/');
      const entry = roots.get(owner)!;
      const split = rel.length >= 3 && entry.splits.size > 0 && SPLITS.has(rel[0]!.toLowerCase());
      entry.classes.add(split ? rel[1]! : rel[0]!);
      if (split) entry.splits.add(rel[0]!);
      entry.files.push(file);
      continue;
    }
    let root = parts.slice(0, -2).join('/');
    const splits = new Set<string>();
    const last = posix.basename(root);
    if (root.includes('/') && SPLITS.has(last.toLowerCase())) {
      splits.add(last);
      root = posix.dirname(root);
    }
    roots.set(root, { classes: new Set([parts[parts.length - 2]!]), splits, files: [file] });
  }
  return roots;
}

async function readRecords(root: string, path: string): Promise<ManifestRecord[] | undefined> {
  const handle = await fs.open(join(root, path), 'r');
  try {
    const buf = Buffer.alloc(MAX_TABLE_BYTES);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    let text = buf.subarray(0, bytesRead).toString('utf8');
    // A cut-off file is read up to its last whole line.
    if (bytesRead === buf.length) text = text.slice(0, text.lastIndexOf('\n') + 1);
    return parseRecords(path, text).records;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

function datasetName(root: string, taken: Set<string>): string {
  const base = (posix.basename(root) || 'dataset').replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 56) || 'dataset';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

/**
 * Looks at a repository's working tree the way the layouts read it: class folders of images or
 * text files, manifests of paths and labels, text tables, and provenance manifests keyed by paths
 * under a dataset root. Only reads; guesses are for a person to review.
 */
export async function inspectRepository(root: string): Promise<Inspection> {
  const files = await listFiles(root);
  const fileSet = new Set(files);
  const samples = files.filter((f) => modalityOf(f));
  const tables = files.filter((f) => ['csv', 'tsv', 'jsonl', 'ndjson'].includes(extensionOf(f)));
  const datasets: FoundDataset[] = [];
  const names = new Set<string>();
  const claimed = new Set<string>();
  const unplaced: string[] = [];
  const provenance: Array<{ manifest: string; keys: string[]; fields: string[] }> = [];

  for (const table of tables) {
    const records = await readRecords(root, table);
    if (!records || records.length === 0) {
      unplaced.push(table);
      continue;
    }
    const columns = Object.keys(records[0]!.fields);
    const common = columns.filter((c) => records.every((r) => (r.fields[c] ?? '') !== ''));
    const pathColumn = pick(columns, PATH_COLUMNS);
    const labelColumn = pick(columns, LABEL_COLUMNS);
    const textColumn = pick(columns, TEXT_COLUMN_ALIASES);
    if (pathColumn && common.includes('sha256') && !labelColumn) {
      provenance.push({ manifest: table, keys: records.slice(0, 50).map((r) => r.fields[pathColumn] ?? ''), fields: common });
      continue;
    }
    if (pathColumn && labelColumn) {
      const dir = posix.dirname(table) === '.' ? '' : posix.dirname(table);
      const paths = records.map((r) => joinRepoPath(dir, r.fields[pathColumn] ?? '')).filter((p): p is string => p !== undefined && fileSet.has(p));
      if (paths.length > 0) {
        const ext = extensionOf(table);
        for (const p of paths) claimed.add(p);
        datasets.push({
          name: datasetName(dir || posix.basename(table, `.${ext}`), names),
          root: dir || '.',
          layout: ext === 'jsonl' || ext === 'ndjson' ? 'jsonl' : 'csv',
          modality: modalityOf(paths[0]!) ?? 'image',
          manifest: table,
          columns: { ...(pathColumn !== 'path' ? { path: pathColumn } : {}), ...(labelColumn !== 'label' ? { label: labelColumn } : {}) },
          formats: formatsOf(paths),
          classes: [...new Set(records.map((r) => r.fields[labelColumn] ?? ''))].filter(Boolean).sort(),
          samples: paths.length,
          splits: [],
          extraFiles: [],
        });
        continue;
      }
    }
    if (textColumn && labelColumn) {
      const dir = posix.dirname(table) === '.' ? '' : posix.dirname(table);
      const existing = datasets.find((d) => d.layout === 'table' && d.root === (dir || '.'));
      const classes = records.map((r) => r.fields[labelColumn] ?? '').filter(Boolean);
      if (existing) {
        existing.samples += records.length;
        existing.classes = [...new Set([...existing.classes, ...classes])].sort();
      } else {
        datasets.push({
          name: datasetName(dir || 'text', names),
          root: dir || '.',
          layout: 'table',
          modality: 'text',
          columns: { ...(textColumn !== 'text' ? { text: textColumn } : {}), ...(labelColumn !== 'label' ? { label: labelColumn } : {}) },
          formats: [],
          classes: [...new Set(classes)].sort(),
          samples: records.length,
          splits: [],
          extraFiles: [],
        });
      }
      continue;
    }
    unplaced.push(table);
  }

  for (const [dir, found] of imageFolders(samples.filter((s) => !claimed.has(s)))) {
    if (found.classes.size < 2) continue;
    const modalities = found.files.map((f) => modalityOf(f));
    const images = modalities.filter((m) => m === 'image').length;
    datasets.push({
      name: datasetName(dir, names),
      root: dir,
      layout: 'imagefolder',
      modality: images * 2 >= found.files.length ? 'image' : 'text',
      formats: formatsOf(found.files),
      classes: [...found.classes].sort(),
      samples: found.files.length,
      splits: [...found.splits].sort(),
      extraFiles: [],
    });
  }

  // A provenance manifest belongs to the dataset under whose root its keys name files.
  for (const p of provenance) {
    const owner = datasets.find((d) => !d.provenance && p.keys.some((k) => {
      const path = joinRepoPath(d.root === '.' ? '' : d.root, k);
      return path !== undefined && fileSet.has(path);
    }));
    if (owner) owner.provenance = { manifest: p.manifest, required: PROVENANCE_FIELDS.filter((f) => p.fields.includes(f)) };
    else unplaced.push(p.manifest);
  }

  const manifests = new Set(datasets.flatMap((d) => [d.manifest, d.provenance?.manifest]).filter(Boolean));
  for (const d of datasets) {
    if (d.layout !== 'imagefolder') continue;
    const ext = new Set(d.modality === 'image' ? d.formats.flatMap((f) => extensionsOf(f)) : TEXT_EXTENSIONS);
    d.extraFiles = files.filter((f) => isUnder(f, d.root) && !ext.has(extensionOf(f)) && !DEFAULT_IGNORED.test(f) && !manifests.has(f));
  }
  datasets.sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
  return {
    datasets,
    models: files.filter((f) => extensionOf(f) === 'onnx'),
    unplaced: [...unplaced, ...files.filter((f) => extensionOf(f) === 'parquet')].sort(),
  };
}

function formatsOf(paths: string[]): string[] {
  return [...new Set(paths.map((p) => formatForExtension(extensionOf(p))).filter((f): f is NonNullable<typeof f> => f !== undefined))].sort();
}

function extensionsOf(format: string): string[] {
  return ['png', 'jpg', 'jpeg', 'jpe', 'webp', 'gif', 'tif', 'tiff'].filter((e) => formatForExtension(e) === format);
}
