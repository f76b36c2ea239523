/** Per-app, per-method rate limits: fixed one-second and one-minute windows. */
import type { Method } from '@larkgen/spec';
import type { RateLimit, RateLimitOptions } from './options.js';

export class Limiter {
  private readonly windows = new Map<string, { sec: number; secCount: number; min: number; minCount: number }>();

  /** Counts one call; returns the limit hit and seconds to wait, or undefined. */
  hit(key: string, limit: RateLimit, now: number): { limit: number; reset: number } | undefined {
    const secStart = Math.floor(now / 1000);
    const minStart = Math.floor(now / 60_000);
    let w = this.windows.get(key);
    if (!w) this.windows.set(key, (w = { sec: secStart, secCount: 0, min: minStart, minCount: 0 }));
    if (w.sec !== secStart) {
      w.sec = secStart;
      w.secCount = 0;
    }
    if (w.min !== minStart) {
      w.min = minStart;
      w.minCount = 0;
    }
    if (limit.perSecond !== undefined && w.secCount >= limit.perSecond) {
      return { limit: limit.perSecond, reset: Math.max(1, Math.ceil(((secStart + 1) * 1000 - now) / 1000)) };
    }
    if (limit.perMinute !== undefined && w.minCount >= limit.perMinute) {
      return { limit: limit.perMinute, reset: Math.max(1, Math.ceil(((minStart + 1) * 60_000 - now) / 1000)) };
    }
    w.secCount++;
    w.minCount++;
    return undefined;
  }

  clear(): void {
    this.windows.clear();
  }
}

/** The limit that applies to a method: its own, the spec's (when asked for), or the default `*`. */
export function limitFor(method: Method, r: RateLimitOptions): RateLimit | undefined {
  const own = r.methods?.[method.id];
  if (own) return own;
  if (r.fromSpec && method.rateLimit && (method.rateLimit.perSecond !== undefined || method.rateLimit.perMinute !== undefined)) {
    return { perSecond: method.rateLimit.perSecond, perMinute: method.rateLimit.perMinute };
  }
  return r.methods?.['*'];
}
