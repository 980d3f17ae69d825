import { codePointLabel, escapeUntrusted } from '../util/text-escape.js';
import { chunksOf, codePoints, wordsOf, type Chunk } from './chunks.js';
import { skeleton } from './confusables.js';
import { classifyCodePoint, hasAllowedRtl, isLegitimateInContext, isLoneCarriageReturn, type HiddenKind } from './hidden.js';
import { CJK_SCRIPTS, isMixedScript, NEUTRAL_SCRIPTS, scriptOf } from './scripts.js';

export type HitKind = HiddenKind | 'nfkc' | 'mixed-script' | 'script-not-allowed' | 'confusable' | 'whole-script-confusable';

/** One suspicious spot in a text, with where it is and which code points make it so. */
export interface UnicodeHit {
  kind: HitKind;
  /** 1-based line and column (in code points) inside the text. */
  line: number;
  column: number;
  /** The offending code points, escaped: `U+0430`. */
  codePoints: string[];
  /** The word it sits in, escaped for display, when the check is about words. */
  token?: string;
  /** What the code points are doing there, e.g. `Cyrillic in a Latin word`, `looks like 'paypal'`. */
  detail?: string;
}

/** Words of the trusted reference by skeleton, so a look-alike of a known word is recognised. */
export interface Vocabulary {
  /** The most frequent reference word with this skeleton, other than `word` itself. */
  lookalike(skel: string, word: string): string | undefined;
}

export interface AnalysisOptions {
  /** Scripts whose letters are allowed; undefined allows every script. */
  allowedScripts?: ReadonlySet<string>;
  /** Code points never reported (the policy's explicit exceptions). */
  allowCodePoints?: ReadonlySet<number>;
  vocabulary?: Vocabulary;
}

const LETTER = /\p{L}/u;
const NFKC_CHECKED = /[\p{L}\p{Nd}\p{Nl}]/u;

/** Letters of a text, counted by script with the CJK scripts as one family; the largest wins. */
export function dominantScript(cps: readonly number[]): string | undefined {
  const counts = new Map<string, number>();
  for (const cp of cps) {
    if (!isLetter(cp)) continue;
    let s = scriptOf(cp);
    if (NEUTRAL_SCRIPTS.has(s)) continue;
    if (CJK_SCRIPTS.has(s)) s = 'CJK';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [s, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (c > n) [best, n] = [s, c];
  }
  return best;
}

function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return LETTER.test(String.fromCodePoint(cp));
}

const nfkcCache = new Map<number, string>();
function nfkc(cp: number): string {
  let n = nfkcCache.get(cp);
  if (n === undefined) {
    n = String.fromCodePoint(cp).normalize('NFKC');
    if (nfkcCache.size < 100_000) nfkcCache.set(cp, n);
  }
  return n;
}

/** Width and jamo compatibility forms: ordinary in East Asian text, suspicious elsewhere. */
function isEastAsianCompatibility(cp: number): boolean {
  return (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x3131 && cp <= 0x318e);
}

/**
 * A letter or digit that NFKC folds to something else (math alphanumerics 𝐚, full-width ａ, ligatures
 * ﬁ, Roman numerals Ⅰ, the Kelvin sign K). Latin-1 (ª º µ) is everyday typing and not reported;
 * width forms are ordinary in Chinese, Japanese and Korean text.
 */
function nfkcChange(cp: number, dominant: string | undefined): string | undefined {
  if (cp < 0x100) return undefined;
  const ch = String.fromCodePoint(cp);
  if (!NFKC_CHECKED.test(ch)) return undefined;
  const n = nfkc(cp);
  if (n === ch) return undefined;
  if (isEastAsianCompatibility(cp) && dominant === 'CJK') return undefined;
  return n;
}

class Positions {
  private readonly lines: number[] = [];
  private readonly cols: number[] = [];
  constructor(cps: readonly number[]) {
    let line = 1;
    let col = 1;
    for (const cp of cps) {
      this.lines.push(line);
      this.cols.push(col);
      if (cp === 0x0a) {
        line++;
        col = 1;
      } else col++;
    }
  }
  at(i: number): { line: number; column: number } {
    return { line: this.lines[i] ?? 1, column: this.cols[i] ?? 1 };
  }
}

function scriptsOfLetters(chars: Chunk['chars']): Map<string, number[]> {
  const by = new Map<string, number[]>();
  for (const c of chars) {
    if (!isLetter(c.cp)) continue;
    const s = scriptOf(c.cp);
    if (NEUTRAL_SCRIPTS.has(s)) continue;
    const list = by.get(s);
    if (list) list.push(c.index);
    else by.set(s, [c.index]);
  }
  return by;
}

