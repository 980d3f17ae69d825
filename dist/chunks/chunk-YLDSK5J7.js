import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  extensionOf
} from "./chunk-JHSOBUYT.js";

// src/dataset/csv.ts
var QUOTE = 34;
var LF = 10;
var CR = 13;
function countNewlines(s) {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
function parseCsv(text, delimiter = ",") {
  const rows = [];
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const rowLine = line;
    const fields = [];
    let sawAny = false;
    for (; ; ) {
      let field = "";
      if (text.charCodeAt(i) === QUOTE) {
        const quoteLine = line;
        sawAny = true;
        let pos = i + 1;
        for (; ; ) {
          const q = text.indexOf('"', pos);
          if (q < 0) throw new Error(`line ${quoteLine}: unterminated quoted field`);
          const part = text.slice(pos, q);
          line += countNewlines(part);
          field += part;
          if (text.charCodeAt(q + 1) === QUOTE) {
            field += '"';
            pos = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      }
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === LF || c === CR) break;
        j++;
      }
      if (j > i) {
        field += text.slice(i, j);
        sawAny = true;
      }
      i = j;
      fields.push(field);
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        sawAny = true;
        continue;
      }
      break;
    }
    if (i < n) {
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    }
    if (!(fields.length === 1 && fields[0] === "" && !sawAny)) rows.push({ line: rowLine, fields });
  }
  return rows;
}

// src/dataset/records.ts
var DEFAULT_ROW_LIMITS = { max_table_rows: 2e6, max_row_bytes: 4 * 1024 * 1024 };
function overRow(parts, limits) {
  let units = 0;
  for (const p of parts) units += p.length;
  if (units * 3 <= limits.max_row_bytes) return void 0;
  const bytes = parts.reduce((n, p) => n + Buffer.byteLength(p, "utf8"), 0);
  return bytes > limits.max_row_bytes ? bytes : void 0;
}
var rowTooLong = (bytes, limits) => `row of ${bytes} bytes is over the limit of ${limits.max_row_bytes} (limits.max_row_bytes); it was not read`;
var tooManyRows = (limits) => `more than ${limits.max_table_rows} rows (limits.max_table_rows); this row and the ones after it were not read`;
function stringify(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "string") return v;
  if (typeof v !== "object") return String(v);
  try {
    return JSON.stringify(v);
  } catch {
    return void 0;
  }
}
function emptyFields() {
  return /* @__PURE__ */ Object.create(null);
}
function parseRecords(path, text, limits = DEFAULT_ROW_LIMITS) {
  const ext = extensionOf(path);
  return ext === "jsonl" || ext === "ndjson" ? parseJsonl(text, limits) : parseTable(text, ext === "tsv" ? "	" : ",", limits);
}
function parseJsonl(text, limits) {
  const records = [];
  const problems = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, "");
    if (raw.trim() === "") continue;
    if (records.length >= limits.max_table_rows) {
      problems.push({ line: i + 1, message: tooManyRows(limits) });
      break;
    }
    const long = overRow([raw], limits);
    if (long !== void 0) {
      problems.push({ line: i + 1, message: rowTooLong(long, limits) });
      continue;
    }
    let value;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      problems.push({ line: i + 1, message: `not valid JSON (${err.message})` });
      continue;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      problems.push({ line: i + 1, message: "each line must be a JSON object" });
      continue;
    }
    const fields = emptyFields();
    const tooDeep = Object.entries(value).find(([k, v]) => (fields[k] = stringify(v)) === void 0);
    if (tooDeep) {
      problems.push({ line: i + 1, message: `the value of '${tooDeep[0]}' is nested too deeply to read` });
      continue;
    }
    records.push({ line: i + 1, fields });
  }
  return { records, problems };
}
function parseTable(text, delimiter, limits) {
  const problems = [];
  let rows;
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ""), delimiter);
  } catch (err) {
    const m = /^line (\d+): (.*)$/.exec(err.message);
    return { records: [], problems: [{ line: m ? Number(m[1]) : 1, message: m ? m[2] : err.message }] };
  }
  if (rows.length === 0) return { records: [], problems: [{ line: 1, message: "empty table (no header row)" }] };
  const header = rows[0].fields.map((h) => h.trim());
  const records = [];
  for (const row of rows.slice(1, limits.max_table_rows + 1)) {
    const long = overRow(row.fields, limits);
    if (long !== void 0) {
      problems.push({ line: row.line, message: rowTooLong(long, limits) });
      continue;
    }
    if (row.fields.length !== header.length) {
      problems.push({ line: row.line, message: `has ${row.fields.length} columns, the header has ${header.length}` });
      continue;
    }
    const fields = emptyFields();
    header.forEach((h, i) => fields[h] = row.fields[i]);
    records.push({ line: row.line, fields });
  }
  if (rows.length > limits.max_table_rows + 1) problems.push({ line: rows[limits.max_table_rows + 1].line, message: tooManyRows(limits) });
  return { records, problems };
}

// src/util/ed25519.ts
import { createPublicKey } from "node:crypto";
var ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
var RAW_KEY_BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048](=)?$/;
function parsePublicKey(text) {
  const trimmed = text.trim();
  if (trimmed.includes("BEGIN PUBLIC KEY")) {
    const key = createPublicKey(trimmed);
    if (key.asymmetricKeyType !== "ed25519") throw new Error(`the PEM key is ${key.asymmetricKeyType ?? "not an asymmetric key"}, not ed25519`);
    return key;
  }
  if (!RAW_KEY_BASE64.test(trimmed)) throw new Error("an ed25519 public key is base64 of its 32 bytes (44 characters) or a PEM block");
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(trimmed, "base64")]), format: "der", type: "spki" });
}

export {
  parseRecords,
  parsePublicKey
};
