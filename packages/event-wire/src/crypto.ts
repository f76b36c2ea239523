/**
 * The platform's event encryption and webhook signature, on WebCrypto only (no dependencies, runs
 * wherever `fetch` does): AES-256-CBC with the SHA-256 of the app's encrypt key, a random 16-byte
 * IV in front of the ciphertext, base64; the signature is hex SHA-256 over
 * timestamp + nonce + encrypt key + the raw request body, byte for byte.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const keyCache = new Map<string, Promise<CryptoKey>>();
const KEY_CACHE_LIMIT = 16;

function aesKey(encryptKey: string): Promise<CryptoKey> {
  let key = keyCache.get(encryptKey);
  if (!key) {
    key = crypto.subtle.digest('SHA-256', encoder.encode(encryptKey)).then((raw) => crypto.subtle.importKey('raw', raw, 'AES-CBC', false, ['encrypt', 'decrypt']));
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.delete(keyCache.keys().next().value!);
    keyCache.set(encryptKey, key);
  }
  return key;
}

/** Why a payload could not be decrypted; the message never contains key material. */
export class EventDecryptError extends Error {
  override readonly name = 'EventDecryptError';
}

/** Decrypts the `encrypt` field of an encrypted delivery into the JSON text it carries. */
export async function decryptEvent(encrypted: string, encryptKey: string): Promise<string> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64(encrypted);
  } catch {
    throw new EventDecryptError('the encrypt field is not valid base64');
  }
  if (bytes.length < 32 || bytes.length % 16 !== 0) throw new EventDecryptError('the encrypt field is too short or not a whole number of AES blocks');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-CBC', iv: bytes.subarray(0, 16) }, await aesKey(encryptKey), bytes.subarray(16));
  } catch {
    throw new EventDecryptError('the payload does not decrypt with this encrypt key (wrong key?)');
  }
  const text = decoder.decode(plain);
  // Like the Go SDK: keep the JSON object, whatever padding bytes surround it.
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) throw new EventDecryptError('the decrypted payload is not a JSON object');
  return text.slice(start, end + 1);
}

/** Encrypts JSON text the way the platform does (for emulators and tests); `iv` is random unless given. */
export async function encryptEvent(plainText: string, encryptKey: string, iv: Uint8Array<ArrayBuffer> = crypto.getRandomValues(new Uint8Array(16))): Promise<string> {
  if (iv.length !== 16) throw new RangeError('the IV must be 16 bytes');
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, await aesKey(encryptKey), encoder.encode(plainText)));
  const out = new Uint8Array(16 + cipher.length);
  out.set(iv);
  out.set(cipher, 16);
  return toBase64(out);
}

/** Hex SHA-256 over timestamp + nonce + encrypt key + the raw body bytes. */
export async function signEvent(timestamp: string, nonce: string, encryptKey: string, rawBody: string | Uint8Array): Promise<string> {
  const head = encoder.encode(timestamp + nonce + encryptKey);
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  const all = new Uint8Array(head.length + body.length);
  all.set(head);
  all.set(body, head.length);
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', all)));
}

/** Whether `signature` is the right one for this body (compared in constant time). */
export async function verifyEventSignature(signature: string, timestamp: string, nonce: string, encryptKey: string, rawBody: string | Uint8Array): Promise<boolean> {
  const expected = await signEvent(timestamp, nonce, encryptKey, rawBody);
  const given = signature.toLowerCase();
  if (given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ given.charCodeAt(i);
  return diff === 0;
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text.trim());
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
