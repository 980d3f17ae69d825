import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the installed poisongate package (src/ when run from source, the release root from dist/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'policies', 'recommended.yml')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the poisongate installation folder (policies/recommended.yml)');
}

export const PRESET_NAMES = ['recommended', 'strict'] as const;

/** Text of a preset shipped in policies/. */
export function presetText(name: string): string {
  if (!(PRESET_NAMES as readonly string[]).includes(name)) throw new Error(`unknown preset '${name}'`);
  return readFileSync(join(packageRoot(), 'policies', `${name}.yml`), 'utf8');
}
