/**
 * A ranged, checked, atomic download (for +messages-resources-download), on top of the SDK's
 * download answers (`LarkDownload`, which takes a `Range` header through the call options):
 *
 *   1. probe with `Range: bytes=0-131071`;
 *   2. on 206, the full size comes from Content-Range and the rest is fetched in 8 MiB ranges;
 *      on 200 the answer is the whole file, read as it streams;
 *   3. each request (probe, chunk, whole file) is retried twice after a network failure, a 5xx
 *      or rate-limit answer, or a short or misplaced range;
 *   4. the size written must match the size announced;
 *   5. bytes go to a temporary file next to the target, renamed into place only when complete;
 *      on any failure (or Ctrl-C) it is removed, so no partial file is ever left behind.
 *
 * The range arithmetic and header parsing come from @larkgen/im-content.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { CHUNK_BYTES, parseContentRange, probeRange, remainingRanges, sizeMismatch } from '@larkgen/im-content';
import type { LarkDownload } from '@larkgen/sdk';
import { CliError } from '../../../core/errors.js';
import { fromSdkError } from '../../../core/sdk-errors.js';
import { methodLoaders } from '../../../generated/loaders.js';
import type { ShortcutContext } from '../../types.js';
import { fixesFor } from '../../fixes.js';

/** Where the bytes come from: one request for a byte range (or, undefined, the whole file). */
export type OpenRange = (range: string | undefined) => Promise<LarkDownload>;

export interface RangedDownloadOptions {
  /** Retries of each request after a transient failure (default 2). */
  readonly retries?: number;
  /** Size of the ranges after the probe (default 8 MiB). */
  readonly chunkBytes?: number;
  /** Pause before retry n (1-based), in ms (default 250·n). */
  readonly backoffMs?: (attempt: number) => number;
  readonly progress?: (received: number, total: number | undefined) => void;
}

export interface RangedDownloadResult {
  /** Absolute path written. */
  readonly path: string;
  readonly bytes: number;
  readonly contentType: string | undefined;
  /** Requests made, probe included. */
  readonly requests: number;
}

/** A transfer problem worth another try (short or misplaced range, broken stream). */
class TransientError extends Error {
  override readonly name = 'TransientError';
}

/** Network failures, timeouts, 5xx and rate limits are retried; other platform errors are not. */
export function isTransient(e: unknown): boolean {
  if (e instanceof TransientError) return true;
  const x = e as { name?: string; httpStatus?: number } | undefined;
  if (!x || typeof x !== 'object') return false;
  if (x.name === 'LarkNetworkError' || x.name === 'LarkTimeoutError' || x.name === 'LarkRateLimitError') return true;
  return typeof x.httpStatus === 'number' && x.httpStatus >= 500;
}

