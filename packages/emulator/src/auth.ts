import { randomBytes } from 'node:crypto';
import type { Identity, Method } from '@larkgen/spec';
import { ApiError, PLATFORM } from './errors.js';
import type { Actor, State, TokenRec } from './state.js';

export interface Caller {
  readonly identity: Identity;
  readonly actor: Actor;
  readonly token: TokenRec;
}

const platformError = (p: { code: number; msg: string; http: number }, message: string, extra = {}) =>
  new ApiError(p.code, p.msg, p.http, { message, ...extra });

export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(18).toString('hex')}`;
}

/**
 * The tenant token for the app. Like the platform, the same token is handed out again while it
 * has plenty of life left; near its end a new one is minted and the old one stays valid.
 */
export function issueTenantToken(state: State, ttlSeconds: number, now: number): { token: string; expire: number } {
  const renewWindow = Math.min(1800, ttlSeconds / 2) * 1000;
  for (const t of state.tokens.values()) {
    if (t.kind === 'tenant' && t.app_id === state.app.app_id && !t.revoked && t.expires_at - now > renewWindow) {
      return { token: t.token, expire: Math.floor((t.expires_at - now) / 1000) };
    }
  }
  const token = newToken('t-');
  state.tokens.set(token, { token, kind: 'tenant', app_id: state.app.app_id, expires_at: now + ttlSeconds * 1000 });
  // Drop tokens that expired long ago so the table does not grow without bound.
  for (const [k, t] of state.tokens) if (t.expires_at < now - 86_400_000) state.tokens.delete(k);
  return { token, expire: ttlSeconds };
}

/** Resolves the Authorization header to a caller, or throws the platform's token error. */
export function authenticate(state: State, header: string | undefined, now: number): Caller {
  if (!header || !header.trim()) throw platformError(PLATFORM.needToken, 'The request carries no Authorization header; send "Bearer <token>".');
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  const raw = m ? m[1]! : header.trim();
  if (!raw.startsWith('t-') && !raw.startsWith('u-')) {
    throw platformError(PLATFORM.badTokenPrefix, 'Access tokens start with t- (tenant) or u- (user).');
  }
  const rec = state.tokens.get(raw);
  if (raw.startsWith('t-')) {
    if (!rec || rec.kind !== 'tenant' || rec.revoked) {
      throw platformError(PLATFORM.tenantTokenInvalid, 'This tenant access token was not issued by this emulator or has been revoked; fetch a new one.');
    }
    if (rec.expires_at <= now) {
      throw platformError(PLATFORM.tenantTokenInvalid, 'This tenant access token has expired; fetch a new one from the token endpoint.');
    }
    return { identity: 'bot', actor: { kind: 'bot', appId: rec.app_id }, token: rec };
  }
  if (!rec || rec.kind !== 'user' || rec.revoked) {
    throw platformError(PLATFORM.userTokenInvalid, 'This user access token is unknown or was revoked; sign in again.');
  }
  if (rec.expires_at <= now) {
    throw platformError(PLATFORM.userTokenExpired, 'This user access token has expired; refresh it or sign in again.');
  }
  return { identity: 'user', actor: { kind: 'user', openId: rec.open_id! }, token: rec };
}

/** Checks that the method accepts the caller's identity and that the needed scopes are there. */
export function authorize(method: Method, caller: Caller, appScopes: ReadonlySet<string>, appId: string, consoleHost: string): void {
  const rule = method.identities[caller.identity];
  if (!rule) {
    if (caller.identity === 'user') {
      throw platformError(PLATFORM.userTokenNotSupported, `${method.id} accepts only a tenant access token (bot identity), not a user access token.`);
    }
    throw platformError(PLATFORM.tenantTokenInvalid, `${method.id} accepts only a user access token (user identity), not a tenant access token.`);
  }
  const { anyOf, allOf } = rule.scopes;
  const missingApp = missingScopes(anyOf, allOf, appScopes);
  if (missingApp.length > 0) {
    const url = `${consoleHost}/page/scope-apply?clientID=${encodeURIComponent(appId)}&scopes=${encodeURIComponent(missingApp.join(','))}`;
    throw new ApiError(
      PLATFORM.appScopeMissing.code,
      `${PLATFORM.appScopeMissing.msg}: [${missingApp.join(', ')}]`,
      PLATFORM.appScopeMissing.http,
      {
        message: `The app has not enabled the scope(s) ${method.id} needs; enable one of them for the app.`,
        permission_violations: missingApp.map((subject) => ({ type: 'action_scope_required' as const, subject })),
        helps: [{ url, description: `Enable the scopes for the app: [${missingApp.join(', ')}]` }],
      },
    );
  }
  if (caller.identity === 'user') {
    const granted = new Set(caller.token.scopes ?? []);
    const missingUser = missingScopes(anyOf, allOf, granted);
    if (missingUser.length > 0) {
      throw new ApiError(
        PLATFORM.userScopeMissing.code,
        `${PLATFORM.userScopeMissing.msg} required one of these privileges: [${missingUser.join(', ')}]`,
        400,
        {
          message: `The signed-in user has not granted the scope(s) ${method.id} needs; sign in again asking for them.`,
          permission_violations: missingUser.map((subject) => ({ type: 'action_privilege_required' as const, subject })),
        },
      );
    }
  }
}

/** The scopes to report when the rule is not met: the whole anyOf list, plus any missing allOf (none: a shared empty list). */
function missingScopes(anyOf: readonly string[], allOf: readonly string[], have: ReadonlySet<string>): readonly string[] {
  let out: string[] | undefined;
  if (anyOf.length > 0 && !hasAny(anyOf, have)) out = [...anyOf];
  for (const s of allOf) if (!have.has(s)) (out ??= []).push(s);
  return out ?? NONE_MISSING;
}

const NONE_MISSING: readonly string[] = Object.freeze([]);

function hasAny(scopes: readonly string[], have: ReadonlySet<string>): boolean {
  for (const s of scopes) if (have.has(s)) return true;
  return false;
}

/** Mints a user access token (and optionally a refresh token) carrying the user's granted scopes. */
export function issueUserToken(
  state: State,
  openId: string,
  scopes: readonly string[],
  opts: { ttlSeconds: number; refreshTtlSeconds: number; offline: boolean; now: number },
): { access_token: string; refresh_token?: string; expires_in: number; refresh_token_expires_in?: number; scope: string } {
  const access = newToken('u-');
  state.tokens.set(access, {
    token: access,
    kind: 'user',
    app_id: state.app.app_id,
    open_id: openId,
    scopes: [...scopes],
    expires_at: opts.now + opts.ttlSeconds * 1000,
  });
  const out: ReturnType<typeof issueUserToken> = { access_token: access, expires_in: opts.ttlSeconds, scope: scopes.join(' ') };
  if (opts.offline) {
    const refresh = newToken('ur-');
    state.refreshTokens.set(refresh, {
      token: refresh,
      app_id: state.app.app_id,
      open_id: openId,
      scopes: [...scopes],
      expires_at: opts.now + opts.refreshTtlSeconds * 1000,
    });
    out.refresh_token = refresh;
    out.refresh_token_expires_in = opts.refreshTtlSeconds;
  }
  return out;
}

/** Adds scopes to what the user granted the app; grants accumulate across sign-ins. */
export function grant(state: State, openId: string, scopes: readonly string[]): string[] {
  const set = new Set(state.grants.get(openId) ?? []);
  for (const s of scopes) set.add(s);
  const list = [...set].sort();
  state.grants.set(openId, list);
  return list;
}
