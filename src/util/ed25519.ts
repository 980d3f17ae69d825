import { createPublicKey, type KeyObject } from 'node:crypto';

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** Base64 of exactly 32 bytes: 43 characters and one '=' of padding (padding optional). */
const RAW_KEY_BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048](=)?$/;

/**
 * Parses an ed25519 public key given as PEM (SPKI) or as base64 of its 32 raw bytes. Strict: a
 * placeholder, a truncated key or a key of another type is an error, never a key that verifies nothing.
 */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.includes('BEGIN PUBLIC KEY')) {
    const key = createPublicKey(trimmed);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the PEM key is ${key.asymmetricKeyType ?? 'not an asymmetric key'}, not ed25519`);
    return key;
  }
  if (!RAW_KEY_BASE64.test(trimmed)) throw new Error('an ed25519 public key is base64 of its 32 bytes (44 characters) or a PEM block');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(trimmed, 'base64')]), format: 'der', type: 'spki' });
}
