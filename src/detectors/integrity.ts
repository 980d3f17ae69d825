import { isUsable } from '../media/types.js';
import type { Finding } from '../types.js';
import type { Detector } from './detector.js';

/**
 * Fail-closed input checks. Everything the scan could not read, decode or recognise was recorded
 * as a problem while loading; this rule reports each one, so no unreadable candidate passes
 * silently. It cannot be disabled.
 */
export const integrity: Detector = {
  id: 'integrity',
  description: 'Every changed sample can be read, is the format it claims, and decodes within the limits.',
  help:
    'A sample that cannot be read or decoded cannot be checked for poisoning, so it fails the gate. Causes: ' +
    'truncated or corrupt files, a wrong extension, formats the dataset does not accept, images over the ' +
    'pixel limit, symlinks, paths outside the repository, Git LFS pointers whose content was not fetched, ' +
    'invalid UTF-8 text, and files in the dataset that are not samples. Fix or remove the file.',
  modality: 'any',
  mandatory: true,
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: {} },
  defaults: {},
  async run(ctx) {
    const findings: Finding[] = [];
    for (const c of ctx.candidates) {
      if (isUsable(c)) continue;
      for (const p of c.problems) {
        findings.push({
          rule: 'integrity',
          severity: p.severity === 'notice' ? 'notice' : (ctx.options.severity ?? 'error'),
          path: c.sample.path,
          ...(c.sample.line ? { line: c.sample.line } : {}),
          message: `${c.sample.path}${c.sample.line ? `:${c.sample.line}` : ''} ${p.message}`,
          ...(c.sample.sha256 ? { sha256: c.sample.sha256 } : {}),
          evidence: { problem: p.code, ...(p.evidence ?? {}) },
        });
      }
    }
    return findings;
  },
};
