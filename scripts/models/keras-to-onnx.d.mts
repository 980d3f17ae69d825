import type { QuantisedWeight } from './nsfwjs-source.mjs';
import type { GraphBuilder } from './onnx-builder.mjs';

export function transposeCodes(codes: Uint8Array, shape: number[], perm: number[]): Uint8Array;
export function kerasToOnnx(
  topology: Record<string, unknown>,
  weights: Map<string, QuantisedWeight>,
  options: { inputName: string; outputs: Record<string, string> },
): GraphBuilder;
