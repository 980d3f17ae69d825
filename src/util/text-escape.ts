/**
 * Escapes a PR-controlled string (file name, sample text) for a single log line or message:
 * control, format (bidi, zero-width), separator and private-use code points become `U+XXXX`,
 * so nothing a PR writes can start a workflow command, reorder the line or hide text. The legacy
 * `##[` command prefix, which the Actions runner looks for anywhere in a line, is spelled out too.
 */
export function escapeUntrusted(s: string, maxLength = 300): string {
  let out = '';
  for (const ch of s) {
    if (/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Cn}]/u.test(ch) || ch === '\\') {
      out += ch === '\\' ? '\\\\' : `<${codePointLabel(ch.codePointAt(0)!)}>`;
    } else out += ch;
    if (out.length > maxLength) return `${out.slice(0, maxLength)}…`.replace(/##\[/g, '##<U+005B>');
  }
  return out.replace(/##\[/g, '##<U+005B>');
}

/**
 * A whole log line that may hold PR-controlled text: escaped as above, and a leading `::` (the
 * runner trims leading space before looking for one) spelled out, so the line cannot be a
 * workflow command.
 */
export function escapeLogLine(s: string, maxLength = 2000): string {
  return escapeUntrusted(s, maxLength).replace(/^(\s*):/, '$1<U+003A>');
}

/**
 * JSON text that is safe to print to a CI log and still parses to the same value: format (bidi,
 * zero-width), separator, private-use and unassigned code points, and the `#` of a `##[` legacy
 * command prefix, are written as `\uXXXX` escapes. (JSON.stringify escapes only C0 controls.)
 */
export function logSafeJson(json: string): string {
  return json
    .replace(/[\p{Cf}\p{Co}\p{Zl}\p{Zp}\p{Cn}\u007f-\u009f]/gu, (ch) =>
      // One escape per UTF-16 unit: a code point above U+FFFF is written as its surrogate pair.
      Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
    )
    .replace(/##\[/g, '#\\u0023[');
}

export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
