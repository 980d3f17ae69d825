import { errorMessage } from '../util/errors.js';
import { ModelError } from './model.js';

/**
 * WordPiece tokenisation as BERT-family text encoders expect it, following Hugging Face's
 * `tokenizers` (the fast tokenizer transformers uses by default): BertNormalizer, BertPreTokenizer,
 * greedy longest-match WordPiece, [CLS] … [SEP]. Read from a `vocab.txt` or a `tokenizer.json`;
 * anything else a tokenizer file asks for is refused with an error naming the file, since a
 * tokenisation that differs from the model's training would place every sample elsewhere.
 */

/** BertNormalizer's steps, in the order they run. */
export interface BertNormalization {
  /** Drop NUL, U+FFFD and control, format and private-use code points; white space → a space. */
  cleanText: boolean;
  /** Surround CJK ideographs with spaces, so each becomes a word. */
  handleChineseChars: boolean;
  /** NFD, then nonspacing marks removed. */
  stripAccents: boolean;
  /** Code point by code point (Σ → σ everywhere, as the reference does, no final-sigma rule). */
  lowercase: boolean;
}

/** A token matched verbatim in the raw text before normalisation ([CLS], [SEP], [MASK], …). */
export interface AddedToken {
  content: string;
  id: number;
  /** Swallow white space to the left / right of the match. */
  lstrip: boolean;
  rstrip: boolean;
}

export interface WordPieceConfig {
  /** Where the configuration came from, for errors. */
  file: string;
  vocab: Map<string, number>;
  unkId: number;
  /** Special tokens around a sequence; undefined when the tokenizer adds none. */
  clsId: number | undefined;
  sepId: number | undefined;
  padId: number;
  prefix: string;
  maxInputCharsPerWord: number;
  normalization: BertNormalization | undefined;
  added: AddedToken[];
  /** The tokenizer file's own truncation length, if it has one. */
  maxLength: number | undefined;
}

/** One sample's token ids with [CLS]/[SEP], truncated to the maximum length, not padded. */
export type TokenIds = Int32Array;

export class TokenizerError extends ModelError {
  constructor(message: string) {
    super(message);
    this.name = 'TokenizerError';
  }
}

/** Largest vocabulary accepted (BERT has 30 522 entries, multilingual models ~250 000). */
const MAX_VOCAB = 2_000_000;
/** Words whose pieces are remembered; cleared when full (texts repeat most of their words). */
const WORD_CACHE = 100_000;

// Control, format, private-use and surrogate code points (the reference keeps unassigned ones).
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u;
const WHITE_SPACE = /\p{White_Space}/u;
const NONSPACING_MARK = /\p{Mn}/gu;
const PUNCTUATION = /\p{P}/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function isChinese(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) ||
    (cp >= 0x2b740 && cp <= 0x2b81f) ||
    (cp >= 0x2b920 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

const isWhiteSpace = (ch: string) => ch === '\t' || ch === '\n' || ch === '\r' || WHITE_SPACE.test(ch);

/** BertNormalizer over one stretch of raw text. */
export function bertNormalize(text: string, n: BertNormalization): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (n.cleanText) {
      if (cp === 0 || cp === 0xfffd || (ch !== '\t' && ch !== '\n' && ch !== '\r' && CONTROL.test(ch))) continue;
      if (isWhiteSpace(ch)) {
        out += ' ';
        continue;
      }
    }
    out += n.handleChineseChars && isChinese(cp) ? ` ${ch} ` : ch;
  }
  if (n.stripAccents) out = out.normalize('NFD').replace(NONSPACING_MARK, '');
  if (n.lowercase) {
    let lower = '';
    for (const ch of out) lower += ch.toLowerCase();
    out = lower;
  }
  return out;
}

/** BertPreTokenizer: split on white space (dropped) and around every punctuation mark (kept alone). */
export function bertPreTokenize(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const ch of text) {
    if (isWhiteSpace(ch)) {
      if (word) words.push(word);
      word = '';
    } else if (ASCII_PUNCTUATION.test(ch) || PUNCTUATION.test(ch)) {
      if (word) words.push(word);
      words.push(ch);
      word = '';
    } else word += ch;
  }
  if (word) words.push(word);
  return words;
}

