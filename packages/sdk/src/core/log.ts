/**
 * Hands the client's records to its logger. A client loads this module only when it has a
 * logger, so a bundle of calls without one leaves it out. Records hold no token, secret or body
 * by construction; URLs lose the values of secret-looking query parameters here.
 */
import type { LarkLogger } from './types.js';
import { redactUrl } from './util.js';

export function emit(l: LarkLogger | undefined, level: keyof LarkLogger, message: string, data: Record<string, unknown>): void {
  if (l?.[level]) l[level]!(message, typeof data.url === 'string' ? { ...data, url: redactUrl(data.url) } : data);
}
