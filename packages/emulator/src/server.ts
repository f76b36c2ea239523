import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import querystring from 'node:querystring';
import type { Method, SpecModel } from '@larkgen/spec';
import { authenticate, authorize, issueTenantToken, issueUserToken } from './auth.js';
import type { BinaryAnswer, Ctx, Handler, Runtime, UploadedFile } from './context.js';
import { ApiError, buildErrorTable, methodError, NOT_EMULATED_CODE, PLATFORM, type ErrorDetail, type FieldViolation } from './errors.js';
import { HANDLERS } from './handlers/index.js';
import type { MethodId } from './generated/handler-types.js';
import { invalidParamCode, loadModel } from './model.js';
import { MalformedMultipartError, parseMultipart } from './multipart.js';
import { handleOAuth, userInfo } from './oauth.js';
import type { EmulatorOptions, FaultOptions, RateLimit, RateLimitOptions } from './options.js';
import { formatContentDisposition } from '@larkgen/sdk';
import { JsonShapeError, readJsonBody } from './json-guard.js';
import { commitBeforeAnswer, Journal } from './journal.js';
import { Router } from './router.js';
import { demoState, emptyState } from './seed.js';
import { State } from './state.js';
import { BodyTooLargeError, newLogId, parseRange } from './util.js';
import { coerceStrings, requestViolations, responseViolations, splitMultipart } from './validate.js';
import { handleAdmin } from './admin.js';

export interface RequestLogEntry {
  readonly at: number;
  readonly log_id: string;
  readonly http: string;
  readonly path: string;
  readonly method_id?: string;
  readonly identity?: string;
  readonly status: number;
  readonly code?: number;
  readonly ms: number;
}

export interface Emulator {
  /** Base URL, e.g. http://127.0.0.1:8787 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly appId: string;
  readonly appSecret: string;
  /** The live state (replaced by reset). */
  readonly state: State;
  /** Method ids with a handler, and those that answer "not emulated". */
  readonly emulated: readonly string[];
  readonly notEmulated: readonly string[];
  close(): Promise<void>;
  reset(seed?: 'demo' | 'empty'): void;
  setFaults(f: FaultOptions): void;
  setRateLimits(r: RateLimitOptions): void;
  setScopes(scopes: readonly string[]): void;
  approveDevice(userCode: string, openId?: string): boolean;
  denyDevice(userCode: string): boolean;
  /** A user access token for `openId` with the given scopes (default: every enabled scope). */
  issueUserToken(openId: string, scopes?: readonly string[], offline?: boolean): { access_token: string; refresh_token?: string };
  /** A tenant access token, as the token endpoint would hand out. */
  tenantToken(): string;
  /** Expires the current tokens now; returns how many. */
  expireTokens(kind?: 'tenant' | 'user' | 'all'): number;
  /** Writes pending state to the data file (if any). */
  flush(): Promise<void>;
  /** The most recent requests, oldest first. */
  requests(): readonly RequestLogEntry[];
}

/** Shared by the HTTP layer, the admin API and the OAuth endpoints. */
export interface Internals {
  readonly opts: EmulatorOptions;
  readonly model: SpecModel;
  readonly rt: Runtime;
  url: string;
  faults: FaultOptions;
  rateLimits: RateLimitOptions;
  readonly emulated: string[];
  readonly notEmulated: string[];
  readonly log: RequestLogEntry[];
  reset(seed?: 'demo' | 'empty'): void;
  appScopes(): Set<string>;
  setScopes(scopes: readonly string[]): void;
  approveDevice(userCode: string, openId?: string, deny?: boolean): boolean;
  tokenTtl: number;
  userTokenTtl: number;
  refreshTtl: number;
}

const LOG_SIZE = 1000;
const JSON_TYPE = 'application/json; charset=utf-8';

export function sendJson(res: ServerResponse, status: number, body: unknown, logId: string, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(text), 'x-tt-logid': logId, ...headers });
  res.end(text);
}

