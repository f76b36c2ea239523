import { LarkAbortError, LarkRedirectError, LarkValidationError } from './errors.js';
import type { Envelope, FailingClient } from './failure.js';
import type { MultipartEncoder } from './multipart.js';
import { encodeQuery, fillPath } from './request.js';
import type {
  Brand, CallOptions, ErrorHints, HttpMethod, Identity, LarkLogger, LarkRequest, LarkResponse, MethodDescriptor, UserTokenProvider,
} from './types.js';
import { abortable } from './util.js';
import { requestProblems } from './validate.js';

export interface LarkClientOptions {
  appId: string;
  /** Needed for the bot identity unless `tenantAccessToken` is given. */
  appSecret?: string;
  /** `feishu` (open.feishu.cn, default) or `lark` (open.larksuite.com). */
  brand?: Brand;
  /** Another server, e.g. a local emulator `http://127.0.0.1:8787` (no trailing slash needed). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Retries of a safe call (reads, and writes with an idempotency key). Default 2. */
  maxRetries?: number;
  /** Per attempt. Default 30 000 ms. */
  timeoutMs?: number;
  /** Gets redacted records: no token, secret or body ever reaches it. */
  logger?: LarkLogger;
  /** Check requests against the spec before sending. Default true. */
  validate?: boolean;
  /** Identity for methods that allow both, when a call says nothing. Default `bot`. */
  defaultAs?: Identity;
  /** A user access token, or a provider that can refresh one. */
  userAccessToken?: string | UserTokenProvider;
  /** A fixed tenant access token or a provider of one, instead of fetching it with appId/appSecret. */
  tenantAccessToken?: string | UserTokenProvider;
  /** First backoff step. Default 500 ms. */
  retryBaseDelayMs?: number;
  /** Longest wait between retries; a rate limit asking for more is not retried. Default 30 000 ms. */
  maxRetryDelayMs?: number;
  /** Headers sent with every call. */
  headers?: Record<string, string>;
  /**
   * Per-method hints for documented error codes (`errorHints` from `@larkgen/sdk/descriptors`), or a
   * loader of them, called on the first error. `LarkClient` always has them.
   */
  errorHints?: ErrorHints | { load(): Promise<ErrorHints> };
}

const OPEN_HOSTS: Record<Brand, string> = { feishu: 'open.feishu.cn', lark: 'open.larksuite.com' };
/** A module imported on its first use, so that a bundle of calls that never need it leaves it out; a failed import is tried again. */
function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));
}
/** Words failed answers. */
const loadFailure = /* @__PURE__ */ lazily(() => import('./failure.js'));
/** Words the problems of a request that does not fit its spec. */
const loadWords = /* @__PURE__ */ lazily(() => import('./validate-words.js'));
/** Follows (or refuses) a redirect of a request with a body. */
const loadRedirects = /* @__PURE__ */ lazily(() => import('./redirect.js'));
/** Hands records to the logger. */
const loadLog = /* @__PURE__ */ lazily(() => import('./log.js'));
/** Times downloads. */
const loadDownloads = /* @__PURE__ */ lazily(() => import('./idle.js'));
const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';
/** How many calls share one timeout signal at most (see #timeoutSignal). */
const SIGNAL_SHARERS = 32;

/** Copies `extra` into `headers`, except an Authorization header (the client sets that one). */
function addHeaders(headers: Record<string, string>, extra: Record<string, string> | undefined): void {
  if (extra) for (const k in extra) if (k.toLowerCase() !== 'authorization') headers[k] = extra[k]!;
}

/** A signal aborted by either of two (AbortSignal.any where it exists). */
function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const ac = new AbortController();
  const abort = () => ac.abort();
  a.addEventListener('abort', abort, { once: true });
  b.addEventListener('abort', abort, { once: true });
  return ac.signal;
}

interface Outgoing {
  method: HttpMethod;
  url: string;
  body?: string | FormData | undefined;
  /** `undefined`: no Authorization header (the token request itself). */
  as: Identity | undefined;
  safe: boolean;
  d?: MethodDescriptor | undefined;
}

