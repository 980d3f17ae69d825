import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper shared with the evaluation script
import { benignTransforms } from '../scripts/lib/benign-transforms.mjs';
import { scan } from '../src/scan/scan.js';
import type { Finding } from '../src/types.js';
import { filesUnder, FORENSICS, POLICY_PATH, policyFor } from './support/forensics.js';
import { buildRepo } from './support/repo.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const policy = policyFor({ 'perturbed-copy': {} });
const reference = filesUnder(join(FORENSICS, 'reference'), 'images');

async function run(baseFiles: Record<string, Buffer | string>, prFiles: Record<string, Buffer | string>): Promise<Finding[]> {
  const repo = buildRepo({ baseFiles: { ...baseFiles, [POLICY_PATH]: policy }, prFiles });
  const { report } = await scan({ root: repo.root, policyPath: POLICY_PATH, base: 'main', head: 'pr', now: NOW });
  expect(report.findings.filter((f) => f.rule === 'integrity' || f.rule === 'detector-error')).toEqual([]);
  return report.findings.filter((f) => f.rule === 'perturbed-copy');
}

/** The benchmark's feature-collision and convex-polytope poisons whose clean original is known. */
function poisonPairs(): { pr: string; path: string; bytes: Buffer; source: Buffer }[] {
  const out = [];
  for (const pr of readdirSync(join(FORENSICS, 'sources')).sort()) {
    for (const [rel, source] of Object.entries(filesUnder(join(FORENSICS, 'sources', pr), 'images'))) {
      out.push({ pr, path: rel, source, bytes: readFileSync(join(FORENSICS, 'poisons', pr, rel.slice('images/'.length))) });
    }
  }
  return out;
}

describe('perturbed-copy', () => {
  const pairs = poisonPairs();

  it('flags every real poison whose clean original is a trusted image, with its perturbation budget and trigger patches', async () => {
    const base = { ...reference };
    for (const p of pairs) base[p.path.replace(/\/([^/]+)$/, '/src-$1')] = p.source;
    const prFiles = Object.fromEntries(pairs.map((p) => [p.path, p.bytes]));
    const findings = await run(base, prFiles);
    expect(findings.map((f) => f.path).sort()).toEqual(pairs.map((p) => p.path).sort());
    // ε of each attack; the label-consistent backdoor adds its checkerboard on top, as local patches.
    const budget: Record<string, number> = { 'pr-3153': 8, 'pr-1521': 8, 'pr-1681': 16, 'pr-4309': 16, 'pr-2689': 34, 'pr-3987': 16, 'pr-4538': 16 };
    for (const p of pairs) {
      const f = findings.find((x) => x.path === p.path)!;
      expect(f.evidence).toMatchObject({ source: p.path.replace(/\/([^/]+)$/, '/src-$1'), source_side: 'reference' });
      expect(f.message).toContain('a small dense perturbation of trusted image');
      expect(f.severity).toBe('error');
      if (p.pr === 'pr-3987' || p.pr === 'pr-4538') {
        expect(f.evidence!['linf_outside_patches_255']).toBeLessThanOrEqual(48);
        expect(f.evidence!['patch_pixels']).toBeGreaterThan(0);
        expect(f.message).toContain('plus local patches');
      } else {
        expect(f.evidence!['linf_255']).toBe(budget[p.pr]);
      }
      const png = f.attachments?.[0]?.data;
      expect(png && Buffer.from(png).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('finds the original among the other new images too', async () => {
    const p = pairs.find((x) => x.pr === 'pr-3153')!;
    const findings = await run(reference, { [p.path]: p.bytes, 'images/pullover/original.png': p.source });
    const f = findings.find((x) => x.path === p.path);
    expect(f?.evidence).toMatchObject({ source: 'images/pullover/original.png', source_side: 'candidate' });
    // Another new image is weaker evidence than a trusted one (two edits of an outside image look alike).
    expect(f?.severity).toBe('warning');
  });

  it('passes re-encoded, resized, cropped and brightened copies of trusted images (false-positive rate ≤ 1%)', async () => {
    const originals = Object.entries(reference).filter((_, i) => i % 40 === 0);
    const prFiles: Record<string, Buffer> = {};
    for (const [path, bytes] of originals) {
      for (const t of (await benignTransforms(bytes)) as { name: string; ext: string; bytes: Buffer }[]) {
        prFiles[path.replace(/\.png$/, `-${t.name}.${t.ext}`)] = t.bytes;
      }
    }
    const n = Object.keys(prFiles).length;
    expect(n).toBeGreaterThanOrEqual(100);
    const findings = await run(reference, prFiles);
    expect(findings.length).toBeLessThanOrEqual(Math.floor(0.01 * n));
  });

  it('passes ordinary new images and exact copies', async () => {
    const clean = filesUnder(join(FORENSICS, 'clean'), 'images');
    const [firstPath, firstBytes] = Object.entries(reference)[0]!;
    const findings = await run(reference, { ...clean, [firstPath.replace(/\.png$/, '-copy.png')]: firstBytes });
    expect(findings).toEqual([]);
  });

  it('says how many trusted images it could not read', async () => {
    const [path, bytes] = Object.entries(reference)[0]!;
    const findings = await run({ ...reference, [path]: bytes.subarray(0, 60) }, filesUnder(join(FORENSICS, 'clean'), 'images'));
    expect(findings).toEqual([expect.objectContaining({ severity: 'notice', path: 'images', evidence: { unreadable: 1, reference: 399 } })]);
  });
});
