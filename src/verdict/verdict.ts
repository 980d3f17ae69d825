import type { Policy, Waiver } from '../policy/types.js';
import { SEVERITY_RANK, type Finding, type Verdict } from '../types.js';

/** One rule that fails the gate, with its count (e.g. `provenance: 3 errors`). */
export interface FailedRule {
  rule: string;
  count: number;
  /** The worst finding's message, so the summary can say why without opening the list. */
  example: string;
}

export interface WaiverUse {
  waiver: Waiver;
  /** How many findings it covered in this scan. */
  used: number;
  expired: boolean;
}

export interface VerdictResult {
  verdict: Verdict;
  /** What the verdict would be under `enforce` (differs from `verdict` only in warn mode). */
  wouldFail: boolean;
  failed: FailedRule[];
  waivers: WaiverUse[];
  /** The findings with waivers applied and the engine's own waiver findings added, sorted. */
  findings: Finding[];
}

/** Deterministic order: path, line, column, rule, severity (worst first), message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.path, b.path) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    cmp(a.rule, b.rule) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A waiver is in force through the end of its `expires` day (UTC). */
export function isExpired(w: Waiver, now: Date): boolean {
  return now.getTime() >= Date.parse(`${w.expires}T00:00:00Z`) + 24 * 3600 * 1000;
}

function covers(w: Waiver, f: Finding): boolean {
  if (w.rule !== f.rule) return false;
  if (w.path !== undefined && w.path !== f.path) return false;
  if (w.sha256 !== undefined && w.sha256 !== f.sha256) return false;
  return true;
}

/**
 * Applies waivers and decides. An expired waiver covers nothing and is itself an error; `warn`
 * enforcement reports but never fails; otherwise any unwaived finding at or above `fail_on` fails.
 */
export function decide(policy: Policy, policyPath: string, raw: readonly Finding[], now: Date): VerdictResult {
  const uses: WaiverUse[] = policy.waivers.map((waiver) => ({ waiver, used: 0, expired: isExpired(waiver, now) }));
  const findings: Finding[] = raw.map((f) => {
    const use = uses.find((u) => !u.expired && covers(u.waiver, f));
    if (!use) return f;
    use.used++;
    return { ...f, waived: { reason: use.waiver.reason, expires: use.waiver.expires } };
  });
  for (const u of uses) {
    if (u.expired) {
      findings.push({
        rule: 'waiver-expired',
        severity: 'error',
        path: policyPath,
        message: `waiver for ${u.waiver.rule} on ${u.waiver.path ?? `sha256 ${u.waiver.sha256}`} expired on ${u.waiver.expires} ("${u.waiver.reason}"): review the sample again and renew or remove the waiver`,
        evidence: { waiver: u.waiver },
      });
    }
  }
  findings.sort(compareFindings);

  const threshold = SEVERITY_RANK[policy.fail_on];
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.waived || SEVERITY_RANK[f.severity] < threshold) continue;
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const failed = [...byRule.entries()]
    .map(([rule, list]) => ({ rule, count: list.length, example: list[0]!.message }))
    .sort((a, b) => cmp(a.rule, b.rule));
  const wouldFail = failed.length > 0;
  return {
    verdict: wouldFail && policy.enforcement === 'enforce' ? 'fail' : 'pass',
    wouldFail,
    failed,
    waivers: uses,
    findings,
  };
}
