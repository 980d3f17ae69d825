import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bertNormalize, bertPreTokenize, parseTokenizerJson, parseVocabTxt, TokenizerError, WordPieceTokenizer } from '../src/embed/wordpiece.js';
import { FIXTURES } from './support/repo.js';

// fixtures/text-encoder: a WordPiece vocabulary learned from the benchmark's e-mail rows, the same
// tokenizer saved by Hugging Face `tokenizers`, and that reference implementation's ids for tricky
// inputs (scripts/fixtures/make-text-encoder.mjs).
const DIR = join(FIXTURES, 'text-encoder');
const VOCAB = readFileSync(join(DIR, 'vocab.txt'));
const TOKENIZER_JSON = readFileSync(join(DIR, 'tokenizer.json'));
interface Encoding {
  ids: number[];
  tokens: string[];
}
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected-tokens.json'), 'utf8')) as {
  cases: Array<{ text: string; uncased: Encoding; cased: Encoding; cased_strip_accents: Encoding; tokenizer_json: Encoding }>;
};
const NO_LIMIT = 1_000_000;

const uncased = new WordPieceTokenizer(parseVocabTxt(VOCAB, 'vocab.txt', { lowercase: true, stripAccents: true }));
const cased = new WordPieceTokenizer(parseVocabTxt(VOCAB, 'vocab.txt', { lowercase: false, stripAccents: false }));
const casedStripped = new WordPieceTokenizer(parseVocabTxt(VOCAB, 'vocab.txt', { lowercase: false, stripAccents: true }));
const fromJson = new WordPieceTokenizer(parseTokenizerJson(TOKENIZER_JSON, 'tokenizer.json'));
const ids = (t: WordPieceTokenizer, text: string, max = NO_LIMIT) => Array.from(t.encode(text, max));
const label = (text: string) => JSON.stringify(text).slice(0, 60);

