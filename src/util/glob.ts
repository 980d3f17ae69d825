/**
 * Minimal glob → RegExp for repo-relative POSIX paths: `**` crosses folders, `*` and `?` do not.
 * Enough for policy `ignore` lists; no braces or classes so a pattern cannot become a slow regex.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

// Every listed file is matched against every glob: compile each glob once, not once per file.
const compiled = new Map<string, RegExp>();
function cachedGlob(glob: string): RegExp {
  let re = compiled.get(glob);
  if (!re) {
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(glob, (re = globToRegExp(glob)));
  }
  return re;
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => cachedGlob(g).test(path));
}
