import { createCipheriv, createHash } from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';
import { describe, expect, it } from 'vitest';
import { decryptEvent, encryptEvent, EventDecryptError, signEvent, verifyEventSignature } from './crypto.js';

const KEY = 'test-encrypt-key';
const BODY = '{"schema":"2.0","header":{"event_id":"ev_1","event_type":"im.message.receive_v1"},"event":{"text":"héllo"}}';

/** The platform's scheme written out with node:crypto, independently of the module under test. */
function platformEncrypt(text: string, key: string, iv: Buffer): string {
  const cipher = createCipheriv('aes-256-cbc', createHash('sha256').update(key).digest(), iv);
  return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

describe('event encryption', () => {
  it('decrypts what the platform scheme encrypts', async () => {
    expect(await decryptEvent(platformEncrypt(BODY, KEY, Buffer.alloc(16, 7)), KEY)).toBe(BODY);
  });

  it('encrypts byte-for-byte like the platform scheme for a given IV', async () => {
    const iv = new Uint8Array(16).fill(3);
    expect(await encryptEvent(BODY, KEY, iv)).toBe(platformEncrypt(BODY, KEY, Buffer.from(iv)));
  });

  it('is read by the official SDK', async () => {
    const cipher = new lark.AESCipher(KEY);
    expect(cipher.decrypt(await encryptEvent(BODY, KEY))).toBe(BODY);
  });

  it('uses a fresh IV each time', async () => {
    expect(await encryptEvent(BODY, KEY)).not.toBe(await encryptEvent(BODY, KEY));
  });

  it('keeps only the JSON object when bytes surround it', async () => {
    expect(await decryptEvent(platformEncrypt(`\u0000\u0001${BODY}\u0002`, KEY, Buffer.alloc(16, 1)), KEY)).toBe(BODY);
  });

  it.each([
    ['not base64', '***', 'the encrypt field is not valid base64'],
    ['too short', Buffer.alloc(20).toString('base64'), 'the encrypt field is too short or not a whole number of AES blocks'],
    ['wrong key', platformEncrypt(BODY, 'other-key', Buffer.alloc(16)), 'the payload does not decrypt with this encrypt key (wrong key?)'],
    ['not JSON', platformEncrypt('plain words', KEY, Buffer.alloc(16)), 'the decrypted payload is not a JSON object'],
  ])('refuses %s with a clear error', async (_name, input, message) => {
    const err = await decryptEvent(input, KEY).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EventDecryptError);
    expect((err as Error).message).toBe(message);
    expect((err as Error).message).not.toContain(KEY);
  });
});

describe('webhook signature', () => {
  const expected = createHash('sha256').update('1700000000' + 'nonce-1' + KEY + BODY).digest('hex');

  it('is hex SHA-256 over timestamp + nonce + key + raw body', async () => {
    expect(await signEvent('1700000000', 'nonce-1', KEY, BODY)).toBe(expected);
    expect(await signEvent('1700000000', 'nonce-1', KEY, new TextEncoder().encode(BODY))).toBe(expected);
  });

  it('verifies the raw bytes, so a re-serialised body fails', async () => {
    expect(await verifyEventSignature(expected, '1700000000', 'nonce-1', KEY, BODY)).toBe(true);
    expect(await verifyEventSignature(expected.toUpperCase(), '1700000000', 'nonce-1', KEY, BODY)).toBe(true);
    const reserialised = JSON.stringify(JSON.parse(BODY), null, 1);
    expect(await verifyEventSignature(expected, '1700000000', 'nonce-1', KEY, reserialised)).toBe(false);
    expect(await verifyEventSignature(expected, '1700000001', 'nonce-1', KEY, BODY)).toBe(false);
    expect(await verifyEventSignature('abc', '1700000000', 'nonce-1', KEY, BODY)).toBe(false);
  });
});
