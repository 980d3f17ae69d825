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

export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
