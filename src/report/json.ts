import type { Report } from './model.js';

/** The JSON report: stable field names, findings already sorted, two-space indent, trailing newline. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