export class WordPieceTokenizer {
  private readonly words = new Map<string, number[]>();
  private readonly addedPattern: RegExp | undefined;
  private readonly addedIds: Map<string, number>;

  constructor(readonly config: WordPieceConfig) {
    this.addedIds = new Map(config.added.map((t) => [t.content, t.id]));
    // Longest first, so that "[CLS]x" never matches a shorter token sharing its start.
    const tokens = [...config.added].sort((a, b) => b.content.length - a.content.length || (a.content < b.content ? -1 : 1));
    this.addedPattern = tokens.length === 0 ? undefined : new RegExp(tokens.map((t) => escapeRegExp(t.content)).join('|'), 'gu');
  }

  /** WordPiece ids of one word: greedy longest match; a word that cannot be covered is one [UNK]. */
  private pieces(word: string): number[] {
    const known = this.words.get(word);
    if (known) return known;
    const c = this.config;
    const cps = Array.from(word);
    let ids: number[] = [];
    if (cps.length > c.maxInputCharsPerWord) ids = [c.unkId];
    else {
      let start = 0;
      while (start < cps.length) {
        let end = cps.length;
        let id: number | undefined;
        while (start < end) {
          const sub = (start > 0 ? c.prefix : '') + cps.slice(start, end).join('');
          id = c.vocab.get(sub);
          if (id !== undefined) break;
          end--;
        }
        if (id === undefined) {
          ids = [c.unkId];
          break;
        }
        ids.push(id);
        start = end;
      }
    }
    if (this.words.size >= WORD_CACHE) this.words.clear();
    this.words.set(word, ids);
    return ids;
  }

  /** Ids of a stretch of text that holds no added token. */
  private plain(text: string, out: number[]): void {
    const norm = this.config.normalization ? bertNormalize(text, this.config.normalization) : text;
    for (const w of bertPreTokenize(norm)) out.push(...this.pieces(w));
  }

