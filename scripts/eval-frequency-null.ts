// The frequency rule on clean pull requests only: random batches of real Fashion-MNIST images that
// are not in the benchmark's base, scanned against that base. Every flag is a false positive; the
// share of batches whose dataset-level finding fires is the rule's false-failure rate per PR.
import sharp from 'sharp';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrequencyOptions } from '../src/detectors/frequency.js';
import { DetectorTester } from '../src/detectors/tester.js';
import type { LoadedSample } from '../src/media/types.js';
import type { Sample } from '../src/types.js';

interface Fm {
  label: string;
  index: number;
  pixels: Uint8Array;
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function run(bench: string, fm: Fm[], batches: number, size: number, log: (s: string) => void): Promise<void> {
  const samples: Sample[] = [];
  const pixels = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  for (const cls of readdirSync(join(bench, 'base')).sort()) {
    for (const name of readdirSync(join(bench, 'base', cls)).sort()) {
      const { data, info } = await sharp(join(bench, 'base', cls, name)).raw().toBuffer({ resolveWithObject: true });
      const px = Uint8Array.from({ length: info.width * info.height }, (_, i) => data[i * info.channels]!);
      const path = `images/${cls}/${name}`;
      pixels.set(path, px);
      seen.add(Buffer.from(px).toString('base64'));
      samples.push({ path, dataset: 'null', label: cls, modality: 'image', sha256: path });
    }
  }
  const pool = fm.filter((x) => !seen.has(Buffer.from(x.pixels).toString('base64')));
  const rand = mulberry32(20260601);
  const tester = new DetectorTester();
  const defaults = tester.meta('frequency').defaults as FrequencyOptions;
  const reference = { samples, tree: undefined as never, load: async (s: Sample) => ({ sample: s, problems: [], image: { width: 28, height: 28, channels: 1, data: pixels.get(s.path)!, format: 'png' } }) };
  let images = 0;
  let flaggedImages = 0;
  let failed = 0;
  const ratios: number[] = [];
  for (let b = 0; b < batches; b++) {
    const candidates: LoadedSample[] = [];
    for (let i = 0; i < size; i++) {
      const x = pool[Math.floor(rand() * pool.length)]!;
      candidates.push({ sample: { path: `images/${x.label}/fm-${x.index}-${b}-${i}.png`, dataset: 'null', label: x.label, modality: 'image', sha256: `${b}-${i}` }, problems: [], image: { width: 28, height: 28, channels: 1, data: x.pixels, format: 'png' } });
    }
    const { findings } = await tester.run<FrequencyOptions>('frequency', { dataset: { name: 'null', root: 'images' }, candidates, reference, options: { evidence_images: false } });
    images += size;
    const perImage = findings.filter((f) => f.path !== 'images');
    flaggedImages += perImage.length;
    for (const f of perImage) ratios.push(f.score! / f.threshold!);
    if (findings.some((f) => f.path === 'images')) failed++;
  }
  log(`frequency on clean batches: ${batches} batches of ${size} Fashion-MNIST images not in the base (reference ${samples.length})`);
  log(`  images flagged (warnings): ${flaggedImages}/${images} (${((100 * flaggedImages) / images).toFixed(2)}%)`);
  for (const k of [1.5, 2, 2.5, 3]) log(`  images with z beyond ${k}× the threshold: ${ratios.filter((r) => r > k).length}/${images}`);
  log(`  batches failed (rate > max_rate ${defaults.max_rate}): ${failed}/${batches} (${((100 * failed) / batches).toFixed(1)}%)`);
}
