import type { Report } from '../report/model.js';
import { effectiveLevel, rankFindings } from './annotations.js';
import { conclusionOf } from './check-run.js';
import { mdTable, mdText } from './markdown.js';

/** GitHub refuses a job summary over 1 MiB per step. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

export interface SummaryOptions {
  /** Hard cap on the UTF-8 size of the result. */
  maxBytes: number;
  /** Where the full JSON report was written (runner path), named when the table is cut. */
  reportPath?: string;
  /** Link to the uploaded artifact with the reports and evidence files. */
  artifactUrl?: string;
  /** Rows of the findings table before it is cut. */
  maxFindings?: number;
}

const ICON = { error: '🛑', warning: '⚠️', notice: 'ℹ️' } as const;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function headline(report: Report): string {
  switch (conclusionOf(report)) {
    case 'failure':
      return '## ❌ poisongate: fail';
    case 'neutral':
      return '## ⚠️ poisongate: pass (enforcement: warn; would fail under enforce)';
    default:
      return '## ✅ poisongate: pass';
  }
}

function link(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function evidenceLine(opts: SummaryOptions): string | undefined {
  if (opts.artifactUrl) return `Full reports and evidence images (the files in the evidence column): [download the artifact](${link(opts.artifactUrl)}).`;
  if (opts.reportPath) return `Full report on the runner: \`${opts.reportPath.replace(/`/g, "'")}\` (upload it with actions/upload-artifact).`;
  return undefined;
}

function header(report: Report, opts: SummaryOptions): string[] {
  const { scope, policy } = report;
  const parts: string[] = [headline(report)];
  const c = report.summary.findings;
  parts.push(
    `${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s), ${c.waived} waived · ${report.summary.candidates} changed sample(s), ${report.summary.unchecked} unchecked`,
  );
  const where =
    scope.mode === 'pull-request'
      ? `Pull request \`${scope.base?.slice(0, 12)}...${scope.head?.slice(0, 12)}\`: ${scope.changed_files} changed file(s), listed by ${scope.changes_from}.`
      : 'Full scan of the checked-out tree.';
  parts.push(
    `${where} Policy ${mdText(policy.path)} from \`${policy.source.slice(0, 12)}\`, enforcement **${report.enforcement}**, fails on **${policy.fail_on}**.`,
  );
  if (report.datasets.length > 0) {
    parts.push(
      '### Datasets',
      mdTable(
        ['dataset', 'layout', 'candidates', 'unchecked', 'reference', 'removed'],
        report.datasets.map((d) => [
          `${mdText(d.name)} (${mdText(d.modality)})`,
          mdText(d.layout),
          String(d.candidates),
          String(d.unchecked),
          String(d.reference),
          String(d.removed),
        ]),
      ),
    );
  }
  if (report.failed_rules.length > 0) {
    parts.push(
      '### Failing rules',
      mdTable(
        ['rule', 'findings', 'for example'],
        report.failed_rules.map((r) => [mdText(r.rule), String(r.count), mdText(r.example, 300)]),
      ),
    );
  }
  const waivers = report.summary.waivers.filter((w) => w.used > 0 || w.expired);
  if (waivers.length > 0) {
    parts.push(
      '### Waivers',
      mdTable(
        ['rule', 'covers', 'reason', 'expires', 'findings waived'],
        waivers.map((w) => [
          mdText(w.rule),
          w.path ? mdText(w.path) : `sha256 ${mdText((w.sha256 ?? '').slice(0, 12))}`,
          mdText(w.reason, 200),
          `${mdText(w.expires)}${w.expired ? ' **(expired)**' : ''}`,
          String(w.used),
        ]),
      ),
    );
  }
  const evidence = evidenceLine(opts);
  if (evidence) parts.push(evidence);
  return parts;
}

/**
 * The job summary (and check-run summary): verdict first, then the datasets, failing rules, waivers
 * and the worst findings. Cut to `maxBytes`, with a line saying where the rest is.
 */
export function buildSummary(report: Report, opts: SummaryOptions): string {
  const parts = header(report, opts);
  const ranked = rankFindings(report.findings);
  const maxRows = opts.maxFindings ?? 100;
  const where = opts.artifactUrl ? 'the JSON report in the artifact' : `the JSON report${opts.reportPath ? ` (\`${opts.reportPath.replace(/`/g, "'")}\`)` : ''}`;
  const reserve = 400; // the closing note
  let text = parts.join('\n\n');
  if (ranked.length > 0) {
    const withEvidence = ranked.some((f) => f.attachments?.some((a) => a.file));
    const head = `\n\n### Findings\n\n${mdTable(['', 'rule', 'file', 'message', ...(withEvidence ? ['evidence'] : [])], [])}`;
    let table = head;
    let shown = 0;
    for (const f of ranked.slice(0, maxRows)) {
      const level = effectiveLevel(f);
      const loc = `${mdText(f.path)}${f.line ? `:${f.line}` : ''}`;
      const files = (f.attachments ?? []).flatMap((a) => (a.file ? [`\`${a.file.replace(/`/g, "'")}\``] : []));
      const evidenceCell = withEvidence ? ` ${files.join('<br>')} |` : '';
      const row = `\n| ${ICON[level]} ${level}${f.waived ? ' (waived)' : ''} | ${mdText(f.rule)} | ${loc} | ${mdText(f.message, 500)} |${evidenceCell}`;
      if (bytes(text) + bytes(table) + bytes(row) + reserve > opts.maxBytes) break;
      table += row;
      shown++;
    }
    if (shown > 0) text += table;
    if (shown < ranked.length) text += `\n\nShowing the ${shown} most severe of ${ranked.length} findings; all are in ${where}.`;
  }
  return fitBytes(`${text}\n`, opts.maxBytes, `\n\n… summary cut at ${opts.maxBytes} bytes; the full results are in ${where}.\n`);
}

/** Cuts `text` to at most `max` UTF-8 bytes, on a line boundary, ending with `note`. */
export function fitBytes(text: string, max: number, note: string): string {
  if (bytes(text) <= max) return text;
  const budget = Math.max(0, max - bytes(note));
  let cut = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8');
  // A cut inside a multi-byte character decodes to U+FFFD; drop the partial line anyway.
  const nl = cut.lastIndexOf('\n');
  cut = nl > 0 ? cut.slice(0, nl) : '';
  return `${cut}${note}`;
}
