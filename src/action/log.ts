import { randomBytes } from 'node:crypto';
import { escapeLogLine } from '../util/text-escape.js';

/**
 * Prints text that contains PR-controlled strings (file names, sample text) with workflow-command
 * processing switched off: between `::stop-commands::<token>` and `::<token>::` the runner treats
 * `::error::…` and friends as plain text. The token is random, so the text cannot end the block.
 */
export function writeInert(text: string, write: (line: string) => void): void {
  const token = `poisongate-${randomBytes(16).toString('hex')}`;
  write(`::stop-commands::${token}`);
  write(text.endsWith('\n') ? text.slice(0, -1) : text);
  write(`::${token}::`);
}

/**
 * One log line that may hold PR-controlled text, made inert outside a stop-commands block: escaped
 * to a single line, a leading `::` (the runner trims leading space first) and the legacy `##[`
 * command prefix, which the runner looks for anywhere in a line, are spelled out.
 */
export function inertLine(s: string): string {
  return escapeLogLine(s, 2000);
}