export function errorBody(e: ApiError, logId: string): Record<string, unknown> {
  const error: Record<string, unknown> = {};
  if (e.detail.message) error.message = e.detail.message;
  error.log_id = logId;
  error.troubleshooter = `Emulator request log: GET /__emulator/requests (log_id ${logId})`;
  if (e.detail.permission_violations) error.permission_violations = e.detail.permission_violations;
  if (e.detail.field_violations) error.field_violations = e.detail.field_violations;
  if (e.detail.helps) error.helps = e.detail.helps;
  return { code: e.code, msg: e.msg, error };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

class Limiter {
  private readonly windows = new Map<string, { sec: number; secCount: number; min: number; minCount: number }>();

  /** Counts one call; returns the limit hit and seconds to wait, or undefined. */
  hit(key: string, limit: RateLimit, now: number): { limit: number; reset: number } | undefined {
    const secStart = Math.floor(now / 1000);
    const minStart = Math.floor(now / 60_000);
    let w = this.windows.get(key);
    if (!w) this.windows.set(key, (w = { sec: secStart, secCount: 0, min: minStart, minCount: 0 }));
    if (w.sec !== secStart) {
      w.sec = secStart;
      w.secCount = 0;
    }
    if (w.min !== minStart) {
      w.min = minStart;
      w.minCount = 0;
    }
    if (limit.perSecond !== undefined && w.secCount >= limit.perSecond) {
      return { limit: limit.perSecond, reset: Math.max(1, Math.ceil(((secStart + 1) * 1000 - now) / 1000)) };
    }
    if (limit.perMinute !== undefined && w.minCount >= limit.perMinute) {
      return { limit: limit.perMinute, reset: Math.max(1, Math.ceil(((minStart + 1) * 60_000 - now) / 1000)) };
    }
    w.secCount++;
    w.minCount++;
    return undefined;
  }

  clear(): void {
    this.windows.clear();
  }
}

function limitFor(method: Method, r: RateLimitOptions): RateLimit | undefined {
  const own = r.methods?.[method.id];
  if (own) return own;
  if (r.fromSpec && method.rateLimit && (method.rateLimit.perSecond !== undefined || method.rateLimit.perMinute !== undefined)) {
    return { perSecond: method.rateLimit.perSecond, perMinute: method.rateLimit.perMinute };
  }
  return r.methods?.['*'];
}

function splitUrl(raw: string): { pathname: string; search: string } {
  const q = raw.indexOf('?');
  return q < 0 ? { pathname: raw, search: '' } : { pathname: raw.slice(0, q), search: raw.slice(q + 1) };
}

/** Starts an emulator; resolves once it listens. */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const model = opts.model ?? loadModel();
  const errorTable = buildErrorTable(model);
  const router = new Router(model.methods);
  const now = opts.now ?? Date.now;
  const exclude = new Set(opts.exclude ?? []);
  const handlers = new Map<string, Handler>();
  for (const m of model.methods) {
    const h = HANDLERS[m.id as MethodId];
    if (h && !exclude.has(m.id)) handlers.set(m.id, h);
  }
  const allScopes = Object.keys(model.scopes).sort();
  const seedOpts = () => ({
    appId: opts.appId,
    appSecret: opts.appSecret,
    enabledScopes: opts.enabledScopes ?? allScopes,
    now: now(),
  });
  const seeded = (seed: 'demo' | 'empty' = opts.seed ?? 'demo') => (seed === 'empty' ? emptyState(seedOpts()) : demoState(seedOpts()));

  let state: State;
  const fromDisk = opts.dataFile ? Journal.load(opts.dataFile) : undefined;
  state = fromDisk ?? seeded();
  if (fromDisk && opts.enabledScopes) state.app.enabled_scopes = [...opts.enabledScopes];

  const persister = opts.dataFile ? Journal.open(opts.dataFile, () => state) : undefined;
  const rt: Runtime = {
    model,
    errors: errorTable,
    get state() {
      return state;
    },
    set state(s: State) {
      state = s;
    },
    now,
    touch: () => persister?.touch(),
    userTokenTtlSeconds: opts.userTokenTtlSeconds ?? 7200,
  };
  let scopeSet = new Set(state.app.enabled_scopes);
  const limiter = new Limiter();
  const consoleHost = opts.brand === 'lark' ? 'https://open.larksuite.com' : 'https://open.feishu.cn';

  const internals: Internals = {
    opts,
    model,
    rt,
    url: '',
    faults: { ...(opts.faults ?? {}) },
    rateLimits: { ...(opts.rateLimits ?? {}) },
    emulated: model.methods.filter((m) => handlers.has(m.id)).map((m) => m.id),
    notEmulated: model.methods.filter((m) => !handlers.has(m.id)).map((m) => m.id),
    log: [],
    tokenTtl: opts.tokenTtlSeconds ?? 7200,
    userTokenTtl: opts.userTokenTtlSeconds ?? 7200,
    refreshTtl: opts.refreshTokenTtlSeconds ?? 30 * 86_400,
    reset(seed) {
      state = seeded(seed);
      scopeSet = new Set(state.app.enabled_scopes);
      limiter.clear();
      persister?.touch();
    },
    appScopes: () => scopeSet,
    setScopes(scopes) {
      state.app.enabled_scopes = [...new Set(scopes)].sort();
      scopeSet = new Set(state.app.enabled_scopes);
      persister?.touch();
    },
    approveDevice(userCode, openId, deny) {
      const code = userCode.trim().toUpperCase();
      for (const d of state.devices.values()) {
        if ((d.user_code === code || d.device_code === userCode) && d.status === 'pending') {
          if (deny) d.status = 'denied';
          else {
            const who = openId ?? (typeof opts.autoApproveDevice === 'string' ? opts.autoApproveDevice : 'ou_alice');
            if (!state.users.has(who)) return false;
            d.status = 'approved';
            d.open_id = who;
          }
          persister?.touch();
          return true;
        }
      }
      return false;
    },
  };

  const record = (e: RequestLogEntry) => {
    internals.log.push(e);
    if (internals.log.length > LOG_SIZE) internals.log.splice(0, internals.log.length - LOG_SIZE);
    opts.log?.(`${e.http} ${e.path} → ${e.status}${e.code !== undefined ? ` code=${e.code}` : ''}${e.method_id ? ` [${e.method_id}]` : ''} ${e.ms}ms`);
  };

  async function applyFaults(req: IncomingMessage, res: ServerResponse, methodId: string, logId: string): Promise<boolean> {
    const f = internals.faults;
    if (f.methods && f.methods.length > 0 && !f.methods.includes(methodId)) return false;
    const delay = (f.latencyMs ?? 0) + (f.latencyJitterMs ? Math.random() * f.latencyJitterMs : 0);
    if (delay > 0) await sleep(delay);
    if (f.dropRate && Math.random() < f.dropRate) {
      req.socket.destroy();
      return true;
    }
    if (f.expireTokenRate && Math.random() < f.expireTokenRate) {
      const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      const t = m ? state.tokens.get(m[1]!) : undefined;
      if (t) t.expires_at = Math.min(t.expires_at, now() - 1);
    }
    if (f.errorRate && Math.random() < f.errorRate) {
      const e = new ApiError(PLATFORM.internal.code, PLATFORM.internal.msg, f.errorStatus ?? 500, {
        message: 'Injected failure (emulator fault injection); retry later.',
      });
      sendJson(res, e.http, errorBody(e, logId), logId);
      return true;
    }
    return false;
  }

  async function parseRequest(
    req: IncomingMessage,
    method: Method,
    pathParams: Record<string, string>,
    search: string,
  ): Promise<{ path: Record<string, unknown>; query: Record<string, unknown>; body: Record<string, unknown>; files: Record<string, UploadedFile> }> {
    const violations: FieldViolation[] = [];
    const path = coerceStrings(model, method.pathParams, pathParams, violations);
    violations.push(...requestViolations(model, method.pathParams, path));
    const rawQuery = search ? (querystring.parse(search) as Record<string, string | string[]>) : {};
    const query = coerceStrings(model, method.query, rawQuery, violations);
    violations.push(...requestViolations(model, method.query, query));
    const v = splitMultipart(method);
    let body: Record<string, unknown> = {};
    const files: Record<string, UploadedFile> = {};
    const ctype = req.headers['content-type'] ?? '';
    if (!method.body) {
      req.resume();
    } else if (method.body.encoding === 'multipart') {
      if (!ctype.includes('multipart/form-data')) {
        req.resume();
        violations.push({ field: 'body', description: 'must be sent as multipart/form-data' });
      } else {
        const maxFile = Math.max(1, ...Object.values(v.files).map((f) => f.maxBytes ?? 100 * 1024 * 1024));
        let mp;
        try {
          mp = await parseMultipart(req, maxFile);
        } catch (e) {
          if (!(e instanceof MalformedMultipartError)) throw e;
          throw methodError(method, errorTable, invalidParamCode(method), { message: e.message, field_violations: [{ field: 'body', value: '', description: e.message }] });
        }
        body = coerceStrings(model, v.plain, mp.fields, violations);
        for (const [name, f] of Object.entries(v.files)) {
          const got = mp.files[name];
          if (!got) {
            if (typeof mp.fields[name] === 'string') violations.push({ field: name, description: 'must be a file part, not a text field' });
            else if (f.required) violations.push({ field: name, description: 'is required' });
            continue;
          }
          if (mp.truncated.has(name)) {
            const limit = f.maxBytes ?? maxFile;
            if (method.errors.some((e) => e.code === 234006)) {
              throw methodError(method, errorTable, 234006, { message: `${name} is larger than ${limit} bytes.` });
            }
            violations.push({ field: name, description: `must be at most ${limit} bytes` });
          }
          files[name] = got;
        }
        for (const name of Object.keys(mp.files)) {
          if (!v.files[name]) violations.push({ field: name, description: 'is not a file field of this request' });
        }
        violations.push(...requestViolations(model, v.plain, body));
      }
    } else {
      const buf = await readJsonBody(req, 10 * 1024 * 1024);
      if (buf.length === 0) {
        if (method.body.required) violations.push({ field: 'body', description: 'a JSON body is required' });
      } else {
        let parsed: unknown;
        try {
          parsed = JSON.parse(buf.toString('utf8'));
        } catch {
          violations.push({ field: 'body', description: 'is not valid JSON' });
        }
        if (parsed !== undefined) {
          if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) violations.push({ field: 'body', description: 'must be a JSON object' });
          else body = parsed as Record<string, unknown>;
        }
      }
      if (violations.every((x) => x.field !== 'body')) violations.push(...requestViolations(model, method.body.fields, body));
    }
    if (violations.length > 0) {
      const code = invalidParamCode(method);
      const own = method.errors.find((e) => e.code === code);
      throw new ApiError(code, own?.message ?? PLATFORM.fieldValidation.msg, 400, {
        message: `The request does not match the specification of ${method.id}; see field_violations.`,
        field_violations: violations,
      });
    }
    return { path, query, body, files };
  }

  function sendBinary(req: IncomingMessage, res: ServerResponse, method: Method, a: BinaryAnswer, logId: string): number {
    const size = a.binary.length;
    const headers: Record<string, string | number> = { 'content-type': a.contentType, 'x-tt-logid': logId, 'accept-ranges': 'bytes' };
    if (a.fileName) headers['content-disposition'] = formatContentDisposition(a.fileName);
    const range = method.response.kind === 'binary' && method.response.range ? parseRange(req.headers.range, size) : undefined;
    if (range === 'invalid') {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${size}`, 'content-length': 0 });
      res.end();
      return 416;
    }
    if (range) {
      const chunk = a.binary.subarray(range.start, range.end + 1);
      res.writeHead(206, { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${size}`, 'content-length': chunk.length });
      res.end(chunk);
      return 206;
    }
    res.writeHead(200, { ...headers, 'content-length': size });
    res.end(a.binary);
    return 200;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, t0: number, logId: string, pathname: string, search: string): Promise<void> {
    const httpMethod = req.method ?? 'GET';
    let methodId: string | undefined;
    let identity: string | undefined;
    const done = (status: number, code?: number) =>
      record({ at: t0, log_id: logId, http: httpMethod, path: pathname, method_id: methodId, identity, status, code, ms: Date.now() - t0 });
    try {
      if (httpMethod === 'POST' && pathname === '/open-apis/auth/v3/tenant_access_token/internal') {
        methodId = 'auth.tenant_access_token';
        if (await applyFaults(req, res, methodId, logId)) return done(0);
        const out = await tenantTokenEndpoint(req);
        sendJson(res, 200, out, logId);
        return done(200, out.code as number);
      }
      if (httpMethod === 'POST' && (pathname === '/oauth/v1/device_authorization' || pathname === '/open-apis/authen/v2/oauth/token')) {
        methodId = pathname.startsWith('/oauth') ? 'oauth.device_authorization' : 'oauth.token';
        if (await applyFaults(req, res, methodId, logId)) return done(0);
        const r = await handleOAuth(internals, req, pathname);
        sendJson(res, r.status, r.body, logId);
        return done(r.status);
      }
      if (httpMethod === 'GET' && pathname === '/open-apis/authen/v1/user_info') {
        methodId = 'authen.user_info';
        req.resume();
        const data = userInfo(internals, req.headers.authorization);
        identity = 'user';
        sendJson(res, 200, { code: 0, msg: 'success', data }, logId);
        return done(200, 0);
      }
      const found = router.match(httpMethod, pathname);
      if (found.kind === 'none') {
        throw new ApiError(PLATFORM.notFound.code, PLATFORM.notFound.msg, 404, { message: `No Open API method is served at ${pathname}.` });
      }
      if (found.kind === 'wrong-method') {
        throw new ApiError(PLATFORM.methodMismatch.code, PLATFORM.methodMismatch.msg, 405, {
          message: `${pathname} does not take ${httpMethod}; it takes ${found.allowed.join(', ')}.`,
        });
      }
      const method = found.match.method;
      methodId = method.id;
      if (await applyFaults(req, res, method.id, logId)) return done(0);
      const handler = handlers.get(method.id);
      if (!handler) {
        req.resume();
        throw new ApiError(NOT_EMULATED_CODE, `method ${method.id} is not emulated`, 501, {
          message: `The spec declares ${method.id} (${method.http} ${method.path}), but this emulator has no handler for it.`,
        });
      }
      const limit = limitFor(method, internals.rateLimits);
      if (limit) {
        const hit = limiter.hit(`${state.app.app_id}|${method.id}`, limit, now());
        if (hit) {
          req.resume();
          throw new ApiError(
            PLATFORM.rateLimited.code,
            PLATFORM.rateLimited.msg,
            429,
            { message: `${method.id} allows ${hit.limit} calls per window for this app; wait ${hit.reset} s.` },
            { 'x-ogw-ratelimit-limit': String(hit.limit), 'x-ogw-ratelimit-reset': String(hit.reset) },
          );
        }
      }
      const t = now();
      const caller = authenticate(state, req.headers.authorization, t);
      identity = caller.identity;
      authorize(method, caller, scopeSet, state.app.app_id, consoleHost);
      const parsed = await parseRequest(req, method, found.match.params, search);
      const ctx: Ctx = {
        rt,
        state,
        method,
        identity: caller.identity,
        actor: caller.actor,
        appId: state.app.app_id,
        path: parsed.path as Record<string, any>,
        query: parsed.query as Record<string, any>,
        body: parsed.body as Record<string, any>,
        files: parsed.files,
        req,
        now: t,
        fail(code: number, message?: string, detail: ErrorDetail = {}, msgArgs?: string): never {
          throw methodError(method, errorTable, code, message ? { message, ...detail } : detail, msgArgs);
        },
        invalid(field: string, description: string, value?: unknown): never {
          const code = invalidParamCode(method);
          const own = method.errors.find((e) => e.code === code);
          const fv: FieldViolation =
            value === undefined ? { field, description } : { field, value: typeof value === 'string' ? value : JSON.stringify(value), description };
          throw new ApiError(code, own?.message ?? PLATFORM.fieldValidation.msg, 400, {
            message: `${field} ${description}.`,
            field_violations: [fv],
          });
        },
      };
      const out = await handler(ctx);
      if (out && typeof out === 'object' && 'binary' in out && Buffer.isBuffer((out as BinaryAnswer).binary)) {
        const status = sendBinary(req, res, method, out as BinaryAnswer, logId);
        return done(status, 0);
      }
      const data = out ?? {};
      const problems = opts.validateResponses !== false ? responseViolations(model, method, data) : [];
      if (problems.length > 0) {
        opts.log?.(`response of ${method.id} does not match its schema: ${JSON.stringify(problems)}`);
        throw new ApiError(PLATFORM.internal.code, PLATFORM.internal.msg, 500, {
          message: `Emulator bug: the answer of ${method.id} does not match the response schema.`,
          field_violations: problems,
        });
      }
      sendJson(res, 200, { code: 0, msg: 'success', data }, logId);
      return done(200, 0);
    } catch (err) {
      if (err instanceof ApiError) {
        if (!res.headersSent) sendJson(res, err.http, errorBody(err, logId), logId, err.headers);
        return done(err.http, err.code);
      }
      if (err instanceof JsonShapeError) {
        // Refused mid-upload: the rest of the body is not read, so the connection is closed.
        const e = new ApiError(PLATFORM.fieldValidation.code, PLATFORM.fieldValidation.msg, 400, {
          message: `${err.message}; send a flatter, smaller body.`,
          field_violations: [{ field: 'body', value: '', description: err.message }],
        });
        if (!res.headersSent) sendJson(res, 400, errorBody(e, logId), logId, { connection: 'close' });
        return done(400, e.code);
      }
      if (err instanceof BodyTooLargeError) {
        // The rest of the body is not read: close the connection rather than drain it.
        const e = new ApiError(PLATFORM.fieldValidation.code, 'request body too large', 413, {
          message: `${err.message}; send a smaller request.`,
          field_violations: [{ field: 'body', value: '', description: err.message }],
        });
        if (!res.headersSent) sendJson(res, 413, errorBody(e, logId), logId, { connection: 'close' });
        return done(413, e.code);
      }
      const e = new ApiError(PLATFORM.internal.code, PLATFORM.internal.msg, 500, { message: `Emulator error: ${(err as Error).message}` });
      opts.log?.(`internal error on ${pathname}: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) sendJson(res, 500, errorBody(e, logId), logId);
      return done(500, e.code);
    }
  }

  async function tenantTokenEndpoint(req: IncomingMessage): Promise<Record<string, unknown>> {
    let body: Record<string, unknown> = {};
    try {
      const buf = await readJsonBody(req, 64 * 1024);
      body = buf.length ? (JSON.parse(buf.toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      return { code: 10003, msg: 'invalid param' };
    }
    const { app_id, app_secret } = body;
    if (typeof app_id !== 'string' || !app_id || typeof app_secret !== 'string' || !app_secret) return { code: 10003, msg: 'invalid param' };
    if (app_id !== state.app.app_id) return { code: 10014, msg: 'app id not exists' };
    if (app_secret !== state.app.app_secret) return { code: 10014, msg: 'app secret invalid' };
    const { token, expire } = issueTenantToken(state, internals.tokenTtl, now());
    persister?.touch();
    return { code: 0, msg: 'ok', tenant_access_token: token, expire };
  }

  const server = http.createServer((req, res) => {
    commitBeforeAnswer(res, persister);
    const t0 = Date.now();
    const logId = newLogId(t0);
    const { pathname, search } = splitUrl(req.url ?? '/');
    const p = pathname.startsWith('/__emulator') ? handleAdmin(internals, req, res, pathname, search, logId) : handleApi(req, res, t0, logId, pathname, search);
    p.catch((err: unknown) => {
      opts.log?.(`unhandled: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { code: PLATFORM.internal.code, msg: PLATFORM.internal.msg }, logId);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host ?? '127.0.0.1';
  internals.url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const emu: Emulator = {
    url: internals.url,
    port,
    get appId() {
      return state.app.app_id;
    },
    get appSecret() {
      return state.app.app_secret;
    },
    get state() {
      return state;
    },
    emulated: internals.emulated,
    notEmulated: internals.notEmulated,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await persister?.flush();
      persister?.close();
    },
    reset: (seed) => internals.reset(seed),
    setFaults(f) {
      internals.faults = { ...f };
    },
    setRateLimits(r) {
      internals.rateLimits = { ...r };
      limiter.clear();
    },
    setScopes: (s) => internals.setScopes(s),
    approveDevice: (code, openId) => internals.approveDevice(code, openId),
    denyDevice: (code) => internals.approveDevice(code, undefined, true),
    issueUserToken(openId, scopes, offline = true) {
      const granted = scopes ?? [...scopeSet];
      const out = issueUserToken(state, openId, granted, {
        ttlSeconds: internals.userTokenTtl,
        refreshTtlSeconds: internals.refreshTtl,
        offline,
        now: now(),
      });
      persister?.touch();
      return out;
    },
    tenantToken() {
      const t = issueTenantToken(state, internals.tokenTtl, now()).token;
      persister?.touch();
      return t;
    },
    expireTokens(kind = 'all') {
      let n = 0;
      const t = now();
      for (const tok of state.tokens.values()) {
        if ((kind === 'all' || tok.kind === kind) && tok.expires_at > t) {
          tok.expires_at = t - 1;
          n++;
        }
      }
      persister?.touch();
      return n;
    },
    flush: async () => {
      await persister?.flush();
    },
    requests: () => internals.log,
  };
  return emu;
}
