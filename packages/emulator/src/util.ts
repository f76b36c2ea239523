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
export async function readBody(req: IncomingMessage, limit: number, inspect?: (chunk: Buffer) => void): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit) throw new BodyTooLargeError(limit);
    inspect?.(b);
    chunks.push(b);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

export function ms(n: number): string {
  return String(Math.floor(n));
}

export function sec(n: number): string {
  return String(Math.floor(n / 1000));
}

let logSeq = 0;
const LOG_PREFIX = randomBytes(3).toString('hex').toUpperCase();

/** A log id in the platform's style: a timestamp followed by hex. */
export function newLogId(now: number): string {
  const d = new Date(now);
  const p = (x: number, w = 2) => String(x).padStart(w, '0');
  const stamp = `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
  return `${stamp}${LOG_PREFIX}${(++logSeq).toString(16).toUpperCase().padStart(10, '0')}`;
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
