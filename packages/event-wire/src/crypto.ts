import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Webhook encryption and signatures as the platform applies them when an app has an encrypt key:
 * AES-256-CBC with key SHA-256(encrypt key), a random 16-byte IV in front of the ciphertext, all
 * base64; signature hex(SHA-256(timestamp + nonce + encrypt key + raw body)).
 */
export const SIGNATURE_HEADERS = {
  timestamp: 'x-lark-request-timestamp',
  nonce: 'x-lark-request-nonce',
  signature: 'x-lark-signature',
} as const;

function aesKey(encryptKey: string): Buffer {
  return createHash('sha256').update(encryptKey, 'utf8').digest();
}

/** The `encrypt` field of an encrypted delivery: base64(IV ‖ AES-256-CBC(plaintext)). */
export function encryptPayload(encryptKey: string, plaintext: string, iv: Buffer = randomBytes(16)): string {
  const c = createCipheriv('aes-256-cbc', aesKey(encryptKey), iv);
  return Buffer.concat([iv, c.update(plaintext, 'utf8'), c.final()]).toString('base64');
}

export class DecryptError extends Error {
  override readonly name = 'DecryptError';
}

/** The plaintext of an `encrypt` field; throws DecryptError when the key or the data is wrong. */
export function decryptPayload(encryptKey: string, encrypted: string): string {
  const bytes = Buffer.from(encrypted, 'base64');
  if (bytes.length < 32 || bytes.length % 16 !== 0) throw new DecryptError('the encrypted payload is not IV plus whole AES blocks');
  try {
    const d = createDecipheriv('aes-256-cbc', aesKey(encryptKey), bytes.subarray(0, 16));
    return Buffer.concat([d.update(bytes.subarray(16)), d.final()]).toString('utf8');
  } catch {
    throw new DecryptError('the payload does not decrypt with this encrypt key');
  }
}

/** hex(SHA-256(timestamp + nonce + encryptKey + body)), over the body's exact bytes. */
export function signPayload(timestamp: string, nonce: string, encryptKey: string, body: string | Uint8Array): string {
  return createHash('sha256').update(timestamp + nonce + encryptKey, 'utf8').update(body).digest('hex');
}
