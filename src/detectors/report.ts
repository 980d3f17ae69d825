import { makeFinding, type Location } from '../finding.js';
import type { LoadedSample } from '../media/types.js';
import type { DatasetPolicy } from '../policy/types.js';
import type { Finding, Sample, Severity } from '../types.js';
import type { DetectorMeta, FindingReport, Place, Subject } from './detector.js';

function isLoaded(about: Subject): about is LoadedSample {
  return 'problems' in about && 'sample' in about;
}

function isDataset(about: Subject): about is DatasetPolicy {
  return 'root' in about && 'layout' in about;
}

function isPlace(about: Subject): about is Place {
  return 'file' in about;
}

/** Where a finding about `about` points; a position inside the sample's file replaces the sample's line. */
export function locate(about: Subject, position?: FindingReport['position']): Location {
  if (isDataset(about)) return { path: about.root };
  if (isPlace(about)) return { path: about.file, line: about.line, column: about.column };
  const s: Sample = isLoaded(about) ? about.sample : about;
  return { path: s.path, line: position ? position.line : s.line, column: position?.column, sha256: s.sha256 };
}

/** A message template with `{{name}}` replaced from `data`; an unknown id or name is the detector's bug. */
function fill(meta: DetectorMeta, id: string, data: Record<string, string | number> = {}): string {
  const template = meta.messages?.[id];
  if (template === undefined) throw new Error(`detector ${meta.id} reported unknown messageId '${id}'`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in data)) throw new Error(`detector ${meta.id}: message '${id}' needs data '${name}'`);
    return String(data[name]);
  });
}

/**
 * The `report` of a detector's context: stamps each finding with the detector's id, the rule's
 * severity (unless the detector fixed one for this finding), the location of what it is about and
 * the dataset, and hands it to `sink`.
 */
export function reporter(meta: DetectorMeta, severity: Severity, dataset: DatasetPolicy, sink: (f: Finding) => void): (about: Subject, r: FindingReport) => void {
  return (about, r) => {
    const message = r.messageId !== undefined ? fill(meta, r.messageId, r.data) : r.message;
    sink(makeFinding(meta.id, r.severity ?? severity, locate(about, r.position), { ...r, message }, dataset.name));
  };
}
