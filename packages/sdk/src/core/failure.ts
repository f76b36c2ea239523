/**
 * Words a failed answer as a typed error with a hint (missing scopes, bad credentials, rate
 * limits, the method's documented error codes). The client imports this module on the first
 * failure, so a bundle loads it only when a call fails.
 */
import {
  isRateLimited, LarkAbortError, LarkApiError, LarkAuthError, LarkNetworkError, LarkNotFoundError, LarkPermissionError, LarkRateLimitError, LarkTimeoutError,
  TOKEN_INVALID_CODES, type LarkApiErrorInit,
} from './errors.js';
import { redactSecrets } from './redact.js';
import type { LarkClientOptions } from './client.js';
import { emit } from './log.js';
import type { ErrorHints, Identity, MethodDescriptor } from './types.js';
import { backoff, retryAfterMs, sleep, spreadWait } from './util.js';

/** A JSON answer of the platform: `code`, `msg`, `data` and, on failures, `error`. */
export interface Envelope {
  code?: unknown;
  msg?: unknown;
  data?: unknown;
  error?: {
    log_id?: string;
    message?: string;
    troubleshooter?: string;
    permission_violations?: LarkApiErrorInit['permissionViolations'];
    field_violations?: LarkApiErrorInit['fieldViolations'];
    helps?: LarkApiErrorInit['helps'];
  };
  [k: string]: unknown;
}

/** What of the client the wording needs. */
export interface FailureContext {
  appId: string;
  /** The developer console's host for the client's brand. */
  consoleHost: string;
  /** The longest wait between retries the client accepts. */
  maxRetryDelayMs: number;
}

/** The failed call: its method (absent for the token request) and identity. */
export interface FailedCall {
  d?: MethodDescriptor | undefined;
  as: Identity | undefined;
}

export function apiErrorOf(
  ctx: FailureContext, r: FailedCall, res: Response, env: Envelope | undefined, text: string, logId: string | undefined, hints: ErrorHints | undefined,
): LarkApiError {
  const d = r.d;
  const code = typeof env?.code === 'number' ? env.code : -1;
  const e = env?.error ?? {};
  // Server text is repeated only with token- and secret-shaped strings taken out.
  const msg = redactSecrets(typeof env?.msg === 'string' ? env.msg : text ? text.slice(0, 200) : res.statusText || `HTTP ${res.status}`);
  const as = r.as;
  const spec = (as && d?.identities[as]) || undefined;
  const scopes = [...(spec?.allOf ?? []), ...(spec?.anyOf ?? [])];
  const violated = (e.permission_violations ?? []).map((v) => v.subject).filter(Boolean);
  const missing = violated.length ? violated : [...(spec?.allOf ?? []), ...(spec?.anyOf ?? []).slice(0, 1)];
  const rateLimited = isRateLimited(code, res.status);
  let hint = d && hints?.(d.id, code);
  let consoleUrl: string | undefined;
  if (code === 99991672 || code === 99991679 || ((code === 230027 || violated.length) && missing.length)) {
    if (as === 'user' && code !== 99991672) {
      hint = `The user has not granted ${missing.join(', ')}: run lark-cli auth login --scope "${missing.join(' ')}"`;
    } else {
      consoleUrl = `https://${ctx.consoleHost}/page/scope-apply?clientID=${encodeURIComponent(ctx.appId)}&scopes=${encodeURIComponent(missing.join(','))}`;
      hint = `The app lacks ${missing.join(', ')}: enable it in the developer console (${consoleUrl}) and publish a new version`;
    }
  } else if (TOKEN_INVALID_CODES.includes(code)) {
    hint = as === 'user' ? 'The user access token is invalid or expired: log in again (lark-cli auth login).' : 'The tenant access token was refused: check the app credentials.';
  } else if (code === 10003 || code === 10014 || code === 99991543) {
    hint = 'Check appId and appSecret.';
  } else if (code === 99992402 && e.field_violations?.length) {
    hint = e.field_violations.map((f) => `${f.field}: ${f.description ?? 'invalid'}`).join('; ');
  } else if (rateLimited && !hint) {
    hint = 'Rate limited: slow down and retry later.';
  }
  const asked = retryAfterMs(res.headers, rateLimited);
  const cap = ctx.maxRetryDelayMs;
  // A wait longer than this client will ever pause is not retried; the error says why.
  const cappedHint = asked !== undefined && asked > cap
    ? `The server asked to wait ${Math.ceil(asked / 1000)} s, more than the ${Math.ceil(cap / 1000)} s this client waits between retries (maxRetryDelayMs), so it was not retried; retry later.`
    : undefined;
  return apiError({
    code, msg, httpStatus: res.status, logId: logId ?? e.log_id, methodId: d?.id, identity: as,
    permissionViolations: e.permission_violations, fieldViolations: e.field_violations, helps: e.helps,
    troubleshooter: e.troubleshooter, scopes, hint: cappedHint ?? hint, consoleUrl, retryAfterMs: asked,
    detail: typeof e.message === 'string' && e.message ? redactSecrets(e.message) : undefined,
  });
}

