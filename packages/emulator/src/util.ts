import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SECRET = randomBytes(8).toString('hex');

/** An opaque page token for position `pos` of listing `kind`; tampering is detected. */
export function encodePageToken(kind: string, pos: number): string {
  const sig = createHash('sha1').update(`${SECRET}|${kind}|${pos}`).digest('hex').slice(0, 10);
  return Buffer.from(`${kind}|${pos}|${sig}`).toString('base64url');
}

/** The position a page token stands for, or undefined when it is not one of ours for `kind`. */
export function decodePageToken(kind: string, token: string): number | undefined {
  let raw: string;
  try {
    raw = Buffer.from(token, 'base64url').toString('utf8');
  } catch {
    return undefined;
  }
  const [k, p, sig] = raw.split('|');
  if (k !== kind || p === undefined || !/^\d+$/.test(p)) return undefined;
  const want = createHash('sha1').update(`${SECRET}|${kind}|${p}`).digest('hex').slice(0, 10);
  return sig === want ? Number(p) : undefined;
}

export interface Page<T> {
  items: T[];
  has_more: boolean;
  page_token: string;
}

/** Offset paging over a finished list. Returns undefined for a token that is not ours. */
export function pageOf<T>(kind: string, all: readonly T[], pageSize: number, token: string | undefined): Page<T> | undefined {
  let start = 0;
  if (token) {
    const p = decodePageToken(kind, token);
    if (p === undefined) return undefined;
    start = p;
  }
  const items = all.slice(start, start + pageSize);
  const next = start + items.length;
  const has_more = next < all.length;
  return { items, has_more, page_token: has_more ? encodePageToken(kind, next) : '' };
}

/** A request body over the endpoint's limit: refused with 413 before it is all read. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the request body is larger than ${limit} bytes`);
  }
}

/** Reads a whole request body of at most `limit` bytes; `inspect` sees each chunk as it arrives and may refuse it by throwing. */
export function readBody(req: IncomingMessage, limit: number, inspect?: (chunk: Buffer) => void): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  // Nothing of it is read: the answer closes the connection.
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError(limit));
  if (req.readableEnded) return Promise.resolve(EMPTY);
  // Plain listeners rather than an async iterator: one body costs a promise, not one per chunk.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (e: unknown) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', fail);
      req.off('close', onClose);
      // The rest is not read; the answer closes the connection.
      req.pause();
      reject(e);
    };
    const onData = (b: Buffer) => {
      size += b.length;
      if (size > limit) return fail(new BodyTooLargeError(limit));
      try {
        inspect?.(b);
      } catch (e) {
        return fail(e);
      }
      chunks.push(b);
    };
    const onEnd = () => {
      req.off('error', fail);
      req.off('close', onClose);
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    };
    const onClose = () => {
      if (!req.readableEnded) fail(new Error('the client closed the connection before the request body was complete'));
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', fail);
    req.once('close', onClose);
  });
}

const EMPTY = Buffer.alloc(0);

export function ms(n: number): string {
  return String(Math.floor(n));
}

export function sec(n: number): string {
  return String(Math.floor(n / 1000));
}

let logSeq = 0;
const LOG_PREFIX = randomBytes(3).toString('hex').toUpperCase();

/** The `YYYYMMDDhhmmss` stamp of the last second a log id was made in (made once per second, not per request). */
let stampSecond = -1;
let stampText = '';

/** A log id in the platform's style: a timestamp followed by hex. */
export function newLogId(now: number): string {
  const second = Math.floor(now / 1000);
  if (second !== stampSecond) {
    const d = new Date(now);
    const p = (x: number, w = 2) => String(x).padStart(w, '0');
    stampText = `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}${LOG_PREFIX}`;
    stampSecond = second;
  }
  return `${stampText}${(++logSeq).toString(16).toUpperCase().padStart(10, '0')}`;
}

/** Parses `Range: bytes=…` against a body of `size` bytes. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'invalid' | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return 'invalid';
  const [, a, b] = m;
  let start: number;
  let end: number;
  if (a === '' && b === '') return 'invalid';
  if (a === '') {
    const n = Number(b);
    if (n === 0) return 'invalid';
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(a);
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}
