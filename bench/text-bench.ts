// Evaluates the text detectors on fixtures/text-bench: each group of rows is appended to the
// benchmark's dataset as one pull request on a real git repository and scanned; rows are matched
// to findings by line. Used by test/text-bench.test.ts and scripts/eval-text-bench.mjs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../src/dataset/csv.js';
import { scan } from '../src/scan/scan.js';
import type { Finding, Verdict } from '../src/types.js';
// @ts-expect-error plain ESM helper shared with the demo script
import { buildRepo } from '../scripts/fixture-repo.mjs';

export const BENCH = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'text-bench');
const TRAIN = 'data/emails/train.csv';
const POLICY = '.github/poisongate.yml';
const NOW = new Date('2026-06-01T00:00:00Z');

/** What a group is for: poisoned rows to catch, legitimate rows to pass, or a figure to report. */
export type GroupRole = 'attack' | 'legitimate' | 'trigger' | 'mislabel' | 'informational';

export interface GroupSpec {
  role: GroupRole;
  /** Rules whose findings on an ordinary row count as false positives (the rules the group measures). */
  measures: string[];
  /** The policy's allow_scripts for this group's pull request, when it differs from the benchmark's. */
  allowScripts?: readonly string[];
}

/** The scripts the `world` group's languages are written in (its pull request's allow_scripts). */
export const WORLD_SCRIPTS = [
  'Arabic', 'Armenian', 'Bengali', 'Canadian_Aboriginal', 'Cherokee', 'Cyrillic', 'Devanagari', 'Ethiopic', 'Georgian',
  'Greek', 'Gujarati', 'Gurmukhi', 'Han', 'Hangul', 'Hebrew', 'Hiragana', 'Kannada', 'Katakana', 'Khmer', 'Lao', 'Latin',
  'Malayalam', 'Myanmar', 'Sinhala', 'Tamil', 'Telugu', 'Thaana', 'Thai', 'Tibetan', 'Vai', 'Yi',
] as const;

const ANY = ['unicode', 'trigger-tokens', 'integrity'];
const trigger: GroupSpec = { role: 'trigger', measures: ANY };

/** The feature-space rules, scored in their own columns (they compare rows in n-gram or encoder space). */
export const FEATURE_RULES = ['class-proximity', 'collusion', 'outliers', 'spectral'] as const;

/**
 * The groups and what each measures. Typography and multilingual rows test the unicode rule: the
 * typography group appends the same nine emoji to its rows, a repeated rare token by construction,
 * so trigger-tokens findings there are reported but not scored.
 */
export const GROUPS: Record<string, GroupSpec> = {
  clean: { role: 'legitimate', measures: ANY },
  typography: { role: 'legitimate', measures: ['unicode'] },
  multilingual: { role: 'legitimate', measures: ['unicode'] },
  world: { role: 'legitimate', measures: ['unicode'], allowScripts: WORLD_SCRIPTS },
  invisible: { role: 'attack', measures: ['unicode'] },
  homoglyph: { role: 'attack', measures: ['unicode'] },
  reorder: { role: 'attack', measures: ['unicode'] },
  deletion: { role: 'attack', measures: ['unicode'] },
  'budget-4-5': { role: 'attack', measures: ['unicode'] },
  'homoglyph-latin': { role: 'informational', measures: ['unicode'] },
  'trigger-cf': trigger,
  'trigger-mn': trigger,
  'trigger-bb': trigger,
  'trigger-tq': trigger,
  'trigger-mb': trigger,
  'trigger-low-cf': trigger,
  'label-flip': { role: 'mislabel', measures: ANY },
};

export interface BenchRow {
  text: string;
  label: string;
  source: string;
  /** Trigger word planted in the row ('' for ordinary rows of a trigger group). */
  trigger?: string;
  /** What the generator did to the row (perturbation groups), e.g. `inserted U+200B U+2060`. */
  detail?: string;
}

/**
 * Perturbation budget of an attack row: the code points inserted or replaced (invisible, homoglyph),
 * else the reordered words or deletions (one per `; `-separated part).
 */
export function budgetOf(row: BenchRow): number {
  const d = row.detail ?? '';
  if (d.startsWith('inserted U+')) return (d.match(/U\+/g) ?? []).length;
  if (d.startsWith('replaced ')) return (d.match(/→/g) ?? []).length;
  return d.split('; ').length;
}

/** Rows one feature-space rule names (by line), split by what they are. */
export interface FeatureScore {
  poisoned: number;
  ordinary: number;
}

