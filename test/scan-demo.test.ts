import { scan } from '../src/scan/scan.js';
import { demoRepo } from './support/repo.js';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('scan of the demo pull request', () => {
  const repo = demoRepo();

  it('fails, naming every planted problem, and passes the ordinary new samples', async () => {
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr', now: NOW });
    expect(report.verdict).toBe('fail');
    const byPath = (p: string) => report.findings.filter((f) => f.path === p).map((f) => f.rule);
    expect(byPath('data/images/boot/3153-5f695b.png')).toEqual(['provenance']);
    expect(byPath('data/images/boot/3153-73ff7b.png')).toEqual(['provenance']);
    expect(byPath('data/images/boot/3153-b42391-truncated.png')).toEqual(['integrity']);
    expect(byPath('data/reviews/positive/0100.txt')).toEqual(['unicode']);
    expect(byPath('data/reviews/positive/0101.txt')).toEqual([]);
    for (const p of ['01794f', '9f6e87', 'a14cc8', 'ebc5b2', 'f3e3be']) expect(byPath(`data/images/pullover/3153-${p}.png`)).toContain('collusion');
    expect(report.summary.candidates).toBe(18);
    expect(report.scope).toMatchObject({ mode: 'pull-request', base: repo.base, head: repo.head, changes_from: 'git' });
  });

  it('passes the base branch scanned as a whole', async () => {
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'main', now: NOW });
    // Only notices: 30 trusted images per class are too few to calibrate single-sample feature tests.
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});
