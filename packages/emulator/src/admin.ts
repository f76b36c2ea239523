import type { IncomingMessage, ServerResponse } from 'node:http';
import querystring from 'node:querystring';
import { issueTenantToken, issueUserToken } from './auth.js';
import type { FaultOptions, RateLimitOptions } from './options.js';
import { sendJson } from './http.js';
import type { Internals } from './internals.js';
import { readBody } from './util.js';
import { EVENT_ROUTES, handleEventAdmin } from './events/admin.js';
import { plantMessage } from './plant.js';

const ROUTES = [
  'GET  /__emulator/health',
  'GET  /__emulator/methods',
  'POST /__emulator/reset {seed?: "demo"|"empty"}',
  'GET  /__emulator/state',
  'GET  /__emulator/scopes',
  'PUT  /__emulator/scopes {enabled?: [...], add?: [...], remove?: [...]}',
  'GET  /__emulator/faults',
  'PUT  /__emulator/faults {errorRate?, errorStatus?, latencyMs?, latencyJitterMs?, dropRate?, expireTokenRate?, methods?}',
  'GET  /__emulator/rate-limits',
  'PUT  /__emulator/rate-limits {fromSpec?, methods?: {<method id>|"*": {perSecond?, perMinute?}}}',
  'POST /__emulator/device/approve {user_code | device_code, open_id?, deny?}',
  'GET  /__emulator/device?user_code=… (approval page)',
  'POST /__emulator/tokens/tenant',
  'POST /__emulator/tokens/user {open_id, scopes?, offline?}',
  'POST /__emulator/tokens/expire {kind?: "tenant"|"user"|"all"}',
  'POST /__emulator/messages/read {message_id, open_id}',
  'POST /__emulator/messages {chat_id, msg_type, content, as?: <open_id>|"bot"} (a message of any type, as a client would post it)',
  'GET  /__emulator/requests?limit=N',
  ...EVENT_ROUTES,
];

async function jsonBody(req: IncomingMessage): Promise<Record<string, any>> {
  const buf = await readBody(req, 1024 * 1024);
  if (buf.length === 0) return {};
  const text = buf.toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
    return querystring.parse(text) as Record<string, any>;
  }
  return JSON.parse(text) as Record<string, any>;
}

function html(res: ServerResponse, status: number, body: string): void {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Lark emulator: device sign-in</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;line-height:1.5}button{margin-right:.5rem;padding:.4rem 1rem}</style>
</head><body>${body}</body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page) });
  res.end(page);
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function devicePage(it: Internals, code: string): string {
  const s = it.rt.state;
  const d = [...s.devices.values()].find((x) => x.user_code === code.toUpperCase());
  if (!d) {
    return `<h1>Sign in to ${esc(s.app.app_id)}</h1><form method="get"><label>Code <input name="user_code" autofocus></label> <button>Continue</button></form>`;
  }
  if (d.status !== 'pending') return `<h1>Code ${esc(d.user_code)}</h1><p>This request is already ${esc(d.status)}.</p>`;
  const users = [...s.users.values()].map((u) => `<option value="${esc(u.open_id)}">${esc(u.name)} (${esc(u.open_id)})</option>`).join('');
  const scopes = d.scopes.length ? d.scopes.map((x) => `<li><code>${esc(x)}</code></li>`).join('') : '<li>(no scopes)</li>';
  return `<h1>Sign in to ${esc(s.app.app_id)}</h1><p>Code <strong>${esc(d.user_code)}</strong> asks for:</p><ul>${scopes}</ul>
<form method="post"><input type="hidden" name="user_code" value="${esc(d.user_code)}">
<label>Sign in as <select name="open_id">${users}</select></label><p>
<button name="action" value="approve">Approve</button><button name="action" value="deny">Deny</button></p></form>`;
}

