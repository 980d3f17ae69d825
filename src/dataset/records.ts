import { extensionOf } from '../util/paths.js';
import { parseCsv } from './csv.js';

/** A record of a manifest (JSONL line or CSV row) with its 1-based line. */
export interface ManifestRecord {
  line: number;
  fields: Record<string, string>;
}

export interface RecordProblem {
  line: number;
  message: string;
}

export interface ParsedRecords {
  records: ManifestRecord[];
  problems: RecordProblem[];
}

/** How much one manifest or table may hold: rows per file, bytes per row (the policy's limits). */
export interface RowLimits {
  max_table_rows: number;
  max_row_bytes: number;
}

const DEFAULT_ROW_LIMITS: RowLimits = { max_table_rows: 2_000_000, max_row_bytes: 4 * 1024 * 1024 };

/** UTF-8 size of a row's text, counted only when it could be over the limit (3 bytes per UTF-16 unit at most). */
function overRow(parts: readonly string[], limits: RowLimits): number | undefined {
  let units = 0;
  for (const p of parts) units += p.length;
  if (units * 3 <= limits.max_row_bytes) return undefined;
  const bytes = parts.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0);
  return bytes > limits.max_row_bytes ? bytes : undefined;
}

const rowTooLong = (bytes: number, limits: RowLimits) => `row of ${bytes} bytes is over the limit of ${limits.max_row_bytes} (limits.max_row_bytes); it was not read`;
const tooManyRows = (limits: RowLimits) => `more than ${limits.max_table_rows} rows (limits.max_table_rows); this row and the ones after it were not read`;

/**
 * A JSON value as manifest text: strings as they are, numbers and booleans spelled out, nested
 * values re-serialised. Undefined when a value nests too deeply to serialise: JSON.parse accepts
 * any depth, JSON.stringify recurses and would throw.
 */
function stringify(v: unknown): string | undefined {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v !== 'object') return String(v);
  try {
    return JSON.stringify(v);
  } catch {
    return undefined;
  }
}

/** Field maps without a prototype: a column named `__proto__` or `constructor` is just a column. */
function emptyFields(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/**
 * Reads a JSONL or CSV/TSV manifest (by extension). Each bad line is a problem naming the line,
 * never a silent drop; values are kept as strings.
 */
export function parseRecords(path: string, text: string, limits: RowLimits = DEFAULT_ROW_LIMITS): ParsedRecords {
  const ext = extensionOf(path);
  return ext === 'jsonl' || ext === 'ndjson' ? parseJsonl(text, limits) : parseTable(text, ext === 'tsv' ? '\t' : ',', limits);
}

function parseJsonl(text: string, limits: RowLimits): ParsedRecords {
  const records: ManifestRecord[] = [];
  const problems: RecordProblem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    if (records.length >= limits.max_table_rows) {
      problems.push({ line: i + 1, message: tooManyRows(limits) });
      break;
    }
    const long = overRow([raw], limits);
    if (long !== undefined) {
      problems.push({ line: i + 1, message: rowTooLong(long, limits) });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      problems.push({ line: i + 1, message: `not valid JSON (${(err as Error).message})` });
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ line: i + 1, message: 'each line must be a JSON object' });
      continue;
    }
    const fields = emptyFields();
    const tooDeep = Object.entries(value).find(([k, v]) => (fields[k] = stringify(v) as string) === undefined);
    if (tooDeep) {
      problems.push({ line: i + 1, message: `the value of '${tooDeep[0]}' is nested too deeply to read` });
      continue;
    }
    records.push({ line: i + 1, fields });
  }
  return { records, problems };
}

function parseTable(text: string, delimiter: string, limits: RowLimits): ParsedRecords {
  const problems: RecordProblem[] = [];
  let rows;
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''), delimiter);
  } catch (err) {
    const m = /^line (\d+): (.*)$/.exec((err as Error).message);
    return { records: [], problems: [{ line: m ? Number(m[1]) : 1, message: m ? m[2]! : (err as Error).message }] };
  }
  if (rows.length === 0) return { records: [], problems: [{ line: 1, message: 'empty table (no header row)' }] };
  const header = rows[0]!.fields.map((h) => h.trim());
  const records: ManifestRecord[] = [];
  for (const row of rows.slice(1, limits.max_table_rows + 1)) {
    const long = overRow(row.fields, limits);
    if (long !== undefined) {
      problems.push({ line: row.line, message: rowTooLong(long, limits) });
      continue;
    }
    if (row.fields.length !== header.length) {
      problems.push({ line: row.line, message: `has ${row.fields.length} columns, the header has ${header.length}` });
      continue;
    }
    const fields = emptyFields();
    header.forEach((h, i) => (fields[h] = row.fields[i]!));
    records.push({ line: row.line, fields });
  }
  if (rows.length > limits.max_table_rows + 1) problems.push({ line: rows[limits.max_table_rows + 1]!.line, message: tooManyRows(limits) });
  return { records, problems };
}
