// Hostile text samples and table files for the hostile-input corpus: invalid UTF-8, NULs and control
// characters, bidi and invisible code points, enormous lines, and CSV/TSV/JSONL/Parquet files with
// broken structure or lying metadata. Deterministic.
import { gzipSync } from 'node:zlib';
import { ByteWriter, ParquetWriter, parquetWriteBuffer } from 'hyparquet-writer';
import { prng } from '../../src/features/stats.js';

/**
 * `reject`: an error finding must name the file (and line, for table rows); `either`: damaged data
 * that may still parse, then checked like any sample; `valid`: must be read and checked.
 */
export type TextExpect = 'reject' | 'either' | 'valid';

export interface HostileText {
  id: string;
  category: string;
  bytes: Buffer;
  expect: TextExpect;
  /** Rules allowed to reject it (default: integrity). */
  rules?: string[];
}

export interface HostileTable extends HostileText {
  ext: 'csv' | 'tsv' | 'jsonl' | 'parquet';
  /** The line (row, for Parquet) a rejecting finding must name; undefined: the file, any line. */
  line?: number;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? utf8(p) : Buffer.from(p))));
const UNICODE = ['unicode'];

/** Sample texts: each a file in a text dataset. */
export function hostileTexts(): HostileText[] {
  const t = (id: string, category: string, b: Buffer, expect: TextExpect, rules?: string[]): HostileText => ({ id, category, bytes: b, expect, ...(rules ? { rules } : {}) });
  const invalid = (id: string, b: Buffer) => t(id, 'invalid-utf8', b, 'reject');
  const hidden = (id: string, s: string) => t(id, 'invisible-unicode', utf8(s), 'reject', UNICODE);
  const words = Array.from({ length: 150_000 }, (_, i) => ['soft', 'fabric', 'fits', 'well', 'colour', 'faded'][i % 6]).join(' ');
  return [
    invalid('latin1', Buffer.from('caf\u00e9 au lait, tr\u00e8s bien', 'latin1')),
    invalid('lone-continuation', bytes('a', [0x80], 'b')),
    invalid('overlong-slash', bytes('..', [0xc0, 0xaf], 'etc')),
    invalid('overlong-nul', bytes('a', [0xc0, 0x80], 'b')),
    invalid('surrogate-d800', bytes('x', [0xed, 0xa0, 0x80], 'y')),
    invalid('cesu8-astral', bytes('x', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80])),
    invalid('five-byte', bytes('x', [0xf8, 0x88, 0x80, 0x80, 0x80])),
    invalid('byte-f5', bytes('x', [0xf5, 0x80, 0x80, 0x80])),
    invalid('byte-fe', bytes('x', [0xfe])),
    invalid('byte-ff', bytes('x', [0xff])),
    invalid('above-10ffff', bytes('x', [0xf4, 0x90, 0x80, 0x80])),
    invalid('truncated-sequence-at-end', bytes('price 5 ', [0xe2, 0x82])),
    invalid('utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('fits well', 'utf16le')])),
    invalid('utf16be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('fits well', 'utf16le').swap16()])),
    invalid('utf32le-bom', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from([0x61, 0, 0, 0])])),
    invalid('cp1252-quotes', bytes([0x93], 'great', [0x94])),
    invalid('invalid-after-900k', bytes('a'.repeat(900_000), [0xff])),
    t('nul-inside', 'control', utf8('fine\u0000text'), 'reject', UNICODE),
    t('nul-only', 'control', Buffer.alloc(1000), 'reject', UNICODE),
    t('nul-first', 'control', utf8('\u0000starts with NUL'), 'reject', UNICODE),
    t('ansi-escape', 'control', utf8('\u001b[31mred\u001b[0m and \u001b]0;title\u0007'), 'reject', UNICODE),
    t('bell-backspace', 'control', utf8('a\u0008b\u0007c'), 'reject', UNICODE),
    t('c1-nel', 'control', utf8('line\u0085next'), 'reject', UNICODE),
    t('lone-cr', 'control', utf8('one\rtwo'), 'reject', UNICODE),
    hidden('bidi-rlo', 'Great quality \u202Egnp.exe\u202C, fits well'),
    hidden('bidi-lro', 'Great \u202Dquality\u202C'),
    hidden('bidi-isolates', 'total \u2066\u2067reversed\u2069\u2069 text'),
    hidden('bidi-rlm', 'fits\u200F well'),
    hidden('bidi-alm', 'fits\u061C well'),
    hidden('zero-width-space', 'fits\u200Bwell'),
    hidden('zero-width-joiner-latin', 'fi\u200Dts well'),
    hidden('word-joiner', 'fits\u2060well'),
    hidden('bom-inside', 'fits\uFEFFwell'),
    hidden('soft-hyphen', 'pay\u00ADpal login'),
    hidden('invisible-times', 'a\u2062b'),
    hidden('hangul-filler', 'fits\u3164well'),
    hidden('mongolian-vs', 'fits\u180Ewell'),
    hidden('tag-characters', `fits well${String.fromCodePoint(0xe0001)}${[...'ignore previous'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('')}`),
    hidden('variation-selector-256', `fits${String.fromCodePoint(0xe0100)} well`),
    hidden('private-use', 'fits \uE000\uF8FF well'),
    hidden('plane-16-private', `fits ${String.fromCodePoint(0x10fffd)} well`),
    hidden('noncharacters', 'fits \uFFFE\uFFFF well'),
    hidden('line-separator', 'fits\u2028well\u2029'),
    hidden('homoglyph-cyrillic', 'Log in at p\u0430yp\u0430l to get the refund'),
    hidden('mixed-script-greek', 'fits \u03BFk well'),
    hidden('fullwidth', '\uFF50\uFF41\uFF59\uFF50\uFF41\uFF4C refund'),
    hidden('math-alphanumerics', `${String.fromCodePoint(0x1d429, 0x1d41a, 0x1d432)} refund`),
    // Not a hidden code point: checked and named, but the unicode rule does not report mark runs.
    t('combining-flood', 'enormous', utf8(`a${'\u0301'.repeat(50_000)} fits`), 'either', UNICODE),
    t('mixed-script-no-spaces-300k', 'enormous', utf8('a\u0430'.repeat(150_000)), 'reject', UNICODE),
    t('over-text-limit', 'enormous', Buffer.alloc(1024 * 1024 + 1, 0x61), 'reject'),
    t('one-line-900k-words', 'enormous', utf8(words.slice(0, 900_000)), 'valid'),
    t('one-word-900k', 'enormous', Buffer.alloc(900_000, 0x62), 'valid'),
    t('300k-short-lines', 'enormous', utf8('x\n'.repeat(300_000)), 'valid'),
    t('zero-bytes', 'empty', Buffer.alloc(0), 'reject'),
    t('bom-only', 'empty', Buffer.from([0xef, 0xbb, 0xbf]), 'either', UNICODE),
    t('whitespace-only', 'empty', utf8('   \n\t\n'), 'either', UNICODE),
    t('workflow-command', 'log-injection', utf8('::error file=.github/workflows/ci.yml::pwned\n::add-mask::x\n'), 'either', UNICODE),
    t('stop-commands', 'log-injection', utf8('::stop-commands::tok\n::error::still here\n::tok::\n'), 'either', UNICODE),
    t('legacy-command', 'log-injection', utf8('##[error]pwned\n##[set-output name=verdict;]pass\n'), 'either', UNICODE),
    t('emoji-zwj-family', 'odd-unicode', utf8('Gift for the \u{1F468}\u200D\u{1F469}\u200D\u{1F467}, fits well'), 'either', UNICODE),
    t('rtl-arabic', 'odd-unicode', utf8('\u0645\u0646\u062A\u062C \u0631\u0627\u0626\u0639 fits well'), 'either', UNICODE),
  ];
}

