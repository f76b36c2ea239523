/**
 * The OAuth device flow and token refresh (RFC 8628 on the platform's endpoints):
 * POST {accounts}/oauth/v1/device_authorization, then POST {base}/open-apis/authen/v2/oauth/token
 * until the user approves. Secrets and tokens are never logged.
 */
import { CliError } from './errors.js';
import type { Settings, UserToken } from './config.js';

export interface DeviceAuthorization {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete?: string;
  expires_in: number;
  interval?: number;
}

interface TokenAnswer {
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
  refresh_token_expires_in?: number;
  refresh_expires_in?: number;
  scope?: string;
  open_id?: string;
  error?: string;
  error_description?: string;
  code?: number;
  msg?: string;
}

async function post(url: string, body: Record<string, string>, fetchImpl: typeof fetch): Promise<{ status: number; json: Record<string, unknown> }> {
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    throw new CliError('network', `Cannot reach ${new URL(url).origin}: ${(e as Error).message}.`, {
      hint: 'Check the network, or --base-url / LARKSUITE_CLI_BASE_URL.',
    });
  }
  const text = await res.text();
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new CliError('api', `${new URL(url).pathname} answered HTTP ${res.status} without JSON.`, { code: res.status });
  }
  // Some deployments wrap the answer in {code, msg, data}.
  if (json && typeof json.data === 'object' && json.data && !('access_token' in json) && !('device_code' in json)) {
    json = { ...json, ...(json.data as Record<string, unknown>) };
  }
  return { status: res.status, json };
}

function needApp(s: Settings): { appId: string; appSecret: string } {
  if (!s.appId || !s.appSecret) {
    throw new CliError('config', 'No app is configured: user login needs the app id and secret.', {
      hint: 'Run `lark-cli config init`, or set LARKSUITE_CLI_APP_ID and LARKSUITE_CLI_APP_SECRET.',
    });
  }
  return { appId: s.appId, appSecret: s.appSecret };
}

export async function startDeviceAuthorization(s: Settings, scopes: readonly string[], fetchImpl: typeof fetch = fetch): Promise<DeviceAuthorization> {
  const { appId, appSecret } = needApp(s);
  const scope = [...new Set([...scopes, 'offline_access'])].join(' ');
  const { status, json } = await post(`${s.accountsUrl}/oauth/v1/device_authorization`, { client_id: appId, client_secret: appSecret, scope }, fetchImpl);
  if (typeof json.device_code !== 'string' || typeof json.user_code !== 'string') {
    throw new CliError('auth', `The device authorization was refused: ${String(json.error_description ?? json.error ?? json.msg ?? `HTTP ${status}`)}.`, {
      ...(json.code !== undefined ? { code: json.code as number } : {}),
      hint: 'Check the app id and secret (`lark-cli config show`) and the requested scopes.',
    });
  }
  return json as unknown as DeviceAuthorization;
}

export type PollResult = { done: true; token: UserToken } | { done: false; reason: 'authorization_pending' | 'slow_down' };

function toUserToken(a: TokenAnswer, now: number, fallbackScopes: readonly string[]): UserToken {
  const refreshTtl = a.refresh_token_expires_in ?? a.refresh_expires_in;
  return {
    accessToken: a.access_token!,
    ...(a.refresh_token ? { refreshToken: a.refresh_token } : {}),
    expiresAt: now + (a.expires_in ?? 7200) * 1000,
    ...(refreshTtl ? { refreshExpiresAt: now + refreshTtl * 1000 } : {}),
    scopes: a.scope ? a.scope.split(/[\s,]+/).filter((x) => x && x !== 'offline_access') : [...fallbackScopes],
    ...(a.open_id ? { openId: a.open_id } : {}),
    obtainedAt: now,
  };
}

export async function pollDeviceToken(s: Settings, deviceCode: string, fetchImpl: typeof fetch = fetch): Promise<PollResult> {
  const { appId, appSecret } = needApp(s);
  const { status, json } = await post(
    `${s.baseUrl}/open-apis/authen/v2/oauth/token`,
    { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: deviceCode, client_id: appId, client_secret: appSecret },
    fetchImpl,
  );
  const a = json as TokenAnswer;
  if (a.access_token) return { done: true, token: toUserToken(a, Date.now(), []) };
  if (a.error === 'authorization_pending' || a.error === 'slow_down') return { done: false, reason: a.error };
  if (a.error === 'expired_token') {
    throw new CliError('auth', 'The login code expired before it was approved.', { hint: 'Start again with `lark-cli auth login`.' });
  }
  if (a.error === 'access_denied') throw new CliError('auth', 'The login was declined in the browser.');
  throw new CliError('auth', `The token endpoint refused the login: ${a.error_description ?? a.error ?? a.msg ?? `HTTP ${status}`}.`, {
    ...(a.code !== undefined ? { code: a.code } : {}),
  });
}

export async function refreshUserToken(s: Settings, t: UserToken, fetchImpl: typeof fetch = fetch): Promise<UserToken> {
  const { appId, appSecret } = needApp(s);
  const { status, json } = await post(
    `${s.baseUrl}/open-apis/authen/v2/oauth/token`,
    { grant_type: 'refresh_token', refresh_token: t.refreshToken!, client_id: appId, client_secret: appSecret },
    fetchImpl,
  );
  const a = json as TokenAnswer;
  if (!a.access_token) {
    throw new CliError('auth', `The stored user login could not be refreshed (${a.error_description ?? a.error ?? a.msg ?? `HTTP ${status}`}).`, {
      hint: 'Log in again: lark-cli auth login',
    });
  }
  const next = toUserToken(a, Date.now(), t.scopes);
  return {
    ...next,
    refreshToken: next.refreshToken ?? t.refreshToken!,
    ...(t.openId && !next.openId ? { openId: t.openId } : {}),
    ...(t.name ? { name: t.name } : {}),
    // Granted scopes accumulate; keep what was known when the answer does not say.
    scopes: a.scope ? next.scopes : t.scopes,
  };
}

/** Who signed in: GET /open-apis/authen/v1/user_info with the new user token. */
export interface UserInfo {
  readonly openId: string;
  readonly name?: string;
}

/**
 * Asks the platform who the user token belongs to (the token answer does not say). A failure is
 * not fatal to a login: the caller keeps the token and reports the identity as unknown.
 */
export async function fetchUserInfo(s: Settings, accessToken: string, fetchImpl: typeof fetch = fetch): Promise<UserInfo | undefined> {
  try {
    const res = await fetchImpl(`${s.baseUrl}/open-apis/authen/v1/user_info`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    const json = (await res.json()) as { code?: number; data?: { open_id?: unknown; name?: unknown } };
    const d = json.data;
    if (json.code !== 0 || typeof d?.open_id !== 'string') return undefined;
    return { openId: d.open_id, ...(typeof d.name === 'string' && d.name ? { name: d.name } : {}) };
  } catch {
    return undefined;
  }
}
