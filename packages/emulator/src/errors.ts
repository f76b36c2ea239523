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

/** Platform-wide codes with their wire messages (from the reference error table). */
export const PLATFORM = {
  needToken: { code: 99991661, http: 400, msg: 'Need a token' },
  tenantTokenInvalid: {
    code: 99991663,
    http: 400,
    msg: 'Invalid access token for authorization. Please make a request with token attached',
  },
  userTokenInvalid: {
    code: 99991668,
    http: 400,
    msg: 'Invalid access token for authorization. Please make a request with token attached.',
  },
  userTokenNotSupported: { code: 99991668, http: 400, msg: 'user access token not support' },
  badTokenPrefix: { code: 99991671, http: 400, msg: 'Invalid token: must start with t-/u-' },
  appScopeMissing: { code: 99991672, http: 400, msg: 'Access denied. One of the following scopes is required' },
  userTokenExpired: { code: 99991677, http: 400, msg: 'token expire' },
  userScopeMissing: {
    code: 99991679,
    http: 400,
    msg: 'Unauthorized. You do not have permission to perform the requested operation on the resource. Please request user re-authorization and try again.',
  },
  rateLimited: { code: 99991400, http: 429, msg: 'request trigger frequency limit' },
  notFound: { code: 99991201, http: 404, msg: 'resource not find' },
  methodMismatch: { code: 99991301, http: 405, msg: 'request method doesn’t match' },
  fieldValidation: { code: 99992402, http: 400, msg: 'field validation failed' },
  internal: { code: 1500, http: 500, msg: 'internal error' },
} as const;

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
