import { codePointLabel, escapeUntrusted } from '../util/text-escape.js';
import { chunksOf, codePoints, wordsOf, type Chunk } from './chunks.js';
import { skeleton } from './confusables.js';
import { classifyCodePoint, hasAllowedRtl, isLegitimateInContext, isLoneCarriageReturn, type HiddenKind } from './hidden.js';
import { CJK_SCRIPTS, isMixedScript, NEUTRAL_SCRIPTS, scriptOf } from './scripts.js';
import { decompositionClass, generalCategory, intentionalPartners, scriptExtensions } from './ucd.js';

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
  return generalCategory(cp).startsWith('L');
}

function isLetterOrMark(cp: number): boolean {
  const gc = generalCategory(cp);
  return gc.startsWith('L') || gc.startsWith('M');
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
 * A letter or digit whose NFKC form differs and hides another character (see the decomposition
 * classes of ucd.ts): variant forms (math alphanumerics 𝐚, full-width ａ, Roman numerals Ⅰ, the Kelvin
 * sign K) and composites from outside their script's block (ligatures ﬁ, presentation forms). Not
 * reported: Latin-1 (ª º µ); superscript and subscript letters (IPA ʲ ʰ), visibly raised or lowered;
 * the precomposed spelling of a script inside a word of that script (Thai SARA AM, Lao AM and HO NO,
 * Armenian ech-yiwn, Devanagari QA); width forms and compatibility jamo in Chinese/Japanese/Korean text.
 */
function nfkcChange(cps: readonly number[], i: number, dominant: string | undefined): string | undefined {
  const cp = cps[i]!;
  if (cp < 0x100) return undefined;
  const gc = generalCategory(cp);
  if (!gc.startsWith('L') && gc !== 'Nd' && gc !== 'Nl') return undefined;
  const ch = String.fromCodePoint(cp);
  const n = nfkc(cp);
  if (n === ch) return undefined;
  const kind = decompositionClass(cp);
  if (kind === 's') return undefined;
  if (kind === 'c' && wordScriptAt(cps, i) === family(scriptOf(cp))) return undefined;
  if (isEastAsianCompatibility(cp) && dominant === 'CJK') return undefined;
  return n;
}

/** A script, with the East Asian scripts as one family (as dominantScript counts them). */
function family(script: string): string {
  return CJK_SCRIPTS.has(script) ? 'CJK' : script;
}

/** The script most letters of the word around index i are written in (letters and marks, no break). */
function wordScriptAt(cps: readonly number[], i: number): string | undefined {
  let a = i;
  while (a > 0 && isLetterOrMark(cps[a - 1]!)) a--;
  let b = i;
  while (b + 1 < cps.length && isLetterOrMark(cps[b + 1]!)) b++;
  return dominantScript(cps.slice(a, b + 1));
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
    if (isLetterOrMark(c.cp)) run.push(c);
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
  const scriptsOfText = scriptsOfCodePoints(cps);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (allowCp.has(cp)) continue;
    const kind = isLoneCarriageReturn(cps, i) ? 'control' : classifyCodePoint(cp);
    if (kind) {
      if (!isLegitimateInContext(cps, i, kind, ctx)) hit(kind, i, [cp]);
      continue;
    }
    const folded = nfkcChange(cps, i, dominant);
    if (folded !== undefined) {
      hit('nfkc', i, [cp], { detail: `NFKC folds it to ${show(folded)}` });
      continue;
    }
    const reads = readsAsPunctuation(cps, i, dominant, scriptsOfText);
    if (reads !== undefined) hit('confusable', i, [cp], { detail: `reads as ${show(reads)}` });
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
      // Report the letters outside the word's main script: those are the substitutes. Between
      // scripts with as many letters each (Ѕo, bу), the text's own script is the main one.
      const rank = (s: string) => (s === dominant ? 0 : 1);
      const main = [...byScript].sort((a, b) => b[1].length - a[1].length || rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
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
    if (only && dominant && only !== dominant && !CJK_SCRIPTS.has(only) && dominant !== 'CJK' && isWordOrInNumber(run, chunk, dominant)) {
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
 * Runs worth a whole-script check: words of two or more letters, single letters standing in a
 * number (1Ο0), and single letters UTS #39 lists as drawn identically to a letter of the text's
 * script (Greek Χ in M-Χ, Cyrillic о alone). A lone foreign letter used as a symbol and drawn
 * differently (β-blocker, α-helix) is ordinary writing.
 */
function isWordOrInNumber(run: Chunk['chars'], chunk: Chunk, dominant: string): boolean {
  const letters = run.filter((c) => isLetter(c.cp));
  if (letters.length >= 2) return true;
  if (letters.length === 1 && intentionalPartners(letters[0]!.cp).some((p) => scriptOf(p) === dominant)) return true;
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
  // A word written wholly in the text's own script — its letters, and digits of that script such as
  // Persian ۱۲ — is the text's own spelling, even where it happens to look like a foreign word.
  const own = dominant !== undefined && !otherScripts.has(dominant) && chunk.chars.some((c) => isLetterOrDigit(c.cp)) &&
    chunk.chars.every((c) => !isLetterOrDigit(c.cp) || ownScript(c.cp, dominant));
  if (own) return;
  // Typographic punctuation (’ for ', — for -) is not a look-alike attack: only letters, digits and
  // what passes for them count.
  const suspicious = differing.filter((c) => readsAsLetterOrDigit(c.cp) && (c.cp >= 0x80 || !otherScripts.has(scriptOf(c.cp))));
  if (suspicious.length === 0) return;
  hit('confusable', suspicious[0]!.index, suspicious.map((c) => c.cp), {
    token: escapeUntrusted(chunk.word, 60),
    detail: `looks like the reference word ${show(other)}`,
  });
}

function isLetterOrDigit(cp: number): boolean {
  const gc = generalCategory(cp);
  return gc.startsWith('L') || gc === 'Nd';
}

function readsAsLetterOrDigit(cp: number): boolean {
  const gc = generalCategory(cp);
  return gc.startsWith('L') || gc.startsWith('N') || /[A-Za-z0-9]/.test(skeleton(String.fromCodePoint(cp)));
}

/** True when `cp` belongs to `script` (Script_Extensions), or is a neutral character of every script. */
function ownScript(cp: number, script: string): boolean {
  const own = scriptExtensions(cp);
  if (script === 'CJK') return own.some((s) => CJK_SCRIPTS.has(s) || NEUTRAL_SCRIPTS.has(s));
  return own.includes(script) || own.every((s) => NEUTRAL_SCRIPTS.has(s));
}

/** The scripts of a text's letters and digits (Script_Extensions), to judge script-specific punctuation. */
function scriptsOfCodePoints(cps: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const cp of cps) if (cp >= 0x80 && isLetterOrDigit(cp)) for (const s of scriptExtensions(cp)) out.add(s);
  return out;
}

const ASCII_PUNCTUATION = /^[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+$/;

/**
 * A character a reader takes for ASCII punctuation (its UTS #39 prototype) where it is not the
 * text's own writing: a letter drawn identically to punctuation (intentional.txt: U+01C3 ǃ for '!')
 * unless a letter follows it (a click letter starting or inside a word, ǃKung), another letter or
 * digit drawn like punctuation in a text of another script, or the punctuation of a script the
 * text's letters do not use (Armenian ։ for ':'). Modifier letters (ʼ ː: apostrophes and length
 * marks of many orthographies and of IPA) are ordinary; so is common punctuation (typography).
 */
function readsAsPunctuation(cps: readonly number[], i: number, dominant: string | undefined, textScripts: ReadonlySet<string>): string | undefined {
  const cp = cps[i]!;
  if (cp < 0x80) return undefined;
  const gc = generalCategory(cp);
  if (gc === 'Lm' || !(gc.startsWith('L') || gc.startsWith('N') || gc.startsWith('P'))) return undefined;
  const own = scriptExtensions(cp);
  if (own.every((s) => NEUTRAL_SCRIPTS.has(s))) return undefined;
  if (gc.startsWith('P')) {
    if (own.some((s) => textScripts.has(s))) return undefined;
  } else if (intentionalPartners(cp).some((p) => ASCII_PUNCTUATION.test(String.fromCodePoint(p)))) {
    const next = cps[i + 1];
    if (next !== undefined && isLetter(next)) return undefined;
  } else if (dominant !== undefined && ownScript(cp, dominant)) return undefined;
  const proto = skeleton(String.fromCodePoint(cp));
  return ASCII_PUNCTUATION.test(proto) ? proto : undefined;
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
