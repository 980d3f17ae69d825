export interface QuantisedWeight {
  shape: number[];
  codes: Uint8Array;
  /** tfjs' dequantised value for each uint8 code. */
  table: Float32Array;
}

export interface NsfwjsMobilenet {
  /** modelTopology of the tfjs layers model.json. */
  topology: Record<string, unknown>;
  weights: Map<string, QuantisedWeight>;
  packageDir: string;
  files: Record<string, string>;
}

export const NSFWJS_VERSION: string;
export const MODEL_DIR: string;
export const SOURCE_FILES: Record<string, string>;
export function locateNsfwjs(from?: string): string;
export function dequantisationTable(min: number, scale: number): Float32Array;
export function loadNsfwjsMobilenet(pkgDir?: string): NsfwjsMobilenet;
