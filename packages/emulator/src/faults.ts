/** Fault injection (latency, dropped connections, expired tokens, 5xx), as set by options or the admin API. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, PLATFORM } from './errors.js';
import { errorBody, sendJson } from './http.js';
import type { Internals } from './internals.js';

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Applies the configured faults to one call; true when the call was answered (or dropped) here. */
export async function applyFaults(x: Internals, req: IncomingMessage, res: ServerResponse, methodId: string, logId: string): Promise<boolean> {
  const f = x.faults;
  if (f.methods && f.methods.length > 0 && !f.methods.includes(methodId)) return false;
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
