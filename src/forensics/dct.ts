/** Orthonormal DCT-II basis for size n: row u holds cos(π(2x+1)u / 2n) · scale(u). Cached per size. */
const bases = new Map<number, Float64Array>();

export function dctBasis(n: number): Float64Array {
  let b = bases.get(n);
  if (!b) {
    b = new Float64Array(n * n);
    for (let u = 0; u < n; u++) {
      const s = u === 0 ? Math.sqrt(1 / n) : Math.sqrt(2 / n);
      for (let x = 0; x < n; x++) b[u * n + x] = s * Math.cos((Math.PI * (2 * x + 1) * u) / (2 * n));
    }
    bases.set(n, b);
  }
  return b;
}

/**
 * 2-D orthonormal DCT-II of the n×n block of `src` (row stride `stride`) starting at `offset`;
 * writes n×n coefficients, [v*n + u] = vertical frequency v, horizontal u.
 */
export function dct2(src: ArrayLike<number>, offset: number, stride: number, n: number, out: Float64Array, tmp: Float64Array): void {
  const b = dctBasis(n);
  for (let y = 0; y < n; y++) {
    for (let u = 0; u < n; u++) {
      let acc = 0;
      for (let x = 0; x < n; x++) acc += b[u * n + x]! * src[offset + y * stride + x]!;
      tmp[y * n + u] = acc;
    }
  }
  for (let v = 0; v < n; v++) {
    for (let u = 0; u < n; u++) {
      let acc = 0;
      for (let y = 0; y < n; y++) acc += b[v * n + y]! * tmp[y * n + u]!;
      out[v * n + u] = acc;
    }
  }
}
