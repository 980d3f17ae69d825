import type { Finding, Verdict } from '../types.js';
import type { FailedRule } from '../verdict/verdict.js';

/** Bumped only on a breaking change of the JSON report; documented in the README. */
export const REPORT_VERSION = 1;

export interface DatasetSummary {
  name: string;
  root: string;
  layout: string;
  modality: string;
  /** Samples the PR adds or changes (all samples in a full scan). */
  candidates: number;
  /** Candidates that could not be checked (integrity problems). */
  unchecked: number;
  /** Trusted samples used as reference. */
  reference: number;
  /** Trusted samples the PR removes. */
  removed: number;
  /** Detectors that ran on this dataset. */
  detectors: string[];
}

export interface Report {
  version: number;
  tool: { name: 'poisongate'; version: string };
  verdict: Verdict;
  enforcement: 'enforce' | 'warn';
  /** True when findings at or above fail_on exist, even if `warn` let the gate pass. */
  would_fail: boolean;
  failed_rules: FailedRule[];
  policy: { path: string; source: string; sha256: string; fail_on: string };
  scope: { mode: 'pull-request' | 'full'; base?: string; head?: string; changed_files: number; changes_from: string };
  datasets: DatasetSummary[];
  summary: {
    findings: { total: number; error: number; warning: number; notice: number; waived: number };
    by_rule: Record<string, number>;
    candidates: number;
    unchecked: number;
    waivers: Array<{ rule: string; path?: string; sha256?: string; reason: string; expires: string; used: number; expired: boolean }>;
    timings_ms: Record<string, number>;
  };
  findings: Finding[];
}
