/** One CSV record with the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  fields: string[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, newlines inside quotes). `delimiter`
 * may be ',' or '\t'. A quote opens a quoted field only at the start of a field; elsewhere it is
 * literal. Throws on an unterminated quote, naming the line it opened on. Fields are cut out as
 * slices of the text, so large tables parse in linear time.
 */
export function parseCsv(text: string, delimiter = ','): CsvRow[] {
  const rows: CsvRow[] = [];
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const rowLine = line;
    const fields: string[] = [];
    let sawAny = false;
    for (;;) {
      let field = '';
      if (text.charCodeAt(i) === QUOTE) {
        const quoteLine = line;
        sawAny = true;
        let pos = i + 1;
        for (;;) {
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
    if (!(fields.length === 1 && fields[0] === '' && !sawAny)) rows.push({ line: rowLine, fields });
  }
  return rows;
}