const AUTH_CODES = [...TOKEN_INVALID_CODES, 99991543, 10003, 10014];
/** 99991672: the app lacks a scope; 99991679: the user has not granted one. */
const PERMISSION_CODES = [99991672, 99991679, 230027];
const NOT_FOUND_CODES = [230019, 230030, 230045, 230110, 231003, 231004, 232009, 234005];

/** The error class for a failed answer. */
export function apiError(i: LarkApiErrorInit): LarkApiError {
  const { code, httpStatus: s } = i;
  const C = PERMISSION_CODES.includes(code)
    ? LarkPermissionError
    : AUTH_CODES.includes(code) || s === 401
      ? LarkAuthError
      : s === 403 || (i.permissionViolations?.length ?? 0) > 0
        ? LarkPermissionError
        : isRateLimited(code, s)
          ? LarkRateLimitError
          : s === 404 || NOT_FOUND_CODES.includes(code)
            ? LarkNotFoundError
            : LarkApiError;
  return new C(i);
}

/** Per call: how many distinct refused tokens are replaced without counting as a retry. */
const FREE_TOKEN_REFETCHES = 8;

/** Where a call stands after a failed answer. */
export interface FailedAttempt {
  /** Resending cannot send twice (a read, or a write with an idempotency key). */
  safe: boolean;
  /** Retries are left. */
  canRetry: boolean;
  maxRetryDelayMs: number;
  /** The token the attempt was sent with. */
  token: { token: string; refreshable: boolean } | undefined;
  /** The tokens the platform refused during this call. */
  refused: ReadonlySet<string>;
}

/**
 * What the client does next: fetch a new token (`new-token-free` without counting a retry), wait
 * and retry, or throw. A refused token the platform had not refused before in this call is
 * replaced at once, for free (tokens expiring one after another on a slow machine), up to
 * FREE_TOKEN_REFETCHES of them; after that, or when a fetch hands back a token already refused (a
 * fetch in flight when it was revoked), replacing it counts as a retry, so refusals alone never
 * loop. Server errors and rate limits are retried when safe, unless the asked wait is too long.
 */
export function nextStep(err: LarkApiError, status: number, a: FailedAttempt): 'new-token' | 'new-token-free' | 'retry' | 'throw' {
  const tok = a.token;
  const free = tok !== undefined && !a.refused.has(tok.token) && a.refused.size < FREE_TOKEN_REFETCHES;
  if (TOKEN_INVALID_CODES.includes(err.code) && tok?.refreshable && (free || a.canRetry)) return free ? 'new-token-free' : 'new-token';
  const retryable = status >= 500 || isRateLimited(err.code, status);
  if (retryable && a.safe && a.canRetry && (err.retryAfterMs ?? 0) <= a.maxRetryDelayMs) return 'retry';
  return 'throw';
}

/** The wait before retry `attempt + 1`: the wait the server asked for (spread), else exponential backoff. */
export function retryDelay(attempt: number, askedMs: number | undefined, baseMs: number, capMs: number): number {
  return askedMs !== undefined ? spreadWait(askedMs, capMs) : backoff(attempt, baseMs, capMs);
}

/**
 * A credential the client cannot do without: no app secret to fetch a tenant token, a token
 * answer without a token, or no user token for a user call. Worded here, off the path of a call
 * that succeeds.
 */
export function credentialError(missing: 'app-secret' | 'tenant-token' | 'user-token', methodId?: string): LarkAuthError {
  if (missing === 'app-secret') {
    return new LarkAuthError({ code: 99991661, msg: 'no appSecret for a tenant access token', httpStatus: 0, identity: 'bot', hint: 'Pass appSecret (or tenantAccessToken) to the client.' });
  }
  if (missing === 'tenant-token') return new LarkAuthError({ code: -1, msg: 'no tenant_access_token in the answer', httpStatus: 200, identity: 'bot' });
  return new LarkAuthError({
    code: 99991661, msg: 'no user access token given', httpStatus: 0, methodId, identity: 'user',
    hint: 'Pass userAccessToken to the client or the call (lark-cli auth login gets one), or call as bot.',
  });
}

