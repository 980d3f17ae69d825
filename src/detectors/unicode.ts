import { analyzeText, lookalikeQueries, scriptsIn, vocabularyWords, type UnicodeHit, type Vocabulary } from '../text/analysis.js';
import { skeleton } from '../text/confusables.js';
import { sampleKey } from '../media/reference.js';
import type { ReferenceText } from '../media/types.js';
import { placeOf } from '../util/paths.js';
import type { DetectorContext } from './detector.js';

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

export async function run(ctx: DetectorContext<UnicodeOptions>): Promise<void> {
  const texts = ctx.candidates.filter((c) => c.text !== undefined && c.problems.length === 0);
  if (texts.length === 0) return;
  const candidateKeys = new Set(texts.map((c) => sampleKey(c.sample)));
  // In a full scan the candidates are the reference: compare each with the others only.
  const reference = (await ctx.scope.referenceTexts()).filter((r) => !candidateKeys.has(sampleKey(r.sample)));
  const allowed = allowedScripts(ctx, reference);
  const wanted = new Set(texts.flatMap((c) => lookalikeQueries(c.text!)));
  const vocabulary = buildVocabulary(reference, wanted, ctx.options.lookalike_min_count);
  const allowCodePoints = parseCodePoints(ctx.options.allow_code_points);
  for (const c of texts) {
    const hits = analyzeText(c.text!, { allowedScripts: allowed.scripts, allowCodePoints, vocabulary });
    if (hits.length === 0) continue;
    const kinds = [...new Set(hits.map((h) => h.kind))].sort();
    const lines = describeAll(hits);
    const listed = lines.slice(0, MAX_LISTED).join('; ');
    const more = lines.length > MAX_LISTED ? `; and ${lines.length - MAX_LISTED} more` : '';
    const inRow = c.sample.inline !== undefined;
    const where = inRow ? ` in the text of the row at ${placeOf(c.sample)} (positions are line:column of that text)` : '';
    ctx.report(c, {
      // A row of a table points at its own line; its hits' columns are inside its text, so they stay
      // in the message and evidence rather than pointing an annotation at the wrong place in the file.
      ...(inRow ? {} : { position: { line: hits[0]!.line, column: hits[0]!.column } }),
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
}
