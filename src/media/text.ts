import { firstInvalidUtf8 } from '../util/utf8.js';
import type { ContentProblem } from './types.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type TextResult = { text: string } | { problem: ContentProblem };

/** Strict UTF-8: an invalid byte sequence is a problem naming its offset, never a replacement char. */
export function decodeText(bytes: Uint8Array): TextResult {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { problem: { code: 'invalid-utf8', message: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` } };
  }
}
