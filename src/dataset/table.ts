import { firstInvalidUtf8 } from '../util/utf8.js';
import { sha256Hex } from '../util/hash.js';
import { extensionOf } from '../util/paths.js';
import { readParquet } from './parquet.js';
import { parseRecords, type ManifestRecord, type RowLimits } from './records.js';

/** Files a `table` layout reads as rows; the format follows the extension. */
export const TABLE_EXTENSIONS = ['csv', 'tsv', 'jsonl', 'ndjson', 'parquet'];

/** Text columns tried in order when the policy names none (the Hugging Face conventions). */
export const TEXT_COLUMN_ALIASES = ['text', 'sentence', 'content'];


/** One usable row: its text and label, and where it starts (line, or row number for Parquet). */
export interface TableRow {
  line: number;
  text: string;
  label: string;
}

/** A row (or the whole file, line 1) that is not a usable sample. */
export interface TableProblem {
  line: number;
  message: string;
  /**
   * Identifies a row's problem by content rather than position, so a problem the base already had
   * is recognised after lines shift. Undefined for problems that stop the whole file being read:
   * those always count, since rows a PR adds behind them would go unchecked.
   */
  fingerprint?: string;
}

export interface TableContents {
  rows: TableRow[];
  problems: TableProblem[];
}

/** The limits a table is read under (the policy's). */
export type TableLimits = RowLimits & { max_file_bytes: number };

export interface TableColumns {
  text?: string;
  label: string;
}

export function isTableFile(path: string): boolean {
  return TABLE_EXTENSIONS.includes(extensionOf(path));
}

/** 1-based line holding byte `offset`. */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Reads the rows of one table file. Never throws: undecodable files, missing columns and bad rows
 * are problems naming the line (row for Parquet).
 */
export async function readTable(path: string, bytes: Uint8Array, columns: TableColumns, limits: TableLimits): Promise<TableContents> {
  if (extensionOf(path) === 'parquet') return readParquetTable(bytes, columns, limits);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = lineOfOffset(bytes, offset);
    return { rows: [], problems: [problem(line, `is not valid UTF-8 (first bad byte at offset ${offset}); no row of this file was read`)] };
  }
  const parsed = parseRecords(path, text, limits);
  const lines = text.split('\n');
  const raw = (line: number) => lines[line - 1] ?? '';
  const wholeFile = parsed.records.length === 0;
  const problems = parsed.problems.map((p) => problem(p.line, p.message, wholeFile ? undefined : raw(p.line)));
  return collectRows(parsed.records, columns, problems, raw);
}

function problem(line: number, message: string, raw?: string): TableProblem {
  return { line, message, ...(raw !== undefined ? { fingerprint: sha256Hex(`${message}\0${raw}`) } : {}) };
}

function textColumnOf(fields: Record<string, string>, columns: TableColumns): string | undefined {
  if (columns.text !== undefined) return columns.text in fields ? columns.text : undefined;
  return TEXT_COLUMN_ALIASES.find((c) => c in fields);
}

function describeText(columns: TableColumns): string {
  return columns.text !== undefined ? `'${columns.text}'` : TEXT_COLUMN_ALIASES.map((c) => `'${c}'`).join(', ');
}

function collectRows(records: ManifestRecord[], columns: TableColumns, problems: TableProblem[], raw: (line: number) => string): TableContents {
  const rows: TableRow[] = [];
  // A file without the text column gets one problem, not one per row.
  if (records.length > 0 && records.every((r) => textColumnOf(r.fields, columns) === undefined)) {
    const first = records[0]!;
    problems.push(problem(first.line, `has no text column (${describeText(columns)}); columns: ${Object.keys(first.fields).join(', ')}`));
    return { rows, problems };
  }
  for (const rec of records) {
    const textColumn = textColumnOf(rec.fields, columns);
    const text = textColumn === undefined ? undefined : rec.fields[textColumn];
    const label = rec.fields[columns.label];
    const bad = (message: string) => problems.push(problem(rec.line, message, raw(rec.line)));
    if (text === undefined) bad(`row has no text column (${describeText(columns)})`);
    else if (text.trim() === '') bad(`row has an empty '${textColumn}'`);
    else if (label === undefined || label.trim() === '') bad(`row has no '${columns.label}' value`);
    else rows.push({ line: rec.line, text, label });
  }
  return { rows, problems };
}

async function readParquetTable(bytes: Uint8Array, columns: TableColumns, limits: TableLimits): Promise<TableContents> {
  const table = await readParquet(
    bytes,
    {
      wanted: [
        { names: columns.text !== undefined ? [columns.text] : TEXT_COLUMN_ALIASES, describe: `text (${describeText(columns)})` },
        { names: [columns.label], describe: `'${columns.label}'` },
      ],
    },
    // Decompressed text may legitimately be several times the file; eight times bounds a bomb.
    { maxRows: limits.max_table_rows, maxUncompressedBytes: limits.max_file_bytes * 8 },
  );
  const textColumn = table.columns[0];
  const rawRow = new Map(table.records.map((r) => [r.row, JSON.stringify(r.fields)]));
  const wholeFile = table.records.length === 0;
  const problems = table.problems.map((p) => problem(p.row, p.message, wholeFile ? undefined : (rawRow.get(p.row) ?? '')));
  if (textColumn === undefined) return { rows: [], problems };
  const records: ManifestRecord[] = table.records.map((r) => ({ line: r.row, fields: r.fields }));
  return collectRows(records, { ...columns, text: textColumn }, problems, (line) => rawRow.get(line) ?? '');
}
