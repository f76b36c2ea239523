import { LarkAbortError } from './errors.js';

/** Settles like `p`, unless `signal` aborts first. */
export function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new LarkAbortError('aborted'));
    const onAbort = () => reject(new LarkAbortError('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, or rejects with LarkAbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return abortable(new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), signal).finally(() => clearTimeout(timer));
}

/** Exponential backoff with jitter: a random delay in [½, 1] × min(cap, base × 2^attempt). */
export function backoff(attempt: number, baseMs: number, capMs: number): number {
  const d = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(d / 2 + (Math.random() * d) / 2);
}

/**
 * The wait before retrying when the server named one: that wait plus a random share of up to half
 * of it again (at most 500 ms, never past the cap). Every client limited in the same window is told
 * the same reset time; retrying all at that instant would trip the limit again.
 */
export function spreadWait(askedMs: number, capMs: number): number {
  const spread = Math.max(0, Math.min(askedMs / 2, 500, capMs - askedMs));
  return Math.round(askedMs + Math.random() * spread);
}

/**
 * How long the platform asked us to wait, in ms: `x-ogw-ratelimit-reset` (seconds until the window
 * resets) on a rate limit, else `Retry-After` (seconds or an HTTP date).
 */
export function retryAfterMs(h: Headers, rateLimited: boolean): number | undefined {
  for (const v of [rateLimited ? h.get('x-ogw-ratelimit-reset') : null, h.get('retry-after')]) {
    if (!v?.trim()) continue;
    // A wait of zero or less, or one that is not a number, says nothing: the caller's backoff applies.
    const n = Number(v);
    const ms = Number.isNaN(n) ? Date.parse(v) - Date.now() : n * 1000;
    if (Number.isNaN(ms)) continue;
    return ms > 0 ? Math.min(ms, Number.MAX_SAFE_INTEGER) : undefined;
  }
  return undefined;
}

/** A URL safe to log: values of secret-looking query parameters replaced by `***`. */
export function redactUrl(url: string): string {
  return url.replace(/([?&][^=&#]*(?:secret|access_token|refresh_token|password|ticket)[^=&#]*=)[^&#]*/gi, '$1***');
}
