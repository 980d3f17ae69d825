import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/dataset/csv.js';
import { scan } from '../src/scan/scan.js';
import { analyzeText, scriptsIn as analyzeScripts, type UnicodeHit, type Vocabulary } from '../src/text/analysis.js';
import { chunksOf, codePoints, wordsOf } from '../src/text/chunks.js';
import { prototypeOf, skeleton } from '../src/text/confusables.js';
import { scriptOf } from '../src/text/scripts.js';
import { buildRepo, FIXTURES } from './support/repo.js';

const ALL = new Set(['Latin', 'Greek', 'Cyrillic', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Arabic', 'Hebrew']);
const words = (...list: string[]): Vocabulary => {
  const bySkel = new Map(list.map((w) => [skeleton(w), w]));
  return { lookalike: (s, w) => (list.includes(w) ? undefined : bySkel.get(s)) };
};
const brief = (hits: UnicodeHit[]) => hits.map((h) => `${h.kind} ${h.codePoints.join(' ')} @${h.line}:${h.column}`);
const check = (text: string, vocabulary?: Vocabulary, allowed: Set<string> | undefined = ALL) =>
  brief(analyzeText(text, { allowedScripts: allowed, ...(vocabulary ? { vocabulary } : {}) }));

/** Real rows of the benchmark: UDHR paragraphs and e-mail rows. */
const bench = (group: string) => parseCsv(readFileSync(join(FIXTURES, 'text-bench/groups', `${group}.csv`), 'utf8')).slice(1).map((r) => r.fields);

describe('UTS #39 data and scripts', () => {
  it('skeletons make confusable strings equal and keep distinct ones apart', () => {
    expect(skeleton('p\u0430yp\u0430l')).toBe(skeleton('paypal'));
    expect(skeleton('m')).toBe(skeleton('rn'));
    expect(skeleton('\u{1D41D}ata')).toBe('data');
    expect(skeleton('café')).not.toBe(skeleton('cafe'));
    expect(prototypeOf(0x0430)).toBe('a');
    expect(prototypeOf(0x61)).toBeUndefined();
  });

  it('reads the Script property', () => {
    expect([0x61, 0x0430, 0x03b1, 0x4e00, 0x3042, 0x30a2, 0xac00, 0x0627, 0x05d0, 0x31, 0x0301].map(scriptOf)).toEqual([
      'Latin', 'Cyrillic', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Arabic', 'Hebrew', 'Common', 'Inherited',
    ]);
  });
});

describe('word chunks', () => {
  it('the fast reference path splits words exactly as the per-position analysis does', () => {
    const rows = ['clean', 'invisible', 'homoglyph', 'reorder', 'deletion', 'typography', 'multilingual'].flatMap((g) => bench(g).map((r) => r[0]!));
    rows.push(' “Edge” cases… 𝐀𝐁 (x) — \u200Bzw\u200B 1Ο0 ');
    for (const text of rows) expect(wordsOf(text)).toEqual(chunksOf(codePoints(text)).map((c) => c.word));
  });
});

describe('hidden code points (the Boucher et al. classes), with U+ labels and columns', () => {
  it('invisible characters', () => {
    expect(check('pay\u200Bpal and so\u00ADft wo\u2060rd')).toEqual(['invisible U+200B @1:4', 'invisible U+00AD @1:15', 'invisible U+2060 @1:21']);
    expect(check('joi\u200Dned \u200Cnon')).toEqual(['invisible U+200D @1:4', 'invisible U+200C @1:9']);
  });

  it('reorderings: overrides, embeddings and isolates always; directional marks outside right-to-left text', () => {
    expect(check('a \u2066\u202Eolleh\u202C\u2069 b')).toEqual(['bidi-control U+2066 @1:3', 'bidi-control U+202E @1:4', 'bidi-control U+202C @1:10', 'bidi-control U+2069 @1:11']);
    expect(check('left\u200F to right')).toEqual(['bidi-control U+200F @1:5']);
  });

  it('deletions and other controls: backspace, delete, a lone carriage return; CRLF is a line end', () => {
    expect(check('abX\u0008c de\u007Ff g\rh\r\ni')).toEqual(['control U+0008 @1:4', 'control U+007F @1:9', 'control U+000D @1:13']);
    expect(check('one\u2028two\u2029')).toEqual(['control U+2028 @1:4', 'control U+2029 @1:8']);
  });

  it('tags, private use, noncharacters and lone surrogates', () => {
    expect(check('x\u{E0041}\u{E0042} \uE000 \uFDD0 \uD800')).toEqual(['tag U+E0041 @1:2', 'tag U+E0042 @1:3', 'private-use U+E000 @1:5', 'noncharacter U+FDD0 @1:7', 'lone-surrogate U+D800 @1:9']);
  });

  it('counts columns in code points and lines from 1', () => {
    expect(check('𝑥 line one\nsecond \u202E')).toEqual(['nfkc U+1D465 @1:1', 'bidi-control U+202E @2:8']);
  });
});

describe('legitimate writing is not reported', () => {
  it('Persian zero-width non-joiners inside words (UDHR, Persian)', () => {
    const persian = bench('multilingual').filter((r) => r[2]!.startsWith('udhr/pes_1'));
    expect(persian.some((r) => r[0]!.includes('\u200C'))).toBe(true);
    for (const r of persian) expect(check(r[0]!)).toEqual([]);
  });

  it('a right-to-left mark in Arabic and Hebrew text, but not when those scripts are not allowed', () => {
    const rtl = bench('multilingual').filter((r) => /^udhr\/(arb|heb)\//.test(r[2]!));
    for (const r of rtl) expect(check(r[0]!)).toEqual([]);
    const arabic = rtl[0]![0]!;
    expect(check(arabic, undefined, new Set(['Latin']))).toEqual(expect.arrayContaining([expect.stringMatching(/^bidi-control U\+200F/), expect.stringMatching(/^script-not-allowed/)]));
  });

  it('emoji sequences: ZWJ, VS16, keycaps, skin tones, a subdivision flag with tag characters', () => {
    expect(check('ok 👩\u200D💻 ❤\uFE0F 1\uFE0F\u20E3 👍🏽 🏳\uFE0F\u200D🌈 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}')).toEqual([]);
    expect(check('🏴\u{E0067}\u{E0062} unterminated')).toEqual(['tag U+E0067 @1:2', 'tag U+E0062 @1:3']);
  });

  it('East Asian width forms in CJK text, typography and Latin-1 letters in English', () => {
    expect(check('第１条　すべての人間は、ＰＣを使う。ｶﾀｶﾅ')).toEqual([]);
    expect(check('It’s “fine” — 5 µm, 1º, naïve café… 50\u00A0%')).toEqual([]);
  });

  it('Greek, Cyrillic, Chinese, Japanese and Korean UDHR paragraphs', () => {
    const rows = bench('multilingual').filter((r) => /^udhr\/(ell_monotonic|rus|ukr|bul|cmn_hans|jpn|kor)\//.test(r[2]!));
    expect(rows.length).toBe(280);
    for (const r of rows) expect(check(r[0]!)).toEqual([]);
  });

  it('a lone Greek letter used as a symbol in English', () => {
    expect(check('a β-blocker and an α-helix')).toEqual([]);
  });
});

describe('look-alikes: NFKC, mixed scripts, whole-script confusables, skeleton matches', () => {
  it('NFKC folds of letters and digits: math alphanumerics, full width in Latin text, ligatures, Roman numerals, Kelvin', () => {
    expect(check('𝐝ata ｍe ﬁne Ⅰ \u212A 𝟷')).toEqual(['nfkc U+1D41D @1:1', 'nfkc U+FF4D @1:6', 'nfkc U+FB01 @1:9', 'nfkc U+2160 @1:13', 'nfkc U+212A @1:15', 'nfkc U+1D7F7 @1:17']);
  });

  it('a word mixing scripts reports the substituted letters, not the word’s own', () => {
    const [hit] = analyzeText('log into p\u0430yp\u0430l', { allowedScripts: ALL });
    expect(hit).toMatchObject({ kind: 'mixed-script', codePoints: ['U+0430', 'U+0430'], column: 11, token: 'p\u0430yp\u0430l', detail: 'Cyrillic in a Latin word' });
  });

  it('a whole word or a digit-embedded letter in another script that reads as the text’s', () => {
    expect(check('the ΑΙ model')).toEqual(['whole-script-confusable U+0391 U+0399 @1:5']);
    expect(check('costs 1Ο0 dollars')).toEqual(['whole-script-confusable U+039F @1:8']);
  });

  it('a word whose skeleton is a different known word (needs the reference vocabulary)', () => {
    const vocab = words('data', 'love', 'a');
    expect(check('the dɑta', vocab)).toEqual(['confusable U+0251 @1:6']);
    expect(check('I lo∨e it', vocab)).toEqual(['confusable U+2228 @1:5']);
    expect(check('this is \u0430 test', vocab)).toEqual(['whole-script-confusable U+0430 @1:9']);
    expect(check('the dɑta')).toEqual([]);
    // Typographic punctuation is not a look-alike attack; a Russian "а" in Russian text is Russian.
    expect(check('it’s', words("it's"))).toEqual([]);
    expect(check('я и \u0430 ты', vocab)).toEqual([]);
  });

  it('letters of scripts the dataset does not allow', () => {
    expect(check('Привет мир', undefined, new Set(['Latin']))).toEqual(['script-not-allowed U+041F U+0440 U+0438 U+0432 U+0435 U+0442 @1:1', 'script-not-allowed U+043C U+0438 U+0440 @1:8']);
  });
});

describe('characters that used to pass unseen', () => {
  it('a letter drawn as punctuation (U+01C3 for !), and the punctuation of a script the text does not use', () => {
    expect(check('What a great film\u01C3')).toEqual(['confusable U+01C3 @1:18']);
    expect(analyzeText('great\u01C3', { allowedScripts: ALL })[0]).toMatchObject({ kind: 'confusable', detail: "reads as '!'" });
    // A click letter starting a word (Khoisan orthographies) is a letter.
    expect(check('the \u01C3Kung people')).toEqual([]);
    expect(check('Note\u0589 see below', undefined, new Set(['Latin', 'Armenian']))).toEqual(['confusable U+0589 @1:5']);
    // Armenian full stop in Armenian text, modifier letters (Ukrainian apostrophe ʼ, IPA length ː) are ordinary.
    expect(check('Բոլոր մարդիկ ծնվում են ազատ\u0589', undefined, new Set(['Armenian']))).toEqual([]);
    expect(check('пʼять and /tiː/', undefined, new Set(['Latin', 'Cyrillic']))).toEqual([]);
  });

  it('blank glyphs: the Braille blank and the musical null notehead, inside a word or alone', () => {
    expect(check('pay\u2800pal and \u2800 here \u{1D159}')).toEqual(['invisible U+2800 @1:4', 'invisible U+2800 @1:13', 'invisible U+1D159 @1:20']);
  });

  it('unassigned code points, in any text', () => {
    expect(check('text \u3130 here')).toEqual(['unassigned U+3130 @1:6']);
    expect(check('한국어 \u3130 텍스트')).toEqual(['unassigned U+3130 @1:5']);
    expect(check('\u{E0080}')).toEqual(['unassigned U+E0080 @1:1']);
  });

  it('a single letter of another allowed script drawn identically to one of the text’s (UTS #39 intentional.txt)', () => {
    expect(check('the M-\u03A7 model')).toEqual(['whole-script-confusable U+03A7 @1:7']);
    expect(check('press \u03A7 to quit')).toEqual(['whole-script-confusable U+03A7 @1:7']);
    // Greek letters drawn differently from Latin ones, used as symbols, stay ordinary.
    expect(check('a β-blocker, an α-helix and γ-rays')).toEqual([]);
  });

  it('two-letter words name the substituted letter, not the genuine one', () => {
    expect(analyzeText('\u0405o it goes', { allowedScripts: ALL })[0]).toMatchObject({ kind: 'mixed-script', codePoints: ['U+0405'], detail: 'Cyrillic in a Latin word' });
    expect(analyzeText('written b\u0443 me', { allowedScripts: ALL })[0]).toMatchObject({ kind: 'mixed-script', codePoints: ['U+0443'], detail: 'Cyrillic in a Latin word' });
  });

  it('mixed-script words that really mix stay findings with both scripts allowed', () => {
    expect(check('Мо\u0073ква and m\u0430ke')).toEqual(['mixed-script U+0073 @1:3', 'mixed-script U+0430 @1:13']);
  });
});

describe('the spelling of each script', () => {
  const thai = new Set(['Thai', 'Lao', 'Armenian', 'Devanagari', 'Gurmukhi', 'Bengali', 'Latin', 'Arabic', 'Khmer', 'Myanmar', 'Malayalam', 'Sinhala']);
  it('precomposed letters NFKC would split: Thai SARA AM, Lao AM and HO NO, Armenian ech-yiwn, nukta letters, IPA modifiers', () => {
    expect(check('ทำงาน ຄຳ ໜ້າ և ज़मीन ਸ਼ਹਿਰ য়', undefined, thai)).toEqual([]);
    expect(check('[tʲa] and sʰ', undefined, thai)).toEqual([]);
    // A ligature of another block, or a composite of another script inside a word, is still reported.
    expect(check('the ﬁle', undefined, thai)).toEqual(['nfkc U+FB01 @1:5']);
    expect(check('Hello\u0587', undefined, thai)).toEqual(expect.arrayContaining(['nfkc U+0587 @1:6']));
  });

  it('ZWSP between words of Thai, Lao, Khmer and Myanmar, and nowhere else', () => {
    expect(check('ภาษาไทย\u200Bเป็น ພາສາ\u200Bລາວ ភាសា\u200Bខ្មែរ မြန်မာ\u200Bဘာသာ ไทย\u200B.', undefined, thai)).toEqual([]);
    expect(check('pay\u200Bpal', undefined, thai)).toEqual(['invisible U+200B @1:4']);
    expect(check('ไทย\u200Babc', undefined, thai)).toEqual(expect.arrayContaining(['invisible U+200B @1:4']));
    expect(check('नम\u200Bस्ते', undefined, thai)).toEqual(['invisible U+200B @1:3']);
    expect(check('ภาษา\u200Bไทย', undefined, new Set(['Latin']))).toEqual(expect.arrayContaining(['invisible U+200B @1:5']));
  });

  it('joiners in their UAX #31 contexts: A1 (ZWNJ breaking a cursive join), A2 (ZWNJ after a virama), B (ZWJ after a virama)', () => {
    expect(check('می\u200Cخواهم', undefined, thai)).toEqual([]); // A1: yeh (dual) ZWNJ khah (dual)
    expect(check('क्\u200Cष', undefined, thai)).toEqual([]); // A2
    expect(check('ന്\u200D ശ്\u200Dരീ', undefined, thai)).toEqual([]); // B: Malayalam chillu, Sinhala rakaransaya
    expect(check('र\u200D्या', undefined, thai)).toEqual([]); // RA + ZWJ + virama: Marathi eyelash ra
    expect(check('কারণে\u200Cই', undefined, thai)).toEqual([]); // before an independent vowel (Bengali)
  });

  it('joiners outside those contexts', () => {
    expect(check('کار\u200Cها', undefined, thai)).toEqual(['invisible U+200C @1:4']); // after a right-joining reh
    expect(check('क\u200Cष क\u200Dष', undefined, thai)).toEqual(['invisible U+200C @1:2', 'invisible U+200D @1:6']); // no virama
    expect(check('কার\u200Cণ', undefined, thai)).toEqual(['invisible U+200C @1:4']); // before a consonant, no virama
    expect(check('wo\u200Crd wo\u200Drd', undefined, thai)).toEqual(['invisible U+200C @1:3', 'invisible U+200D @1:9']);
    // In context, but the script is not allowed: the joiner is reported with the letters.
    expect(check('क्\u200Cष', undefined, new Set(['Latin']))).toEqual(expect.arrayContaining(['invisible U+200C @1:3']));
    expect(check('می\u200Cخواهم', undefined, new Set(['Latin']))).toEqual(expect.arrayContaining(['invisible U+200C @1:3']));
  });

  it('Persian digits are Persian, not look-alikes of Latin words; in English they still are', () => {
    const vocab = words('V', 'o', 'l');
    expect(check('ماده ۷ و ۵ از سال ۱۳۲۷', vocab, thai)).toEqual([]);
    expect(check('see part ۷', vocab, thai)).toEqual(['confusable U+06F7 @1:10']);
  });

  it('the world corpus (UDHR in 40 languages) passes with its scripts allowed', () => {
    const rows = bench('world');
    expect(rows.length).toBe(1000);
    const scripts = new Set(rows.flatMap((r) => [...analyzeScripts(r[0]!)]));
    const flagged = rows.filter((r) => analyzeText(r[0]!, { allowedScripts: scripts }).length > 0).map((r) => r[2]);
    expect(flagged).toEqual([]);
  });
});

describe('the unicode rule in a scan', () => {
  const policy = (allow = '') => `version: 1
datasets:
  - name: mail
    root: data
    layout: table
    modality: text
${allow}detectors:
  unicode: {}
`;
  const rows = bench('clean').slice(0, 30);
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const csv = (list: string[][]) => `text,label\n${list.map((r) => `${q(r[0]!)},${r[1]}`).join('\n')}\n`;

  it('names the row, the code points and their column; passes clean rows; allow_scripts defaults to the reference’s', async () => {
    const greek = bench('multilingual').find((r) => r[2]!.startsWith('udhr/ell'))!;
    const planted = [`${rows[20]![0]} \u202Eevil`, rows[20]![1]!];
    const repo = buildRepo({
      baseFiles: { '.github/poisongate.yml': policy(), 'data/train.csv': csv(rows.slice(0, 20)) },
      prFiles: { 'data/train.csv': csv([...rows.slice(0, 25), planted, [greek[0]!, 'ham']]) },
    });
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr' });
    const found = report.findings.filter((f) => f.rule === 'unicode');
    expect(found.map((f) => [f.path, f.line])).toEqual([
      ['data/train.csv', 27],
      ['data/train.csv', 28],
    ]);
    const column = [...planted[0]!].indexOf('\u202E') + 1;
    expect(found[0]!.message).toContain(`U+202E (bidi-control) at 1:${column}`);
    expect(found[0]!.evidence!['hits']).toEqual([expect.objectContaining({ kind: 'bidi-control', codePoints: ['U+202E'], line: 1, column })]);
    expect(found[0]!.message).toMatch(/in the text of the row at data\/train\.csv:27/);
    expect(found[1]!.message).toMatch(/script-not-allowed: Greek letters; allowed scripts: Latin/);
    expect(found[1]!.evidence).toMatchObject({ allowed_scripts: ['Latin'], allowed_scripts_from: 'reference' });

    const allowed = buildRepo({
      baseFiles: { '.github/poisongate.yml': policy('    allow_scripts: [Latin, Greek]\n'), 'data/train.csv': csv(rows.slice(0, 20)) },
      prFiles: { 'data/train.csv': csv([...rows.slice(0, 25), [greek[0]!, 'ham']]) },
    });
    const second = await scan({ root: allowed.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr' });
    expect(second.report.findings).toEqual([]);
    expect(second.report.verdict).toBe('pass');
  });

  it('a text dataset whose policy enables no content detector gets a notice saying so, and passes', async () => {
    const planted = [`${rows[20]![0]} \u202Eevil`, rows[20]![1]!];
    const bare = policy().replace('detectors:\n  unicode: {}\n', '');
    const repo = buildRepo({
      baseFiles: { '.github/poisongate.yml': bare, 'data/train.csv': csv(rows.slice(0, 20)) },
      prFiles: { 'data/train.csv': csv([...rows.slice(0, 20), planted]) },
    });
    const { report } = await scan({ root: repo.root, policyPath: '.github/poisongate.yml', base: 'main', head: 'pr' });
    expect(report.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([['no-content-detectors', 'notice', 'data']]);
    expect(report.findings[0]!.message).toMatch(/no content detector ran on dataset mail \(text\): its 1 changed sample/);
    expect(report.verdict).toBe('pass');
  });
});
