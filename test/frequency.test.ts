import { join } from 'node:path';
import { scan } from '../src/scan/scan.js';
import type { Finding } from '../src/types.js';
import { filesUnder, FORENSICS, POLICY_PATH, policyFor } from './support/forensics.js';
import { buildRepo } from './support/repo.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const reference = filesUnder(join(FORENSICS, 'reference'), 'images');
const clean = filesUnder(join(FORENSICS, 'clean'), 'images');

async function run(prFiles: Record<string, Buffer>): Promise<{ findings: Finding[]; verdict: string }> {
  const repo = buildRepo({ baseFiles: { ...reference, [POLICY_PATH]: policyFor({ frequency: {} }) }, prFiles });
  const { report } = await scan({ root: repo.root, policyPath: POLICY_PATH, base: 'main', head: 'pr', now: NOW });
  expect(report.findings.filter((f) => f.rule === 'integrity' || f.rule === 'detector-error')).toEqual([]);
  return { findings: report.findings.filter((f) => f.rule === 'frequency'), verdict: report.verdict };
}

describe('frequency', () => {
  it('flags a batch of real backdoor poisons per image and fails the dataset on the rate', async () => {
    const poisons = filesUnder(join(FORENSICS, 'poisons', 'pr-4538'), 'images');
    const { findings, verdict } = await run({ ...clean, ...poisons });
    const perImage = findings.filter((f) => f.path !== 'images');
    for (const p of Object.keys(poisons)) expect(perImage.find((f) => f.path === p)?.severity).toBe('warning');
    const dataset = findings.find((f) => f.path === 'images');
    expect(dataset).toMatchObject({ severity: 'error', evidence: { candidates: 30 } });
    expect(verdict).toBe('fail');
  });

  it('flags whole-image bounded noise (feature collision, 8/255) in dark regions', async () => {
    const poisons = filesUnder(join(FORENSICS, 'poisons', 'pr-3153'), 'images');
    const { findings } = await run({ ...clean, ...poisons });
    for (const p of Object.keys(poisons)) {
      const f = findings.find((x) => x.path === p);
      expect((f?.evidence?.['z'] as Record<string, number>)['darkHf']).toBeGreaterThan(f!.threshold!);
    }
  });

  it('passes ordinary new images', async () => {
    const { findings, verdict } = await run(clean);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.length).toBeLessThanOrEqual(1);
    expect(verdict).toBe('pass');
  });
});
