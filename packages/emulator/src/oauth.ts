import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import querystring from 'node:querystring';
import { authenticate, grant, issueUserToken } from './auth.js';
import { ApiError, PLATFORM } from './errors.js';
import type { Internals } from './internals.js';
import type { DeviceRec } from './state.js';
import { readJsonBody } from './json-guard.js';
import { TENANT_KEY } from './seed.js';

export interface OAuthAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

const oauthError = (error: string, description: string, status = 400): OAuthAnswer => ({
  status,
  body: { error, error_description: description },
});

async function formOrJson(req: IncomingMessage): Promise<Record<string, string>> {
  const buf = await readJsonBody(req, 64 * 1024);
  const text = buf.toString('utf8');
  if (!text) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    const o = JSON.parse(text) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v : String(v)]));
  }
  const q = querystring.parse(text);
  return Object.fromEntries(Object.entries(q).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : (v ?? '')]));
}

function basicAuth(req: IncomingMessage): { id: string; secret: string } | undefined {
  const m = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return undefined;
  const raw = Buffer.from(m[1]!, 'base64').toString('utf8');
  const i = raw.indexOf(':');
  return i < 0 ? undefined : { id: raw.slice(0, i), secret: raw.slice(i + 1) };
}

/** Checks the client: client_id must be the app; a secret, when sent, must match. */
function client(it: Internals, req: IncomingMessage, body: Record<string, string>): OAuthAnswer | undefined {
  const app = it.rt.state.app;
  const basic = basicAuth(req);
  const id = basic?.id ?? body.client_id;
  const secret = basic?.secret ?? body.client_secret;
  if (!id) return oauthError('invalid_request', 'client_id is required.');
  if (!it.isApp(id)) return oauthError('invalid_client', `Unknown client_id ${id}.`, 401);
  if (secret !== undefined && secret !== app.app_secret) return oauthError('invalid_client', 'The client secret is wrong.', 401);
  return undefined;
}

function userCode(): string {
  const abc = 'BCDFGHJKLMNPQRSTVWXZ';
  const b = randomBytes(8);
  let s = '';
  for (let i = 0; i < 8; i++) s += abc[b[i]! % abc.length];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Device authorization (RFC 8628) and the token endpoint (device_code and refresh_token grants). */
export async function handleOAuth(it: Internals, req: IncomingMessage, pathname: string): Promise<OAuthAnswer> {
  let body: Record<string, string>;
  try {
    body = await formOrJson(req);
  } catch {
    return oauthError('invalid_request', 'The body is neither a form nor JSON.');
  }
  const bad = client(it, req, body);
  if (bad) return bad;
  const s = it.rt.state;
  const now = it.rt.now();
  const o = it.opts;
  if (pathname === '/oauth/v1/device_authorization') {
    const requested = (body.scope ?? '').split(/\s+/).filter(Boolean);
    const offline = requested.includes('offline_access');
    const enabled = it.appScopes();
    const scopes = requested.filter((x) => enabled.has(x));
    const ttl = o.deviceCodeTtlSeconds ?? 240;
    const rec: DeviceRec = {
      device_code: `dc_${randomBytes(16).toString('hex')}`,
      user_code: userCode(),
      app_id: s.app.app_id,
      scopes,
      offline,
      expires_at: now + ttl * 1000,
      interval: o.devicePollIntervalSeconds ?? 5,
      status: 'pending',
    };
    s.devices.set(rec.device_code, rec);
    if (o.autoApproveDevice) it.approveDevice(rec.user_code, typeof o.autoApproveDevice === 'string' ? o.autoApproveDevice : undefined);
    it.rt.touch();
    const verify = `${it.url}/__emulator/device`;
    return {
      status: 200,
      body: {
        device_code: rec.device_code,
        user_code: rec.user_code,
        verification_uri: verify,
        verification_uri_complete: `${verify}?user_code=${rec.user_code}`,
        expires_in: ttl,
        interval: rec.interval,
      },
    };
  }
  const type = body.grant_type;
  if (type === 'urn:ietf:params:oauth:grant-type:device_code') {
    const d = s.devices.get(body.device_code ?? '');
    if (!d) return oauthError('invalid_grant', 'Unknown device_code.');
    if (d.status === 'used') return oauthError('invalid_grant', 'This device_code was already exchanged for a token.');
    if (d.expires_at <= now) return oauthError('expired_token', 'The device code expired before the user approved it; start again.');
    if (d.status === 'denied') return oauthError('access_denied', 'The user declined the authorization.');
    if (d.status === 'pending') {
      const tooSoon = d.last_poll !== undefined && now - d.last_poll < d.interval * 1000;
      d.last_poll = now;
      if (tooSoon) {
        d.interval += o.deviceSlowDownSeconds ?? 5;
        return oauthError('slow_down', `Polling too fast; wait at least ${d.interval} s between polls.`);
      }
      return oauthError('authorization_pending', 'The user has not approved the request yet.');
    }
    d.status = 'used';
    const all = grant(s, d.open_id!, d.scopes);
    const t = issueUserToken(s, d.open_id!, all, { ttlSeconds: it.userTokenTtl, refreshTtlSeconds: it.refreshTtl, offline: d.offline, now });
    it.rt.touch();
    return { status: 200, body: { code: 0, ...t, token_type: 'Bearer' } };
  }
  if (type === 'refresh_token') {
    const r = s.refreshTokens.get(body.refresh_token ?? '');
    if (!r || r.app_id !== s.app.app_id) return oauthError('invalid_grant', 'Unknown or already used refresh_token; sign in again.');
    s.refreshTokens.delete(r.token);
    if (r.expires_at <= now) return oauthError('invalid_grant', 'The refresh_token has expired; sign in again.');
    const t = issueUserToken(s, r.open_id, r.scopes, { ttlSeconds: it.userTokenTtl, refreshTtlSeconds: it.refreshTtl, offline: true, now });
    it.rt.touch();
    return { status: 200, body: { code: 0, ...t, token_type: 'Bearer' } };
  }
  return oauthError('unsupported_grant_type', `grant_type ${type ?? '(none)'} is not supported here.`);
}

/**
 * GET /open-apis/authen/v1/user_info: who a user access token belongs to (the CLI asks right
 * after a login, since the token answer does not say). A tenant token is refused: it has no user.
 */
export function userInfo(it: Internals, authorization: string | undefined): Record<string, unknown> {
  const caller = authenticate(it.rt.state, authorization, it.rt.now());
  if (caller.identity !== 'user' || caller.actor.kind !== 'user') {
    throw new ApiError(PLATFORM.userTokenNotSupported.code, PLATFORM.userTokenNotSupported.msg, 400, {
      message: 'user_info describes the signed-in user: call it with a user access token, not a tenant access token.',
    });
  }
  const u = it.rt.state.users.get(caller.actor.openId);
  if (!u) throw new ApiError(PLATFORM.userTokenInvalid.code, PLATFORM.userTokenInvalid.msg, 400, { message: 'The user of this token no longer exists.' });
  return {
    name: u.name,
    en_name: u.en_name,
    ...(u.avatar_url ? { avatar_url: u.avatar_url } : {}),
    open_id: u.open_id,
    union_id: u.union_id,
    user_id: u.user_id,
    email: u.email,
    tenant_key: TENANT_KEY,
  };
}
