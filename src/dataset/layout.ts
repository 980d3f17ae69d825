import { readContent } from '../context/content.js';
import type { Tree } from '../context/tree.js';
import { IMAGE_EXTENSIONS, TEXT_EXTENSIONS } from '../media/sniff.js';
import type { DatasetPolicy, Limits } from '../policy/types.js';
import type { Sample, Severity } from '../types.js';
import { matchesAny } from '../util/glob.js';
import { sha256Hex } from '../util/hash.js';
import { extensionOf, isUnder, joinRepoPath } from '../util/paths.js';
import { firstInvalidUtf8 } from '../util/utf8.js';
import { parseRecords } from './records.js';
import { isTableFile, lineOfOffset, readTable, TABLE_EXTENSIONS } from './table.js';

/** Something under a dataset that is not a usable sample; the integrity check reports it. */
export interface LayoutProblem {
  path: string;
  line?: number;
  message: string;
  /** Default error: the gate cannot vouch for the file. */
  severity?: Severity;
  /** For rows of a table: identifies the problem by content, so one the base already had is not the PR's. */
  fingerprint?: string;
}

export interface DatasetListing {
  samples: Sample[];
  problems: LayoutProblem[];
  /** The manifest file, for manifest layouts (a change to it changes rows). */
  manifest?: string;
}

const SPLITS = new Set(['train', 'training', 'val', 'valid', 'validation', 'dev', 'test', 'testing']);

export function sampleExtensions(dataset: DatasetPolicy): string[] {
  return dataset.modality === 'image' ? IMAGE_EXTENSIONS : TEXT_EXTENSIONS;
}

/**
 * The samples of `dataset` as `tree` holds them (sha256 is filled in when the bytes are read).
 * `gitDir` locates fetched Git LFS objects, which table files often are.
 */
export async function listDataset(tree: Tree, dataset: DatasetPolicy, limits: Limits, gitDir?: string): Promise<DatasetListing> {
  if (dataset.layout === 'imagefolder') return listFolder(tree, dataset);
  if (dataset.layout === 'table') return listTables(tree, dataset, limits, gitDir);
  return listManifest(tree, dataset, limits, gitDir);
}

/**
 * Whether a file (path relative to the root) is left out of the dataset. The policy's own `ignore`
 * globs are followed as written; the default list only names files that are not samples, so a
 * `.x.png` or `README.png` that a loader would train on is still checked.
 */
function isIgnored(dataset: DatasetPolicy, rel: string, sampleExtension: boolean): boolean {
  if (dataset.ignoreDefault && sampleExtension) return false;
  return matchesAny(rel, dataset.ignore);
}

function newSample(dataset: DatasetPolicy, path: string, label: string): Sample {
  return { path, label, dataset: dataset.name, modality: dataset.modality, sha256: '' };
}

/** Every table file under the root, one sample per row; other files are problems, like stray files in a folder layout. */
async function listTables(tree: Tree, dataset: DatasetPolicy, limits: Limits, gitDir: string | undefined): Promise<DatasetListing> {
  const samples: Sample[] = [];
  const problems: LayoutProblem[] = [];
  // Every row is held in memory for the rest of the scan: the tables of one side share the scan's byte budget.
  let bytesLeft = limits.max_scan_bytes;
  for (const entry of await tree.list(dataset.root)) {
    if (isIgnored(dataset, entry.path.slice(dataset.root.length + 1), isTableFile(entry.path))) continue;
    if (!isTableFile(entry.path)) {
      problems.push({
        path: entry.path,
        message: `is not a table this dataset reads (${TABLE_EXTENSIONS.map((e) => `.${e}`).join(', ')}); add it to 'ignore' if it is not training data`,
      });
      continue;
    }
    if (entry.size > bytesLeft) {
      problems.push({ path: entry.path, message: `was not read: the tables of this dataset are over the scan's byte budget (limits.max_scan_bytes ${limits.max_scan_bytes})` });
      continue;
    }
    const content = await readContent(entry.path, tree, limits.max_file_bytes, gitDir);
    if ('problem' in content) {
      problems.push({ path: entry.path, message: content.problem.message });
      continue;
    }
    bytesLeft -= content.bytes.length;
    const table = await readTable(entry.path, content.bytes, dataset.columns, limits);
    for (const p of table.problems) problems.push({ path: entry.path, line: p.line, message: p.message, fingerprint: p.fingerprint });
    for (const row of table.rows) {
      samples.push({ ...newSample(dataset, entry.path, row.label), line: row.line, inline: row.text, sha256: sha256Hex(row.text) });
    }
  }
  return { samples, problems };
}

