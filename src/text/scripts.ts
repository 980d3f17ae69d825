/**
 * Unicode Script property of a code point, through the JS regex engine's `\p{Script=…}` (the
 * engine's ICU data; no table shipped). Results are cached per code point.
 */

/** Long names of the Unicode Script property values (PropertyValueAliases.txt, `sc`), without Unknown. */
export const SCRIPT_NAMES: readonly string[] = [
  'Adlam', 'Ahom', 'Anatolian_Hieroglyphs', 'Arabic', 'Armenian', 'Avestan', 'Balinese', 'Bamum', 'Bassa_Vah', 'Batak',
  'Bengali', 'Bhaiksuki', 'Bopomofo', 'Brahmi', 'Braille', 'Buginese', 'Buhid', 'Canadian_Aboriginal', 'Carian',
  'Caucasian_Albanian', 'Chakma', 'Cham', 'Cherokee', 'Chorasmian', 'Common', 'Coptic', 'Cuneiform', 'Cypriot',
  'Cypro_Minoan', 'Cyrillic', 'Deseret', 'Devanagari', 'Dives_Akuru', 'Dogra', 'Duployan', 'Egyptian_Hieroglyphs',
  'Elbasan', 'Elymaic', 'Ethiopic', 'Garay', 'Georgian', 'Glagolitic', 'Gothic', 'Grantha', 'Greek', 'Gujarati',
  'Gunjala_Gondi', 'Gurmukhi', 'Gurung_Khema', 'Han', 'Hangul', 'Hanifi_Rohingya', 'Hanunoo', 'Hatran', 'Hebrew',
  'Hiragana', 'Imperial_Aramaic', 'Inherited', 'Inscriptional_Pahlavi', 'Inscriptional_Parthian', 'Javanese', 'Kaithi',
  'Kannada', 'Katakana', 'Kawi', 'Kayah_Li', 'Kharoshthi', 'Khitan_Small_Script', 'Khmer', 'Khojki', 'Khudawadi',
  'Kirat_Rai', 'Lao', 'Latin', 'Lepcha', 'Limbu', 'Linear_A', 'Linear_B', 'Lisu', 'Lycian', 'Lydian', 'Mahajani',
  'Makasar', 'Malayalam', 'Mandaic', 'Manichaean', 'Marchen', 'Masaram_Gondi', 'Medefaidrin', 'Meetei_Mayek',
  'Mende_Kikakui', 'Meroitic_Cursive', 'Meroitic_Hieroglyphs', 'Miao', 'Modi', 'Mongolian', 'Mro', 'Multani', 'Myanmar',
  'Nabataean', 'Nag_Mundari', 'Nandinagari', 'New_Tai_Lue', 'Newa', 'Nko', 'Nushu', 'Nyiakeng_Puachue_Hmong', 'Ogham',
  'Ol_Chiki', 'Ol_Onal', 'Old_Hungarian', 'Old_Italic', 'Old_North_Arabian', 'Old_Permic', 'Old_Persian', 'Old_Sogdian',
  'Old_South_Arabian', 'Old_Turkic', 'Old_Uyghur', 'Oriya', 'Osage', 'Osmanya', 'Pahawh_Hmong', 'Palmyrene',
  'Pau_Cin_Hau', 'Phags_Pa', 'Phoenician', 'Psalter_Pahlavi', 'Rejang', 'Runic', 'Samaritan', 'Saurashtra', 'Sharada',
  'Shavian', 'Siddham', 'SignWriting', 'Sinhala', 'Sogdian', 'Sora_Sompeng', 'Soyombo', 'Sundanese', 'Sunuwar',
  'Syloti_Nagri', 'Syriac', 'Tagalog', 'Tagbanwa', 'Tai_Le', 'Tai_Tham', 'Tai_Viet', 'Takri', 'Tamil', 'Tangsa',
  'Tangut', 'Telugu', 'Thaana', 'Thai', 'Tibetan', 'Tifinagh', 'Tirhuta', 'Todhri', 'Toto', 'Tulu_Tigalari', 'Ugaritic',
  'Vai', 'Vithkuqi', 'Wancho', 'Warang_Citi', 'Yezidi', 'Yi', 'Zanabazar_Square',
];

/** Scripts that carry no language of their own: digits, punctuation, combining marks. */
export const NEUTRAL_SCRIPTS: ReadonlySet<string> = new Set(['Common', 'Inherited']);

/** Scripts written right to left, whose texts legitimately carry bidi marks (LRM, RLM, ALM). */
export const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  'Adlam', 'Arabic', 'Avestan', 'Hanifi_Rohingya', 'Hatran', 'Hebrew', 'Imperial_Aramaic', 'Inscriptional_Pahlavi',
  'Inscriptional_Parthian', 'Kharoshthi', 'Mandaic', 'Manichaean', 'Mende_Kikakui', 'Nabataean', 'Nko', 'Old_North_Arabian',
  'Old_South_Arabian', 'Palmyrene', 'Phoenician', 'Psalter_Pahlavi', 'Samaritan', 'Syriac', 'Thaana', 'Yezidi',
]);

/**
 * Scripts in which zero-width joiners and non-joiners are ordinary spelling (Persian ZWNJ, Indic
 * half forms, Arabic-script joining control), so a ZWJ/ZWNJ between two of their letters is legitimate.
 */
export const JOINING_SCRIPTS: ReadonlySet<string> = new Set([
  'Arabic', 'Syriac', 'Nko', 'Mongolian', 'Mandaic', 'Manichaean', 'Psalter_Pahlavi', 'Phags_Pa', 'Adlam',
  'Hanifi_Rohingya', 'Sogdian', 'Old_Uyghur', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil',
  'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Myanmar', 'Khmer', 'Tibetan', 'Balinese', 'Javanese', 'Sundanese',
  'Tai_Tham', 'Chakma', 'Sharada', 'Takri', 'Grantha', 'Newa', 'Tirhuta', 'Modi', 'Brahmi', 'Kaithi',
]);

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

interface Probe {
  name: string;
  re: RegExp;
}

let probes: Probe[] | undefined;

/** One regex per script the engine knows; ordered so frequent scripts are tried first. */
function scriptProbes(): Probe[] {
  if (probes) return probes;
  const first = ['Latin', 'Common', 'Inherited', 'Cyrillic', 'Greek', 'Han', 'Arabic', 'Hiragana', 'Katakana', 'Hangul', 'Hebrew'];
  const ordered = [...first, ...SCRIPT_NAMES.filter((s) => !first.includes(s))];
  probes = [];
  for (const name of ordered) {
    try {
      probes.push({ name, re: new RegExp(`^\\p{Script=${name}}$`, 'u') });
    } catch {
      // A script newer than this engine's Unicode data: its letters resolve to Unknown.
    }
  }
  return probes;
}

const cache = new Map<number, string>();
const CACHE_LIMIT = 200_000;

/** The Script property value of `cp` (long name), `Unknown` for unassigned code points. */
export function scriptOf(cp: number): string {
  if (cp < 0x80) {
    return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'Latin' : 'Common';
  }
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const ch = String.fromCodePoint(cp);
  let name = 'Unknown';
  for (const p of scriptProbes()) {
    if (p.re.test(ch)) {
      name = p.name;
      break;
    }
  }
  if (cache.size < CACHE_LIMIT) cache.set(cp, name);
  return name;
}

/** True when `name` is a script name this module recognises (for policy validation). */
export function isScriptName(name: string): boolean {
  return SCRIPT_NAMES.includes(name);
}
