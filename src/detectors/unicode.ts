import { analyzeText, lookalikeQueries, scriptsIn, vocabularyWords, type UnicodeHit, type Vocabulary } from '../text/analysis.js';
import { skeleton } from '../text/confusables.js';
import type { Finding } from '../types.js';
import type { Detector, DetectorContext } from './detector.js';
import { referenceTexts, sampleKey, type ReferenceText } from './reference-text.js';

export interface UnicodeOptions {
  /** Code points (`U+200C`) this dataset uses legitimately and that are never reported. */
  allow_code_points: string[];
  /** Reference words seen fewer times do not count as known words for the look-alike check. */
  lookalike_min_count: number;
  /** Without allow_scripts, a script counts as the dataset's own once this many reference samples use it. */
  script_min_samples: number;
}

const MAX_LISTED = 12;
const MAX_EVIDENCE = 100;

function parseCodePoints(list: readonly string[]): Set<number> {
  return new Set(list.map((s) => parseInt(s.replace(/^U\+/i, ''), 16)));
}

/** Reference words by skeleton, restricted to the skeletons the candidates ask about. */
function buildVocabulary(texts: readonly ReferenceText[], wanted: ReadonlySet<string>, minCount: number): Vocabulary {
  const known = new Map<string, number>();
  for (const { text } of texts) for (const word of vocabularyWords(text)) known.set(word, (known.get(word) ?? 0) + 1);
  const bySkeleton = new Map<string, Map<string, number>>();
  if (wanted.size > 0) {
    for (const [word, count] of known) {
      const skel = skeleton(word);
      if (!wanted.has(skel)) continue;
      let words = bySkeleton.get(skel);
      if (!words) bySkeleton.set(skel, (words = new Map()));
      words.set(word, count);
    }
  }
  return {
    lookalike(skel, word) {
      // A word the trusted reference already uses is the dataset's own spelling.
      if ((known.get(word) ?? 0) >= minCount) return undefined;
      let best: string | undefined;
      let n = 0;
      for (const [w, c] of [...(bySkeleton.get(skel) ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (w !== word && c >= minCount && c > n) [best, n] = [w, c];
      }
      return best;
    },
  };
}

interface AllowedScripts {
  scripts?: Set<string>;
  from: 'policy' | 'reference' | 'any';
}

/** The policy's allow_scripts, else the scripts the reference uses, else any (no reference yet). */
function allowedScripts(ctx: DetectorContext<UnicodeOptions>, texts: readonly ReferenceText[]): AllowedScripts {
  if (ctx.dataset.allow_scripts) return { scripts: new Set(ctx.dataset.allow_scripts), from: 'policy' };
  if (texts.length === 0) return { from: 'any' };
  const samples = new Map<string, number>();
  for (const { text } of texts) for (const s of scriptsIn(text)) samples.set(s, (samples.get(s) ?? 0) + 1);
  const min = Math.min(ctx.options.script_min_samples, texts.length);
  return { scripts: new Set([...samples].filter(([, n]) => n >= min).map(([s]) => s)), from: 'reference' };
}

function describe(h: UnicodeHit): string {
  const what = h.detail ? `${h.kind}: ${h.detail}` : h.kind;
  const where = h.token ? ` in ${JSON.stringify(h.token)}` : '';
  return `${h.codePoints.join(' ')} (${what})${where} at ${h.line}:${h.column}`;
}

/**
 * One line per hit, except letters of a script that is not allowed: a text in another language
 * has them in every word, so those are summarised per script.
 */
function describeAll(hits: readonly UnicodeHit[]): string[] {
  const out: Array<{ at: UnicodeHit; text: string }> = [];
  const byScript = new Map<string, UnicodeHit[]>();
  for (const h of hits) {
    if (h.kind !== 'script-not-allowed') out.push({ at: h, text: describe(h) });
    else {
      const list = byScript.get(h.detail ?? '');
      if (list) list.push(h);
      else byScript.set(h.detail ?? '', [h]);
    }
  }
  for (const [detail, list] of byScript) {
    const first = list[0]!;
    const points = [...new Set(list.flatMap((h) => h.codePoints))];
    const shown = `${points.slice(0, 6).join(' ')}${points.length > 6 ? ' …' : ''}`;
    out.push({ at: first, text: `${shown} (script-not-allowed: ${detail}) in ${list.length} word(s), first ${JSON.stringify(first.token)} at ${first.line}:${first.column}` });
  }
  return out.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column).map((d) => d.text);
}

export const unicode: Detector<UnicodeOptions> = {
  id: 'unicode',
  description: 'Text samples carry no hidden code points, look-alike characters or letters of scripts the dataset does not use.',
  help:
    'Reports the imperceptible perturbations of Boucher et al. (2022) and the homoglyph checks of Unicode TR39: ' +
    'invisible characters (zero-width spaces and joiners, soft hyphens, word joiners), bidirectional controls ' +
    '(U+202A–U+202E, U+2066–U+2069; directional marks outside right-to-left text), Unicode tags, control ' +
    'characters (backspace, delete, a lone carriage return), private-use, noncharacter and unassigned code ' +
    'points, blank glyphs (U+2800); letters and digits whose NFKC form hides another character (𝐚, ａ, ﬁ, Ⅰ); ' +
    'words that mix scripts (Cyrillic а in a Latin word); words or single letters written in another script to ' +
    'look like the text (whole-script confusables, M-Χ); characters that read as punctuation (ǃ for !); words ' +
    "whose TR39 skeleton matches a different word of the reference; and letters of scripts outside the dataset's " +
    'allow_scripts (default: the scripts its reference uses). Ordinary writing is not reported (Unicode 17.0 ' +
    'data): ZWNJ/ZWJ in their UAX #31 contexts (Persian, Indic conjuncts), ZWSP between Thai, Lao, Khmer or ' +
    'Myanmar words, the precomposed letters of a script (Thai SARA AM, Armenian և), emoji sequences, directional ' +
    'marks in right-to-left text, East Asian width forms. Each ' +
    'finding lists the code points (U+…) and their line:column in the text. Remove them, or replace the sample; ' +
    'add legitimate scripts to allow_scripts.',
  modality: 'text',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      allow_code_points: {
        type: 'array',
        items: { type: 'string', pattern: '^U\\+[0-9A-Fa-f]{4,6}$' },
        uniqueItems: true,
        description: 'Code points (U+XXXX) the dataset uses legitimately; never reported.',
      },
      lookalike_min_count: {
        type: 'integer',
        minimum: 1,
        description: 'Times a word must occur in the reference to count as a known word for look-alike matching (default 1).',
      },
      script_min_samples: {
        type: 'integer',
        minimum: 1,
        description: 'Without allow_scripts: reference samples that must use a script for it to count as allowed (default 2).',
      },
    },
  },
  defaults: { allow_code_points: [], lookalike_min_count: 1, script_min_samples: 2 },
  async run(ctx) {
    const texts = ctx.candidates.filter((c) => c.text !== undefined && c.problems.length === 0);
    if (texts.length === 0) return [];
    const candidateKeys = new Set(texts.map((c) => sampleKey(c.sample)));
    // In a full scan the candidates are the reference: compare each with the others only.
    const reference = (await referenceTexts(ctx.reference)).filter((r) => !candidateKeys.has(sampleKey(r.sample)));
    const allowed = allowedScripts(ctx, reference);
    const wanted = new Set(texts.flatMap((c) => lookalikeQueries(c.text!)));
    const vocabulary = buildVocabulary(reference, wanted, ctx.options.lookalike_min_count);
    const allowCodePoints = parseCodePoints(ctx.options.allow_code_points);
    const findings: Finding[] = [];
    for (const c of texts) {
      const hits = analyzeText(c.text!, { allowedScripts: allowed.scripts, allowCodePoints, vocabulary });
      if (hits.length === 0) continue;
      const kinds = [...new Set(hits.map((h) => h.kind))].sort();
      const lines = describeAll(hits);
      const listed = lines.slice(0, MAX_LISTED).join('; ');
      const more = lines.length > MAX_LISTED ? `; and ${lines.length - MAX_LISTED} more` : '';
      const where = c.sample.inline !== undefined ? ` in the text of the row at ${c.sample.path}:${c.sample.line} (positions are line:column of that text)` : '';
      // For a table row the line is the row's; the columns are inside its text, so they stay in the
      // message and evidence rather than pointing an annotation at the wrong place in the file.
      const inRow = c.sample.inline !== undefined;
      findings.push({
        rule: 'unicode',
        severity: ctx.options.severity ?? 'error',
        path: c.sample.path,
        line: c.sample.line ?? hits[0]!.line,
        ...(inRow ? {} : { column: hits[0]!.column }),
        sha256: c.sample.sha256,
        message:
          `hidden or look-alike characters (${kinds.join(', ')})${where}: ${listed}${more}. ` +
          'Remove them or replace the sample; if a script is legitimate for this dataset, add it to allow_scripts.',
        score: hits.length,
        evidence: {
          count: hits.length,
          kinds,
          allowed_scripts: allowed.scripts ? [...allowed.scripts].sort() : 'any',
          allowed_scripts_from: allowed.from,
          hits: hits.slice(0, MAX_EVIDENCE),
        },
      });
    }
    return findings;
  },
};