export interface GroupResult {
  group: string;
  role: GroupRole;
  verdict: Verdict;
  /** Rules whose findings failed the pull request. */
  failedRules: string[];
  /** Per feature-space rule: poisoned and ordinary rows of the group it names. */
  feature: Record<string, FeatureScore>;
  rows: number;
  /** Rows the gate should flag (attack rows, trigger rows). */
  poisoned: number;
  /** Of those, rows with a finding of the expected rule. */
  caught: number;
  /** Rows the gate should pass. */
  ordinary: number;
  /** Of those, rows with any finding. */
  falsePositives: number;
  findingsByRule: Record<string, number>;
  /** Attack rows by perturbation budget: rows and rows caught. */
  byBudget: Record<number, { rows: number; caught: number }>;
  /** Ordinary rows with a finding, by the `detail` column (the language of a multilingual row). */
  flaggedByDetail: Record<string, number>;
  /** Kinds of unicode hits on ordinary rows, counted once per row. */
  falsePositiveKinds: Record<string, number>;
}

function csvRows(path: string): BenchRow[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const cols = header!.fields;
  return rows.map((r) => Object.fromEntries(cols.map((c, i) => [c, r.fields[i]!])) as unknown as BenchRow);
}

/**
 * `label-flip` is derived from the held-out clean rows: 10 spam rows relabelled ham (a dirty-label
 * flip, marked in `trigger`) and 60 ordinary rows (40 ham, 20 spam), like a trigger group.
 */
export function groupRows(group: string): BenchRow[] {
  if (group === 'label-flip') {
    const clean = csvRows(join(BENCH, 'groups', 'clean.csv'));
    const ham = clean.filter((r) => r.label === 'ham');
    const spam = clean.filter((r) => r.label === 'spam');
    const flipped = spam.slice(0, 10).map((r) => ({ ...r, label: 'ham', trigger: 'label-flip' }));
    const ordinary = [...ham.slice(0, 40), ...spam.slice(10, 30)].map((r) => ({ ...r, trigger: '' }));
    // Flipped rows spread among the ordinary ones, at fixed places.
    return ordinary.flatMap((r, i) => (i % 6 === 0 ? [flipped[i / 6]!, r] : [r]));
  }
  return csvRows(join(BENCH, 'groups', `${group}.csv`));
}

const field = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** Lines (1-based) of the rows the PR appends, in order. */
function appendedLines(csv: string, count: number): number[] {
  const rows = parseCsv(csv);
  return rows.slice(rows.length - count).map((r) => r.line);
}

/** The rows each finding of `rules` points at: its own line, and for trigger findings every listed row. */
function flaggedLines(findings: readonly Finding[], rules: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const f of findings) {
    if (f.path !== TRAIN || !rules.includes(f.rule)) continue;
    if (f.rule === 'trigger-tokens') {
      for (const r of (f.evidence?.['rows'] as Array<{ line?: number }>) ?? []) if (r.line) out.add(r.line);
    } else if (f.line) out.add(f.line);
  }
  return out;
}

export interface RunOptions {
  /** Policy text; the benchmark's own by default. */
  policy?: string;
}

export interface PullRequestResult {
  verdict: Verdict;
  groups: GroupResult[];
  findingsByRule: Record<string, number>;
}

/**
 * Appends the rows of `groups` to the benchmark dataset as one pull request on a fresh git
 * repository, scans it, and scores every row of every group.
 */
