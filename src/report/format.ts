import { formatJson } from './json.js';
import type { Report } from './model.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import { logSafeJson } from '../util/text-escape.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** A report as text; JSON and SARIF with PR-controlled strings escaped so the output may go to a CI log. */
export function formatReport(report: Report, format: Format): string {
  switch (format) {
    case 'json':
      return logSafeJson(formatJson(report));
    case 'sarif':
      return logSafeJson(formatSarif(report));
    default:
      return formatText(report);
  }
}
