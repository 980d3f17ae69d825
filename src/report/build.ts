import type { ChangeSet } from '../context/changes.js';
import type { Tree } from '../context/tree.js';
import type { LoadedPolicy } from '../policy/types.js';
import { TOOL_VERSION } from '../version.js';
import type { VerdictResult } from '../verdict/verdict.js';
import { REPORT_VERSION, type DatasetSummary, type Report } from './model.js';

/** What was compared: the trusted base (absent in a full scan), the head, and the changes between them. */
export interface ScanSides {
  head: Tree;
  base?: Tree;
  changes: ChangeSet;
}

/** The report of a scan: verdict, policy, scope, per-dataset summaries, counts and the findings. */
export function buildReport(loaded: LoadedPolicy, sides: ScanSides, datasets: DatasetSummary[], v: VerdictResult, timings: Record<string, number>): Report {
  const counts = { total: v.findings.length, error: 0, warning: 0, notice: 0, waived: 0 };
  const byRule: Record<string, number> = {};
  for (const f of v.findings) {
    if (f.waived) counts.waived++;
    else counts[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return {
    version: REPORT_VERSION,
    tool: { name: 'poisongate', version: TOOL_VERSION },
    verdict: v.verdict,
    enforcement: loaded.policy.enforcement,
    would_fail: v.wouldFail,
    failed_rules: v.failed,
    policy: { path: loaded.path, source: loaded.source, sha256: loaded.sha256, fail_on: loaded.policy.fail_on },
    scope: {
      mode: sides.base ? 'pull-request' : 'full',
      ...(sides.base?.commit ? { base: sides.base.commit } : {}),
      ...(sides.base && sides.head.commit ? { head: sides.head.commit } : {}),
      changed_files: sides.changes.changes.length,
      changes_from: sides.changes.source,
    },
    datasets,
    summary: {
      findings: counts,
      by_rule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1))),
      candidates: datasets.reduce((n, d) => n + d.candidates, 0),
      unchecked: datasets.reduce((n, d) => n + d.unchecked, 0),
      waivers: v.waivers.map((u) => ({ ...u.waiver, used: u.used, expired: u.expired })),
      timings_ms: timings,
    },
    findings: v.findings,
  };
}
