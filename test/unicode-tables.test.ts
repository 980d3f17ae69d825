import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { decompositionClass, generalCategory, intentionalPartners, isComplexContext, isDefaultIgnorable, isIndependentVowel, isVirama, joiningType, scriptExtensions, scriptProperty, UNICODE_VERSION } from '../src/text/ucd.js';
import { RTL_SCRIPTS, SCRIPT_NAMES } from '../src/text/scripts.js';
import { ROOT } from './support/repo.js';

describe('generated Unicode tables (src/text/ucd-data.ts)', () => {
  it('match what scripts/gen-unicode-tables.mjs makes from the pinned Unicode data', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-unicode-tables.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('answer the Unicode 17.0.0 properties the checks use', () => {
    expect(UNICODE_VERSION).toBe('17.0.0');
    expect([0x41, 0x0e33, 0x3130, 0x200b, 0xe000, 0x0301, 0x2800].map(generalCategory)).toEqual(['Lu', 'Lo', 'Cn', 'Cf', 'Co', 'Mn', 'So']);
    expect([0x0e01, 0x0587, 0x06f1, 0x3130, 0x1e900].map(scriptProperty)).toEqual(['Thai', 'Armenian', 'Arabic', 'Unknown', 'Adlam']);
    expect(scriptExtensions(0x0964)).toEqual(expect.arrayContaining(['Devanagari', 'Bengali']));
    expect(scriptExtensions(0x0e01)).toEqual(['Thai']);
    expect([0x0628, 0x0627, 0x0645, 0x064e, 0x0041].map(joiningType)).toEqual(['D', 'R', 'D', 'T', '']);
    expect([0x094d, 0x0d4d, 0x17d2, 0x0915].map(isVirama)).toEqual([true, true, true, false]);
    expect([0x0e01, 0x0e81, 0x1780, 0x1000, 0x0915].map(isComplexContext)).toEqual([true, true, true, true, false]);
    expect([0x0987, 0x0905, 0x0915].map(isIndependentVowel)).toEqual([true, true, false]);
    expect([0x200b, 0x3164, 0x00ad, 0x2800].map(isDefaultIgnorable)).toEqual([true, true, true, false]);
    expect(SCRIPT_NAMES).toEqual(expect.arrayContaining(['Latin', 'Common', 'Inherited', 'Tolong_Siki']));
    expect([...RTL_SCRIPTS]).toEqual(expect.arrayContaining(['Arabic', 'Hebrew', 'Syriac', 'Thaana', 'Nko', 'Adlam']));
    expect(RTL_SCRIPTS.has('Latin')).toBe(false);
  });

  it('classify decompositions: variants, super/subscripts, composites within and across blocks', () => {
    // Variants: math bold d, full-width a, Kelvin sign, Roman numeral one.
    expect([0x1d41d, 0xff41, 0x212a, 0x2160].map(decompositionClass)).toEqual(['v', 'v', 'v', 'v']);
    // Superscripts: IPA modifier letter small j, superscript n.
    expect([0x02b2, 0x207f].map(decompositionClass)).toEqual(['s', 's']);
    // The spelling of a script: Thai SARA AM, Lao AM and HO NO, Armenian ech-yiwn, Devanagari QA.
    expect([0x0e33, 0x0eb3, 0x0edc, 0x0587, 0x0958].map(decompositionClass)).toEqual(['c', 'c', 'c', 'c', 'c']);
    // Presentation forms: the fi ligature, the Armenian men-now ligature, a Hebrew presentation form.
    expect([0xfb01, 0xfb13, 0xfb2a].map(decompositionClass)).toEqual(['x', 'x', 'x']);
    expect(decompositionClass(0x61)).toBe('');
  });

  it('read intentional.txt both ways', () => {
    expect(intentionalPartners(0x03a7)).toEqual([0x58]);
    expect(intentionalPartners(0x58)).toEqual([0x03a7]);
    expect(intentionalPartners(0x01c3)).toEqual([0x21]);
    expect(intentionalPartners(0x03b1)).toEqual([0x237a]);
    expect(intentionalPartners(0x03b2)).toEqual([]);
  });
});
