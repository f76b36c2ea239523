/**
 * One API call, stage by stage: token endpoints, route, faults, handler lookup, rate limit,
 * authentication and authorization, request validation, the handler, the response check, and the
 * answer (errors become Lark error bodies).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate, authorize, issueTenantToken, type Caller } from './auth.js';
import type { BinaryAnswer, Ctx, Runtime, UploadedFile } from './context.js';
import type { Identity, Method } from '@larkgen/spec';
import type { Actor, State } from './state.js';
import { ApiError, methodError, NOT_EMULATED_CODE, PLATFORM, type ErrorDetail, type FieldViolation } from './errors.js';
import { applyFaults } from './faults.js';
import { errorBody, sendBinary, sendJson, sendSuccess } from './http.js';
import type { Internals } from './internals.js';
import { limitFor } from './limits.js';
import { invalidParamCode } from './model.js';
import { JsonShapeError, readJsonBody } from './json-guard.js';
import { handleOAuth, userInfo } from './oauth.js';
import { parseRequest, type ParsedRequest } from './request.js';
import { BodyTooLargeError } from './util.js';
import { responseViolations } from './validate.js';

export async function handleApi(x: Internals, req: IncomingMessage, res: ServerResponse, t0: number, logId: string, pathname: string, search: string): Promise<void> {
  const httpMethod = req.method ?? 'GET';
  let methodId: string | undefined;
  let identity: string | undefined;
  let callerId: string | undefined;
  const done = (status: number, code?: number) =>
    x.record(t0, logId, httpMethod, pathname, methodId, identity, callerId, status, code, Date.now() - t0);
  try {
    if (httpMethod === 'POST' && pathname === '/open-apis/auth/v3/tenant_access_token/internal') {
      methodId = 'auth.tenant_access_token';
      if (await applyFaults(x, req, res, methodId, logId)) return done(0);
      const out = await tenantTokenEndpoint(x, req);
      sendJson(res, 200, out, logId);
      return done(200, out.code as number);
    }
    if (httpMethod === 'POST' && (pathname === '/oauth/v1/device_authorization' || pathname === '/open-apis/authen/v2/oauth/token')) {
      methodId = pathname.startsWith('/oauth') ? 'oauth.device_authorization' : 'oauth.token';
      if (await applyFaults(x, req, res, methodId, logId)) return done(0);
      const r = await handleOAuth(x, req, pathname);
      sendJson(res, r.status, r.body, logId);
      return done(r.status);
    }
    if (httpMethod === 'GET' && pathname === '/open-apis/authen/v1/user_info') {
      methodId = 'authen.user_info';
      req.resume();
      const data = userInfo(x, req.headers.authorization);
      identity = 'user';
      sendJson(res, 200, { code: 0, msg: 'success', data }, logId);
      return done(200, 0);
    }
    const found = x.router.match(httpMethod, pathname);
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
    const faulted = applyFaults(x, req, res, method.id, logId);
    if (faulted && (await faulted)) return done(0);
    const handler = x.handlers.get(method.id);
    if (!handler) {
      req.resume();
      throw new ApiError(NOT_EMULATED_CODE, `method ${method.id} is not emulated`, 501, {
        message: `The spec declares ${method.id} (${method.http} ${method.path}), but this emulator has no handler for it.`,
      });
    }
    const limit = limitFor(method, x.rateLimits);
    if (limit) {
      const hit = x.limiter.hit(`${x.rt.state.app.app_id}|${method.id}`, limit, x.rt.now());
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
    const t = x.rt.now();
    const state = x.rt.state;
    const caller = authenticate(state, req.headers.authorization, t);
    identity = caller.identity;
    callerId = caller.actor.kind === 'user' ? caller.actor.openId : caller.actor.appId;
    authorize(method, caller, x.appScopes(), x.rt.state.app.app_id, x.consoleHost);
    const pending = parseRequest(x, req, method, found.match.params, search);
    // Only a body is waited for: a call without one goes on in this turn.
    const parsed = pending instanceof Promise ? await pending : pending;
    const ctx = new CallContext(x, state, method, caller, parsed, req, t);
    const before = x.events.before(httpMethod, ctx.path);
    // Most handlers answer at once: only a promise is waited for.
    const answer = handler(ctx);
    const out = answer instanceof Promise ? await answer : answer;
    if (out && typeof out === 'object' && 'binary' in out && Buffer.isBuffer((out as BinaryAnswer).binary)) {
      const status = sendBinary(req, res, method, out as BinaryAnswer, logId);
      return done(status, 0);
    }
    const data = out ?? {};
    const problems = x.opts.validateResponses !== false ? responseViolations(x.model, method, data) : [];
    if (problems.length > 0) {
      x.opts.log?.(`response of ${method.id} does not match its schema: ${JSON.stringify(problems)}`);
      throw new ApiError(PLATFORM.internal.code, PLATFORM.internal.msg, 500, {
        message: `Emulator bug: the answer of ${method.id} does not match the response schema.`,
        field_violations: [...problems],
      });
    }
    sendSuccess(res, data, logId);
    x.events.after(before, caller.actor, t);
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
    x.opts.log?.(`internal error on ${pathname}: ${(err as Error).stack ?? String(err)}`);
    if (!res.headersSent) sendJson(res, 500, errorBody(e, logId), logId);
    return done(500, e.code);
  }
}

async function tenantTokenEndpoint(x: Internals, req: IncomingMessage): Promise<Record<string, unknown>> {
  let body: Record<string, unknown> = {};
  try {
    const buf = await readJsonBody(req, 64 * 1024);
    body = buf.length ? (JSON.parse(buf.toString('utf8')) as Record<string, unknown>) : {};
  } catch {
    return { code: 10003, msg: 'invalid param' };
  }
  const { app_id, app_secret } = body;
  if (typeof app_id !== 'string' || !app_id || typeof app_secret !== 'string' || !app_secret) return { code: 10003, msg: 'invalid param' };
  if (!x.isApp(app_id)) return { code: 10014, msg: 'app id not exists' };
  if (app_secret !== x.rt.state.app.app_secret) return { code: 10014, msg: 'app secret invalid' };
  const { token, expire } = issueTenantToken(x.rt.state, x.tokenTtl, x.rt.now());
  x.rt.touch();
  return { code: 0, msg: 'ok', tenant_access_token: token, expire };
}

/**
 * What a handler sees of one call. A class, so that `fail` and `invalid` live once on its
 * prototype rather than as two new closures on every call.
 */
