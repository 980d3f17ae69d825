import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/util/paths.ts
import { posix } from "node:path";
function safeRepoPath(raw) {
  if (raw.length === 0 || raw.length > 4096 || raw.includes("\0") || raw.includes("\\")) return void 0;
  if (raw.startsWith("/") || /^[a-zA-Z]:/.test(raw)) return void 0;
  const norm = posix.normalize(raw);
  if (norm === "." || norm === ".." || norm.startsWith("../")) return void 0;
  return norm.replace(/\/$/, "");
}
function joinRepoPath(dir, child) {
  if (child.startsWith("/")) return void 0;
  return safeRepoPath(dir === "" || dir === "." ? child : `${dir}/${child}`);
}
function isUnder(path, dir) {
  if (dir === "" || dir === ".") return true;
  return path === dir || path.startsWith(`${dir}/`);
}
function extensionOf(path) {
  const base = posix.basename(path);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}
function placeOf(s) {
  return s.line ? `${s.path}:${s.line}` : s.path;
}

export {
  safeRepoPath,
  joinRepoPath,
  isUnder,
  extensionOf,
  placeOf
};
