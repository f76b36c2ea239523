import type { Identity } from './types.js';

/** Base class of every error the SDK throws. */
export class LarkError extends Error {
  override name = 'LarkError';
}

export interface PermissionViolation {
  readonly type: string;
  readonly subject: string;
  readonly description?: string;
}

export interface FieldViolation {
  readonly field: string;
  readonly value?: string;
  readonly description?: string;
}

export interface LarkApiErrorInit {
  code: number;
  msg: string;
  httpStatus: number;
  logId?: string | undefined;
  methodId?: string | undefined;
  identity?: Identity | undefined;
  permissionViolations?: readonly PermissionViolation[] | undefined;
  fieldViolations?: readonly FieldViolation[] | undefined;
  helps?: readonly { readonly url: string; readonly description?: string }[] | undefined;
  troubleshooter?: string | undefined;
  scopes?: readonly string[] | undefined;
  hint?: string | undefined;
  consoleUrl?: string | undefined;
  retryAfterMs?: number | undefined;
  /** The server's own explanation (`error.message` of the envelope). */
  detail?: string | undefined;
}

/** The platform refused the call: a non-zero `code` (or an HTTP failure without one, `code` -1). */
export class LarkApiError extends LarkError {
  override name = 'LarkApiError';
  declare readonly code: number;
  declare readonly msg: string;
  declare readonly httpStatus: number;
  declare readonly logId: string | undefined;
  declare readonly methodId: string | undefined;
  declare readonly identity: Identity | undefined;
  declare readonly permissionViolations: readonly PermissionViolation[];
  declare readonly fieldViolations: readonly FieldViolation[];
  declare readonly helps: readonly { readonly url: string; readonly description?: string }[];
  declare readonly troubleshooter: string | undefined;
  /** The scopes the spec says the method needs for the identity used. */
  declare readonly scopes: readonly string[];
  /** What to do about it. */
  declare readonly hint: string | undefined;
  /** Where to enable a missing scope for the app, in the developer console. */
  declare readonly consoleUrl: string | undefined;
  /** For rate limits: how long the platform asked to wait. */
  declare readonly retryAfterMs: number | undefined;
  /** The server's own explanation (`error.message`), when it gave one. */
  declare readonly detail: string | undefined;

  constructor(i: LarkApiErrorInit) {
    super(describeFailure(i));
    Object.assign(this, {
      ...i,
      permissionViolations: i.permissionViolations ?? [],
      fieldViolations: i.fieldViolations ?? [],
      helps: i.helps ?? [],
      scopes: i.scopes ?? [],
    });
  }
}

/**
 * `method: msg (code, HTTP status or "not sent", log id): server detail [field: problem; …] - hint`.
 * A failure found before sending (no token) has no HTTP status to show.
 */
function describeFailure(i: LarkApiErrorInit): string {
  const status = i.httpStatus > 0 ? `HTTP ${i.httpStatus}` : 'not sent';
  const msg = (i.msg || 'request failed').replace(/[.。]+$/, '');
  const detail = i.detail && i.detail.replace(/[.。]+$/, '') !== msg ? `: ${i.detail.replace(/[.。]+$/, '')}` : '';
  const fields = (i.fieldViolations ?? []).map((f) => `${f.field}: ${f.description ?? 'invalid'}`).join('; ');
  const shownFields = fields && !i.hint?.includes(fields) ? ` [${fields}]` : '';
  return `${i.methodId ? i.methodId + ': ' : ''}${msg} (code ${i.code}, ${status}${i.logId ? ', log id ' + i.logId : ''})${detail}${shownFields}${i.hint ? ' - ' + i.hint : ''}`;
}

/**
 * The base of an error kind that differs from `Base` only by its name: callers tell kinds apart
 * with `instanceof` and `err.name`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs an any-args constructor
function errorKind<Base extends new (...args: any[]) => LarkError>(base: Base, kind: string): Base {
  return class extends base {
    override name = kind;
  };
}

/** Credentials or tokens were missing, invalid or expired. */
export class LarkAuthError extends errorKind(LarkApiError, 'LarkAuthError') {}
/** The app or the user lacks a scope or a right for this call. */
export class LarkPermissionError extends errorKind(LarkApiError, 'LarkPermissionError') {}
/** Too many requests (HTTP 429 or a frequency-limit code). */
export class LarkRateLimitError extends errorKind(LarkApiError, 'LarkRateLimitError') {}
/** The thing the call names does not exist (any more). */
export class LarkNotFoundError extends errorKind(LarkApiError, 'LarkNotFoundError') {}

/** The request never got an answer: connection refused, reset, DNS failure… */
export class LarkNetworkError extends errorKind(LarkError, 'LarkNetworkError') {}
/** The server redirected a request with a body elsewhere; it was not followed (never retried). */
export class LarkRedirectError extends errorKind(LarkNetworkError, 'LarkRedirectError') {}
/** No answer within `timeoutMs`. */
export class LarkTimeoutError extends errorKind(LarkError, 'LarkTimeoutError') {}
/** The caller's `signal` aborted the call. */
export class LarkAbortError extends errorKind(LarkError, 'LarkAbortError') {}

export interface ValidationIssue {
  /** Where, as `path.x`, `params.x`, `data.x.y[0]`, or `as` for the identity. */
  readonly field: string;
  readonly message: string;
}

/** The request does not match the spec; nothing was sent. `field` names the first offending field. */
export class LarkValidationError extends LarkError {
  override name = 'LarkValidationError';
  readonly field: string;
  readonly issues: readonly ValidationIssue[];
  readonly methodId: string | undefined;
  constructor(methodId: string | undefined, issues: readonly ValidationIssue[]) {
    super(`${methodId ? methodId + ': ' : ''}${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`);
    this.methodId = methodId;
    this.issues = issues;
    this.field = issues[0]?.field ?? '';
  }
}

/** Token missing, invalid or expired: fetch a new tenant token once / refresh the user token once. */
export const TOKEN_INVALID_CODES: readonly number[] = [99991661, 99991663, 99991668, 99991671, 99991677];
const RATE_LIMIT_CODES = [99991400, 230020, 232019, 230047, 230048];

/** Is an answer a rate limit (HTTP 429 or one of the platform's frequency-limit codes)? */
export function isRateLimited(code: number, httpStatus: number): boolean {
  return httpStatus === 429 || RATE_LIMIT_CODES.includes(code);
}
