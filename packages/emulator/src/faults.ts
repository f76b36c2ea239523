/** Fault injection (latency, dropped connections, expired tokens, 5xx), as set by options or the admin API. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, PLATFORM } from './errors.js';
import { errorBody, sendJson } from './http.js';
import type { Internals } from './internals.js';
import type { FaultOptions } from './options.js';

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Applies the configured faults to one call; resolves true when the call was answered (or dropped)
 * here. Plain `false` when no fault is configured for it, so the common call does not wait a turn.
 */
export function applyFaults(x: Internals, req: IncomingMessage, res: ServerResponse, methodId: string, logId: string): false | Promise<boolean> {
  const f = x.faults;
  if (!(f.latencyMs || f.latencyJitterMs || f.dropRate || f.expireTokenRate || f.errorRate)) return false;
  if (f.methods && f.methods.length > 0 && !f.methods.includes(methodId)) return false;
  return injectFaults(x, f, req, res, logId);
}

async function injectFaults(x: Internals, f: FaultOptions, req: IncomingMessage, res: ServerResponse, logId: string): Promise<boolean> {
  const delay = (f.latencyMs ?? 0) + (f.latencyJitterMs ? Math.random() * f.latencyJitterMs : 0);
  if (delay > 0) await sleep(delay);
  if (f.dropRate && Math.random() < f.dropRate) {
    req.socket.destroy();
    return true;
  }
  if (f.expireTokenRate && Math.random() < f.expireTokenRate) {
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const t = m ? x.rt.state.tokens.get(m[1]!) : undefined;
    if (t) t.expires_at = Math.min(t.expires_at, x.rt.now() - 1);
  }
  if (f.errorRate && Math.random() < f.errorRate) {
    const e = new ApiError(PLATFORM.internal.code, PLATFORM.internal.msg, f.errorStatus ?? 500, {
      message: 'Injected failure (emulator fault injection); retry later.',
    });
    sendJson(res, e.http, errorBody(e, logId), logId);
    return true;
  }
  return false;
}