/** Maximal runs of letters and marks inside a chunk (a word of one language, normally). */
function letterRuns(chunk: Chunk): Array<Chunk['chars']> {
  const runs: Array<Chunk['chars']> = [];
  let run: Chunk['chars'] = [];
  for (const c of chunk.chars) {
    if (/[\p{L}\p{M}]/u.test(String.fromCodePoint(c.cp))) run.push(c);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const label = (cp: number) => codePointLabel(cp);
const show = (s: string) => `'${escapeUntrusted(s, 60)}'`;

/**
 * Every suspicious spot in `text`: hidden code points (invisible, bidi, tag, control, private
 * use), NFKC folds, words mixing scripts, letters of scripts the dataset does not allow, words
 * written in another script to look like the text's own (whole-script confusables), and words whose
 * UTS #39 skeleton matches a different known word of the reference. Deterministic, in text order.
 */
export function analyzeText(text: string, opts: AnalysisOptions = {}): UnicodeHit[] {
  const cps = codePoints(text);
  const pos = new Positions(cps);
  const allowCp = opts.allowCodePoints ?? new Set<number>();
  const hits: UnicodeHit[] = [];
  const hit = (kind: HitKind, index: number, points: number[], extra: Partial<UnicodeHit> = {}) =>
    hits.push({ kind, ...pos.at(index), codePoints: points.map(label), ...extra });

  const ctx = { allowed: opts.allowedScripts, rtl: hasAllowedRtl(cps, opts.allowedScripts) };
  const dominant = dominantScript(cps);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (allowCp.has(cp)) continue;
    const kind = isLoneCarriageReturn(cps, i) ? 'control' : classifyCodePoint(cp);
    if (kind) {
      if (!isLegitimateInContext(cps, i, kind, ctx)) hit(kind, i, [cp]);
      continue;
    }
    const folded = nfkcChange(cp, dominant);
    if (folded !== undefined) hit('nfkc', i, [cp], { detail: `NFKC folds it to ${show(folded)}` });
  }

  for (const chunk of chunksOf(cps)) {
    const flagged = checkWords(chunk, dominant, opts, allowCp, hit);
    if (!flagged && opts.vocabulary) checkLookalike(chunk, dominant, opts.vocabulary, hit);
  }
  return hits.sort((a, b) => a.line - b.line || a.column - b.column);
}

type HitFn = (kind: HitKind, index: number, points: number[], extra?: Partial<UnicodeHit>) => void;

/** Mixed-script, not-allowed and whole-script checks per word; true when the chunk was reported. */
function checkWords(chunk: Chunk, dominant: string | undefined, opts: AnalysisOptions, allowCp: ReadonlySet<number>, hit: HitFn): boolean {
  let flagged = false;
  for (const run of letterRuns(chunk)) {
    const byScript = scriptsOfLetters(run.filter((c) => !allowCp.has(c.cp)));
    const scripts = new Set(byScript.keys());
    const cpAt = new Map(run.map((c) => [c.index, c.cp]));
    const token = escapeUntrusted(chunk.word, 60);
    if (isMixedScript(scripts)) {
      // Report the letters outside the word's main script: those are the substitutes.
      const main = [...byScript].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0]![0];
      const others = [...byScript].filter(([s]) => s !== main).flatMap(([, idx]) => idx).sort((a, b) => a - b);
      const names = [...scripts].filter((s) => s !== main).sort();
      hit('mixed-script', others[0]!, others.map((i) => cpAt.get(i)!), { token, detail: `${names.join('+')} in a ${main} word` });
      flagged = true;
      continue;
    }
    if (opts.allowedScripts) {
      const refused = [...byScript].filter(([s]) => !opts.allowedScripts!.has(s));
      if (refused.length > 0) {
        const idx = refused.flatMap(([, i]) => i).sort((a, b) => a - b);
        hit('script-not-allowed', idx[0]!, idx.map((i) => cpAt.get(i)!), {
          token,
          detail: `${refused.map(([s]) => s).sort().join(', ')} letters; allowed scripts: ${[...opts.allowedScripts].sort().join(', ')}`,
        });
        flagged = true;
        continue;
      }
    }
    const only = scripts.size === 1 ? [...scripts][0]! : undefined;
    if (only && dominant && only !== dominant && !CJK_SCRIPTS.has(only) && dominant !== 'CJK' && isWordOrInNumber(run, chunk)) {
      const skel = skeleton(run.map((c) => String.fromCodePoint(c.cp)).join(''));
      if (looksLikeScript(skel, dominant)) {
        const idx = byScript.get(only)!;
        hit('whole-script-confusable', idx[0]!, idx.map((i) => cpAt.get(i)!), {
          token,
          detail: `${only} letters that read as ${dominant} ${show(skel)} in ${dominant} text`,
        });
        flagged = true;
      }
    }
  }
  return flagged;
}

