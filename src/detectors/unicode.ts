import type { Finding } from '../types.js';
import { codePointLabel } from '../util/text-escape.js';
import type { Detector } from './detector.js';

export type CodePointClass = 'bidi-control' | 'invisible' | 'tag' | 'control';

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/** Classifies a code point an attacker can use to hide or reorder text; undefined for ordinary ones. */
export function classifyCodePoint(cp: number): CodePointClass | undefined {
  if (BIDI.has(cp)) return 'bidi-control';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag';
  if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  if (/[\p{Default_Ignorable_Code_Point}\p{Cf}]/u.test(String.fromCodePoint(cp))) return 'invisible';
  return undefined;
}

export interface CodePointHit {
  codePoint: string;
  kind: CodePointClass;
  line: number;
  column: number;
}

/** Every suspicious code point in `text` with its 1-based line and column (in code points). */
export function findHiddenCodePoints(text: string): CodePointHit[] {
  const hits: CodePointHit[] = [];
  let line = 1;
  let column = 1;
  let first = true;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // A byte-order mark at the very start is an encoding marker, not content.
    const kind = first && cp === 0xfeff ? undefined : classifyCodePoint(cp);
    first = false;
    if (kind) hits.push({ codePoint: codePointLabel(cp), kind, line, column });
    if (cp === 0x0a) {
      line++;
      column = 1;
    } else column++;
  }
  return hits;
}

const MAX_LISTED = 20;

export const unicode: Detector = {
  id: 'unicode',
  description: 'Text samples carry no invisible, bidi-control, tag or control code points.',
  help:
    'Invisible characters (zero-width spaces and joiners), bidirectional controls (U+202A–U+202E, U+2066–U+2069), ' +
    'Unicode tags (U+E0000–U+E007F) and control characters change what a model reads without changing what a ' +
    'reviewer sees: they are the imperceptible-perturbation triggers of Boucher et al. (2022). Remove them, or ' +
    'replace the sample with a clean copy.',
  modality: 'text',
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: {} },
  defaults: {},
  async run(ctx) {
    const findings: Finding[] = [];
    for (const c of ctx.candidates) {
      if (c.text === undefined) continue;
      const hits = findHiddenCodePoints(c.text);
      if (hits.length === 0) continue;
      const kinds = [...new Set(hits.map((h) => h.kind))].sort();
      const listed = hits
        .slice(0, MAX_LISTED)
        .map((h) => `${h.codePoint} (${h.kind}) at ${h.line}:${h.column}`)
        .join(', ');
      findings.push({
        rule: 'unicode',
        severity: ctx.options.severity ?? 'error',
        path: c.sample.path,
        line: hits[0]!.line,
        column: hits[0]!.column,
        sha256: c.sample.sha256,
        message: `hidden characters (${kinds.join(', ')}): ${listed}${hits.length > MAX_LISTED ? `, and ${hits.length - MAX_LISTED} more` : ''}. Remove them or replace the sample.`,
        score: hits.length,
        evidence: { count: hits.length, kinds, code_points: hits.slice(0, 100) },
      });
    }
    return findings;
  },
};
