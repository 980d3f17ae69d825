import type { LayersModel } from '@tensorflow/tfjs';

export const FEATURES_LAYER: string;

export interface NsfwjsReference {
  model: LayersModel;
  /** NHWC float32 pixels in [0,1] for `n` 224×224 RGB images. */
  run(nhwc: Float32Array, n: number): Promise<{ features: Float32Array; probabilities: Float32Array }>;
  weightDigests(): Record<string, string>;
  dispose(): void;
}

export function loadNsfwjsReference(): Promise<NsfwjsReference>;
