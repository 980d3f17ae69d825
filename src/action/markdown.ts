import { escapeUntrusted } from '../util/text-escape.js';

/**
 * Characters that carry meaning in GitHub-flavoured Markdown tables: emphasis, links and images,
 * code spans, HTML, table pipes, autolinks (`:`, `.`, `@` for URLs, www. links and mentions),
 * emoji shortcodes, `$` math. As numeric entities they render as themselves and mean nothing.
 */
const MARKDOWN_ACTIVE = /[&<>|`*_[\]()!#~\\:.@$]/g;

/** A PR-controlled string as inert text for a Markdown table cell or paragraph. */
export function mdText(s: string, maxLength = 300): string {
  return escapeUntrusted(s, maxLength).replace(MARKDOWN_ACTIVE, (c) => `&#${c.codePointAt(0)};`);
}

/** A Markdown table; cells are already escaped. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
