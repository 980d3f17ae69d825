import { scan } from '../src/scan/scan.js';
import type { Finding } from '../src/types.js';
import { MINI_CACHE, miniRepo, truthPaths } from './support/mini.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const run = (root: string) => scan({ root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', now: NOW, cacheDir: MINI_CACHE });
const flagged = (findings: Finding[], rule: string) => [...new Set(findings.filter((f) => f.rule === rule && f.path.includes('.')).map((f) => f.path))].sort();

describe('feature-space detectors on real Fashion-MNIST poisons', () => {
  it('groups the five feature-collision poisons into one collusion finding and flags nothing clean', async () => {
    const { poisons, clean } = truthPaths('poison-pr');
    const { report } = await run(miniRepo('poison-pr').root);
    expect(report.verdict).toBe('fail');
    expect(report.failed_rules.map((r) => r.rule)).toEqual(['collusion']);
    const groups = report.findings.filter((f) => f.rule === 'collusion' && f.path === 'data/images');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.evidence).toMatchObject({ label: 'pullover', toward: 'coat' });
    expect((groups[0]!.evidence!['members'] as Array<{ path: string }>).map((m) => m.path)).toEqual([...poisons].sort());
    expect(flagged(report.findings, 'collusion')).toEqual([...poisons].sort());
    expect(report.findings.filter((f) => clean.includes(f.path))).toEqual([]);
  });

  it('passes a clean pull request, saying which per-sample tests 50 trusted images per class cannot calibrate', async () => {
    const { report } = await run(miniRepo('clean-pr').root);
    expect(report.verdict).toBe('pass');
    expect(report.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['class-proximity', 'notice', 'data/images'],
      ['outliers', 'notice', 'data/images'],
      ['spectral', 'notice', 'data/images'],
    ]);
    expect(report.findings[0]!.message).toMatch(/needs at least 199 trusted samples per class at quantile 0\.995/);
  });

  it('class-proximity points every poison at the class it was aimed at (calibrated at the 95% level)', async () => {
    const { poisons } = truthPaths('poison-pr');
    const { report } = await run(miniRepo('poison-pr', { detectors: '  class-proximity: { quantile: 0.95 }' }).root);
    const byPoison = report.findings.filter((f) => f.rule === 'class-proximity' && poisons.includes(f.path));
    expect(byPoison.map((f) => f.path).sort()).toEqual([...poisons].sort());
    for (const f of byPoison) {
      expect(f.severity).toBe('warning');
      expect(f.evidence).toMatchObject({ label: 'pullover', closest_class: 'coat' });
      expect((f.evidence!['neighbours'] as unknown[]).length).toBe(10);
      expect(f.score!).toBeGreaterThan(f.threshold! - 1e-9);
    }
  });

  it('outliers and spectral fail a label-consistent backdoor and name its poisons, not its clean images', async () => {
    const { poisons, clean } = truthPaths('backdoor-pr');
    const { report } = await run(miniRepo('backdoor-pr', { detectors: '  outliers: { quantile: 0.95 }\n  spectral: { quantile: 0.95 }' }).root);
    expect(report.verdict).toBe('fail');
    const rate = report.findings.find((f) => f.rule === 'outliers' && f.path === 'data/images')!;
    expect(rate.severity).toBe('error');
    expect(rate.message).toMatch(/^outlier rate \d+\.\d% > 2\.0%/);
    const outlying = flagged(report.findings, 'outliers');
    expect(outlying.filter((p) => poisons.includes(p)).length).toBeGreaterThanOrEqual(18);
    expect(outlying.filter((p) => clean.includes(p)).length).toBeLessThanOrEqual(1);
    const spectral = report.findings.find((f) => f.rule === 'spectral' && f.path === 'data/images')!;
    expect(spectral.evidence).toMatchObject({ label: 'sandal' });
    expect(flagged(report.findings, 'spectral').every((p) => poisons.includes(p))).toBe(true);
    expect(flagged(report.findings, 'collusion').every((p) => poisons.includes(p))).toBe(true);
  });

  it('gives the same findings on every run', async () => {
    const repo = miniRepo('poison-pr');
    const a = await run(repo.root);
    const b = await run(repo.root);
    expect(b.report.findings).toEqual(a.report.findings);
  });
});
