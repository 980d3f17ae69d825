import * as zlib from 'node:zlib';
import { parquetMetadata, parquetReadObjects, parquetSchema, snappyUncompress, type Compressors, type FileMetaData } from 'hyparquet';
import { firstInvalidUtf8 } from '../util/utf8.js';

/** One Parquet row with its 1-based row number and the requested columns as strings. */
export interface ParquetRecord {
  row: number;
  fields: Record<string, string>;
}

export interface ParquetProblem {
  /** 1-based row, or 1 for problems of the whole file. */
  row: number;
  message: string;
}

export interface ParquetLimits {
  maxRows: number;
  /** Cap on the decompressed bytes of the columns read (a decompression bomb is refused unread). */
  maxUncompressedBytes: number;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A byte string that is not UTF-8; kept as a value so the row it sits in can be named. */
class InvalidText {
  constructor(readonly offset: number) {}
}

/** zstd is in node:zlib from Node 22.15/23.8 on; older runtimes report the codec as unsupported. */
function zstd(): ((b: Uint8Array, o: zlib.ZlibOptions) => Buffer) | undefined {
  const f = (zlib as unknown as Record<string, unknown>)['zstdDecompressSync'];
  return typeof f === 'function' ? (f as (b: Uint8Array, o: zlib.ZlibOptions) => Buffer) : undefined;
}

/**
 * Decompressors (node:zlib, and hyparquet's own SNAPPY) that share one byte budget: a page whose
 * header claims more than is left is refused before anything is allocated, so a file cannot
 * expand past the limit whatever its metadata says.
 */
function compressors(budget: { left: number }): Compressors {
  const take = (name: string, outputLength: number) => {
    if (outputLength > budget.left) throw new Error(`${name} pages decompress past the limit of the columns read`);
    budget.left -= outputLength;
  };
  const sized = (name: string, f: (b: Uint8Array, o: zlib.ZlibOptions) => Buffer) => (input: Uint8Array, outputLength: number) => {
    take(name, outputLength);
    const out = f(input, { maxOutputLength: Math.max(1, outputLength) });
    if (out.length !== outputLength) throw new Error(`${name} page decompresses to ${out.length} bytes, its header says ${outputLength}`);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  };
  const z = zstd();
  return {
    SNAPPY: (input: Uint8Array, outputLength: number) => {
      take('SNAPPY', outputLength);
      const out = new Uint8Array(outputLength);
      snappyUncompress(input, out);
      return out;
    },
    GZIP: sized('GZIP', (b, o) => zlib.gunzipSync(b, o)),
    BROTLI: sized('BROTLI', (b, o) => zlib.brotliDecompressSync(b, o)),
    ...(z ? { ZSTD: sized('ZSTD', z) } : {}),
  };
}

function supportedCodecs(): Set<string> {
  return new Set(['UNCOMPRESSED', ...Object.keys(compressors({ left: 0 }))]);
}

function topLevelColumns(meta: FileMetaData): string[] {
  return parquetSchema(meta).children.map((c) => c.element.name);
}

function asString(v: unknown): string | InvalidText | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof InvalidText) return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return undefined;
}

export interface ParquetColumns {
  /** The columns wanted; the first present of each list is read. */
  wanted: Array<{ names: string[]; describe: string }>;
}

export interface ParquetTable {
  /** The column actually read for each wanted entry (undefined when missing). */
  columns: Array<string | undefined>;
  records: ParquetRecord[];
  problems: ParquetProblem[];
}

/**
 * Reads the wanted columns of a Parquet file (pure JS, hyparquet). Never throws: a file that is not
 * Parquet, a codec it cannot decode, a column it lacks, a value that is not text, each becomes a
 * problem naming the row (or row 1 for the file).
 */
export async function readParquet(bytes: Uint8Array, spec: ParquetColumns, limits: ParquetLimits): Promise<ParquetTable> {
  const columns: Array<string | undefined> = spec.wanted.map(() => undefined);
  const fail = (message: string): ParquetTable => ({ columns, records: [], problems: [{ row: 1, message }] });
  const magic = (at: number) => bytes[at] === 0x50 && bytes[at + 1] === 0x41 && bytes[at + 2] === 0x52 && bytes[at + 3] === 0x31;
  if (bytes.length < 12 || !magic(0) || !magic(bytes.length - 4)) return fail('is not a Parquet file (no PAR1 magic at both ends; truncated?)');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let meta: FileMetaData;
  try {
    meta = parquetMetadata(buffer);
  } catch (err) {
    return fail(`has unreadable Parquet metadata (${(err as Error).message})`);
  }
  const rows = Number(meta.num_rows);
  if (!Number.isSafeInteger(rows) || rows < 0) return fail('declares an impossible row count');
  if (rows > limits.maxRows) return fail(`has ${rows} rows, more than the limit of ${limits.maxRows}`);
  const present = topLevelColumns(meta);
  spec.wanted.forEach((w, i) => (columns[i] = w.names.find((n) => present.includes(n))));
  const missing = spec.wanted.filter((_, i) => columns[i] === undefined);
  if (missing.length > 0) {
    return fail(`has no ${missing.map((m) => m.describe).join(' and no ')} column (columns: ${present.join(', ') || 'none'})`);
  }
  const read = columns as string[];
  const codecs = supportedCodecs();
  let uncompressed = 0n;
  for (const group of meta.row_groups) {
    for (const chunk of group.columns) {
      const md = chunk.meta_data;
      if (!md || !read.includes(md.path_in_schema[0]!)) continue;
      if (!codecs.has(md.codec)) {
        return fail(`column '${md.path_in_schema.join('.')}' uses ${md.codec} compression, which this runtime cannot decode (supported: ${[...codecs].join(', ')})`);
      }
      uncompressed += md.total_uncompressed_size;
    }
  }
  if (uncompressed > BigInt(limits.maxUncompressedBytes)) {
    return fail(`columns ${read.join(', ')} decompress to ${uncompressed} bytes, over the limit of ${limits.maxUncompressedBytes}`);
  }
  let objects: Array<Record<string, unknown>>;
  try {
    objects = await parquetReadObjects({
      file: buffer,
      metadata: meta,
      columns: [...new Set(read)],
      compressors: compressors({ left: limits.maxUncompressedBytes }),
      parsers: {
        stringFromBytes: (b: Uint8Array) => {
          try {
            return STRICT_UTF8.decode(b);
          } catch {
            return new InvalidText(firstInvalidUtf8(b));
          }
        },
      },
    });
  } catch (err) {
    return fail(`cannot be decoded (${(err as Error).message})`);
  }
  const records: ParquetRecord[] = [];
  const problems: ParquetProblem[] = [];
  objects.forEach((obj, i) => {
    const fields = Object.create(null) as Record<string, string>;
    for (const name of new Set(read)) {
      const v = asString(obj[name]);
      if (v instanceof InvalidText) {
        problems.push({ row: i + 1, message: `column '${name}' is not valid UTF-8 (first bad byte at offset ${v.offset})` });
        return;
      }
      if (v === undefined) {
        if (obj[name] === null || obj[name] === undefined) fields[name] = '';
        else {
          problems.push({ row: i + 1, message: `column '${name}' holds a ${Array.isArray(obj[name]) ? 'list' : typeof obj[name]}, not text` });
          return;
        }
      } else fields[name] = v;
    }
    records.push({ row: i + 1, fields });
  });
  return { columns, records, problems };
}