async function listFolder(tree: Tree, dataset: DatasetPolicy): Promise<DatasetListing> {
  const samples: Sample[] = [];
  const problems: LayoutProblem[] = [];
  const exts = new Set(sampleExtensions(dataset));
  for (const entry of await tree.list(dataset.root)) {
    const rel = entry.path.slice(dataset.root.length + 1);
    if (isIgnored(dataset, rel, exts.has(extensionOf(entry.path)))) continue;
    const parts = rel.split('/');
    const label = SPLITS.has(parts[0]!.toLowerCase()) && parts.length >= 3 ? parts[1]! : parts[0]!;
    if (parts.length < 2 || (SPLITS.has(parts[0]!.toLowerCase()) && parts.length < 3)) {
      problems.push({ path: entry.path, message: 'is not inside a class folder (<root>/[split/]<class>/<file>)' });
    } else if (!exts.has(extensionOf(entry.path))) {
      problems.push({
        path: entry.path,
        message: `is not a ${dataset.modality} sample this dataset accepts (extension '.${extensionOf(entry.path)}'); add it to 'ignore' if it is not training data`,
      });
    } else samples.push(newSample(dataset, entry.path, label));
  }
  return { samples, problems };
}

async function listManifest(tree: Tree, dataset: DatasetPolicy, limits: Limits, gitDir: string | undefined): Promise<DatasetListing> {
  const manifest = dataset.manifest!;
  const problems: LayoutProblem[] = [];
  // Through readContent: a manifest stored with Git LFS is read from the LFS store, not parsed as a pointer.
  const content = await readContent(manifest, tree, limits.max_file_bytes, gitDir);
  if ('problem' in content) {
    return { samples: [], problems: [{ path: manifest, message: `(the dataset's manifest) ${content.problem.message}` }], manifest };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content.bytes);
  } catch {
    const offset = firstInvalidUtf8(content.bytes);
    return { samples: [], problems: [{ path: manifest, line: lineOfOffset(content.bytes, offset), message: `(the dataset's manifest) is not valid UTF-8 (first bad byte at offset ${offset}); no row was read` }], manifest };
  }
  const dir = manifest.includes('/') ? manifest.slice(0, manifest.lastIndexOf('/')) : '';
  const parsed = parseRecords(manifest, text, limits);
  for (const p of parsed.problems) problems.push({ path: manifest, line: p.line, message: p.message });
  const samples: Sample[] = [];
  const seen = new Map<string, number>();
  for (const rec of parsed.records) {
    const rawPath = rec.fields[dataset.columns.path] ?? (dataset.columns.path === 'path' ? rec.fields['file_name'] : undefined);
    const label = rec.fields[dataset.columns.label];
    if (!rawPath) {
      problems.push({ path: manifest, line: rec.line, message: `row has no '${dataset.columns.path}' value` });
      continue;
    }
    if (label === undefined || label === '') {
      problems.push({ path: manifest, line: rec.line, message: `row has no '${dataset.columns.label}' value` });
      continue;
    }
    const path = joinRepoPath(dir, rawPath);
    if (!path || !isUnder(path, dataset.root)) {
      problems.push({
        path: manifest,
        line: rec.line,
        message: `sample path '${rawPath}' leaves the dataset root '${dataset.root}'`,
      });
      continue;
    }
    const prev = seen.get(path);
    if (prev !== undefined) {
      problems.push({ path: manifest, line: rec.line, message: `sample '${rawPath}' is listed twice (also line ${prev})` });
      continue;
    }
    seen.set(path, rec.line);
    samples.push(newSample(dataset, path, label));
  }
  return { samples, problems, manifest };
}
