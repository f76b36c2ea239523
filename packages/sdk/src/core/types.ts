/**
 * The shapes shared by the runtime, the generated bindings and their consumers (the CLI and the
 * emulator read the same descriptor table). Descriptors are plain, JSON-serialisable data.
 */
import type { Field, FieldFormat, FieldMap, FieldType } from '@larkgen/spec/fields';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Identity = 'bot' | 'user';
export type Risk = 'read' | 'write' | 'high-risk-write';
export type Brand = 'feishu' | 'lark';
/** The constraints of one request field, as the spec states them (shared schemas are inlined): the spec package's one field model. */
export type FieldSpec = Field;
export type FieldMapSpec = FieldMap;
export type { FieldFormat, FieldType };

/** Scopes an identity needs: every one of `allOf`, and one of `anyOf` (when not empty). */
export interface ScopeSpec {
  readonly anyOf?: readonly string[];
  readonly allOf?: readonly string[];
}

export interface PaginationSpec {
  /** Query parameter carrying the page token. */
  readonly pageToken: string;
  /** Query parameter carrying the page size. */
  readonly pageSize: string;
  /** Member of `data` holding the items of a page. */
  readonly items: string;
  /** Member of `data` telling whether more pages follow. */
  readonly hasMore: string;
  /** Member of `data` holding the token of the next page. */
  readonly nextToken: string;
}

/** One API method: everything needed to build, check, send and interpret a call. */
export interface MethodDescriptor {
  /** `<service>.<resource>.<name>`, e.g. `im.chat.members.get` (the resource may be dotted). */
  readonly id: string;
  readonly http: HttpMethod;
  /** Path template with `{name}` placeholders, starting with `/open-apis/`. */
  readonly path: string;
  readonly risk: Risk;
  /** The identities that may call the method, with the scopes each needs. */
  readonly identities: Readonly<Partial<Record<Identity, ScopeSpec>>>;
  readonly pathParams: FieldMapSpec;
  readonly query: FieldMapSpec;
  readonly body?: {
    readonly encoding: 'json' | 'multipart';
    readonly required: boolean;
    readonly fields: FieldMapSpec;
  };
  readonly pagination?: PaginationSpec;
  /** Present when the answer is the bytes of a file rather than a JSON envelope. */
  readonly download?: { readonly contentTypes: readonly string[]; readonly range: boolean };
  /**
   * The field that makes a write safe to repeat. `auto`: the client fills it with a fresh UUID when
   * the caller gives none, so the call may be retried.
   */
  readonly idempotency?: { readonly in: 'body' | 'query'; readonly field: string; readonly auto: boolean };
}

/** What to do about a documented error code of a method (from the specs' `fix`), if anything is known. */
export type ErrorHints = (methodId: string, code: number) => string | undefined;

/** A call: path parameters, query parameters (`params`) and body (`data`), named like the official SDK. */
export interface LarkRequest {
  path?: Record<string, string | number> | undefined;
  params?: Record<string, unknown> | undefined;
  data?: Record<string, unknown> | undefined;
}

/** Gives a user access token; called again with `forceRefresh` when the platform rejects one. */
export type UserTokenProvider = (ctx: { readonly forceRefresh: boolean; readonly signal?: AbortSignal }) => string | Promise<string>;

/** Per-call options. */
export interface CallOptions {
  /** The identity to call as. Default: `user` when a user token is given for the call, else the client's default, else the first identity the method allows (bot first). */
  as?: Identity;
  /** A user access token (or a provider) for this call; implies `as: 'user'` unless `as` says otherwise. */
  userAccessToken?: string | UserTokenProvider;
  signal?: AbortSignal;
  /** Per attempt, until the answer's headers (downloads) or its whole body (JSON). */
  timeoutMs?: number;
  /** Retries of a safe call after 429, 5xx, rate-limit codes, network errors and timeouts. */
  maxRetries?: number;
  /** Value of the method's idempotency field (e.g. `uuid` of a message); makes a write retryable. */
  idempotencyKey?: string;
  /** Check the request against the spec before sending (default: the client's setting). */
  validate?: boolean;
  /** Extra request headers (an `Authorization` header here is ignored). */
  headers?: Record<string, string>;
}

export interface PageOptions extends CallOptions {
  /** Stop after this many items (`iterate`) or pages (`pages`). */
  limit?: number;
  /** Stop after this many pages. */
  maxPages?: number;
  /** Page size to ask for (sets the method's page size parameter). */
  pageSize?: number;
  /** Wait this long between pages. */
  delayMs?: number;
}

/** A successful answer with its transport details. */
export interface LarkResponse<T> {
  readonly data: T;
  readonly status: number;
  readonly headers: Headers;
  /** The platform's request id (`x-tt-logid`), to quote to support. */
  readonly logId: string | undefined;
  readonly msg: string;
}

/** Receives redacted records only: never a token, a secret or a request body. */
export interface LarkLogger {
  debug?(message: string, data?: Record<string, unknown>): void;
  info?(message: string, data?: Record<string, unknown>): void;
  warn?(message: string, data?: Record<string, unknown>): void;
  error?(message: string, data?: Record<string, unknown>): void;
}
