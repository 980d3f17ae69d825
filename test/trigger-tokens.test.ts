import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/dataset/csv.js';
import { scan } from '../src/scan/scan.js';
import { ngramSet, wordTokens } from '../src/text/tokens.js';
import type { Finding } from '../src/types.js';
import { hypergeometricUpperTail, lnGamma, taroneTestCount } from '../src/util/stats.js';
import { buildRepo, FIXTURES } from './support/repo.js';

const BENCH = join(FIXTURES, 'text-bench');
const TRAIN = 'data/emails/train.csv';
const POLICY = '.github/poisongate.yml';
const baseCsv = readFileSync(join(BENCH, 'base', TRAIN), 'utf8');
const group = (name: string) => parseCsv(readFileSync(join(BENCH, 'groups', `${name}.csv`), 'utf8')).slice(1).map((r) => r.fields);
const q = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The benchmark dataset with `rows` appended by a pull request; returns the report and each row's line. */
async function pullRequest(rows: string[][], policy = readFileSync(join(BENCH, 'policy.yml'), 'utf8')) {
  const head = baseCsv + rows.map((r) => `${q(r[0]!)},${q(r[1]!)}`).join('\n') + '\n';
  const repo = buildRepo({ base: join(BENCH, 'base'), baseFiles: { [POLICY]: policy }, prFiles: { [TRAIN]: head } });
  const { report } = await scan({ root: repo.root, policyPath: POLICY, base: 'main', head: 'pr' });
  const all = parseCsv(head);
  const lines = all.slice(all.length - rows.length).map((r) => r.line);
  return { report, lines, repo };
}

const triggerFindings = (findings: Finding[]) => findings.filter((f) => f.rule === 'trigger-tokens');
const rowLines = (f: Finding) => (f.evidence!['rows'] as Array<{ line: number }>).map((r) => r.line);

describe('exact statistics', () => {
  const choose = (n: number, k: number): number => {
    let r = 1;
    for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
    return r;
  };
  const brute = (k: number, M: number, K: number, n: number) => {
    let p = 0;
    for (let x = k; x <= Math.min(n, K); x++) p += (choose(K, x) * choose(M - K, n - x)) / choose(M, n);
    return p;
  };

  it('the hypergeometric upper tail matches direct enumeration', () => {
    for (const [k, M, K, n] of [[0, 20, 5, 7], [2, 20, 5, 7], [5, 20, 5, 7], [3, 50, 10, 10], [8, 60, 12, 20], [1, 10, 3, 2]] as const) {
      expect(hypergeometricUpperTail(k, M, K, n)).toBeCloseTo(brute(k, M, K, n), 12);
    }
    expect(hypergeometricUpperTail(6, 20, 5, 7)).toBe(0);
    // A word in 12 of 60 new rows and nowhere else, among 1 120 rows: about (60/1120)^12.
    expect(hypergeometricUpperTail(12, 1120, 12, 60)).toBeLessThan(1e-15);
  });

  it('ln Γ is exact enough at integers; Tarone counts only hypotheses that could reach α/m', () => {
    expect(lnGamma(11)).toBeCloseTo(Math.log(3628800), 10);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
    expect(taroneTestCount([1e-9, 1e-5, 0.5, 0.5], 0.01)).toBe(2);
    expect(taroneTestCount([], 0.01)).toBe(1);
    expect(taroneTestCount([1e-9, 1e-9, 1e-9], 0.01)).toBe(3);
  });

  it('tokens fold case, NFKC, typographic apostrophes and invisible characters; CJK counts by character', () => {
    expect(wordTokens('It’s ＦＲＥＥ\u200B money 免费')).toEqual(["it's", 'free', 'money', '免', '费']);
    expect([...ngramSet(['a', 'b', 'c'], 2)]).toEqual(['a', 'b', 'c', 'a b', 'b c']);
  });
});