class CallContext implements Ctx {
  readonly rt: Runtime;
  readonly identity: Identity;
  readonly actor: Actor;
  readonly appId: string;
  readonly path: Record<string, any>;
  readonly query: Record<string, any>;
  readonly body: Record<string, any>;
  readonly files: Record<string, UploadedFile>;

  constructor(
    x: Internals,
    readonly state: State,
    readonly method: Method,
    caller: Caller,
    parsed: ParsedRequest,
    readonly req: IncomingMessage,
    readonly now: number,
  ) {
    this.rt = x.rt;
    this.identity = caller.identity;
    this.actor = caller.actor;
    this.appId = x.rt.state.app.app_id;
    this.path = parsed.path;
    this.query = parsed.query;
    this.body = parsed.body;
    this.files = parsed.files;
  }

  fail(code: number, message?: string, detail: ErrorDetail = {}, msgArgs?: string): never {
    throw methodError(this.method, this.rt.errors, code, message ? { message, ...detail } : detail, msgArgs);
  }

  invalid(field: string, description: string, value?: unknown): never {
    const code = invalidParamCode(this.method);
    const own = this.method.errors.find((e) => e.code === code);
    const fv: FieldViolation = value === undefined ? { field, description } : { field, value: typeof value === 'string' ? value : JSON.stringify(value), description };
    throw new ApiError(code, own?.message ?? PLATFORM.fieldValidation.msg, 400, {
      message: `${field} ${description}.`,
      field_violations: [fv],
    });
  }
}
