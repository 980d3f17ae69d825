import { posix } from 'node:path';

/**
 * Normalises a repo-relative POSIX path written by a user or a PR (manifest entry, policy field).
 * Returns undefined for anything that could leave the repository: absolute paths, `..` escapes,
 * backslashes (Windows separators are ambiguous), NUL bytes and empty names.
 */
export function safeRepoPath(raw: string): string | undefined {
  if (raw.length === 0 || raw.length > 4096 || raw.includes('\0') || raw.includes('\\')) return undefined;
  if (raw.startsWith('/') || /^[a-zA-Z]:/.test(raw)) return undefined;
  const norm = posix.normalize(raw);
  if (norm === '.' || norm === '..' || norm.startsWith('../')) return undefined;
  return norm.replace(/\/$/, '');
}

/** `child` joined under `dir` (both repo-relative), or undefined when the result escapes the repo. */
export function joinRepoPath(dir: string, child: string): string | undefined {
  if (child.startsWith('/')) return undefined;
  return safeRepoPath(dir === '' || dir === '.' ? child : `${dir}/${child}`);
}

/** True when `path` is `dir` itself or lies below it. */
export function isUnder(path: string, dir: string): boolean {
  if (dir === '' || dir === '.') return true;
  return path === dir || path.startsWith(`${dir}/`);
}

export function extensionOf(path: string): string {
  const base = posix.basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** How a message names a sample or a place in a file: its path, and `path:line` for a row of a table. */
export function placeOf(s: { path: string; line?: number | undefined }): string {
  return s.line ? `${s.path}:${s.line}` : s.path;
}
