import type { Embedder } from './onnx.js';
import { PIXELS_PREPROCESSING } from './model.js';
import { tensorSize } from './preprocess.js';

/**
 * `model: pixels`: the downsampled image itself as the feature vector, centred on its own mean
 * and L2-normalised, so brightness and contrast do not dominate distances. For small images
 * (digits, icons, thumbnails) and datasets without a backbone; it cannot see feature collisions.
 */
export function pixelEmbedder(): Embedder {
  const pre = PIXELS_PREPROCESSING;
  const dim = tensorSize(pre);
  return {
    id: 'pixels-v1',
    pre,
    batchSize: 256,
    async embed(batch, n) {
      const data = new Float32Array(n * dim);
      for (let s = 0; s < n; s++) {
        const o = s * dim;
        let mean = 0;
        for (let i = 0; i < dim; i++) mean += batch[o + i]!;
        mean /= dim;
        let norm = 0;
        for (let i = 0; i < dim; i++) {
          const v = batch[o + i]! - mean;
          norm += v * v;
        }
        const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (let i = 0; i < dim; i++) data[o + i] = (batch[o + i]! - mean) * inv;
      }
      return { dim, data };
    },
    async release() {},
  };
}
