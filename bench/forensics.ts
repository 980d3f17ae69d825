// Cost of the pixel-forensics detectors against references of 1k, 10k and 100k images, per
// candidate. References are real Fashion-MNIST images (the `fashion-mnist` devDependency), grown
// past its 70k by deterministic mirror images; candidates are the fixtures' real poisons, clean
// new images and JPEG re-encodings of reference images. Decoded pixels are served from memory so
// the figures are the detectors' own cost; PNG decoding is measured separately.
import sharp from 'sharp';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { datasetScope } from '../src/detectors/scope.js';
import { DetectorTester } from '../src/detectors/tester.js';
import { DEFAULT_LIMITS } from '../src/policy/load.js';
import type { DecodedImage, LoadedSample, Reference } from '../src/media/types.js';
import type { DatasetPolicy } from '../src/policy/types.js';
import type { Sample } from '../src/types.js';

interface Fm {
  label: string;
  pixels: Uint8Array;
}

const image = (pixels: Uint8Array): DecodedImage => ({ width: 28, height: 28, channels: 1, data: pixels, format: 'png' });

function mirrored(p: Uint8Array): Uint8Array {
  const out = new Uint8Array(784);
  for (let y = 0; y < 28; y++) for (let x = 0; x < 28; x++) out[y * 28 + x] = p[y * 28 + 27 - x]!;
  return out;
}

async function decodeFile(path: string): Promise<DecodedImage> {
  const { data, info } = await sharp(readFileSync(path)).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, data: new Uint8Array(data), format: 'png' };
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

export async function runBench(fm: Fm[], fixtures: string, sizes: number[], log: (s: string) => void): Promise<void> {
  // Candidates: real poisons, clean new images, and JPEG copies of reference images.
  const candidateFiles = [...walk(join(fixtures, 'poisons')), ...walk(join(fixtures, 'clean'))];
  const candidates: LoadedSample[] = [];
  const poisonPaths = new Set<string>();
  for (const f of candidateFiles) {
    if (f.includes('/poisons/')) poisonPaths.add(`images/${f.split('/').slice(-2)[0]}/${f.split('/').pop()}`);
    const label = f.split('/').slice(-2)[0]!;
    candidates.push({ sample: { path: `images/${label}/${f.split('/').pop()}`, dataset: 'bench', label, modality: 'image', sha256: f }, problems: [], image: await decodeFile(f) });
  }
  for (let i = 0; i < 12; i++) {
    const src = fm[i * 5003]!;
    const jpeg = await sharp(Buffer.from(src.pixels), { raw: { width: 28, height: 28, channels: 1 } }).jpeg({ quality: 90 }).toBuffer();
    const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    candidates.push({
      sample: { path: `images/${src.label}/jpeg-${i}.jpg`, dataset: 'bench', label: src.label, modality: 'image', sha256: `jpeg-${i}` },
      problems: [],
      image: { width: info.width, height: info.height, channels: info.channels, data: new Uint8Array(data), format: 'jpeg' },
    });
  }
  // PNG decoding cost per reference image (what the scan pays before the detectors run).
  const pngs = await Promise.all(fm.slice(0, 500).map((x) => sharp(Buffer.from(x.pixels), { raw: { width: 28, height: 28, channels: 1 } }).png().toBuffer()));
  let t = performance.now();
  for (const p of pngs) await sharp(p).raw().toBuffer();
  log(`forensics: PNG decode of a 28×28 reference image: ${((performance.now() - t) / pngs.length).toFixed(3)} ms`);
  const tester = new DetectorTester();
  const dataset = { name: 'bench', root: 'images', layout: 'imagefolder', modality: 'image', columns: { path: 'path', label: 'label' }, ignore: [], formats: ['png', 'jpeg'], reference: {} } as DatasetPolicy;
  for (const size of sizes) {
    const pixels = new Map<string, Uint8Array>();
    const samples: Sample[] = [];
    for (let i = 0; i < size; i++) {
      // Spread the reference over the whole set (every class), then mirror images past its end.
      const j = Math.floor((i * fm.length) / Math.min(size, fm.length)) % fm.length;
      const src = fm[i < fm.length ? (size <= fm.length ? j : i) : i - fm.length]!;
      const px = i < fm.length ? src.pixels : mirrored(src.pixels);
      const path = `images/${src.label}/${String(i).padStart(6, '0')}.png`;
      pixels.set(path, px);
      samples.push({ path, dataset: 'bench', label: src.label, modality: 'image', sha256: path });
    }
    const reference: Reference = {
      samples,
      tree: undefined as never,
      load: async (s) => ({ sample: s, problems: [], image: image(pixels.get(s.path)!) }),
    };
    // One scope for the three detectors, as in a scan: the reference is decoded once.
    const scope = datasetScope({ dataset, candidates, reference, limits: DEFAULT_LIMITS }, {});
    t = performance.now();
    await scope.referenceImages();
    const prepare = performance.now() - t;
    const timings: string[] = [];
    for (const id of ['perturbed-copy', 'shared-trigger', 'frequency']) {
      t = performance.now();
      const findings = (await tester.run(id, { dataset, candidates, reference, scope })).findings.filter((f) => f.path !== 'images');
      const onPoisons = new Set(findings.filter((f) => poisonPaths.has(f.path)).map((f) => f.path)).size;
      const others = new Set(findings.filter((f) => !poisonPaths.has(f.path)).map((f) => f.path)).size;
      timings.push(`${id} ${((performance.now() - t) / candidates.length).toFixed(1)} ms (flags ${onPoisons}/${poisonPaths.size} poisons, ${others} others)`);
    }
    log(
      `forensics: reference ${size} images: prepare ${(prepare / 1000).toFixed(1)} s (${(prepare / size).toFixed(3)} ms/image: luma, hash, kept pixels); ` +
        `per candidate (${candidates.length}): ${timings.join(', ')}; rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`,
    );
  }
}