  /** Token ids of `text` without [CLS]/[SEP]: added tokens matched verbatim first, then the rest. */
  tokenize(text: string): number[] {
    const out: number[] = [];
    const re = this.addedPattern;
    if (!re) {
      this.plain(text, out);
      return out;
    }
    const spans: Array<{ start: number; end: number; id: number }> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length, id: this.addedIds.get(m[0])! });
    let pos = 0;
    const strips = new Map(this.config.added.map((t) => [t.content, t]));
    for (const s of spans) {
      const token = strips.get(text.slice(s.start, s.end))!;
      let before = text.slice(pos, s.start);
      if (token.lstrip) before = before.replace(/\p{White_Space}+$/u, '');
      this.plain(before, out);
      out.push(s.id);
      pos = s.end;
      if (token.rstrip) pos += /^\p{White_Space}*/u.exec(text.slice(pos))![0].length;
    }
    this.plain(text.slice(pos), out);
    return out;
  }

  /** [CLS] + the first maxLength − 2 tokens + [SEP] (fewer specials when the tokenizer has none). */
  encode(text: string, maxLength: number): TokenIds {
    const c = this.config;
    const specials = (c.clsId === undefined ? 0 : 1) + (c.sepId === undefined ? 0 : 1);
    const body = this.tokenize(text).slice(0, Math.max(0, maxLength - specials));
    const ids = [...(c.clsId === undefined ? [] : [c.clsId]), ...body, ...(c.sepId === undefined ? [] : [c.sepId])];
    return Int32Array.from(ids);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

// ---------------------------------------------------------------- reading tokenizer files

export interface VocabOptions {
  lowercase: boolean;
  stripAccents: boolean;
}

const VOCAB_SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/**
 * A WordPiece `vocab.txt`: one token per line, the line number (from 0) is its id, trailing white
 * space trimmed (as the reference reads it); a repeated token keeps its last line. Needs [UNK],
 * [CLS], [SEP] and [PAD]; the BERT special tokens present are matched verbatim in texts.
 */
export function parseVocabTxt(bytes: Buffer, file: string, opts: VocabOptions): WordPieceConfig {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TokenizerError(`tokenizer ${file} is not valid UTF-8; a vocab.txt holds one token per line`);
  }
  if (text.trimStart().startsWith('{')) {
    throw new TokenizerError(`tokenizer ${file} holds JSON; name a Hugging Face tokenizer file with a .json extension, or give a vocab.txt`);
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length > MAX_VOCAB) throw new TokenizerError(`tokenizer ${file} has ${lines.length} lines, over the limit of ${MAX_VOCAB}`);
  const vocab = new Map<string, number>();
  lines.forEach((line, i) => vocab.set(line.replace(/\p{White_Space}+$/u, ''), i));
  const need = (token: string) => {
    const id = vocab.get(token);
    if (id === undefined) throw new TokenizerError(`tokenizer ${file} has no ${token} token; a BERT-style vocab.txt lists [PAD], [UNK], [CLS] and [SEP]`);
    return id;
  };
  return {
    file,
    vocab,
    unkId: need('[UNK]'),
    clsId: need('[CLS]'),
    sepId: need('[SEP]'),
    padId: need('[PAD]'),
    prefix: '##',
    maxInputCharsPerWord: 100,
    normalization: { cleanText: true, handleChineseChars: true, stripAccents: opts.stripAccents, lowercase: opts.lowercase },
    added: VOCAB_SPECIALS.filter((t) => vocab.has(t)).map((t) => ({ content: t, id: vocab.get(t)!, lstrip: false, rstrip: false })),
    maxLength: undefined,
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A Hugging Face `tokenizer.json` of WordPiece type with the BERT pipeline (BertNormalizer or
 * none, BertPreTokenizer, BertProcessing or a `[CLS] $A [SEP]` template). Other types and
 * components are refused, naming the file and the component.
 */
export function parseTokenizerJson(bytes: Buffer, file: string): WordPieceConfig {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw new TokenizerError(`tokenizer ${file} is not valid UTF-8 JSON: ${errorMessage(err)}`);
  }
  if (!isObject(doc) || !isObject(doc['model'])) throw new TokenizerError(`tokenizer ${file} has no 'model' object; is it a Hugging Face tokenizer.json?`);
  const model = doc['model'];
  const type = model['type'];
  if (type !== 'WordPiece') {
    throw new TokenizerError(`tokenizer ${file} is of unsupported type '${String(type)}'; poisongate reads WordPiece tokenizers (BERT, MiniLM, …)`);
  }
  const rawVocab = model['vocab'];
  if (!isObject(rawVocab)) throw new TokenizerError(`tokenizer ${file}: model.vocab is not a token → id object`);
  const entries = Object.entries(rawVocab);
  if (entries.length > MAX_VOCAB) throw new TokenizerError(`tokenizer ${file} has ${entries.length} tokens, over the limit of ${MAX_VOCAB}`);
  const vocab = new Map<string, number>();
  for (const [token, id] of entries) {
    if (!Number.isInteger(id) || (id as number) < 0) throw new TokenizerError(`tokenizer ${file}: token '${token}' has id ${String(id)}, not a non-negative integer`);
    vocab.set(token, id as number);
  }
  const unk = typeof model['unk_token'] === 'string' ? model['unk_token'] : '[UNK]';
  const unkId = vocab.get(unk);
  if (unkId === undefined) throw new TokenizerError(`tokenizer ${file}: its unknown token '${unk}' is not in the vocabulary`);

  const normalization = readNormalizer(doc['normalizer'], file);
  const pre = doc['pre_tokenizer'];
  if (!isObject(pre) || pre['type'] !== 'BertPreTokenizer') {
    const what = isObject(pre) ? `'${String(pre['type'])}'` : 'none';
    throw new TokenizerError(`tokenizer ${file}: pre-tokenizer ${what} is not supported; poisongate reads the BERT pipeline (BertPreTokenizer)`);
  }
  const { clsId, sepId } = readPostProcessor(doc['post_processor'], file);

  const added: AddedToken[] = [];
  for (const t of Array.isArray(doc['added_tokens']) ? doc['added_tokens'] : []) {
    if (!isObject(t) || typeof t['content'] !== 'string' || !Number.isInteger(t['id'])) throw new TokenizerError(`tokenizer ${file}: an added_tokens entry lacks content or id`);
    if (t['normalized'] === true || t['single_word'] === true) {
      throw new TokenizerError(`tokenizer ${file}: added token '${t['content']}' is matched after normalisation or as a single word, which poisongate does not support`);
    }
    added.push({ content: t['content'], id: t['id'] as number, lstrip: t['lstrip'] === true, rstrip: t['rstrip'] === true });
  }

  const truncation = doc['truncation'];
  let maxLength: number | undefined;
  if (isObject(truncation)) {
    if (truncation['direction'] !== undefined && truncation['direction'] !== 'Right') {
      throw new TokenizerError(`tokenizer ${file}: truncation direction '${String(truncation['direction'])}' is not supported (only Right)`);
    }
    if (Number.isInteger(truncation['max_length'])) maxLength = truncation['max_length'] as number;
  }
  const padding = doc['padding'];
  const padId = isObject(padding) && Number.isInteger(padding['pad_id']) ? (padding['pad_id'] as number) : vocab.get('[PAD]');
  if (padId === undefined) throw new TokenizerError(`tokenizer ${file} names no padding token: neither padding.pad_id nor a [PAD] token`);

  const prefix = typeof model['continuing_subword_prefix'] === 'string' ? model['continuing_subword_prefix'] : '##';
  const maxChars = Number.isInteger(model['max_input_chars_per_word']) ? (model['max_input_chars_per_word'] as number) : 100;
  return { file, vocab, unkId, clsId, sepId, padId, prefix, maxInputCharsPerWord: maxChars, normalization, added, maxLength };
}

function readNormalizer(n: unknown, file: string): BertNormalization | undefined {
  if (n === null || n === undefined) return undefined;
  if (!isObject(n) || n['type'] !== 'BertNormalizer') {
    const what = isObject(n) ? `'${String(n['type'])}'` : JSON.stringify(n);
    throw new TokenizerError(`tokenizer ${file}: normalizer ${what} is not supported; poisongate reads the BERT pipeline (BertNormalizer or none)`);
  }
  const lowercase = n['lowercase'] !== false;
  return {
    cleanText: n['clean_text'] !== false,
    handleChineseChars: n['handle_chinese_chars'] !== false,
    // null (the usual value) follows lowercase, as in the reference.
    stripAccents: typeof n['strip_accents'] === 'boolean' ? n['strip_accents'] : lowercase,
    lowercase,
  };
}

function readPostProcessor(p: unknown, file: string): { clsId: number | undefined; sepId: number | undefined } {
  if (isObject(p) && p['type'] === 'BertProcessing') {
    const cls = p['cls'];
    const sep = p['sep'];
    if (Array.isArray(cls) && Array.isArray(sep) && Number.isInteger(cls[1]) && Number.isInteger(sep[1])) return { clsId: cls[1] as number, sepId: sep[1] as number };
    throw new TokenizerError(`tokenizer ${file}: BertProcessing lacks its cls/sep [token, id] pairs`);
  }
  if (isObject(p) && p['type'] === 'TemplateProcessing') {
    // The single-sequence template must be [special] $A [special]: what BERT-family encoders are trained on.
    const single = Array.isArray(p['single']) ? p['single'] : [];
    const specials = isObject(p['special_tokens']) ? p['special_tokens'] : {};
    const idOf = (piece: unknown): number | undefined => {
      if (!isObject(piece) || !isObject(piece['SpecialToken'])) return undefined;
      const name = piece['SpecialToken']['id'];
      const entry = typeof name === 'string' ? specials[name] : undefined;
      const ids = isObject(entry) && Array.isArray(entry['ids']) ? entry['ids'] : [];
      return ids.length === 1 && Number.isInteger(ids[0]) ? (ids[0] as number) : undefined;
    };
    const middle = single[1];
    const isA = isObject(middle) && isObject(middle['Sequence']) && middle['Sequence']['id'] === 'A';
    const clsId = idOf(single[0]);
    const sepId = idOf(single[2]);
    if (single.length === 3 && isA && clsId !== undefined && sepId !== undefined) return { clsId, sepId };
    throw new TokenizerError(`tokenizer ${file}: its TemplateProcessing single template is not '[CLS] $A [SEP]' with one id per special token`);
  }
  const what = isObject(p) ? `'${String(p['type'])}'` : 'none';
  throw new TokenizerError(`tokenizer ${file}: post-processor ${what} is not supported; poisongate reads BertProcessing or a '[CLS] $A [SEP]' TemplateProcessing`);
}