/**
 * The transport shared by every method: tokens, validation, retries, errors. `LarkClient` adds the
 * namespaces (`client.im.messages.create`); standalone functions (`imMessagesCreate(client, …)`)
 * take either.
 */
export class LarkCore {
  readonly appId: string;
  readonly brand: Brand;
  readonly baseUrl: string;
  readonly #o: LarkClientOptions;
  readonly #fetch: typeof fetch;
  #tenant: { token: string; until: number } | undefined;
  #inflight: Promise<string> | undefined;
  /** Per timeout length, the timeout signal calls starting now share, and until when it takes new calls. */
  readonly #timeouts = new Map<number, { signal: AbortSignal; openUntil: number; uses: number }>();

  constructor(options: LarkClientOptions) {
    this.#o = options;
    this.appId = options.appId;
    this.brand = options.brand ?? 'feishu';
    this.baseUrl = (options.baseUrl ?? `https://${OPEN_HOSTS[this.brand]}`).replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((...a) => fetch(...a));
  }

  /**
   * Calls one method and returns its data with status, headers and log id; for a file, `data` is the
   * Response with its body unread. A multipart method needs `encodeMultipart` as `multipart`.
   */
  async call<T = unknown>(d: MethodDescriptor, req?: LarkRequest | void, o: CallOptions = {}, multipart?: MultipartEncoder): Promise<LarkResponse<T>> {
    const as = o.as ?? (o.userAccessToken && d.identities.user ? 'user' : d.identities[this.#o.defaultAs ?? 'bot'] ? (this.#o.defaultAs ?? 'bot') : d.identities.bot ? 'bot' : 'user');
    let { path, params, data } = req ?? {};
    let key: string | undefined;
    const idem = d.idempotency;
    if (idem) {
      const given = (idem.in === 'body' ? data : params)?.[idem.field];
      key = o.idempotencyKey ?? (typeof given === 'string' && given ? given : idem.auto ? crypto.randomUUID() : undefined);
      if (key !== undefined && key !== given) {
        if (idem.in === 'body') data = { ...data, [idem.field]: key };
        else params = { ...params, [idem.field]: key };
      }
    }
    let form: FormData | undefined;
    if (d.body?.encoding === 'multipart' && data) {
      if (!multipart) throw new TypeError(`${d.id} has a multipart body: pass encodeMultipart to call()`);
      ({ data, body: form } = await multipart(d.body.fields, data));
    }
    if (o.validate ?? this.#o.validate ?? true) {
      const found = requestProblems(d, { path, params, data }, as);
      if (found) throw new LarkValidationError(d.id, (await loadWords()).wordProblems(d, as, found));
    }
    const out: Outgoing = {
      method: d.http,
      url: this.baseUrl + fillPath(d.path, path, d.id) + encodeQuery(params),
      // Like the official SDK, every call but a GET carries a JSON body, `{}` when there is nothing to send.
      body: form ?? (data === undefined ? (d.http === 'GET' ? undefined : '{}') : JSON.stringify(data)),
      as,
      safe: d.risk === 'read' || key !== undefined,
      d,
    };
    const r = await this.#send(out, o);
    // A file: `data` is the Response with its body unread (see defineDownload).
    return { data: (r.download ? r.res : r.env.data) as T, status: r.res.status, headers: r.res.headers, logId: r.logId, msg: String(r.env.msg ?? '') };
  }

  /**
   * The tenant access token: cached until 3 minutes before it expires; concurrent callers share one
   * request. `rejected`: a token the platform refused, dropped from the cache if still there.
   */
  tenantAccessToken(signal?: AbortSignal, rejected?: string): Promise<string> {
    const fixed = this.#o.tenantAccessToken;
    if (fixed !== undefined) {
      return Promise.resolve(typeof fixed === 'string' ? fixed : fixed({ forceRefresh: rejected !== undefined, ...(signal ? { signal } : {}) }));
    }
    if (rejected !== undefined && this.#tenant?.token === rejected) this.#tenant = undefined;
    if (this.#tenant && Date.now() < this.#tenant.until) return Promise.resolve(this.#tenant.token);
    this.#inflight ??= this.#fetchTenantToken().finally(() => (this.#inflight = undefined));
    return abortable(this.#inflight, signal);
  }

  async #fetchTenantToken(): Promise<string> {
    const { appId, appSecret } = this.#o;
    if (!appSecret) throw (await loadFailure()).credentialError('app-secret');
    const { env } = await this.#send(
      { method: 'POST', url: this.baseUrl + TOKEN_PATH, body: JSON.stringify({ app_id: appId, app_secret: appSecret }), as: undefined, safe: true },
      {},
    );
    const token = env.tenant_access_token;
    const expire = typeof env.expire === 'number' ? env.expire : 7200;
    if (typeof token !== 'string' || !token) throw (await loadFailure()).credentialError('tenant-token');
    this.#tenant = { token, until: Date.now() + Math.max(expire * 1000 - 180_000, expire * 500) };
    await this.#log('lark token', { expire });
    return token;
  }

  async #token(as: Identity, o: CallOptions, rejected: string | undefined, methodId: string | undefined): Promise<{ token: string; refreshable: boolean }> {
    if (as === 'bot') {
      return { token: await this.tenantAccessToken(o.signal, rejected), refreshable: typeof this.#o.tenantAccessToken !== 'string' };
    }
    const src = o.userAccessToken ?? this.#o.userAccessToken;
    if (!src) throw (await loadFailure()).credentialError('user-token', methodId);
    if (typeof src === 'string') return { token: src, refreshable: false };
    return { token: await abortable(Promise.resolve(src({ forceRefresh: rejected !== undefined, ...(o.signal ? { signal: o.signal } : {}) })), o.signal), refreshable: true };
  }

  async #send(r: Outgoing, o: CallOptions): Promise<{ res: Response; env: Envelope; logId: string | undefined; download: boolean }> {
    const maxRetries = o.maxRetries ?? this.#o.maxRetries ?? 2;
    const methodId = r.d?.id;
    // `rejected`: the token the last answer refused, replaced on the next attempt (see nextStep in failure.ts).
    let rejected: string | undefined;
    const refused = new Set<string>();
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = {};
      addHeaders(headers, this.#o.headers);
      addHeaders(headers, o.headers);
      let tok: { token: string; refreshable: boolean } | undefined;
      if (r.as) {
        tok = await this.#token(r.as, o, rejected, methodId);
        rejected = undefined;
        headers.Authorization = `Bearer ${tok.token}`;
      }
      if (typeof r.body === 'string') headers['Content-Type'] = 'application/json; charset=utf-8';
      const started = Date.now();
      if (this.#o.logger) await this.#log('lark request', { method: r.method, url: r.url, attempt, as: r.as });
      let res: Response;
      let text: string | undefined;
      try {
        ({ res, text } = await this.#exchange(r, headers, o));
      } catch (e) {
        if (!(e instanceof LarkAbortError) && !(e instanceof LarkRedirectError) && r.safe && attempt < maxRetries) {
          await (await loadFailure()).pause(this.#failing(), attempt, undefined, o.signal, { methodId, error: (e as Error).message });
          continue;
        }
        throw e;
      }
      const logId = res.headers.get('x-tt-logid') ?? undefined;
      if (text === undefined) return { res, env: {}, logId, download: true };
      let env: Envelope | undefined;
      try {
        const parsed: unknown = text ? JSON.parse(text) : undefined;
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) env = parsed as Envelope;
      } catch {
        // not JSON: a gateway page or a file; handled below
      }
      if (this.#o.logger) await this.#log('lark response', { method: r.method, url: r.url, status: res.status, code: env?.code, logId, ms: Date.now() - started });
      if (res.ok && r.d?.download && !(typeof env?.code === 'number' && env.code !== 0)) {
        // A JSON file, not an error envelope.
        return { res: new Response(text, { status: res.status, headers: res.headers }), env: {}, logId, download: true };
      }
      if (res.ok && env?.code === 0) return { res, env, logId, download: false };
      // A failure: its wording and what to do about it (a new token, a retry) load with the first one.
      const next = await (await loadFailure()).afterFailedAnswer(this.#failing(), r, res, env, text, logId, {
        attempt, canRetry: attempt < maxRetries, safe: r.safe, token: tok, refused, signal: o.signal,
      });
      if ('error' in next) throw next.error;
      rejected = next.rejected;
      if (next.free) attempt--;
    }
  }

  /** One HTTP exchange under the per-attempt timeout; reads the body unless it is a file. */
  async #exchange(r: Outgoing, headers: Record<string, string>, o: CallOptions): Promise<{ res: Response; text: string | undefined }> {
    const user = o.signal;
    if (user?.aborted) throw new LarkAbortError('aborted before sending');
    const ms = o.timeoutMs ?? this.#o.timeoutMs ?? 30_000;
    const send = (timeout: AbortSignal) => this.#fetchFollowing(r, headers, user ? anySignal(user, timeout) : timeout);
    const lost = async (e: unknown, timeout: AbortSignal): Promise<never> => {
      if (e instanceof LarkRedirectError) throw e;
      // Read before the await: the caller's signal may abort while the wording loads.
      const x = { what: r.d?.id, request: `${r.method} ${r.url}`, timeoutMs: ms, timedOut: timeout.aborted, aborted: !!user?.aborted };
      throw (await loadFailure()).exchangeError(e, x);
    };
    // A file: the download module times the headers and then each read of the body.
    if (r.d?.download) return (await loadDownloads()).exchangeFile(send, ms, r.d.id, lost);
    // A JSON call: one timeout signal for the whole exchange (cheaper than a controller and a timer).
    const timeout = this.#timeoutSignal(ms);
    try {
      const res = await send(timeout);
      return { res, text: await res.text() };
    } catch (e) {
      return lost(e, timeout);
    }
  }

  /**
   * A signal that aborts no sooner than `ms` from now and at most ms/16 (up to 1 s) later. Making
   * an AbortSignal costs more than the rest of a call's own work, so the calls that start within
   * that slack share one: each still waits at least its full `ms`. At most SIGNAL_SHARERS calls
   * share one, because fetch adds a listener to the signal per request (dropped only when the
   * request is collected) and looks them all over on each new request.
   */
  #timeoutSignal(ms: number): AbortSignal {
    const now = Date.now();
    const slot = this.#timeouts.get(ms);
    if (slot && now <= slot.openUntil && slot.uses < SIGNAL_SHARERS) {
      slot.uses++;
      return slot.signal;
    }
    const slack = Math.min(1000, Math.floor(ms / 16));
    if (this.#timeouts.size >= 16) this.#timeouts.clear();
    const signal = AbortSignal.timeout(ms + slack);
    this.#timeouts.set(ms, { signal, openUntil: now + slack, uses: 1 });
    return signal;
  }

  /**
   * fetch, following redirects the way a careful client does: a GET follows them (fetch drops
   * Authorization across origins); any other method follows only a 307/308 to the same origin,
   * because following elsewhere would send the body to a server the caller never named.
   */
  async #fetchFollowing(r: Outgoing, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    if (r.method === 'GET') return this.#fetch(r.url, { method: r.method, headers, signal, redirect: 'follow' });
    const init: RequestInit = { method: r.method, headers, body: r.body ?? null, signal, redirect: 'manual' };
    const res = await this.#fetch(r.url, init);
    if (res.status < 300 || res.status >= 400) return res;
    return (await loadRedirects()).followRedirect(this.#fetch, r, init, res);
  }

  /** What the failure module needs of this client. */
  #failing(): FailingClient {
    return { appId: this.appId, consoleHost: OPEN_HOSTS[this.brand], options: this.#o };
  }

  /** A debug record; only a client with a logger loads the module that hands records to it. */
  async #log(message: string, data: Record<string, unknown>): Promise<void> {
    if (this.#o.logger) (await loadLog()).emit(this.#o.logger, 'debug', message, data);
  }
}
