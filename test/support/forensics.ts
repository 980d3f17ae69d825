import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './repo.js';

export const FORENSICS = join(FIXTURES, 'forensics');

/** Every file under `dir` as { `<prefix>/<relative path>`: bytes }, in sorted order. */
export function filesUnder(dir: string, prefix: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, rel ? `${rel}/${name}` : name);
      else out[`${prefix}/${rel ? `${rel}/` : ''}${name}`] = readFileSync(p);
    }
  };
  walk(dir, '');
  return out;
}

/** A policy over `images/` that runs only the named detectors (with options). */
export function policyFor(detectors: Record<string, Record<string, unknown>>): string {
  const lines = [
    'version: 1',
    'enforcement: enforce',
    'datasets:',
    '  - name: images',
    '    root: images',
    '    layout: imagefolder',
    '    modality: image',
    '    formats: [png, jpeg, webp]',
    'detectors:',
    ...Object.entries(detectors).map(([id, o]) => `  ${id}: ${JSON.stringify(o)}`),
  ];
  return `${lines.join('\n')}\n`;
}

export const POLICY_PATH = '.github/poisongate.yml';