export async function runPullRequest(groups: readonly string[], opts: RunOptions = {}): Promise<PullRequestResult> {
  const rowsOf = groups.map((g) => groupRows(g));
  const appended = rowsOf.flat();
  const base = readFileSync(join(BENCH, 'base', TRAIN), 'utf8');
  const head = base + appended.map((r) => `${field(r.text)},${field(r.label)}`).join('\n') + '\n';
  let policy = opts.policy ?? readFileSync(join(BENCH, 'policy.yml'), 'utf8');
  const allow = [...new Set(groups.flatMap((g) => GROUPS[g]?.allowScripts ?? []))];
  if (opts.policy === undefined && allow.length > 0) policy = withAllowScripts(policy, allow);
  // A scratch repository, removed once scanned.
  const scratch = mkdtempSync(join(tmpdir(), 'poisongate-text-bench-'));
  let report;
  try {
    const repo = buildRepo({
      dest: join(scratch, 'repo'),
      base: join(BENCH, 'base'),
      baseFiles: { [POLICY]: policy },
      prFiles: { [TRAIN]: head },
    }) as { root: string };
    ({ report } = await scan({ root: repo.root, policyPath: POLICY, base: 'main', head: 'pr', now: NOW }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const lines = appendedLines(head, appended.length);
  const results: GroupResult[] = [];
  let offset = 0;
  groups.forEach((group, gi) => {
    const rows = rowsOf[gi]!;
    const { role, measures } = GROUPS[group] ?? { role: 'informational' as const, measures: ANY };
    const caughtLines = flaggedLines(report.findings, role === 'trigger' ? ['trigger-tokens'] : role === 'mislabel' ? [...FEATURE_RULES] : ['unicode']);
    const anyLines = flaggedLines(report.findings, measures);
    const featureLines = FEATURE_RULES.map((rule) => [rule, flaggedLines(report.findings, [rule])] as const);
    const isPoison = (r: BenchRow) => (role === 'trigger' || role === 'mislabel' ? r.trigger !== '' : role === 'attack' || role === 'informational');
    const r: GroupResult = {
      group,
      role,
      verdict: report.verdict,
      failedRules: report.failed_rules.map((f) => f.rule),
      feature: Object.fromEntries(FEATURE_RULES.map((rule) => [rule, { poisoned: 0, ordinary: 0 }])),
      rows: rows.length,
      poisoned: 0,
      caught: 0,
      ordinary: 0,
      falsePositives: 0,
      findingsByRule: {},
      byBudget: {},
      flaggedByDetail: {},
      falsePositiveKinds: {},
    };
    const unicodeKinds = new Map<number, string[]>();
    for (const f of report.findings) if (f.rule === 'unicode' && f.path === TRAIN && f.line) unicodeKinds.set(f.line, (f.evidence?.['kinds'] as string[]) ?? []);
    const groupLines = new Set(lines.slice(offset, offset + rows.length));
    rows.forEach((row, i) => {
      const line = lines[offset + i]!;
      const poison = isPoison(row);
      if (poison) {
        r.poisoned++;
        if (caughtLines.has(line)) r.caught++;
        if (role === 'attack' || role === 'informational') {
          const b = (r.byBudget[budgetOf(row)] ??= { rows: 0, caught: 0 });
          b.rows++;
          if (caughtLines.has(line)) b.caught++;
        }
      } else {
        r.ordinary++;
        if (anyLines.has(line)) {
          r.falsePositives++;
          const key = row.detail || '(none)';
          r.flaggedByDetail[key] = (r.flaggedByDetail[key] ?? 0) + 1;
          for (const k of unicodeKinds.get(line) ?? []) r.falsePositiveKinds[k] = (r.falsePositiveKinds[k] ?? 0) + 1;
        }
      }
      for (const [rule, flagged] of featureLines) if (flagged.has(line)) r.feature[rule]![poison ? 'poisoned' : 'ordinary']++;
    });
    for (const f of report.findings) {
      const own = f.rule === 'trigger-tokens' ? ((f.evidence?.['rows'] as Array<{ line?: number }>) ?? []).some((x) => groupLines.has(x.line ?? 0)) : groupLines.has(f.line ?? 0);
      if (own) r.findingsByRule[f.rule] = (r.findingsByRule[f.rule] ?? 0) + 1;
    }
    offset += rows.length;
    results.push(r);
  });
  return { verdict: report.verdict, groups: results, findingsByRule: report.summary.by_rule };
}

/** The policy text with its dataset's allow_scripts replaced by `scripts`. */
export function withAllowScripts(policy: string, scripts: readonly string[]): string {
  return policy.replace(/^(\s*)allow_scripts:.*$/m, (_, indent: string) => `${indent}allow_scripts: [${scripts.join(', ')}]`);
}

/** One group as its own pull request. */
export async function runGroup(group: string, opts: RunOptions = {}): Promise<GroupResult> {
  return (await runPullRequest([group], opts)).groups[0]!;
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

/** A fixed-width table of the results, one line per group. */
export function formatResults(results: readonly GroupResult[]): string {
  const lines = ['group             role           verdict  rows  detected          false positives   findings by rule', '-'.repeat(110)];
  for (const r of results) {
    const rules = Object.entries(r.findingsByRule).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
    lines.push(
      `${r.group.padEnd(18)}${r.role.padEnd(15)}${r.verdict.padEnd(9)}${String(r.rows).padStart(4)}  ` +
        `${`${r.caught}/${r.poisoned}`.padStart(7)} ${pct(r.caught, r.poisoned)}   ${`${r.falsePositives}/${r.ordinary}`.padStart(7)} ${pct(r.falsePositives, r.ordinary)}   ${rules}`,
    );
  }
  return lines.join('\n');
}

/** Recall of the attack groups per perturbation budget, one line per group. */
export function formatBudgets(results: readonly GroupResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const cells = Object.entries(r.byBudget).map(([b, v]) => `budget ${b}: ${v.caught}/${v.rows}`);
    if (cells.length > 0) lines.push(`${r.group.padEnd(18)}${cells.join('   ')}`);
  }
  return lines.join('\n');
}

/** The feature-space rules per group: rows named (poisoned / ordinary) and the rules that failed the pull request. */
export function formatFeatureResults(results: readonly GroupResult[]): string {
  const head = FEATURE_RULES.map((r) => r.padEnd(19)).join('');
  const lines = [`group             verdict  ${head}failing rules`, '-'.repeat(120)];
  for (const r of results) {
    const cells = FEATURE_RULES.map((rule) => {
      const f = r.feature[rule]!;
      return `${r.poisoned ? `${f.poisoned}/${r.poisoned}` : '–'} · ${f.ordinary}/${r.ordinary}`.padEnd(19);
    }).join('');
    lines.push(`${r.group.padEnd(18)}${r.verdict.padEnd(9)}${cells}${r.failedRules.join(', ') || 'none'}`);
  }
  lines.push('cells: poisoned rows named / poisoned rows · ordinary rows named / ordinary rows');
  return lines.join('\n');
}
