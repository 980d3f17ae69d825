export const SIZE: number;
export function readReferenceInput(file: string): Promise<Float32Array>;
