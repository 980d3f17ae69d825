import { escapeLogLine, escapeUntrusted } from '../util/text-escape.js';
import type { Report } from './model.js';

const MAX_LISTED = 200;

/** Console report. Every PR-controlled string is escaped: it may end up in a CI log. */
export function formatText(report: Report): string {
  const lines: string[] = [];
  const { scope } = report;
  lines.push(
    scope.mode === 'pull-request'
      ? `poisongate ${report.tool.version}: pull request ${scope.base?.slice(0, 7)}...${scope.head?.slice(0, 7)}, ${scope.changed_files} changed file(s)`
      : `poisongate ${report.tool.version}: full scan of the working tree`,
  );
  lines.push(`policy ${report.policy.path} (${report.policy.source.slice(0, 12)}), enforcement ${report.enforcement}, fail_on ${report.policy.fail_on}`);
  for (const d of report.datasets) {
    lines.push(`  dataset ${d.name} (${d.layout}, ${d.modality}): ${d.candidates} candidate(s), ${d.unchecked} unchecked, ${d.reference} reference, ${d.removed} removed; detectors: ${d.detectors.join(', ')}`);
  }
  lines.push('');
  const shown = report.findings.slice(0, MAX_LISTED);
  for (const f of shown) {
    const where = `${escapeUntrusted(f.path)}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}`;
    const waived = f.waived ? ` [waived: ${escapeUntrusted(f.waived.reason)}, until ${f.waived.expires}]` : '';
    lines.push(`${f.severity.padEnd(7)} ${f.rule.padEnd(16)} ${where}`);
    lines.push(`        ${escapeLogLine(f.message, 2000)}${waived}`);
    for (const a of f.attachments ?? []) if (a.file) lines.push(`        evidence: ${escapeUntrusted(a.file)}`);
  }
  if (report.findings.length > shown.length) lines.push(`… and ${report.findings.length - shown.length} more finding(s) in the JSON report`);
  const c = report.summary.findings;
  lines.push('');
  lines.push(`${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s), ${c.waived} waived; ${report.summary.candidates} candidate(s), ${report.summary.unchecked} unchecked`);
  if (report.summary.unchecked > 0) {
    lines.push(`unchecked: ${report.summary.unchecked} candidate(s) were not checked by the detectors: they could not be read or decoded, broke a limit, or are not samples. Each has an integrity or limit-exceeded finding saying why`);
  }
  const unwritten = report.findings.filter((f) => f.attachments?.some((a) => !a.file)).length;
  if (unwritten > 0) {
    lines.push(`evidence images for ${unwritten} finding(s) were not written: add --evidence-dir DIR (or --json FILE, which writes them to FILE.evidence/)`);
  }
  if (report.failed_rules.length > 0) {
    lines.push(`failing rules: ${report.failed_rules.map((r) => `${r.rule} (${r.count})`).join(', ')}`);
  }
  const verdict = report.verdict.toUpperCase();
  lines.push(report.enforcement === 'warn' && report.would_fail ? `verdict: ${verdict} (enforcement: warn; would fail under enforce)` : `verdict: ${verdict}`);
  return `${lines.join('\n')}\n`;
}