/** The whole body of an answer, at most `limit` bytes (more is a misbehaving server). */
async function readAll(dl: LarkDownload, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let n = 0;
  const reader = dl.body.getReader();
  try {
    for (let r = await nextPiece(reader, n); !r.done; r = await nextPiece(reader, n)) {
      n += r.value.byteLength;
      if (n > limit) {
        await reader.cancel().catch(() => {});
        throw new TransientError(`the answer holds more than the ${limit} bytes asked for`);
      }
      parts.push(r.value);
    }
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * Downloads through `openRange` into the file `target` names once the first answer is in (from
 * its Content-Type and its Content-Disposition file name); see the module comment.
 */
export async function rangedDownload(
  openRangeRaw: OpenRange,
  target: (contentType: string | undefined, fileName: string | undefined) => string,
  options: RangedDownloadOptions = {},
): Promise<RangedDownloadResult> {
  const retries = options.retries ?? 2;
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const backoff = options.backoffMs ?? ((n: number) => 250 * n);
  let requests = 0;
  const openRange: OpenRange = (range) => {
    requests++;
    return openRangeRaw(range);
  };

  /** Runs `step` with up to `retries` more tries after a transient failure. */
  async function withRetries<T>(step: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await step();
      } catch (e) {
        if (attempt >= retries || !isTransient(e)) throw e;
        await new Promise((r) => setTimeout(r, backoff(attempt + 1)));
      }
    }
  }

  // 1. The probe. A server that cannot serve the range (416: e.g. an empty file) gets a plain request.
  let probe: LarkDownload;
  try {
    probe = await withRetries(() => openRange(probeRange()));
  } catch (e) {
    if ((e as { httpStatus?: number }).httpStatus !== 416) throw e;
    probe = await withRetries(() => openRange(undefined));
  }
  const contentType = probe.contentType;
  let abs: string;
  try {
    abs = target(contentType, probe.filename);
    await mkdir(path.dirname(abs), { recursive: true });
  } catch (e) {
    await probe.body.cancel().catch(() => {});
    throw e;
  }
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${randomBytes(6).toString('hex')}.part`);
  // Listening before the temporary file exists: a signal that comes as it is created still removes it.
  const onSignal = (sig: NodeJS.Signals) => {
    try {
      fs.rmSync(tmp, { force: true });
    } finally {
      process.exit(sig === 'SIGINT' ? 130 : 143);
    }
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let fh: FileHandle | undefined;
  let closed = false;
  try {
    const file = (fh = await open(tmp, 'wx', 0o644));
    let received: number;
    let expected: number | undefined;
    const range = probe.status === 206 ? parseContentRange(probe.headers.get('content-range')) : undefined;
    if (probe.status === 206 && range && range.start === 0 && range.total !== undefined) {
      // 2a. Ranged: the probe's bytes, then the rest in chunks.
      expected = range.total;
      let first: LarkDownload | undefined = probe;
      const head = await withRetries(async () => {
        const dl = first ?? (await openRange(probeRange()));
        first = undefined;
        return checkedChunk(dl, 0, range.end - range.start + 1);
      });
      await file.write(head, 0, head.byteLength, 0);
      received = head.byteLength;
      options.progress?.(received, expected);
      for (const r of remainingRanges(received, expected, chunkBytes)) {
        const [from, to] = r.slice('bytes='.length).split('-').map(Number) as [number, number];
        const bytes = await withRetries(async () => checkedChunk(await openRange(r), from, to - from + 1));
        await file.write(bytes, 0, bytes.byteLength, from);
        received += bytes.byteLength;
        options.progress?.(received, expected);
      }
    } else {
      // 2b. The whole file in one answer (200, or a 206 that does not say the size): stream it.
      let dl: LarkDownload | undefined = probe.status === 200 ? probe : undefined;
      if (!dl) await probe.body.cancel().catch(() => {});
      received = 0;
      await withRetries(async () => {
        const answer = dl ?? (await openRange(undefined));
        dl = undefined;
        if (answer.status !== 200) throw new TransientError(`asked for the whole file, got HTTP ${answer.status}`);
        expected = answer.size;
        received = 0;
        await file.truncate(0);
        await streamTo(answer, file, (n) => {
          received = n;
          options.progress?.(n, expected);
        });
      });
    }
    // 4. The size check.
    const wrong = sizeMismatch(received, expected);
    if (wrong) throw new CliError('network', `The download is incomplete: ${wrong}. Nothing was saved.`, { hint: 'Retry the command.' });
    await file.sync();
    await file.close();
    closed = true;
    await rename(tmp, abs);
    return { path: abs, bytes: received, contentType, requests };
  } catch (e) {
    if (!closed) await fh?.close().catch(() => {});
    await rm(tmp, { force: true });
    if (e instanceof TransientError) throw new CliError('network', `The download failed after ${retries} retries: ${e.message}. Nothing was saved.`, { hint: 'Retry the command.' });
    throw e;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** A range answer's bytes, checked to be a 206 for exactly `length` bytes from `start`. */
async function checkedChunk(dl: LarkDownload, start: number, length: number): Promise<Uint8Array> {
  if (dl.status !== 206) {
    await dl.body.cancel().catch(() => {});
    throw new TransientError(`asked for bytes ${start}–${start + length - 1}, got HTTP ${dl.status} instead of a range`);
  }
  const r = parseContentRange(dl.headers.get('content-range'));
  if (!r || r.start !== start) {
    await dl.body.cancel().catch(() => {});
    throw new TransientError(`asked for bytes from ${start}, got Content-Range "${dl.headers.get('content-range') ?? ''}"`);
  }
  const bytes = await readAll(dl, length);
  if (bytes.byteLength !== length) throw new TransientError(`asked for ${length} bytes from ${start}, got ${bytes.byteLength}`);
  return bytes;
}

/** The next piece of a body; a broken connection is a transient failure. */
async function nextPiece(reader: ReadableStreamDefaultReader<Uint8Array>, sofar: number): Promise<ReadableStreamReadResult<Uint8Array>> {
  try {
    return await reader.read();
  } catch (e) {
    await reader.cancel().catch(() => {});
    throw new TransientError(`the connection broke after ${sofar} bytes: ${(e as Error).message}`);
  }
}

/** Streams an answer's body into `fh` from position 0; returns the byte count. */
async function streamTo(dl: LarkDownload, fh: FileHandle, progress: (n: number) => void): Promise<number> {
  const reader = dl.body.getReader();
  let n = 0;
  try {
    for (let r = await nextPiece(reader, n); !r.done; r = await nextPiece(reader, n)) {
      await fh.write(r.value, 0, r.value.byteLength, n);
      n += r.value.byteLength;
      progress(n);
    }
  } finally {
    reader.releaseLock();
  }
  if (dl.size !== undefined && n < dl.size) throw new TransientError(`the connection closed after ${n} of ${dl.size} bytes`);
  return n;
}

/** What one message resource download asks for. */
export interface ResourceRequest {
  readonly messageId: string;
  readonly fileKey: string;
  readonly type: 'image' | 'file';
}

/**
 * The byte-range opener of one message resource (GET im.message.resources.get as the context's
 * identity, no SDK retries: rangedDownload retries each range itself).
 */
export async function resourceOpener(ctx: ShortcutContext, r: ResourceRequest): Promise<OpenRange> {
  const { bind } = await import('../../../core/client.js');
  const get = bind(await ctx.client(), (await methodLoaders[RESOURCE_METHOD]!()).binding);
  const req = { path: { message_id: r.messageId, file_key: r.fileKey }, params: { type: r.type } };
  return (range) => get(req, { as: ctx.identity, maxRetries: 0, ...(range ? { headers: { Range: range } } : {}) }) as Promise<LarkDownload>;
}

/** An SDK error of a resource download as the CLI error the shortcut's spec words. */
export function downloadError(ctx: ShortcutContext, e: unknown): unknown {
  return fromSdkError(e, {
    what: `${ctx.shortcut.service} ${ctx.shortcut.command}`,
    identity: ctx.identity,
    scopes: ctx.shortcut.identities[ctx.identity],
    session: ctx.session,
    fixes: fixesFor(ctx.shortcut, ctx.identity),
  });
}

/** The method every message resource download calls. */
export const RESOURCE_METHOD = 'im.message.resources.get';
