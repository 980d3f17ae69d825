import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { align } from '../src/forensics/align.js';
import { grayOf, type GrayImage } from '../src/forensics/gray.js';
import { HashIndex } from '../src/forensics/hash-index.js';
import { hamming, phash, type PHash } from '../src/forensics/phash.js';
import { windowCodes } from '../src/forensics/patches.js';
import { binomialUpperTail, quantile, robustScale } from '../src/util/stats.js';
import { filesUnder, FORENSICS } from './support/forensics.js';

async function decode(bytes: Buffer): Promise<GrayImage> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  return grayOf({ width: info.width, height: info.height, channels: info.channels, data: new Uint8Array(data), format: 'png' });
}

/** Deterministic pseudo-random 64-bit hashes. */
function hashes(n: number): PHash[] {
  let s = 12345;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0), s);
  return Array.from({ length: n }, () => ({ hi: next(), lo: next() }));
}

describe('forensics core', () => {
  it('multi-index search returns exactly the brute-force neighbours within the radius', () => {
    const all = hashes(3000);
    const index = new HashIndex();
    all.forEach((h) => index.add(h));
    // Queries near stored hashes (a few flipped bits) and random ones.
    const queries = [...all.slice(0, 20).map((h, i) => ({ hi: (h.hi ^ (1 << i)) >>> 0, lo: (h.lo ^ (3 << i)) >>> 0 })), ...hashes(3020).slice(3000)];
    for (const radius of [3, 7, 10, 15]) {
      for (const q of queries) {
        const brute = all
          .map((h, id) => ({ id, distance: hamming(q, h) }))
          .filter((x) => x.distance <= radius)
          .sort((a, b) => a.distance - b.distance || a.id - b.id);
        expect(index.query(q, radius)).toEqual(brute);
      }
    }
  });

  it('the perceptual hash barely moves under noise and re-encoding, and differs between pictures', async () => {
    const refs = Object.values(filesUnder(join(FORENSICS, 'reference'), 'images')).slice(0, 40);
    const a = await decode(refs[0]!);
    const jpeg = await decode(await sharp(refs[0]!).jpeg({ quality: 85 }).toBuffer());
    expect(hamming(phash(a), phash(jpeg))).toBeLessThanOrEqual(4);
    const others = await Promise.all(refs.slice(1).map(decode));
    const distances = others.map((o) => hamming(phash(a), phash(o)));
    expect(Math.min(...distances)).toBeGreaterThan(4);
  });

  it('aligns a crop and a crop-then-resize of a real image onto the source', async () => {
    const bytes = readFileSync(join(FORENSICS, 'reference', 'coat', '0000.png'));
    const src = await decode(bytes);
    const cropped = await decode(await sharp(bytes).extract({ left: 3, top: 2, width: 24, height: 25 }).png().toBuffer());
    const a = align(cropped, src)!;
    expect(a.alignment).toMatchObject({ scaledWidth: 28, scaledHeight: 28, x0: 3, y0: 2 });
    expect(a.alignment.ncc).toBeCloseTo(1, 6);
    const resized = await decode(await sharp(bytes).resize(56, 56).png().toBuffer());
    expect(align(resized, src)!.alignment.ncc).toBeGreaterThan(0.98);
    // Too different a shape is another picture.
    expect(align({ width: 28, height: 10, data: new Float32Array(280) }, src)).toBeUndefined();
  });

  it('window codes ignore flat windows and survive brightness changes', () => {
    const w = 8;
    const data = new Float32Array(w * w);
    for (let y = 0; y < 5; y++) for (let x = 0; x < 5; x++) data[y * w + x] = (x + y) % 2 ? 128 : 0;
    const g = { width: w, height: w, data };
    const bright = { width: w, height: w, data: data.map((v) => v + 30) };
    const codes = windowCodes(g, 5, 12);
    expect(codes.find((c) => c.x === 0 && c.y === 0)).toBeDefined();
    expect(windowCodes(bright, 5, 12).map((c) => c.code)).toEqual(codes.map((c) => c.code));
    expect(windowCodes({ width: w, height: w, data: new Float32Array(w * w).fill(7) }, 5, 12)).toEqual([]);
  });

  it('binomial tail and robust statistics match known values', () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(3, 10, 0.5)).toBeCloseTo(0.9453125, 9);
    expect(binomialUpperTail(8, 40, 0.01)).toBeLessThan(1e-8);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(robustScale([1, 2, 3, 4, 100])).toEqual({ center: 3, scale: 1.4826 });
  });
});
