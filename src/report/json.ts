import { stripAttachmentData } from './attachments.js';
import type { Report } from './model.js';

/**
 * The JSON report: stable field names, findings already sorted, two-space indent, trailing newline.
 * Attachment bytes never go into JSON (the CLI writes them beside the report first).
 */
export function formatJson(report: Report): string {
  return `${JSON.stringify(stripAttachmentData(report), null, 2)}\n`;
}
