/**
 * Node-only helpers: uploads from a file path, downloads to a file (atomic, resumable).
 * Everything else in the SDK runs wherever `fetch` exists.
 */
import { randomBytes } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LarkAbortError, LarkNetworkError, type LarkDownload, type NamedFile } from './index.js';

/** An upload read from a file on disk (lazily, without loading it into memory first). */
export async function fileFromPath(path: string, options: { filename?: string; contentType?: string } = {}): Promise<NamedFile> {
  const blob = await openAsBlob(path, options.contentType ? { type: options.contentType } : undefined);
  return { data: blob, filename: options.filename ?? basename(path), ...(options.contentType ? { contentType: options.contentType } : {}) };
}

export interface ToFileOptions {
  /** How many times to resume after a broken connection (with `Range` when the server allows it). Default 3. */
  maxResumes?: number;
  signal?: AbortSignal;
  /** File mode of the result. Default 0o644 (before umask). */
  mode?: number;
}

export interface ToFileResult {
  readonly path: string;
  readonly bytes: number;
  readonly contentType: string | undefined;
  /** How many times the transfer was resumed. */
  readonly resumes: number;
}

/**
 * Writes a download to `path` atomically: into a temporary file next to it, renamed into place only
 * once complete. A broken connection is resumed from the last byte written with a `Range` request;
 * a server that answers the whole file again restarts it.
 */
export async function toFile(download: LarkDownload, path: string, options: ToFileOptions = {}): Promise<ToFileResult> {
  const maxResumes = options.maxResumes ?? 3;
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  const fh = await open(tmp, 'w', options.mode ?? 0o644);
  let written = 0;
  let resumes = 0;
  let dl = download;
  let closed = false;
  try {
    for (;;) {
      try {
        const reader = dl.body.getReader();
        // An abort ends a read that is waiting for bytes, not only the next one.
        const stop = () => void reader.cancel().catch(() => {});
        options.signal?.addEventListener('abort', stop, { once: true });
        try {
          for (let r = await reader.read(); !r.done; r = await reader.read()) {
            if (options.signal?.aborted) throw new LarkAbortError('download aborted');
            await fh.write(r.value, 0, r.value.byteLength, written);
            written += r.value.byteLength;
          }
        } finally {
          options.signal?.removeEventListener('abort', stop);
          reader.releaseLock();
        }
        if (dl.size !== undefined && written < dl.size) throw new Error(`connection closed after ${written} of ${dl.size} bytes`);
        break;
      } catch (e) {
        if (e instanceof LarkAbortError || options.signal?.aborted) throw e instanceof LarkAbortError ? e : new LarkAbortError('download aborted', { cause: e });
        if (resumes >= maxResumes || !dl.resumable) {
          throw new LarkNetworkError(`download broke after ${written} bytes: ${(e as Error).message}`, { cause: e });
        }
        resumes++;
        dl = await dl.resume(written, options.signal);
        if (dl.offset !== written) {
          // The server sent the file from its start (or from elsewhere): begin again.
          if (dl.offset !== 0) throw new LarkNetworkError(`resume asked for byte ${written}, got ${dl.offset}`);
          written = 0;
          await fh.truncate(0);
        }
      }
    }
    if (dl.size !== undefined && written !== dl.size) throw new LarkNetworkError(`expected ${dl.size} bytes, got ${written}`);
    await fh.sync();
    await fh.close();
    closed = true;
    await rename(tmp, path);
    return { path, bytes: (await stat(path)).size, contentType: download.contentType, resumes };
  } catch (e) {
    if (!closed) await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
}

export * from './index.js';