const DIGIT = /\p{Nd}/u;

/**
 * Runs worth a whole-script check: words of two or more letters, and single letters standing in a
 * number (1Ο0). A lone foreign letter as a symbol (β-blocker, α-helix) is ordinary writing.
 */
function isWordOrInNumber(run: Chunk['chars'], chunk: Chunk): boolean {
  if (run.filter((c) => isLetter(c.cp)).length >= 2) return true;
  const at = chunk.chars.indexOf(run[0]!);
  const end = at + run.length;
  const digit = (i: number) => i >= 0 && i < chunk.chars.length && DIGIT.test(String.fromCodePoint(chunk.chars[i]!.cp));
  return digit(at - 1) || digit(end);
}

/**
 * True when every letter of `skel` belongs to `script` (the skeleton reads as that script); for
 * Latin, as plain ASCII letters, since that is what a substitute must pass for.
 */
function looksLikeScript(skel: string, script: string): boolean {
  let letters = 0;
  for (const ch of skel) {
    const cp = ch.codePointAt(0)!;
    if (!isLetter(cp)) continue;
    const s = scriptOf(cp);
    if (NEUTRAL_SCRIPTS.has(s)) continue;
    if (s !== script || (script === 'Latin' && cp >= 0x80)) return false;
    letters++;
  }
  return letters > 0;
}

/**
 * A word whose skeleton equals that of a different reference word, where the difference is not
 * the text's own spelling: non-ASCII look-alikes (ɑ for a, 𝟷 for 1) or letters of another script.
 */
function checkLookalike(chunk: Chunk, dominant: string | undefined, vocab: Vocabulary, hit: HitFn): void {
  const ascii = chunk.chars.every((c) => c.cp < 0x80);
  if (ascii && (dominant === undefined || dominant === 'Latin')) return;
  const other = vocab.lookalike(skeleton(chunk.word), chunk.word);
  if (other === undefined) return;
  const inOther = new Set(codePoints(other));
  const otherScripts = new Set(codePoints(other).filter(isLetter).map(scriptOf).filter((s) => !NEUTRAL_SCRIPTS.has(s)));
  const differing = chunk.chars.filter((c) => !inOther.has(c.cp));
  const wordScripts = new Set(chunk.chars.filter((c) => isLetter(c.cp)).map((c) => scriptOf(c.cp)).filter((s) => !NEUTRAL_SCRIPTS.has(s)));
  const own = wordScripts.size === 1 && [...wordScripts][0] === dominant && !otherScripts.has(dominant!);
  if (own) return; // a word of the text's own language that happens to look like a foreign one
  // Typographic punctuation (’ for ', — for -) is not a look-alike attack: only letters, digits and
  // what passes for them count.
  const suspicious = differing.filter((c) => readsAsLetterOrDigit(c.cp) && (c.cp >= 0x80 || !otherScripts.has(scriptOf(c.cp))));
  if (suspicious.length === 0) return;
  hit('confusable', suspicious[0]!.index, suspicious.map((c) => c.cp), {
    token: escapeUntrusted(chunk.word, 60),
    detail: `looks like the reference word ${show(other)}`,
  });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function readsAsLetterOrDigit(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(ch) || /[A-Za-z0-9]/.test(skeleton(ch));
}

/** Skeletons of the words of a text that a look-alike check would query (to build a vocabulary). */
export function lookalikeQueries(text: string): string[] {
  const cps = codePoints(text);
  const dominant = dominantScript(cps);
  const out: string[] = [];
  for (const chunk of chunksOf(cps)) {
    const ascii = chunk.chars.every((c) => c.cp < 0x80);
    if (ascii && (dominant === undefined || dominant === 'Latin')) continue;
    out.push(skeleton(chunk.word));
  }
  return out;
}

/** The words of a text (as chunked for the look-alike check), for building a vocabulary. */
export function vocabularyWords(text: string): string[] {
  return wordsOf(text);
}

/** Scripts whose letters appear in `text` (neutral scripts excluded). */
export function scriptsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const cp of codePoints(text)) {
    if (!isLetter(cp)) continue;
    const s = scriptOf(cp);
    if (!NEUTRAL_SCRIPTS.has(s)) out.add(s);
  }
  return out;
}
