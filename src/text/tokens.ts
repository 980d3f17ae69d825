/**
 * Word tokens for counting: NFKC-folded and lower-cased, invisible code points dropped (so a
 * zero-width space does not split a word), letters/digits runs with inner apostrophes; Han and
 * kana, written without spaces, count one character per token.
 */

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const WORD_CHAR = `(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])`;
const TOKEN = new RegExp(`[${CJK}]|${WORD_CHAR}+(?:'${WORD_CHAR}+)*`, 'gu');

/** Typographic apostrophes (’ ʼ ′) spell the same word as the ASCII one. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032\uff07]/g;

export function normalizeForTokens(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC').replace(APOSTROPHES, "'").toLowerCase();
}

export function wordTokens(text: string): string[] {
  return normalizeForTokens(text).match(TOKEN) ?? [];
}

/** The distinct n-grams (n = 1..maxN) of a token sequence, joined by a space. */
export function ngramSet(tokens: readonly string[], maxN: number): Set<string> {
  const out = new Set<string>();
  for (let n = 1; n <= maxN; n++) {
    for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
  }
  return out;
}
