import type { IncomingMessage, ServerResponse } from 'node:http';
import querystring from 'node:querystring';
import { issueTenantToken, issueUserToken } from './auth.js';
import { sendJson } from './http.js';
import type { Internals } from './internals.js';
import { readJsonBody } from './json-guard.js';
import { EVENT_ROUTES } from './events/admin.js';
import { limitOf, routeLine, type AdminRoute } from './admin-route.js';
import { plantMessage } from './plant.js';

async function jsonBody(req: IncomingMessage): Promise<Record<string, any>> {
  const buf = await readJsonBody(req, 1024 * 1024);
  if (buf.length === 0) return {};
  const text = buf.toString('utf8');
  // `curl -d '{…}'` labels a JSON document as a form; no form body starts with `{`, so read it as JSON.
  if ((req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded') && !text.trimStart().startsWith('{')) {
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

/** A GET that shows one of the emulator's settings and a PUT that replaces it. */
function settingRoutes<K extends 'faults' | 'rateLimits'>(path: string, key: K, body: string): AdminRoute[] {
  return [
    { method: 'GET', path, handle: ({ it, ok }) => ok(it[key]) },
    {
      method: 'PUT',
      path,
      body,
      handle: async ({ it, ok, body }) => {
        it[key] = (await body()) as Internals[K];
        ok(it[key]);
      },
    },
  ];
}

/** Every route of the control API, in the order `GET /__emulator` lists them. */
const ROUTES: readonly AdminRoute[] = [
  { method: 'GET', path: '/__emulator', unlisted: true, handle: ({ ok }) => ok({ routes: ROUTES.filter((r) => !r.unlisted).map(routeLine) }) },
  { method: 'GET', path: '/__emulator/health', handle: ({ it, ok }) => ok({ ok: true, url: it.url }) },
  { method: 'GET', path: '/__emulator/methods', handle: ({ it, ok }) => ok({ emulated: it.emulated, not_emulated: it.notEmulated }) },
  {
    method: 'POST',
    path: '/__emulator/reset',
    body: '{seed?: "demo"|"empty"}',
    handle: async ({ it, ok, body }) => {
      const b = await body();
      it.reset(b.seed === 'empty' ? 'empty' : b.seed === 'demo' ? 'demo' : undefined);
      ok({});
    },
  },
  {
    method: 'GET',
    path: '/__emulator/state',
    handle: ({ it, ok }) => {
      const doc = it.rt.state.toJSON() as Record<string, any>;
      doc.resources = (doc.resources as { data: string }[]).map((r) => ({ ...r, data: undefined, size: Buffer.from(r.data, 'base64').length }));
      ok(doc);
    },
  },
  { method: 'GET', path: '/__emulator/scopes', handle: ({ it, ok }) => ok({ enabled: it.rt.state.app.enabled_scopes, all: Object.keys(it.model.scopes).sort() }) },
  {
    method: 'PUT',
    path: '/__emulator/scopes',
    body: '{enabled?: [...], add?: [...], remove?: [...]}',
    handle: async ({ it, ok, body }) => {
      const b = await body();
      let next = Array.isArray(b.enabled) ? (b.enabled as string[]) : [...it.rt.state.app.enabled_scopes];
      if (Array.isArray(b.add)) next = [...next, ...(b.add as string[])];
      if (Array.isArray(b.remove)) next = next.filter((x) => !(b.remove as string[]).includes(x));
      it.setScopes(next);
      ok({ enabled: it.rt.state.app.enabled_scopes });
    },
  },
  ...settingRoutes('/__emulator/faults', 'faults', '{errorRate?, errorStatus?, latencyMs?, latencyJitterMs?, dropRate?, expireTokenRate?, methods?}'),
  ...settingRoutes('/__emulator/rate-limits', 'rateLimits', '{fromSpec?, methods?: {<method id>|"*": {perSecond?, perMinute?}}}'),
  {
    method: 'POST',
    path: '/__emulator/device/approve',
    body: '{user_code | device_code, open_id?, deny?}',
    handle: async ({ it, ok, bad, body }) => {
      const b = await body();
      const code = String(b.user_code ?? b.device_code ?? '');
      const done = it.approveDevice(code, typeof b.open_id === 'string' ? b.open_id : undefined, b.deny === true);
      return done ? ok({ status: b.deny === true ? 'denied' : 'approved' }) : bad(404, `no pending device authorization for ${code}`);
    },
  },
  {
    method: 'GET',
    path: '/__emulator/device',
    query: 'user_code=…',
    note: 'approval page',
    handle: ({ it, res, query }) => html(res, 200, devicePage(it, String(query.user_code ?? ''))),
  },
  {
    method: 'POST',
    path: '/__emulator/device',
    unlisted: true,
    handle: async ({ it, res, body }) => {
      const b = await body();
      const code = String(b.user_code ?? '');
      const deny = b.action === 'deny';
      const done = it.approveDevice(code, typeof b.open_id === 'string' ? b.open_id : undefined, deny);
      html(res, done ? 200 : 404, done ? `<h1>${deny ? 'Denied' : 'Approved'}</h1><p>You can go back to your terminal.</p>` : '<h1>Unknown or finished code</h1>');
    },
  },
  {
    method: 'POST',
    path: '/__emulator/tokens/tenant',
    handle: ({ it, ok }) => {
      const t = issueTenantToken(it.rt.state, it.tokenTtl, it.rt.now());
      it.rt.touch();
      ok({ tenant_access_token: t.token, expire: t.expire });
    },
  },
  {
    method: 'POST',
    path: '/__emulator/tokens/user',
    body: '{open_id, scopes?, offline?}',
    handle: async ({ it, ok, bad, body }) => {
      const b = await body();
      const openId = String(b.open_id ?? 'ou_alice');
      if (!it.rt.state.users.has(openId)) return bad(404, `no user ${openId}`);
      const scopes = Array.isArray(b.scopes) ? (b.scopes as string[]) : [...it.appScopes()];
      const t = issueUserToken(it.rt.state, openId, scopes, {
        ttlSeconds: it.userTokenTtl,
        refreshTtlSeconds: it.refreshTtl,
        offline: b.offline !== false,
        now: it.rt.now(),
      });
      it.rt.touch();
      ok(t);
    },
  },
  {
    method: 'POST',
    path: '/__emulator/tokens/expire',
    body: '{kind?: "tenant"|"user"|"all"}',
    handle: async ({ it, ok, body }) => {
      const b = await body();
      const kind = b.kind === 'tenant' || b.kind === 'user' ? b.kind : 'all';
      let n = 0;
      const now = it.rt.now();
      for (const t of it.rt.state.tokens.values()) {
        if ((kind === 'all' || t.kind === kind) && t.expires_at > now) {
          t.expires_at = now - 1;
          n++;
        }
      }
      it.rt.touch();
      ok({ expired: n });
    },
  },
  {
    method: 'POST',
    path: '/__emulator/messages/read',
    body: '{message_id, open_id}',
    handle: async ({ it, ok, bad, body }) => {
      const b = await body();
      const s = it.rt.state;
      const msg = s.messages.get(String(b.message_id));
      if (!msg || !s.users.has(String(b.open_id))) return bad(404, 'unknown message_id or open_id');
      msg.reads[String(b.open_id)] = it.rt.now();
      it.rt.touch();
      it.events.read(String(b.open_id), [msg], msg.reads[String(b.open_id)]!);
      ok({});
    },
  },
  {
    method: 'POST',
    path: '/__emulator/messages',
    body: '{chat_id, msg_type, content, as?: <open_id>|"bot", reply_to?: <om_…>, also_to_chat?: boolean}',
    note: 'a message of any type, as a client would post it',
    handle: async ({ it, ok, bad, body }) => {
      const r = plantMessage(it, await body());
      return 'error' in r ? bad(400, r.error) : ok(r);
    },
  },
  { method: 'GET', path: '/__emulator/requests', query: 'limit=N', handle: ({ it, ok, query }) => ok({ items: it.log.slice(-limitOf(query)) }) },
  ...EVENT_ROUTES,
];

/** `METHOD /path` → its route; a PUT route is reached by POST too. */
const BY_KEY: ReadonlyMap<string, AdminRoute> = new Map(
  ROUTES.flatMap((r) => [[`${r.method} ${r.path}`, r] as const, ...(r.method === 'PUT' ? [[`POST ${r.path}`, r] as const] : [])]),
);

/** The emulator's own control API under /__emulator/ (no auth: local use only). */
export async function handleAdmin(it: Internals, req: IncomingMessage, res: ServerResponse, pathname: string, search: string, logId: string): Promise<void> {
  const route = `${req.method ?? 'GET'} ${pathname.replace(/\/+$/, '')}`;
  const ok = (data: unknown = {}) => sendJson(res, 200, { code: 0, msg: 'success', data }, logId);
  const bad = (status: number, message: string) => sendJson(res, status, { code: 400, msg: message }, logId);
  const r = BY_KEY.get(route);
  if (!r) return bad(404, `no emulator route ${route}; GET /__emulator lists them`);
  try {
    await r.handle({ it, req, res, query: querystring.parse(search), body: () => jsonBody(req), ok, bad });
  } catch (e) {
    bad(400, `bad request: ${(e as Error).message}`);
  }
}