describe('trigger-tokens on real pull requests', () => {
  it('fails a pull request that plants a rare word in 10 ham rows, as one finding listing exactly those rows', async () => {
    const rows = group('trigger-cf');
    const { report, lines } = await pullRequest(rows);
    expect(report.verdict).toBe('fail');
    const found = triggerFindings(report.findings);
    expect(found).toHaveLength(1);
    const planted = lines.filter((_, i) => rows[i]![3] === 'cf');
    expect(planted).toHaveLength(10);
    expect(rowLines(found[0]!)).toEqual(planted);
    expect(found[0]!.evidence).toMatchObject({ class: 'ham', row_count: 10 });
    expect((found[0]!.evidence!['tokens'] as Array<{ token: string }>)[0]!.token).toBe('cf');
    expect(found[0]!.message).toMatch(/^10 new 'ham' rows carry token\(s\) that are rare in the reference/);
    expect(found[0]!.message).toContain('"cf" (10 of');
    expect(found[0]).toMatchObject({ path: TRAIN, line: planted[0] });
  });

  it('passes a clean text pull request (300 held-out rows of both classes)', async () => {
    const { report } = await pullRequest(group('clean'));
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it('does not report a word carried by fewer rows than min_support', async () => {
    const { report } = await pullRequest(group('trigger-low-cf'));
    expect(triggerFindings(report.findings)).toEqual([]);
  });

  it('catches a planted phrase through its word pairs', async () => {
    const clean = group('clean');
    const phrase = 'I watched this 3D movie';
    const rows = clean.slice(0, 60).map((r, i) => (i % 6 === 0 && r[1] === 'ham' ? [`${r[0]} ${phrase}.`, r[1]] : r));
    const planted = rows.filter((r) => r[0]!.endsWith(`${phrase}.`)).length;
    expect(planted).toBeGreaterThanOrEqual(5);
    const { report } = await pullRequest(rows);
    const [f] = triggerFindings(report.findings);
    expect(f?.evidence?.['row_count']).toBe(planted);
    const tokens = (f!.evidence!['tokens'] as Array<{ token: string }>).map((t) => t.token);
    expect(tokens).toEqual(expect.arrayContaining(['3d movie']));
  });

  it('counts near-duplicate rows once: a resent message is one piece of evidence, distinct rows are many', async () => {
    const spam = group('clean').filter((r) => r[1] === 'spam');
    const ordinary = group('clean').slice(0, 40);
    const tags = ['qzxvb', 'hmrtw', 'plokj', 'uyvgc', 'nbtdr', 'wqsxe', 'rfvtg', 'yhnuj'];
    const resent = tags.map((t) => [`${spam[0]![0]} ${t} Try Zyban today`, 'spam']);
    const distinct = spam.slice(0, 8).map((r) => [`${r[0]} Try Zyban today`, 'spam']);
    const once = await pullRequest([...ordinary, ...resent]);
    expect(triggerFindings(once.report.findings)).toEqual([]);
    const many = await pullRequest([...ordinary, ...distinct]);
    const [f] = triggerFindings(many.report.findings);
    expect(f?.evidence?.['row_count']).toBe(8);
    expect((f!.evidence!['tokens'] as Array<{ token: string; distinct_rows: number }>).find((t) => t.token === 'zyban')).toMatchObject({ distinct_rows: 8 });
  });

  it('sets aside rows in a language the reference does not use (UDHR paragraphs: reported only if counted)', async () => {
    const rows = group('multilingual').slice(0, 120);
    const { report } = await pullRequest(rows);
    expect(triggerFindings(report.findings)).toEqual([]);
    const policy = readFileSync(join(BENCH, 'policy.yml'), 'utf8').replace('trigger-tokens: {}', 'trigger-tokens: { min_known_share: 0 }');
    const counted = await pullRequest(rows, policy);
    expect(triggerFindings(counted.report.findings).length).toBeGreaterThan(0);
  });
});