describe('WordPiece tokenisation matches the reference implementation (Hugging Face tokenizers)', () => {
  it('holds the tricky inputs the fixture was built with', () => {
    expect(EXPECTED.cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(EXPECTED.cases.map((c) => [label(c.text), c] as const))('vocab.txt, lower-cased with accents stripped: %s', (_, c) => {
    expect(ids(uncased, c.text)).toEqual(c.uncased.ids);
  });

  it.each(EXPECTED.cases.map((c) => [label(c.text), c] as const))('vocab.txt, cased: %s', (_, c) => {
    expect(ids(cased, c.text)).toEqual(c.cased.ids);
    expect(ids(casedStripped, c.text)).toEqual(c.cased_strip_accents.ids);
  });

  it.each(EXPECTED.cases.map((c) => [label(c.text), c] as const))('tokenizer.json with its truncation at 64: %s', (_, c) => {
    expect(fromJson.config.maxLength).toBe(64);
    expect(ids(fromJson, c.text, 64)).toEqual(c.tokenizer_json.ids);
  });
});

describe('WordPiece by hand', () => {
  // A vocabulary small enough to compute every expectation by hand.
  const vocab = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'un', '##aff', '##able', 'runn', '##ing', ',', 'a', '##b', 'hello', 'cafe', 'café'];
  const tok = (opts = { lowercase: true, stripAccents: true }) => new WordPieceTokenizer(parseVocabTxt(Buffer.from(vocab.join('\n')), 'vocab.txt', opts));
  const id = (t: string) => vocab.indexOf(t);

  it('splits a word into its longest pieces, and an uncoverable word into one [UNK]', () => {
    expect(tok().tokenize('unaffable running')).toEqual([id('un'), id('##aff'), id('##able'), id('runn'), id('##ing')]);
    // 'unaffablex': '##x' is not in the vocabulary, so the whole word is unknown, not 'un ##aff ##able [UNK]'.
    expect(tok().tokenize('unaffablex, ab')).toEqual([id('[UNK]'), id(','), id('a'), id('##b')]);
  });

  it('lower-cases and strips accents only when asked', () => {
    expect(tok().tokenize('CAFÉ Café')).toEqual([id('cafe'), id('cafe')]);
    expect(tok({ lowercase: true, stripAccents: false }).tokenize('CAFÉ')).toEqual([id('café')]);
    expect(tok({ lowercase: false, stripAccents: false }).tokenize('CAFÉ café')).toEqual([id('[UNK]'), id('café')]);
  });

  it('adds [CLS] and [SEP] and truncates the middle to max_length', () => {
    expect(Array.from(tok().encode('hello hello hello', 4))).toEqual([id('[CLS]'), id('hello'), id('hello'), id('[SEP]')]);
    expect(Array.from(tok().encode('', 8))).toEqual([id('[CLS]'), id('[SEP]')]);
  });

  it('keeps special tokens written in the text, case-sensitively', () => {
    // 'b' alone is unknown (only '##b' is listed); '[sep]' is three unknown words: '[', 'sep', ']'.
    expect(tok().tokenize('a[SEP]b [sep]')).toEqual([id('a'), id('[SEP]'), id('[UNK]'), id('[UNK]'), id('[UNK]'), id('[UNK]')]);
  });

  it('normalises as BertNormalizer does', () => {
    const n = { cleanText: true, handleChineseChars: true, stripAccents: true, lowercase: true };
    expect(bertNormalize('A\u200Bb\tc\u0000\uFFFD中d', n)).toBe('ab c 中 d');
    expect(bertNormalize('ΟΔΟΣ', n)).toBe('οδοσ');
    expect(bertPreTokenize(" don't  e-mail$5 ")).toEqual(['don', "'", 't', 'e', '-', 'mail', '$', '5']);
  });
});

describe('tokenizer files that cannot be used fail closed, naming the file', () => {
  const json = JSON.parse(TOKENIZER_JSON.toString('utf8')) as Record<string, unknown>;
  const variant = (patch: Record<string, unknown>) => Buffer.from(JSON.stringify({ ...json, ...patch }));
  const model = json['model'] as Record<string, unknown>;

  it('refuses tokenizers of another type', () => {
    expect(() => parseTokenizerJson(variant({ model: { ...model, type: 'BPE' } }), 'models/tokenizer.json')).toThrow(
      /tokenizer models\/tokenizer\.json is of unsupported type 'BPE'; poisongate reads WordPiece tokenizers/,
    );
    expect(() => parseTokenizerJson(variant({ normalizer: { type: 'Lowercase' } }), 'models/tokenizer.json')).toThrow(/normalizer 'Lowercase' is not supported/);
    expect(() => parseTokenizerJson(variant({ pre_tokenizer: { type: 'Whitespace' } }), 'models/tokenizer.json')).toThrow(/pre-tokenizer 'Whitespace' is not supported/);
    expect(() => parseTokenizerJson(variant({ post_processor: null }), 'models/tokenizer.json')).toThrow(/post-processor none is not supported/);
  });

  it('refuses malformed files', () => {
    expect(() => parseTokenizerJson(Buffer.from('{"model": '), 'models/tokenizer.json')).toThrow(TokenizerError);
    expect(() => parseTokenizerJson(Buffer.from('{"model": '), 'models/tokenizer.json')).toThrow(/tokenizer models\/tokenizer\.json is not valid UTF-8 JSON/);
    expect(() => parseTokenizerJson(variant({ model: { ...model, unk_token: '<unk>' } }), 'models/tokenizer.json')).toThrow(/unknown token '<unk>' is not in the vocabulary/);
    expect(() => parseVocabTxt(Buffer.from('[PAD]\n[CLS]\n[SEP]\nhello\n'), 'models/vocab.txt', { lowercase: true, stripAccents: true })).toThrow(
      /tokenizer models\/vocab\.txt has no \[UNK\] token/,
    );
    expect(() => parseVocabTxt(Buffer.from([0x5b, 0xff, 0x0a]), 'models/vocab.txt', { lowercase: true, stripAccents: true })).toThrow(/is not valid UTF-8/);
    expect(() => parseVocabTxt(TOKENIZER_JSON, 'models/vocab.txt', { lowercase: true, stripAccents: true })).toThrow(/holds JSON/);
  });

  it('reads the BertProcessing post-processor of older files the same way', () => {
    const bert = parseTokenizerJson(variant({ post_processor: { type: 'BertProcessing', sep: ['[SEP]', 3], cls: ['[CLS]', 2] } }), 'tokenizer.json');
    expect([bert.clsId, bert.sepId]).toEqual([fromJson.config.clsId, fromJson.config.sepId]);
  });
});
