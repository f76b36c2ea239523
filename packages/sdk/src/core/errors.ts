/**
 * The error tree's root and the errors the client throws itself (no answer, an aborted or
 * redirected request, a request that does not fit its spec). The errors of a refused answer are
 * in api-errors.ts: only the lazily loaded failure module makes them, so a bundle whose calls
 * succeed leaves their wording out.
 */

/** Base class of every error the SDK throws. */
export class LarkError extends Error {
  override name = 'LarkError';
}

/**
 * The base of an error kind that differs from `Base` only by its name: callers tell kinds apart
 * with `instanceof` and `err.name`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs an any-args constructor
export function errorKind<Base extends new (...args: any[]) => LarkError>(base: Base, kind: string): Base {
  return class extends base {
    override name = kind;
  };
}

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
