import { skeleton } from './confusables.js';

/** A whitespace-delimited piece of text, as a reader sees a word with its punctuation. */
export interface Chunk {
  /** The chunk without invisible code points and without edge punctuation. */
  word: string;
  /** Index (in code points) of the chunk's first kept character in the text. */
  start: number;
  /** Code points of `word`, with their indexes in the text. */
  chars: Array<{ cp: number; index: number }>;
}

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const ALNUM_ASCII = /[A-Za-z0-9]/;

/** True for code points that render as nothing (zero-width, joiners, bidi controls, tags). */
export function isInvisible(ch: string): boolean {
  return ch.charCodeAt(0) >= 0x80 && INVISIBLE.test(ch);
}

const edgeCache = new Map<number, boolean>();

/**
 * Edge characters that are punctuation for the reader: not a letter, mark or digit, and not
 * confusable with one (a '∨' standing in for 'v' is part of the word).
 */
function isEdgePunctuation(cp: number): boolean {
  let edge = edgeCache.get(cp);
  if (edge === undefined) {
    const ch = String.fromCodePoint(cp);
    edge = !LETTER_OR_DIGIT.test(ch) && !ALNUM_ASCII.test(skeleton(ch));
    if (edgeCache.size < 50_000) edgeCache.set(cp, edge);
  }
  return edge;
}

/** Splits `cps` (the text's code points) into chunks at white space. */
export function chunksOf(cps: readonly number[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < cps.length) {
    while (i < cps.length && isSpace(cps[i]!)) i++;
    const chars: Chunk['chars'] = [];
    while (i < cps.length && !isSpace(cps[i]!)) {
      if (cps[i]! < 0x80 || !isInvisible(String.fromCodePoint(cps[i]!))) chars.push({ cp: cps[i]!, index: i });
      i++;
    }
    let a = 0;
    let b = chars.length;
    while (a < b && isEdgePunctuation(chars[a]!.cp)) a++;
    while (b > a && isEdgePunctuation(chars[b - 1]!.cp)) b--;
    if (a < b) {
      const kept = chars.slice(a, b);
      out.push({ word: kept.map((c) => String.fromCodePoint(c.cp)).join(''), start: kept[0]!.index, chars: kept });
    }
  }
  return out;
}

const SPACE = /\p{White_Space}/u;
function isSpace(cp: number): boolean {
  if (cp < 0x80) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
  return SPACE.test(String.fromCodePoint(cp));
}

/** Code points of a string (a string iterates by code point; lone surrogates stay single). */
export function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0)!);
  return out;
}

const SPACES = /\p{White_Space}+/u;
const INVISIBLES = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/**
 * The `word` of every chunk of `text`, as chunksOf computes it, without positions: the fast path
 * for reading a large reference.
 */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (let piece of text.split(SPACES)) {
    if (piece === '') continue;
    if (!/^[\x21-\x7e]*$/.test(piece)) piece = piece.replace(INVISIBLES, '');
    const cps = codePoints(piece);
    let a = 0;
    let b = cps.length;
    while (a < b && isEdgePunctuation(cps[a]!)) a++;
    while (b > a && isEdgePunctuation(cps[b - 1]!)) b--;
    if (a === b) continue;
    const units = (from: number, to: number) => cps.slice(from, to).reduce((n, cp) => n + (cp > 0xffff ? 2 : 1), 0);
    out.push(a === 0 && b === cps.length ? piece : piece.slice(units(0, a), piece.length - units(b, cps.length)));
  }
  return out;
}