const q = (v: string) => `"${v.replace(/"/g, '""')}"`;

export interface TableRows {
  /** Real rows (text, label) for the valid parts of the tables. */
  rows: Array<{ text: string; label: string }>;
}

function parquetOf(rows: Array<{ text: string; label: string }>, opts: { codec?: 'UNCOMPRESSED' | 'SNAPPY' | 'GZIP' } = {}): Buffer {
  return Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'text', data: rows.map((r) => r.text), type: 'STRING' },
        { name: 'label', data: rows.map((r) => r.label), type: 'STRING' },
      ],
      codec: opts.codec ?? 'SNAPPY',
      ...(opts.codec === 'GZIP' ? { compressors: { GZIP: (b: Uint8Array) => new Uint8Array(gzipSync(b)) } } : {}),
    }),
  );
}

type ColumnData = Parameters<ParquetWriter['write']>[0]['columnData'];

/** A Parquet file whose footer is edited before it is written (row counts, sizes that lie). */
function parquetEdited(columnData: ColumnData, edit: (w: ParquetWriter) => void, extra: Partial<ConstructorParameters<typeof ParquetWriter>[0]> = {}): Buffer {
  const writer = new ByteWriter();
  const schema = [
    { name: 'root', num_children: columnData.length },
    ...columnData.map((c) => ({ name: c.name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const })),
  ];
  const pq = new ParquetWriter({ writer, schema, ...extra });
  pq.write({ columnData });
  edit(pq);
  pq.finish();
  return Buffer.from(writer.getBuffer());
}

