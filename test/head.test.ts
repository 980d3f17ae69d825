import { DetectorTester } from '../src/detectors/tester.js';
import { fitSoftmaxHead, type Head } from '../src/features/head.js';
import { prng } from '../src/features/stats.js';
import { MINI_CACHE, miniFiles, policy } from './support/mini.js';

/** n points per class around well separated centres in `dim` dimensions, with unit noise. */
function blobs(centres: number[][], n: number, seed: number) {
  const rand = prng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const dim = centres[0]!.length;
  const data = new Float32Array(centres.length * n * dim);
  const label = new Int32Array(centres.length * n);
  centres.forEach((c, k) => {
    for (let i = 0; i < n; i++) {
      const r = k * n + i;
      label[r] = k;
      for (let j = 0; j < dim; j++) data[r * dim + j] = c[j]! + gauss();
    }
  });
  return { x: { rows: label.length, dim, data }, label };
}

describe('softmax-regression head', () => {
  const centres = [
    [4, 0, 0, 10],
    [0, 4, 0, 10],
    [0, 0, 4, 10],
  ];
  const { x, label } = blobs(centres, 60, 11);
  let head: Head;
  beforeAll(async () => {
    head = await fitSoftmaxHead(x, label, ['a', 'b', 'c']);
  });

  it('converges to the penalised optimum and reads the classes back', () => {
    expect(head.fit.converged).toBe(true);
    expect(head.fit.gradientNorm).toBeLessThanOrEqual(1e-5);
    let right = 0;
    for (let r = 0; r < x.rows; r++) {
      const p = head.probabilities(x.data.subarray(r * x.dim, (r + 1) * x.dim));
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      if (p.indexOf(Math.max(...p)) === label[r]) right++;
    }
    expect(right / x.rows).toBeGreaterThan(0.95);
    // A point at a class centre belongs to it; the loss is −ln of its probability.
    const atB = Float32Array.from(centres[1]!);
    const p = head.probabilities(atB);
    expect(p[1]).toBeGreaterThan(0.9);
    expect(head.loss(atB, 1)).toBeCloseTo(-Math.log(p[1]!), 10);
    expect(head.loss(atB, 0)).toBeGreaterThan(head.loss(atB, 1));
  });

  it('is deterministic: the same reference gives the same weights', async () => {
    const again = await fitSoftmaxHead(x, label, ['a', 'b', 'c']);
    expect(Array.from(again.weights)).toEqual(Array.from(head.weights));
  });

  it('penalises the weights as asked: a stronger penalty gives smaller weights and softer probabilities', async () => {
    const strong = await fitSoftmaxHead(x, label, ['a', 'b', 'c'], { l2: 1 });
    const norm = (w: Float64Array) => w.reduce((s, v, i) => s + (i % (x.dim + 1) === x.dim ? 0 : v * v), 0);
    expect(norm(strong.weights)).toBeLessThan(norm(head.weights));
    const atB = Float32Array.from(centres[1]!);
    expect(strong.probabilities(atB)[1]).toBeLessThan(head.probabilities(atB)[1]!);
  });
});

describe("the dataset scope's head", () => {
  it('is fitted on the reference features of the policy model and reads the trusted classes back', async () => {
    const { scope } = await new DetectorTester().run('class-proximity', { policy: policy(), ...miniFiles('clean-pr'), cacheDir: MINI_CACHE });
    const space = await scope.featureSpace();
    const head = await scope.head();
    expect(head.classes).toEqual(space.classes);
    expect(head.dim).toBe(space.ref.dim);
    expect(head.fit.converged).toBe(true);
    let right = 0;
    for (let r = 0; r < space.ref.rows; r++) {
      const p = head.probabilities(space.ref.data.subarray(r * space.ref.dim, (r + 1) * space.ref.dim));
      if (p.indexOf(Math.max(...p)) === space.refLabel[r]) right++;
    }
    // The benchmark backbone separates Fashion-MNIST at about 91% on held-out images.
    expect(right / space.ref.rows).toBeGreaterThan(0.9);
    expect(await scope.head()).toBe(head);
  });
});
