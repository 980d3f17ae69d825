import type { Report } from '../report/model.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../types.js';
import { escapeUntrusted, logSafeJson } from '../util/text-escape.js';

/** Placeholders a reviewer must replace; the expiry one fails the policy schema until they do. */
export const REASON_PLACEHOLDER = 'TODO: why this is accepted, with a ticket or review link';
export const EXPIRES_PLACEHOLDER = 'YYYY-MM-DD';

export interface DraftOptions {
  now: Date;
  reason?: string;
  /** YYYY-MM-DD; default the placeholder. */
  expires?: string;
  /** Lowest severity to draft a waiver for (default: the report's fail_on). */
  minSeverity?: Severity;
}

export interface WaiverDraft {
  text: string;
  /** Entries pinned by sha256. */
  count: number;
  /** Findings with no content hash, listed as comments. */
  unpinned: number;
}

/** A YAML double-quoted scalar (JSON's escapes are YAML's), with invisible and bidi characters escaped. */
const q = (s: string) => logSafeJson(JSON.stringify(s));

/**
 * Waiver entries for the findings a report holds, for a team that accepts the current state of a
 * dataset and gates only what comes next. Each entry is pinned to the content (sha256) and the path
 * of the finding, so a later edit of the file is judged again. Findings about no single content
 * (a dataset, a manifest, the policy) are listed as comments: waiving them by path alone would also
 * cover whatever the path holds later.
 */
export function waiverDraft(report: Report, opts: DraftOptions): WaiverDraft {
  const floor = SEVERITY_RANK[opts.minSeverity ?? (report.policy.fail_on as Severity)] ?? SEVERITY_RANK.error;
  const open = report.findings.filter((f) => !f.waived && f.rule !== 'waiver-expired' && SEVERITY_RANK[f.severity] >= floor);
  const seen = new Set<string>();
  const unique = (f: Finding) => {
    const key = `${f.rule}\0${f.path}\0${f.sha256 ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const pinned = open.filter((f) => f.sha256 && unique(f));
  const unpinned = open.filter((f) => !f.sha256 && unique(f));
  const reason = opts.reason ?? REASON_PLACEHOLDER;
  const expires = opts.expires ?? EXPIRES_PLACEHOLDER;
  const scope = report.scope.mode === 'pull-request' ? `pull request ${report.scope.base?.slice(0, 7)}...${report.scope.head?.slice(0, 7)}` : 'full scan';
  const lines = [
    `# Waiver drafts from a poisongate report (${scope}, policy ${escapeUntrusted(report.policy.path)}), ${opts.now.toISOString().slice(0, 10)}.`,
    '# Each entry accepts one finding on exactly this content (sha256) at this path; a changed file is judged again.',
    '# Review every entry: say why it is accepted (with a ticket) and set the last day it applies, then move the',
    '# entries under `waivers:` in the policy on the default branch. The placeholders do not validate until replaced.',
    'waivers:',
  ];
  if (pinned.length === 0) lines[lines.length - 1] = 'waivers: []';
  for (const f of pinned) {
    lines.push(`  # ${f.severity} ${f.rule}: ${escapeUntrusted(f.message, 160)}`);
    lines.push(`  - path: ${q(f.path)}`, `    sha256: ${f.sha256}`, `    rule: ${f.rule}`, `    reason: ${q(reason)}`, `    expires: ${q(expires)}`);
  }
  if (unpinned.length > 0) {
    lines.push('', '# Not pinned to content (findings about a dataset, manifest or the policy, not one sample):');
    lines.push('# fix these, or waive by path only after review, knowing the waiver covers whatever the path holds later.');
    for (const f of unpinned) {
      lines.push(`#   ${f.severity} ${f.rule} ${escapeUntrusted(f.path)}: ${escapeUntrusted(f.message, 160)}`);
    }
  }
  return { text: `${lines.join('\n')}\n`, count: pinned.length, unpinned: unpinned.length };
}

/** A parsed JSON document that looks like a poisongate report (what `baseline` accepts). */
export function asReport(value: unknown): Report | undefined {
  const r = value as Partial<Report> | null;
  if (!r || typeof r !== 'object' || r.version !== 1 || r.tool?.name !== 'poisongate' || !Array.isArray(r.findings) || !r.policy || !r.scope) return undefined;
  return r as Report;
}
