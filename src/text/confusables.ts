import { CONFUSABLES_DATA } from './confusables-data.js';

let table: Map<number, string> | undefined;

/** Source code point → prototype string, parsed once from the generated UTS #39 data. */
function confusables(): Map<number, string> {
  if (table) return table;
  table = new Map();
  for (const line of CONFUSABLES_DATA.split('\n')) {
    if (!line) continue;
    const [from, to] = line.split(';') as [string, string];
    table.set(parseInt(from, 16), String.fromCodePoint(...to.split(' ').map((h) => parseInt(h, 16))));
  }
  return table;
}

/** The prototype a single code point is confusable with, or undefined when it maps to itself. */
export function prototypeOf(cp: number): string | undefined {
  return confusables().get(cp);
}

/**
 * UTS #39 skeleton: NFD, each code point replaced by its prototype, NFD again. Two strings are
 * confusable exactly when their skeletons are equal. Skeletons are for comparison, never display.
 */
export function skeleton(s: string): string {
  const map = confusables();
  let out = '';
  for (const ch of s.normalize('NFD')) out += map.get(ch.codePointAt(0)!) ?? ch;
  return out.normalize('NFD');
}