/** The emulator's own control API under /__emulator/ (no auth: local use only). */
export async function handleAdmin(it: Internals, req: IncomingMessage, res: ServerResponse, pathname: string, search: string, logId: string): Promise<void> {
  const s = () => it.rt.state;
  const m = req.method ?? 'GET';
  const route = `${m} ${pathname.replace(/\/+$/, '')}`;
  const ok = (data: unknown = {}) => sendJson(res, 200, { code: 0, msg: 'success', data }, logId);
  const bad = (status: number, message: string) => sendJson(res, status, { code: 400, msg: message }, logId);
  try {
    if (await handleEventAdmin(it, req, res, route, search, () => jsonBody(req))) return;
    switch (route) {
      case 'GET /__emulator':
        return ok({ routes: ROUTES });
      case 'GET /__emulator/health':
        return ok({ ok: true, url: it.url });
      case 'GET /__emulator/methods':
        return ok({ emulated: it.emulated, not_emulated: it.notEmulated });
      case 'POST /__emulator/reset': {
        const b = await jsonBody(req);
        it.reset(b.seed === 'empty' ? 'empty' : b.seed === 'demo' ? 'demo' : undefined);
        return ok({});
      }
      case 'GET /__emulator/state': {
        const doc = s().toJSON() as Record<string, any>;
        doc.resources = (doc.resources as { data: string }[]).map((r) => ({ ...r, data: undefined, size: Buffer.from(r.data, 'base64').length }));
        return ok(doc);
      }
      case 'GET /__emulator/scopes':
        return ok({ enabled: s().app.enabled_scopes, all: Object.keys(it.model.scopes).sort() });
      case 'PUT /__emulator/scopes':
      case 'POST /__emulator/scopes': {
        const b = await jsonBody(req);
        let next = Array.isArray(b.enabled) ? (b.enabled as string[]) : [...s().app.enabled_scopes];
        if (Array.isArray(b.add)) next = [...next, ...(b.add as string[])];
        if (Array.isArray(b.remove)) next = next.filter((x) => !(b.remove as string[]).includes(x));
        it.setScopes(next);
        return ok({ enabled: s().app.enabled_scopes });
      }
      case 'GET /__emulator/faults':
        return ok(it.faults);
      case 'PUT /__emulator/faults':
      case 'POST /__emulator/faults':
        it.faults = (await jsonBody(req)) as FaultOptions;
        return ok(it.faults);
      case 'GET /__emulator/rate-limits':
        return ok(it.rateLimits);
      case 'PUT /__emulator/rate-limits':
      case 'POST /__emulator/rate-limits':
        it.rateLimits = (await jsonBody(req)) as RateLimitOptions;
        return ok(it.rateLimits);
      case 'POST /__emulator/device/approve': {
        const b = await jsonBody(req);
        const code = String(b.user_code ?? b.device_code ?? '');
        const done = it.approveDevice(code, typeof b.open_id === 'string' ? b.open_id : undefined, b.deny === true);
        return done ? ok({ status: b.deny === true ? 'denied' : 'approved' }) : bad(404, `no pending device authorization for ${code}`);
      }
      case 'GET /__emulator/device': {
        const q = querystring.parse(search);
        return html(res, 200, devicePage(it, String(q.user_code ?? '')));
      }
      case 'POST /__emulator/device': {
        const b = await jsonBody(req);
        const code = String(b.user_code ?? '');
        const deny = b.action === 'deny';
        const done = it.approveDevice(code, typeof b.open_id === 'string' ? b.open_id : undefined, deny);
        return html(res, done ? 200 : 404, done ? `<h1>${deny ? 'Denied' : 'Approved'}</h1><p>You can go back to your terminal.</p>` : '<h1>Unknown or finished code</h1>');
      }
      case 'POST /__emulator/tokens/tenant': {
        const t = issueTenantToken(s(), it.tokenTtl, it.rt.now());
        it.rt.touch();
        return ok({ tenant_access_token: t.token, expire: t.expire });
      }
      case 'POST /__emulator/tokens/user': {
        const b = await jsonBody(req);
        const openId = String(b.open_id ?? 'ou_alice');
        if (!s().users.has(openId)) return bad(404, `no user ${openId}`);
        const scopes = Array.isArray(b.scopes) ? (b.scopes as string[]) : [...it.appScopes()];
        const t = issueUserToken(s(), openId, scopes, {
          ttlSeconds: it.userTokenTtl,
          refreshTtlSeconds: it.refreshTtl,
          offline: b.offline !== false,
          now: it.rt.now(),
        });
        it.rt.touch();
        return ok(t);
      }
      case 'POST /__emulator/tokens/expire': {
        const b = await jsonBody(req);
        const kind = b.kind === 'tenant' || b.kind === 'user' ? b.kind : 'all';
        let n = 0;
        const now = it.rt.now();
        for (const t of s().tokens.values()) {
          if ((kind === 'all' || t.kind === kind) && t.expires_at > now) {
            t.expires_at = now - 1;
            n++;
          }
        }
        it.rt.touch();
        return ok({ expired: n });
      }
      case 'POST /__emulator/messages/read': {
        const b = await jsonBody(req);
        const msg = s().messages.get(String(b.message_id));
        if (!msg || !s().users.has(String(b.open_id))) return bad(404, 'unknown message_id or open_id');
        msg.reads[String(b.open_id)] = it.rt.now();
        it.rt.touch();
        it.events.read(String(b.open_id), [msg], msg.reads[String(b.open_id)]!);
        return ok({});
      }
      case 'POST /__emulator/messages': {
        const r = plantMessage(it, await jsonBody(req));
        return 'error' in r ? bad(400, r.error) : ok(r);
      }
      case 'GET /__emulator/requests': {
        const q = querystring.parse(search);
        const n = Math.max(1, Math.min(1000, Number(q.limit ?? 100) || 100));
        return ok({ items: it.log.slice(-n) });
      }
      default:
        return bad(404, `no emulator route ${route}; GET /__emulator lists them`);
    }
  } catch (e) {
    return bad(400, `bad request: ${(e as Error).message}`);
  }
}
