export const MODEL_PATH: string;
export const DESCRIPTOR_PATH: string;

export interface BackboneDescriptor {
  path: string;
  sha256: string;
  input: { name: string; layout: 'NCHW'; channels: 3; size: [number, number]; scale: number; mean: number[]; std: number[] };
  output: string;
  [key: string]: unknown;
}

export function buildMobilenet(): { onnx: Uint8Array; descriptor: BackboneDescriptor };
export function descriptorText(descriptor: BackboneDescriptor): string;
