/**
 * Bounds the shape of a JSON body while it arrives, before `JSON.parse` and schema validation
 * see it: a body nested millions of levels deep or holding hundreds of thousands of keys is
 * refused as soon as it crosses the limit, so one hostile client cannot hold the event loop
 * that every other client shares. The scan is one pass over the bytes, chunk by chunk.
 */
import type { IncomingMessage } from 'node:http';
import { readBody } from './util.js';

export interface JsonLimits {
  /** Deepest nesting of objects and arrays. */
  readonly maxDepth: number;
  /** Object keys in the whole body. */
  readonly maxKeys: number;
}

/** Far above any Open API request body, far below what makes parsing and validation slow. */
export const JSON_LIMITS: JsonLimits = { maxDepth: 64, maxKeys: 20_000 };

export class JsonShapeError extends Error {
  override readonly name = 'JsonShapeError';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;

/** Feeds bytes in order; throws `JsonShapeError` the moment a limit is crossed. */
export class JsonShapeScanner {
  private depth = 0;
  private keys = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limits: JsonLimits = JSON_LIMITS) {}

  feed(chunk: Uint8Array): void {
    const { maxDepth, maxKeys } = this.limits;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) this.inString = false;
        continue;
      }
      if (b === QUOTE) this.inString = true;
      else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        if (++this.depth > maxDepth) throw new JsonShapeError(`the JSON body is nested deeper than ${maxDepth} levels`);
      } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) this.depth--;
      else if (b === COLON) {
        // Outside strings a colon only ever follows an object key.
        if (++this.keys > maxKeys) throw new JsonShapeError(`the JSON body holds more than ${maxKeys} object keys`);
      }
    }
  }
}

/** Reads a request body of at most `limit` bytes whose JSON shape stays within `limits`. */
export function readJsonBody(req: IncomingMessage, limit: number, limits: JsonLimits = JSON_LIMITS): Promise<Buffer> {
  const scanner = new JsonShapeScanner(limits);
  return readBody(req, limit, (chunk) => scanner.feed(chunk));
}
