import { dirname, join, relative, sep } from 'node:path';
import type { Report } from './model.js';
import { writeReportFile } from './write.js';

/** Attachment names are made by detectors; only plain file names reach the disk. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** `<report>.evidence`: the folder beside a JSON report that holds its binary evidence. */
export function evidenceDir(reportPath: string): string {
  return `${reportPath}.evidence`;
}

/**
 * Writes every attachment's bytes into `dir` (default `<report>.evidence/`) and returns a report
 * whose attachments carry `file`, the path relative to the report's folder, instead of `data`, so
 * the JSON stays small and readable. Names are the detectors' deterministic names; two findings
 * naming the same file (one trigger, many images) share it. A name that is not a plain file name
 * is replaced by a digest-free counter name.
 */
export async function writeAttachments(report: Report, reportPath: string, dir = evidenceDir(reportPath)): Promise<Report> {
  const linkDir = relative(dirname(reportPath), dir).split(sep).join('/') || '.';
  const written = new Map<string, Uint8Array>();
  let fallback = 0;
  const findings = report.findings.map((f) => {
    if (!f.attachments || f.attachments.length === 0) return f;
    const attachments = f.attachments.map((a) => {
      if (!a.data) return a;
      let name = SAFE_NAME.test(a.name) && !a.name.includes('..') ? a.name : `attachment-${++fallback}.png`;
      const prior = written.get(name);
      if (prior && !sameBytes(prior, a.data)) name = `${name.replace(/\.png$/, '')}-${++fallback}.png`;
      written.set(name, a.data);
      const { data: _data, ...rest } = a;
      return { ...rest, name, file: `${linkDir}/${name}` };
    });
    return { ...f, attachments };
  });
  for (const [name, data] of [...written].sort(([a], [b]) => (a < b ? -1 : 1))) await writeReportFile(join(dir, name), data);
  return { ...report, findings };
}

/** Drops attachment bytes (for outputs that cannot carry them), keeping names. */
export function stripAttachmentData(report: Report): Report {
  return {
    ...report,
    findings: report.findings.map((f) =>
      f.attachments ? { ...f, attachments: f.attachments.map(({ data: _data, ...rest }) => rest) } : f,
    ),
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