/** How an exchange that got no answer ended. */
export interface LostExchange {
  /** The method, or the request line for the token request. */
  what: string | undefined;
  request: string;
  timeoutMs: number;
  timedOut: boolean;
  aborted: boolean;
}

/** The error for an exchange that got no answer: the timeout, the caller's abort, or the network failure `e`. */
export function exchangeError(e: unknown, x: LostExchange): Error {
  if (x.timedOut) return new LarkTimeoutError(`${x.what ?? x.request}: no answer within ${x.timeoutMs} ms`, { cause: e });
  if (x.aborted) return new LarkAbortError(`${x.what ?? 'request'}: aborted`, { cause: e });
  const why = (e as { cause?: Error }).cause?.message;
  return new LarkNetworkError(`${x.what ?? 'request'}: ${(e as Error).message}${why ? ` (${why})` : ''}`, { cause: e });
}

/** What of the client handling a failure needs. */
export interface FailingClient {
  appId: string;
  /** The developer console's host for the client's brand. */
  consoleHost: string;
  options: Pick<LarkClientOptions, 'errorHints' | 'maxRetryDelayMs' | 'retryBaseDelayMs' | 'logger'>;
}

/** The attempt that got a failed answer. */
export interface AnsweredAttempt {
  attempt: number;
  canRetry: boolean;
  safe: boolean;
  token: { token: string; refreshable: boolean } | undefined;
  /** The tokens the platform refused during this call; a newly refused one is added. */
  refused: Set<string>;
  signal: AbortSignal | undefined;
}

/** The client's `maxRetryDelayMs`, defaulted as LarkClientOptions documents. */
const maxRetryDelayOf = (o: FailingClient['options']): number => o.maxRetryDelayMs ?? 30_000;

/** Hints loaded once per loader (a failed load leaves a client without them). */
const loadedHints = new WeakMap<object, Promise<ErrorHints | undefined>>();

/**
 * A failed answer: the error to throw, or (after waiting when that counts as a retry) what to
 * resend with: `rejected` is a refused token to replace, `free` when the resend does not count.
 */
export async function afterFailedAnswer(
  c: FailingClient, r: FailedCall, res: Response, env: Envelope | undefined, text: string, logId: string | undefined, a: AnsweredAttempt,
): Promise<{ error: LarkApiError } | { rejected?: string; free: boolean }> {
  const o = c.options;
  const maxRetryDelayMs = maxRetryDelayOf(o);
  const h = o.errorHints;
  let hints = h as ErrorHints | undefined;
  if (typeof h === 'object') {
    if (!loadedHints.has(h)) loadedHints.set(h, h.load().catch(() => undefined));
    hints = await loadedHints.get(h);
  }
  const err = apiErrorOf({ appId: c.appId, consoleHost: c.consoleHost, maxRetryDelayMs }, r, res, env, text, logId, hints);
  const step = nextStep(err, res.status, { safe: a.safe, canRetry: a.canRetry, maxRetryDelayMs, token: a.token, refused: a.refused });
  const methodId = r.d?.id;
  const info = { methodId, status: res.status, code: err.code, logId };
  if (step === 'new-token' || step === 'new-token-free') {
    const rejected = a.token!.token;
    a.refused.add(rejected);
    emit(o.logger, 'info', 'lark token rejected, fetching a new one', { code: err.code, as: r.as, methodId });
    if (step === 'new-token') await pause(c, a.attempt, undefined, a.signal, info);
    return { rejected, free: step === 'new-token-free' };
  }
  if (step === 'retry') {
    await pause(c, a.attempt, err.retryAfterMs, a.signal, info);
    return { free: false };
  }
  emit(o.logger, 'warn', 'lark error', info);
  return { error: err };
}

/** Waits before retry `attempt + 1` (see retryDelay), logging it; `info` says what failed. */
export async function pause(c: FailingClient, attempt: number, hinted: number | undefined, signal: AbortSignal | undefined, info: Record<string, unknown>): Promise<void> {
  // The first backoff step defaults as LarkClientOptions documents.
  const ms = retryDelay(attempt, hinted, c.options.retryBaseDelayMs ?? 500, maxRetryDelayOf(c.options));
  emit(c.options.logger, 'warn', 'lark retry', { ...info, attempt: attempt + 1, delayMs: ms });
  await sleep(ms, signal);
}
