/**
 * Scripts of code points and the script combinations a word may use, from the generated Unicode
 * 17.0.0 tables (ucd.ts): the same on every Node version. Script lookups are cached per code point.
 */
import { RTL_SCRIPTS, SCRIPT_NAMES, scriptProperty } from './ucd.js';

export { RTL_SCRIPTS, SCRIPT_NAMES };

/** Scripts that carry no language of their own: digits, punctuation, combining marks. */
export const NEUTRAL_SCRIPTS: ReadonlySet<string> = new Set(['Common', 'Inherited']);

/** East Asian scripts written together (Japanese mixes Han, Hiragana, Katakana; Korean Han and Hangul). */
export const CJK_SCRIPTS: ReadonlySet<string> = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo']);

/**
 * Script sets a single word may combine (UTS #39 "Highly Restrictive"): Latin with Japanese,
 * Chinese (Han + Bopomofo) or Korean writing.
 */
const ALLOWED_COMBINATIONS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

/** True when the (non-neutral) scripts of one word cannot be one writing system. */
export function isMixedScript(scripts: ReadonlySet<string>): boolean {
  if (scripts.size <= 1) return false;
  return !ALLOWED_COMBINATIONS.some((allowed) => [...scripts].every((s) => allowed.has(s)));
}

const cache = new Map<number, string>();
const CACHE_LIMIT = 200_000;

/** The Script property value of `cp` (long name), `Unknown` for unassigned code points. */
export function scriptOf(cp: number): string {
  if (cp < 0x80) {
    return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'Latin' : 'Common';
  }
  let name = cache.get(cp);
  if (name === undefined) {
    name = scriptProperty(cp);
    if (cache.size < CACHE_LIMIT) cache.set(cp, name);
  }
  return name;
}

/** True when `name` is a script name this module recognises (for policy validation). */
export function isScriptName(name: string): boolean {
  return SCRIPT_NAMES.includes(name);
}
