/**
 * Unicode Character Database lookups for the text checks, from the tables generated into
 * ucd-data.ts (Unicode 17.0.0): the same answers on every Node version, whatever its ICU data.
 * Each table is decoded on first use into sorted range starts and searched by bisection.
 */
import {
  COMPLEX_CONTEXT,
  DECOMPOSITION_RUNS,
  DEFAULT_IGNORABLE,
  GC_CODES,
  GC_RUNS,
  INDEPENDENT_VOWEL,
  INTENTIONAL,
  JOINING_TYPE_RUNS,
  RTL_SCRIPT_NAMES,
  SCRIPT_EXTENSIONS,
  SCRIPT_NAMES,
  SCRIPT_RUNS,
  VIRAMA,
} from './ucd-data.js';

export { SCRIPT_NAMES, UNICODE_VERSION } from './ucd-data.js';

/** A piecewise-constant property: range starts (ascending) and the value from each start on. */
interface RunTable<T> {
  starts: Uint32Array;
  values: T[];
}

function decodeRuns<T>(encoded: string, value: (s: string) => T): RunTable<T> {
  const parts = encoded.trim().split(/\s+/);
  const starts = new Uint32Array(parts.length);
  const values: T[] = [];
  let at = 0;
  parts.forEach((p, i) => {
    const colon = p.lastIndexOf(':');
    starts[i] = at;
    values.push(value(p.slice(0, colon)));
    at += parseInt(p.slice(colon + 1), 36);
  });
  return { starts, values };
}

/** Index of the last start ≤ cp. */
function bisect(starts: Uint32Array, cp: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lookup<T>(table: RunTable<T>, cp: number): T {
  return table.values[bisect(table.starts, cp)]!;
}

/** A set of code points from `a-b c …` ranges (base 36). */
function decodeSet(encoded: string): RunTable<boolean> {
  const starts: number[] = [0];
  const values: boolean[] = [false];
  for (const part of encoded.trim().split(/\s+/)) {
    const [a, b] = part.split('-') as [string, string | undefined];
    const from = parseInt(a, 36);
    const to = b === undefined ? from : parseInt(b, 36);
    starts.push(from, to + 1);
    values.push(true, false);
  }
  return { starts: Uint32Array.from(starts), values };
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export type GeneralCategory = (typeof GC_CODES)[number];

const gcTable = lazy(() => decodeRuns(GC_RUNS, (s) => GC_CODES[parseInt(s, 36)]!));
const scriptTable = lazy(() => decodeRuns(SCRIPT_RUNS, (s) => (s === '' ? 'Unknown' : SCRIPT_NAMES[parseInt(s, 36)]!)));
const joiningTable = lazy(() => decodeRuns(JOINING_TYPE_RUNS, (s) => s));
const decompositionTable = lazy(() => decodeRuns(DECOMPOSITION_RUNS, (s) => s));
const ignorableSet = lazy(() => decodeSet(DEFAULT_IGNORABLE));
const viramaSet = lazy(() => decodeSet(VIRAMA));
const complexSet = lazy(() => decodeSet(COMPLEX_CONTEXT));
const independentVowelSet = lazy(() => decodeSet(INDEPENDENT_VOWEL));

const extensions = lazy(() => {
  const starts: number[] = [0];
  const values: Array<readonly string[] | undefined> = [undefined];
  for (const part of SCRIPT_EXTENSIONS.trim().split(/\s+/)) {
    const [range, list] = part.split('=') as [string, string];
    const [a, b] = range.split('-') as [string, string | undefined];
    const from = parseInt(a, 36);
    const to = b === undefined ? from : parseInt(b, 36);
    starts.push(from, to + 1);
    values.push(list.split('.').map((n) => SCRIPT_NAMES[parseInt(n, 36)]!), undefined);
  }
  return { starts: Uint32Array.from(starts), values };
});

const intentional = lazy(() => {
  const map = new Map<number, number[]>();
  const add = (a: number, b: number) => (map.get(a) ?? map.set(a, []).get(a)!).push(b);
  for (const pair of INTENTIONAL.trim().split(/\s+/)) {
    const [a, b] = pair.split('~').map((n) => parseInt(n, 36)) as [number, number];
    add(a, b);
    add(b, a);
  }
  return map;
});

/** General_Category (two-letter short name); `Cn` for unassigned code points. */
export function generalCategory(cp: number): GeneralCategory {
  return lookup(gcTable(), cp);
}

/** The Script property value (long name), `Unknown` for unassigned code points. */
export function scriptProperty(cp: number): string {
  return lookup(scriptTable(), cp);
}

/** Script_Extensions: the scripts a character is used with (its Script alone for most). */
export function scriptExtensions(cp: number): readonly string[] {
  return lookup(extensions(), cp) ?? [scriptProperty(cp)];
}

/** Joining_Type (ArabicShaping.txt): D, R, L, C or T; '' for Non_Joining. */
export function joiningType(cp: number): string {
  return lookup(joiningTable(), cp);
}

export function isDefaultIgnorable(cp: number): boolean {
  return lookup(ignorableSet(), cp);
}

/** Canonical_Combining_Class = Virama (ccc 9). */
export function isVirama(cp: number): boolean {
  return lookup(viramaSet(), cp);
}

/** Line_Break = Complex_Context: scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, …). */
export function isComplexContext(cp: number): boolean {
  return lookup(complexSet(), cp);
}

/** Indic_Syllabic_Category = Vowel_Independent: a vowel letter that never joins what precedes it. */
export function isIndependentVowel(cp: number): boolean {
  return lookup(independentVowelSet(), cp);
}

/**
 * How a character's decomposition relates to it (see scripts/gen-unicode-tables.mjs): `v` a variant
 * form of one character, `s` superscript or subscript, `c` a composite within its own block, `x` a
 * composite across blocks; '' without a decomposition.
 */
export function decompositionClass(cp: number): '' | 'v' | 's' | 'c' | 'x' {
  return lookup(decompositionTable(), cp) as '' | 'v' | 's' | 'c' | 'x';
}

/** Characters UTS #39 lists as visually identical to `cp` (intentional.txt). */
export function intentionalPartners(cp: number): readonly number[] {
  return intentional().get(cp) ?? [];
}

/** Scripts most of whose letters are written right to left. */
export const RTL_SCRIPTS: ReadonlySet<string> = new Set(RTL_SCRIPT_NAMES);