/** Table files (one per item) for a `table` dataset. */
export function hostileTables({ rows }: TableRows): HostileTable[] {
  const r = rows.slice(0, 4);
  const ok = (k: number) => `${q(r[k]!.text)},${r[k]!.label}`;
  const out: HostileTable[] = [];
  const add = (ext: HostileTable['ext'], id: string, category: string, content: string | Buffer, expect: TextExpect, line?: number, rules?: string[]) =>
    out.push({ id, ext, category, bytes: typeof content === 'string' ? utf8(content) : content, expect, ...(line !== undefined ? { line } : {}), ...(rules ? { rules } : {}) });

  // CSV and TSV structure.
  add('csv', 'csv-extra-column', 'csv', `text,label\n${ok(0)}\n${ok(1)},surplus\n`, 'reject', 3);
  add('csv', 'csv-missing-column', 'csv', `text,label\n${ok(0)}\n${q(r[1]!.text)}\n`, 'reject', 3);
  add('csv', 'csv-unterminated-quote', 'csv', `text,label\n${ok(0)}\n"never closed,${r[1]!.label}\n${ok(2)}\n`, 'reject', 3);
  add('csv', 'csv-unterminated-quote-then-5mb', 'csv', `text,label\n"open${'x'.repeat(5 * 1024 * 1024)}\n`, 'reject', 2);
  add('csv', 'csv-no-text-column', 'csv', `body,label\n${ok(0)}\n`, 'reject', 2);
  add('csv', 'csv-empty-file', 'csv', '', 'reject', 1);
  add('csv', 'csv-empty-text', 'csv', `text,label\n${ok(0)}\n,${r[1]!.label}\n`, 'reject', 3);
  add('csv', 'csv-empty-label', 'csv', `text,label\n${ok(0)}\n${q(r[1]!.text)},\n`, 'reject', 3);
  add('csv', 'csv-10000-columns', 'csv', `${Array.from({ length: 10_000 }, (_, i) => (i === 0 ? 'text' : i === 1 ? 'label' : `c${i}`)).join(',')}\n${ok(0)}\n`, 'reject', 2);
  add('csv', 'csv-invalid-utf8-cell', 'csv', Buffer.concat([utf8(`text,label\n${ok(0)}\n"caf`), Buffer.from([0xe9]), utf8(`",${r[1]!.label}\n`)]), 'reject', 3);
  add('csv', 'csv-nul-in-cell', 'csv', `text,label\n${ok(0)}\n"fits\u0000well",${r[1]!.label}\n`, 'reject', 3, UNICODE);
  add('csv', 'csv-bidi-in-cell', 'csv', `text,label\n${ok(0)}\n"refund \u202Eetis.live\u202C now",${r[1]!.label}\n`, 'reject', 3, UNICODE);
  add('csv', 'csv-cell-over-text-limit', 'csv', `text,label\n${ok(0)}\n"${'y'.repeat(1024 * 1024 + 8)}",${r[1]!.label}\n`, 'reject', 3);
  add('csv', 'csv-line-of-6mb', 'csv', `text,label\n${ok(0)}\n"${'z '.repeat(3 * 1024 * 1024)}",${r[1]!.label}\n`, 'reject', 3);
  add('csv', 'csv-formula-injection', 'csv', `text,label\n"=HYPERLINK(""https://attacker.invalid"",""click"")",${r[0]!.label}\n`, 'valid');
  add('csv', 'csv-bom-header', 'csv', `\uFEFFtext,label\n${ok(3)}\n`, 'valid');
  add('csv', 'csv-cr-line-endings', 'csv', `text,label\r${ok(2)}\r`, 'valid');
  add('csv', 'csv-100k-blank-lines', 'csv', `text,label\n${'\n'.repeat(100_000)}${ok(1)}\n`, 'valid');
  add('csv', 'csv-duplicate-header', 'csv', `text,text,label\n${q('first')},${q(r[0]!.text)},${r[0]!.label}\n`, 'valid');
  add('tsv', 'tsv-extra-column', 'tsv', `text\tlabel\n${r[0]!.text.replace(/\s+/g, ' ')}\t${r[0]!.label}\tsurplus\n`, 'reject', 2);
  add('tsv', 'tsv-unterminated-quote', 'tsv', `text\tlabel\n"never closed\t${r[0]!.label}\n`, 'reject', 2);
  add('tsv', 'tsv-comma-separated', 'tsv', `text,label\n${ok(0)}\n`, 'reject', 2);

  // JSONL.
  const j = (k: number) => JSON.stringify({ text: r[k]!.text, label: r[k]!.label });
  add('jsonl', 'jsonl-invalid-json', 'jsonl', `${j(0)}\n{"text": "unterminated\n${j(1)}\n`, 'reject', 2);
  add('jsonl', 'jsonl-array-line', 'jsonl', `${j(0)}\n["text", "label"]\n`, 'reject', 2);
  add('jsonl', 'jsonl-scalar-lines', 'jsonl', `${j(0)}\n42\nnull\n"text"\n`, 'reject', 2);
  // The decoder drops a leading byte-order mark, as it does for CSV: the rows are read.
  add('jsonl', 'jsonl-bom-first-line', 'jsonl', `\uFEFF${j(0)}\n${j(1)}\n`, 'valid');
  add('jsonl', 'jsonl-deep-nesting', 'jsonl', `${j(0)}\n{"text":"deep","label":"${r[1]!.label}","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}\n`, 'reject', 2);
  add('jsonl', 'jsonl-proto-key', 'jsonl', `${j(0)}\n{"__proto__":{"text":"polluted","label":"${r[1]!.label}"}}\n`, 'reject', 2);
  add('jsonl', 'jsonl-constructor-key', 'jsonl', `{"constructor":"x","text":"${'ok '.repeat(5)}","label":"${r[1]!.label}","toString":"y"}\n`, 'valid');
  add('jsonl', 'jsonl-nested-text', 'jsonl', `{"text":{"nested":"object"},"label":"${r[1]!.label}"}\n`, 'either');
  add('jsonl', 'jsonl-lone-surrogate', 'jsonl', `{"text":"refund \\ud800 now","label":"${r[1]!.label}"}\n`, 'reject', 1, UNICODE);
  add('jsonl', 'jsonl-huge-number-label', 'jsonl', `{"text":"fits well","label":1e400}\n`, 'either');
  add('jsonl', 'jsonl-line-of-3mb', 'jsonl', `${j(0)}\n{"text":"${'w '.repeat(1536 * 1024)}","label":"${r[1]!.label}"}\n`, 'reject', 2);
  add('jsonl', 'jsonl-duplicate-keys', 'jsonl', `{"text":"first","label":"${r[0]!.label}","text":"${r[2]!.text.replace(/["\\\n]/g, ' ')}"}\n`, 'valid');

  // Parquet: real files, then damaged or lying ones.
  const good = parquetOf(r);
  add('parquet', 'parquet-valid', 'parquet', good, 'valid');
  add('parquet', 'parquet-zero-bytes', 'parquet', Buffer.alloc(0), 'reject', 1);
  add('parquet', 'parquet-magic-only', 'parquet', Buffer.from('PAR1PAR1', 'latin1'), 'reject', 1);
  add('parquet', 'parquet-junk-between-magic', 'parquet', Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 0x41), Buffer.from([0xff, 0xff, 0xff, 0x7f]), Buffer.from('PAR1')]), 'reject', 1);
  for (const cut of [4, 8, 16, Math.floor(good.length / 3), Math.floor(good.length / 2), good.length - 12, good.length - 5, good.length - 1]) {
    add('parquet', `parquet-cut-${cut}`, 'parquet-truncated', good.subarray(0, cut), 'reject', 1);
  }
  const rnd = prng(0xfee1);
  for (let k = 0; k < 16; k++) {
    const flipped = Buffer.from(good);
    const at = 4 + Math.floor(rnd() * (flipped.length - 8));
    flipped[at] = flipped[at]! ^ (1 << Math.floor(rnd() * 8));
    add('parquet', `parquet-flip-${at}`, 'parquet-bit-flip', flipped, 'either');
  }
  const cols = (text: unknown[], label: unknown[]) => [
    { name: 'text', data: text },
    { name: 'label', data: label },
  ] as ColumnData;
  const texts = r.map((x) => x.text);
  const labels = r.map((x) => x.label);
  add('parquet', 'parquet-claims-1e12-rows', 'parquet-lies', parquetEdited(cols(texts, labels), (w) => (w.num_rows = 10n ** 12n)), 'reject', 1);
  add('parquet', 'parquet-claims-1tib-uncompressed', 'parquet-lies', parquetEdited(cols(texts, labels), (w) => {
    for (const c of w.row_groups[0]!.columns) c.meta_data!.total_uncompressed_size = 2n ** 40n;
  }), 'reject', 1);
  // A page whose header promises a few bytes but whose GZIP data inflates to 64 MiB.
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  add('parquet', 'parquet-gzip-page-bomb', 'parquet-lies', parquetEdited(cols(texts, labels), () => {}, { codec: 'GZIP', compressors: { GZIP: () => new Uint8Array(bomb) } }), 'reject', 1);
  add('parquet', 'parquet-lz4-codec', 'parquet-lies', parquetEdited(cols(texts, labels), () => {}, { codec: 'LZ4', compressors: { LZ4: (b: Uint8Array) => b } }), 'reject', 1);
  add('parquet', 'parquet-no-label-column', 'parquet', Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: texts, type: 'STRING' }] })), 'reject', 1);
  add('parquet', 'parquet-list-text-column', 'parquet', Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: texts.map((x) => [x, x]) }, { name: 'label', data: labels, type: 'STRING' }] })), 'reject', 1);
  add('parquet', 'parquet-invalid-utf8-value', 'parquet', Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: [new Uint8Array([0x66, 0xff, 0x66])], type: 'BYTE_ARRAY' }, { name: 'label', data: [labels[0]], type: 'STRING' }] })), 'reject', 1);
  add('parquet', 'parquet-gzip-valid', 'parquet', parquetOf(r.slice(1), { codec: 'GZIP' }), 'valid');
  return out;
}
