/**
 * Bounds the shape of a JSON body while it arrives, before `JSON.parse` and schema validation
 * see it: a body nested millions of levels deep or holding hundreds of thousands of keys is
 * refused as soon as it crosses the limit, so one hostile client cannot hold the event loop
 * that every other client shares. The limits and the scanner are the spec package's, which
 * also bounds JSON documents sent inside string fields (format `json`).
 */
import type { IncomingMessage } from 'node:http';
import { JSON_LIMITS, JsonShapeError, JsonShapeScanner, type JsonLimits } from '@larkgen/spec/fields';
import { readBody } from './util.js';

export { JsonShapeError };

/** Reads a request body of at most `limit` bytes whose JSON shape stays within `limits`. */
export function readJsonBody(req: IncomingMessage, limit: number, limits: JsonLimits = JSON_LIMITS): Promise<Buffer> {
  const scanner = new JsonShapeScanner(limits);
  return readBody(req, limit, (chunk) => scanner.feed(chunk));
}
