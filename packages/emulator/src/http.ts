/** How the emulator writes answers: JSON envelopes, Lark error bodies and file content (with ranges). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Method } from '@larkgen/spec';
import { formatContentDisposition } from '@larkgen/sdk';
import type { BinaryAnswer } from './context.js';
import type { ApiError } from './errors.js';
import { parseRange } from './util.js';

const JSON_TYPE = 'application/json; charset=utf-8';

export function sendJson(res: ServerResponse, status: number, body: unknown, logId: string, headers?: Record<string, string>): void {
  sendJsonText(res, status, JSON.stringify(body), logId, headers);
}

/**
 * A success answer: `data` in the envelope. One `JSON.stringify` of the whole envelope gives a flat
 * string; gluing a serialized `data` into a fixed prefix made a rope that measuring its UTF-8 length
 * copied once more. (A `data` JSON cannot hold is left out, as `JSON.stringify` leaves out such a member.)
 */
export function sendSuccess(res: ServerResponse, data: unknown, logId: string): void {
  sendJsonText(res, 200, JSON.stringify({ code: 0, msg: 'success', data }), logId);
}

function sendJsonText(res: ServerResponse, status: number, text: string, logId: string, headers?: Record<string, string>): void {
  const own = { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(text), 'x-tt-logid': logId };
  res.writeHead(status, headers ? { ...own, ...headers } : own);
  res.end(text);
}

export function errorBody(e: ApiError, logId: string): Record<string, unknown> {
  const error: Record<string, unknown> = {};
  if (e.detail.message) error.message = e.detail.message;
  error.log_id = logId;
  error.troubleshooter = `Emulator request log: GET /__emulator/requests (log_id ${logId})`;
  if (e.detail.permission_violations) error.permission_violations = e.detail.permission_violations;
  if (e.detail.field_violations) error.field_violations = e.detail.field_violations;
  if (e.detail.helps) error.helps = e.detail.helps;
  return { code: e.code, msg: e.msg, error };
}

export function sendBinary(req: IncomingMessage, res: ServerResponse, method: Method, a: BinaryAnswer, logId: string): number {
  const size = a.binary.length;
  const headers: Record<string, string | number> = { 'content-type': a.contentType, 'x-tt-logid': logId, 'accept-ranges': 'bytes' };
  if (a.fileName) headers['content-disposition'] = formatContentDisposition(a.fileName);
  const range = method.response.kind === 'binary' && method.response.range ? parseRange(req.headers.range, size) : undefined;
  if (range === 'invalid') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}`, 'content-length': 0 });
    res.end();
    return 416;
  }
  if (range) {
    const chunk = a.binary.subarray(range.start, range.end + 1);
    res.writeHead(206, { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${size}`, 'content-length': chunk.length });
    res.end(chunk);
    return 206;
  }
  res.writeHead(200, { ...headers, 'content-length': size });
  res.end(a.binary);
  return 200;
}

/** `/path?query` → its two parts (the query without its `?`). */
export function splitUrl(raw: string): { pathname: string; search: string } {
  const q = raw.indexOf('?');
  return q < 0 ? { pathname: raw, search: '' } : { pathname: raw.slice(0, q), search: raw.slice(q + 1) };
}
