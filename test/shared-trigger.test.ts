import { join } from 'node:path';
import { scan } from '../src/scan/scan.js';
import type { Finding } from '../src/types.js';
import { filesUnder, FORENSICS, POLICY_PATH, policyFor } from './support/forensics.js';
import { buildRepo } from './support/repo.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const reference = filesUnder(join(FORENSICS, 'reference'), 'images');
const clean = filesUnder(join(FORENSICS, 'clean'), 'images');

async function run(prFiles: Record<string, Buffer>, options: Record<string, unknown> = {}): Promise<Finding[]> {
  const repo = buildRepo({ baseFiles: { ...reference, [POLICY_PATH]: policyFor({ 'shared-trigger': options }) }, prFiles });
  const { report } = await scan({ root: repo.root, policyPath: POLICY_PATH, base: 'main', head: 'pr', now: NOW });
  expect(report.findings.filter((f) => f.rule === 'integrity' || f.rule === 'detector-error')).toEqual([]);
  return report.findings.filter((f) => f.rule === 'shared-trigger');
}

describe('shared-trigger', () => {
  it('finds the corner checkerboard of real label-consistent backdoor poisons among ordinary new images', async () => {
    const poisons = filesUnder(join(FORENSICS, 'poisons', 'pr-3987'), 'images');
    const findings = await run({ ...clean, ...poisons });
    expect(findings.map((f) => f.path).sort()).toEqual(Object.keys(poisons).sort());
    const f = findings[0]!;
    expect(f.severity).toBe('error');
    expect(f.evidence).toMatchObject({ window: 5, samples_sharing: 8, candidates: 32, reference_sharing: 0 });
    // The trigger sits one pixel from the border in each corner of a 28×28 image.
    const corners = (f.evidence!['locations'] as number[][]).map(([x, y]) => [x! < 14 ? 'left' : 'right', y! < 14 ? 'top' : 'bottom'].join('-'));
    expect(new Set(corners).size).toBeGreaterThanOrEqual(2);
    expect(f.attachments?.[0]?.name).toMatch(/^shared-trigger-.*\.png$/);
    expect(findings.every((x) => x.attachments?.[0]?.name === f.attachments?.[0]?.name)).toBe(true);
  });

  it('finds the trigger of a whole-image label-consistent attack anywhere in the picture too', async () => {
    const poisons = filesUnder(join(FORENSICS, 'poisons', 'pr-4538'), 'images');
    const findings = await run({ ...clean, ...poisons }, { positions: 'anywhere' });
    expect(findings.map((f) => f.path).sort()).toEqual(Object.keys(poisons).sort());
  });

  it('passes ordinary new images and feature-collision poisons (no shared pattern)', async () => {
    const fc = filesUnder(join(FORENSICS, 'poisons', 'pr-3153'), 'images');
    expect(await run({ ...clean, ...fc })).toEqual([]);
  });
});
