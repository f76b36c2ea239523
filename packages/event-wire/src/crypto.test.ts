import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as lark from '@larksuiteoapi/node-sdk';
import { decryptPayload, DecryptError, encryptPayload, signPayload } from './crypto.js';

describe('webhook encryption', () => {
  const key = 'test-encrypt-key';
  const plain = JSON.stringify({ schema: '2.0', header: { event_type: 'im.message.receive_v1' }, event: { text: 'héllo ✓' } });

  it('round-trips and differs per delivery (random IV)', () => {
    const a = encryptPayload(key, plain);
    const b = encryptPayload(key, plain);
    expect(a).not.toBe(b);
    expect(decryptPayload(key, a)).toBe(plain);
  });

  it('is what the official SDK decrypts', () => {
    expect(new lark.AESCipher(key).decrypt(encryptPayload(key, plain))).toBe(plain);
  });

  it('is deterministic for a fixed IV', () => {
    const iv = Buffer.alloc(16, 1);
    const out = Buffer.from(encryptPayload(key, 'x', iv), 'base64');
    expect(out.subarray(0, 16)).toEqual(iv);
    expect(out.length).toBe(32);
  });

  it.each([
    ['the wrong key', () => decryptPayload('other-key', encryptPayload(key, plain))],
    ['truncated data', () => decryptPayload(key, Buffer.alloc(20).toString('base64'))],
  ])('refuses %s', (_n, f) => {
    expect(f).toThrow(DecryptError);
  });
});

describe('webhook signatures', () => {
  it('hashes timestamp, nonce, key and the raw bytes in that order', () => {
    const body = '{"encrypt":"abc"}';
    const want = createHash('sha256').update('1700000000' + 'n0nce' + 'k' + body).digest('hex');
    expect(signPayload('1700000000', 'n0nce', 'k', body)).toBe(want);
    expect(signPayload('1700000000', 'n0nce', 'k', Buffer.from(body))).toBe(want);
  });
});
