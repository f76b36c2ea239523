/**
 * Bounds the shape of a JSON text before anything parses it. `JSON.parse` takes seconds on a few
 * megabytes of `[[[[…` and validators walk what it builds, so a body — or a JSON document sent
 * inside a string field such as a message's `content` — nested millions of levels deep or holding
 * hundreds of thousands of keys could hold the event loop every other caller shares. The scan is
 * one pass with no allocation; it reads bytes as they arrive (a request body) or a string.
 */

export interface JsonLimits {
  /** Deepest nesting of objects and arrays. */
  readonly maxDepth: number;
  /** Object keys in the whole document. */
  readonly maxKeys: number;
}

/** Far above any Open API request or message content, far below what makes parsing slow. */
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

/**
 * Fed in order (bytes or text: every character it looks at is ASCII, so UTF-8 bytes and UTF-16
 * code units read the same); throws `JsonShapeError` the moment a limit is crossed.
 */
export class JsonShapeScanner {
  private depth = 0;
  private keys = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limits: JsonLimits = JSON_LIMITS) {}

  feed(chunk: Uint8Array | string): void {
    const text = typeof chunk === 'string';
    for (let i = 0; i < chunk.length; i++) this.step(text ? (chunk as string).charCodeAt(i) : (chunk as Uint8Array)[i]!);
  }

  private step(c: number): void {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === QUOTE) this.inString = false;
      return;
    }
    if (c === QUOTE) this.inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++this.depth > this.limits.maxDepth) throw new JsonShapeError(`the JSON is nested deeper than ${this.limits.maxDepth} levels`);
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) this.depth--;
    else if (c === COLON) {
      // Outside strings a colon only ever follows an object key.
      if (++this.keys > this.limits.maxKeys) throw new JsonShapeError(`the JSON holds more than ${this.limits.maxKeys} object keys`);
    }
  }
}

/** Why `text` is too deep or too wide to parse, or undefined when its shape is within `limits`. */
export function jsonShapeProblem(text: string, limits: JsonLimits = JSON_LIMITS): string | undefined {
  try {
    new JsonShapeScanner(limits).feed(text);
    return undefined;
  } catch (e) {
    if (e instanceof JsonShapeError) return e.message;
    throw e;
  }
}
