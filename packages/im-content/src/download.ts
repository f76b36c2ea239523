/**
 * The arithmetic of +messages-resources-download's ranged download: a first request for
 * `bytes=0-131071`; a 206 answer gives the full size in Content-Range and the rest is fetched in
 * 8 MiB ranges; the final size must match. The requests, retries and the temporary file are the
 * command's; these functions only read headers and plan ranges.
 */

/** Size of the probe request: bytes 0–131071. */
export const PROBE_BYTES = 128 * 1024;

/** Size of each following range request. */
export const CHUNK_BYTES = 8 * 1024 * 1024;

/** The Range header of the probe request. */
export function probeRange(): string {
  return `bytes=0-${PROBE_BYTES - 1}`;
}

/** A parsed `Content-Range: bytes start-end/total` (total undefined for `*`). */
export interface ContentRange {
  readonly start: number;
  readonly end: number;
  readonly total?: number;
}

/** Parses a Content-Range header; undefined when it is missing or not a byte range. */
export function parseContentRange(header: string | null | undefined): ContentRange | undefined {
  if (!header) return undefined;
  const m = /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(header);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = Number(m[2]);
  const total = m[3] === '*' ? undefined : Number(m[3]);
  if (end < start || (total !== undefined && end >= total)) return undefined;
  return { start, end, ...(total !== undefined ? { total } : {}) };
}

/**
 * The Range headers still to fetch after `received` bytes of a `total`-byte file, in chunks of
 * `chunk` bytes (default 8 MiB): `["bytes=131072-8519679", …]`. Empty when nothing is left.
 */
export function remainingRanges(received: number, total: number, chunk = CHUNK_BYTES): string[] {
  if (!Number.isInteger(chunk) || chunk < 1) throw new RangeError(`chunk must be a positive integer, got ${chunk}`);
  const out: string[] = [];
  for (let start = received; start < total; start += chunk) out.push(`bytes=${start}-${Math.min(start + chunk, total) - 1}`);
  return out;
}

/**
 * Why a finished download is not the file it should be, or undefined when its size is right:
 * the total from Content-Range (ranged) or Content-Length (single answer), when known.
 */
export function sizeMismatch(received: number, expected: number | undefined): string | undefined {
  if (expected === undefined || received === expected) return undefined;
  return `received ${received} bytes but the platform announced ${expected}`;
}
