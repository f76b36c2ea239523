import type { Method, SpecModel } from '@larkgen/spec';

export interface FieldViolation {
  readonly field: string;
  readonly value?: string;
  readonly description: string;
}

export interface PermissionViolation {
  readonly type: 'action_scope_required' | 'field_scope_required' | 'action_privilege_required';
  readonly subject: string;
}

export interface ErrorDetail {
  /** Our own explanation of what went wrong (never a copy of platform prose). */
  message?: string;
  field_violations?: FieldViolation[];
  permission_violations?: PermissionViolation[];
  helps?: { url: string; description: string }[];
}

/** A failure answered Lark-style: `{code, msg, error: {...}}` with the given HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly msg: string,
    readonly http: number = 400,
    readonly detail: ErrorDetail = {},
    /** Extra top-level headers (rate limiting). */
    readonly headers: Record<string, string> = {},
  ) {
    super(`${code} ${msg}`);
  }
}

/** One platform-wide code: its wire message, and its HTTP status (400 unless given). */
const platform = (code: number, msg: string, http = 400) => ({ code, http, msg }) as const;

/** Platform-wide codes with their wire messages (from the reference error table). */
export const PLATFORM = {
  needToken: platform(99991661, 'Need a token'),
  tenantTokenInvalid: platform(99991663, 'Invalid access token for authorization. Please make a request with token attached'),
  userTokenInvalid: platform(99991668, 'Invalid access token for authorization. Please make a request with token attached.'),
  userTokenNotSupported: platform(99991668, 'user access token not support'),
  badTokenPrefix: platform(99991671, 'Invalid token: must start with t-/u-'),
  appScopeMissing: platform(99991672, 'Access denied. One of the following scopes is required'),
  userTokenExpired: platform(99991677, 'token expire'),
  userScopeMissing: platform(
    99991679,
    'Unauthorized. You do not have permission to perform the requested operation on the resource. Please request user re-authorization and try again.',
  ),
  rateLimited: platform(99991400, 'request trigger frequency limit', 429),
  notFound: platform(99991201, 'resource not find', 404),
  methodMismatch: platform(99991301, 'request method doesn’t match', 405),
  fieldValidation: platform(99992402, 'field validation failed'),
  internal: platform(1500, 'internal error', 500),
};

/** Answered for a route the spec declares but no handler implements. Not a platform code. */
export const NOT_EMULATED_CODE = 99990501;

export type ErrorTable = ReadonlyMap<number, { msg: string; http: number }>;

/**
 * Every code any method documents, with the first wire message seen: the fallback when a
 * handler raises a code its own method does not list (the per-method table wins otherwise).
 */
export function buildErrorTable(model: SpecModel): ErrorTable {
  const t = new Map<number, { msg: string; http: number }>();
  for (const m of model.methods) {
    for (const e of m.errors) if (!t.has(e.code)) t.set(e.code, { msg: e.message, http: e.http });
  }
  for (const p of Object.values(PLATFORM)) if (!t.has(p.code)) t.set(p.code, { msg: p.msg, http: p.http });
  return t;
}

/** The error `code` as `method` documents it (message and status), falling back to the global table. */
export function methodError(
  method: Method,
  table: ErrorTable,
  code: number,
  detail: ErrorDetail = {},
  msgArgs?: string,
): ApiError {
  const own = method.errors.find((e) => e.code === code);
  const found = own ? { msg: own.message, http: own.http } : table.get(code);
  let msg = found?.msg ?? 'internal error';
  if (msgArgs !== undefined) msg = msg.replace('%v', msgArgs);
  return new ApiError(code, msg, found?.http ?? 400, detail);
}
