import { CJK_SCRIPTS, RTL_SCRIPTS, scriptOf } from './scripts.js';
import { generalCategory, isComplexContext, isDefaultIgnorable, isIndependentVowel, isVirama, joiningType, scriptExtensions } from './ucd.js';

/** Classes of code points that change what a model reads without changing what a reviewer sees. */
export type HiddenKind = 'invisible' | 'bidi-control' | 'tag' | 'control' | 'private-use' | 'noncharacter' | 'lone-surrogate' | 'unassigned';

/** Explicit embeddings, overrides and isolates: they reorder text and are never needed in data. */
const BIDI_CONTROLS = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
/** Directional marks: invisible, but ordinary in right-to-left text mixed with numbers or Latin. */
const BIDI_MARKS = new Set([0x200e, 0x200f, 0x061c]);
/** Arabic-script signs that prefix a number (Cf, prepended concatenation marks). */
const NUMBER_SIGNS = new Set([0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891, 0x08e2, 0x110bd, 0x110cd]);

/**
 * Characters that are neither white space nor default-ignorable yet draw nothing: the blank Braille
 * pattern and the musical null notehead. Used as a "space" inside a word, or a word of its own.
 */
const BLANK_GLYPHS = new Set([0x2800, 0x1d159]);
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI = /\p{Emoji}/u;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;
const DIGIT = /\p{Nd}/u;

const ZWSP = 0x200b;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

/** The kind of a code point before context is considered; undefined for ordinary ones. */
export function classifyCodePoint(cp: number): HiddenKind | undefined {
  if (cp >= 0xd800 && cp <= 0xdfff) return 'lone-surrogate';
  if (BIDI_CONTROLS.has(cp) || BIDI_MARKS.has(cp)) return 'bidi-control';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag';
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return cp === 0x09 || cp === 0x0a || cp === 0x0d ? undefined : 'control';
  // Line and paragraph separators: a line break to Python's splitlines() and JavaScript, nothing to
  // most viewers, so one row can read as several.
  if (cp === 0x2028 || cp === 0x2029) return 'control';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'noncharacter';
  const gc = generalCategory(cp);
  if (gc === 'Co') return 'private-use';
  if (gc === 'Cn') return 'unassigned';
  if (gc === 'Cf' || isDefaultIgnorable(cp) || BLANK_GLYPHS.has(cp)) return 'invisible';
  return undefined;
}

export interface HiddenContext {
  /** Scripts the dataset allows; undefined when any script is allowed. */
  allowed?: ReadonlySet<string>;
  /** True when the text holds letters of an allowed right-to-left script. */
  rtl: boolean;
}

const is = (re: RegExp, cp: number | undefined) => cp !== undefined && re.test(String.fromCodePoint(cp));
const isLetter = (cp: number | undefined) => cp !== undefined && generalCategory(cp).startsWith('L');
const isMark = (cp: number | undefined) => cp !== undefined && generalCategory(cp).startsWith('M');

function allowedScript(ctx: HiddenContext, script: string): boolean {
  return ctx.allowed === undefined || ctx.allowed.has(script);
}

/** True when `a` and `b` share a script (Script_Extensions) that the dataset allows. */
function shareAllowedScript(a: number, b: number, ctx: HiddenContext): boolean {
  const other = scriptExtensions(b);
  return scriptExtensions(a).some((s) => other.includes(s) && s !== 'Common' && s !== 'Inherited' && allowedScript(ctx, s));
}

/** The nearest code point before (step -1) or after (+1) index i whose Joining_Type is not Transparent. */
function acrossTransparent(cps: readonly number[], i: number, step: -1 | 1): number | undefined {
  for (let j = i + step; j >= 0 && j < cps.length; j += step) if (joiningType(cps[j]!) !== 'T') return cps[j];
  return undefined;
}

/**
 * UAX #31 A1: a ZWNJ that breaks a cursive connection, /$LJ $T* ZWNJ $T* $RJ/ — a left- or
 * dual-joining letter before, a right- or dual-joining letter after (Persian می‌خواهم).
 */
function breaksCursiveConnection(cps: readonly number[], i: number, ctx: HiddenContext): boolean {
  const before = acrossTransparent(cps, i, -1);
  const after = acrossTransparent(cps, i, 1);
  if (before === undefined || after === undefined) return false;
  const left = joiningType(before);
  const right = joiningType(after);
  return (left === 'L' || left === 'D') && (right === 'R' || right === 'D') && shareAllowedScript(before, after, ctx);
}

/**
 * UAX #31 A2 (ZWNJ) and B (ZWJ): a joiner in a conjunct context, /$L $M* $V $M₁* joiner/ — after a
 * letter and a virama, with nonspacing marks around the virama (Devanagari half forms, Malayalam
 * chillus, Sinhala yansaya, Khmer coeng). The marks after the virama are taken as any nonspacing
 * mark (UAX #31 further limits them to combining class ≠ 0). Also the Unicode Standard's RA + ZWJ +
 * virama (Bengali ya-phala after ra, Marathi eyelash ra): a joiner between a letter and a virama.
 */
function inConjunct(cps: readonly number[], i: number, ctx: HiddenContext): boolean {
  let j = i - 1;
  while (j >= 0 && generalCategory(cps[j]!) === 'Mn' && !isVirama(cps[j]!)) j--;
  if (j >= 0 && isVirama(cps[j]!)) {
    const virama = cps[j]!;
    j--;
    while (j >= 0 && generalCategory(cps[j]!) === 'Mn') j--;
    if (j >= 0 && isLetter(cps[j]) && shareAllowedScript(cps[j]!, virama, ctx)) return true;
  }
  const before = cps[i - 1];
  const after = cps[i + 1];
  return cps[i] === ZWJ && isLetter(before) && after !== undefined && isVirama(after) && shareAllowedScript(before!, after, ctx);
}

