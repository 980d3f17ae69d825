import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/util/text-escape.ts
function escapeUntrusted(s, maxLength = 300) {
  let out = "";
  for (const ch of s) {
    if (/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Cn}]/u.test(ch) || ch === "\\") {
      out += ch === "\\" ? "\\\\" : `<${codePointLabel(ch.codePointAt(0))}>`;
    } else out += ch;
    if (out.length > maxLength) return `${out.slice(0, maxLength)}\u2026`.replace(/##\[/g, "##<U+005B>");
  }
  return out.replace(/##\[/g, "##<U+005B>");
}
function escapeLogLine(s, maxLength = 2e3) {
  return escapeUntrusted(s, maxLength).replace(/^(\s*):/, "$1<U+003A>");
}
function logSafeJson(json) {
  return json.replace(
    /[\p{Cf}\p{Co}\p{Zl}\p{Zp}\p{Cn}\u007f-\u009f]/gu,
    (ch) => (
      // One escape per UTF-16 unit: a code point above U+FFFF is written as its surrogate pair.
      Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`).join("")
    )
  ).replace(/##\[/g, "#\\u0023[");
}
function codePointLabel(cp) {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

export {
  escapeUntrusted,
  escapeLogLine,
  logSafeJson,
  codePointLabel
};