/**
 * A ZWNJ before an independent vowel, after a letter or vowel sign of the same script: Bengali and
 * Marathi writers mark a morpheme boundary this way (কারণে‌ই). An independent vowel never joins what
 * precedes it, so no shaping changes; this is the one context allowed beyond UAX #31.
 */
function beforeIndependentVowel(cps: readonly number[], i: number, ctx: HiddenContext): boolean {
  const before = cps[i - 1];
  const after = cps[i + 1];
  if (before === undefined || after === undefined || !isIndependentVowel(after)) return false;
  return /^[LM]/.test(generalCategory(before)) && shareAllowedScript(before, after, ctx);
}

/**
 * ZWSP between words of a script written without spaces (Line_Break = Complex_Context: Thai, Lao,
 * Khmer, Myanmar, …), where it marks the word boundary: a letter of such an allowed script on one
 * side, and on the other a letter of the same script or no letter at all (space, punctuation, end).
 */
function separatesWords(cps: readonly number[], i: number, ctx: HiddenContext): boolean {
  const near = (step: -1 | 1) => {
    let j = i + step;
    while (j >= 0 && j < cps.length && (isMark(cps[j]) || cps[j] === ZWSP)) j += step;
    return cps[j];
  };
  const before = near(-1);
  const after = near(1);
  const complex = (cp: number | undefined) => cp !== undefined && isComplexContext(cp) && allowedScript(ctx, scriptOf(cp));
  const letterOrDigit = (cp: number | undefined) => cp !== undefined && /^[LN]/.test(generalCategory(cp));
  if (complex(before)) return complex(after) ? scriptOf(before!) === scriptOf(after!) : !letterOrDigit(after);
  return complex(after) && !letterOrDigit(before);
}

/** ZWJ between two emoji (👩‍💻), possibly after a skin-tone modifier or VS16. */
function isEmojiJoiner(cps: readonly number[], i: number): boolean {
  const before = cps[i - 1];
  return (is(PICTOGRAPHIC, before) || is(EMOJI_MODIFIER, before) || before === VS16) && is(PICTOGRAPHIC, cps[i + 1]);
}

/** Variation selectors after a character that has variants (emoji presentation, CJK and Mongolian forms). */
function isVariationSelector(cps: readonly number[], i: number): boolean {
  const cp = cps[i]!;
  const before = cps[i - 1];
  if (before === undefined) return false;
  if (cp >= 0xfe00 && cp <= 0xfe0f) {
    if (is(EMOJI, before)) return true;
    const s = scriptOf(before);
    return CJK_SCRIPTS.has(s) || s === 'Mongolian' || s === 'Myanmar' || s === 'Phags_Pa';
  }
  if (cp >= 0xe0100 && cp <= 0xe01ef) return scriptOf(before) === 'Han';
  if ((cp >= 0x180b && cp <= 0x180d) || cp === 0x180f) return scriptOf(before) === 'Mongolian';
  return false;
}

const isTagChar = (cp: number | undefined) => cp !== undefined && cp >= 0xe0020 && cp <= CANCEL_TAG;

/** Tags inside an emoji tag sequence: 🏴, tag letters, one cancel tag (subdivision flags such as Scotland's). */
function isEmojiTag(cps: readonly number[], i: number): boolean {
  let a = i;
  while (isTagChar(cps[a - 1])) a--;
  let b = i;
  while (isTagChar(cps[b + 1])) b++;
  if (cps[a - 1] !== BLACK_FLAG || cps[b] !== CANCEL_TAG || b === a) return false;
  for (let j = a; j < b; j++) if (cps[j] === CANCEL_TAG) return false;
  return true;
}

/**
 * True when the hidden code point at `i` is ordinary in its context, so flagging it would only
 * punish legitimate writing: joiners in their UAX #31 contexts, ZWSP between Thai, Lao, Khmer or
 * Myanmar words, emoji sequences, directional marks in right-to-left text, a byte-order mark at the
 * very start, CR before LF.
 */
export function isLegitimateInContext(cps: readonly number[], i: number, kind: HiddenKind, ctx: HiddenContext): boolean {
  const cp = cps[i]!;
  switch (kind) {
    case 'bidi-control':
      return BIDI_MARKS.has(cp) && ctx.rtl;
    case 'tag':
      return isEmojiTag(cps, i);
    case 'invisible':
      if (cp === 0xfeff && i === 0) return true;
      if (cp === ZWNJ) return breaksCursiveConnection(cps, i, ctx) || inConjunct(cps, i, ctx) || beforeIndependentVowel(cps, i, ctx);
      if (cp === ZWJ) return inConjunct(cps, i, ctx) || isEmojiJoiner(cps, i);
      if (cp === ZWSP) return separatesWords(cps, i, ctx);
      if (NUMBER_SIGNS.has(cp)) return is(DIGIT, cps[i + 1]) && ctx.rtl;
      return isVariationSelector(cps, i);
    default:
      return false;
  }
}

/** Whether the text holds a letter of an allowed right-to-left script (so directional marks are expected). */
export function hasAllowedRtl(cps: readonly number[], allowed: ReadonlySet<string> | undefined): boolean {
  for (const cp of cps) {
    if (cp < 0x590) continue;
    const s = scriptOf(cp);
    if (RTL_SCRIPTS.has(s) && (allowed === undefined || allowed.has(s)) && isLetter(cp)) return true;
  }
  return false;
}

/** A lone CR (not before LF) moves the cursor back over text: a deletion-class control. */
export function isLoneCarriageReturn(cps: readonly number[], i: number): boolean {
  return cps[i] === 0x0d && cps[i + 1] !== 0x0a;
}
