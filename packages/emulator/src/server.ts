/**
 * `startEmulator`: builds the state (seeded or from the data file) and the shared inside, then
 * serves HTTP: `/__emulator/*` goes to the admin API, everything else through the request pipeline.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { issueTenantToken, issueUserToken } from './auth.js';
import type { Handler, Runtime } from './context.js';
import { buildErrorTable, PLATFORM } from './errors.js';
import type { MethodId } from './generated/handler-types.js';
import { HANDLERS } from './handlers/index.js';
import { sendJson, splitUrl } from './http.js';
import type { Internals, RequestLogEntry } from './internals.js';
import { Limiter } from './limits.js';
import { loadModel } from './model.js';
import type { EmulatorOptions, FaultOptions, RateLimitOptions } from './options.js';
import { commitBeforeAnswer, Journal } from './journal.js';
import { handleApi } from './pipeline.js';
import { RequestLog } from './request-log.js';
import { Router } from './router.js';
import { DEMO_APP_ID, demoState, emptyState, LEGACY_DEMO_APP_ID } from './seed.js';
import { State } from './state.js';
import { compileChecks } from './validate.js';
import { newLogId } from './util.js';
import { handleAdmin } from './admin.js';
import { EventService } from './events/service.js';
import { ConsoleFeed } from './console/feed.js';
import { handleConsole } from './console/serve.js';

export type { RequestLogEntry };

const LOG_SIZE = 1000;

export interface Emulator {
  /** Base URL, e.g. http://127.0.0.1:8787 (no trailing slash). */
  readonly url: string;
  /** The web console: the tenant, its chats as people see them, the event and request logs. */
  readonly consoleUrl: string;
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
  /** Event delivery: settings, the event log, the long-connection server. */
  readonly events: EventService;
}

/** Starts an emulator; resolves once it listens. */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const model = opts.model ?? loadModel();
  const router = new Router(model.methods);
  const now = opts.now ?? Date.now;
  const exclude = new Set(opts.exclude ?? []);
  const handlers = new Map<string, Handler>();
  for (const m of model.methods) {
    const h = HANDLERS[m.id as MethodId];
    if (h && !exclude.has(m.id)) handlers.set(m.id, h);
  }
  compileChecks(model);
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
    errors: buildErrorTable(model),
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
  const requestLog = new RequestLog(LOG_SIZE);
  const consoleHost = opts.brand === 'lark' ? 'https://open.larksuite.com' : 'https://open.feishu.cn';

  const isApp = (id: string) => id === state.app.app_id || (id === LEGACY_DEMO_APP_ID && state.app.app_id === DEMO_APP_ID);
  const events = new EventService({ rt, appScopes: () => scopeSet, isApp, baseUrl: () => internals.url, log: opts.log }, opts.events);
  const internals: Internals = {
    opts,
    events,
    isApp,
    model,
    rt,
    url: '',
    faults: { ...(opts.faults ?? {}) },
    rateLimits: { ...(opts.rateLimits ?? {}) },
    emulated: model.methods.filter((m) => handlers.has(m.id)).map((m) => m.id),
    notEmulated: model.methods.filter((m) => !handlers.has(m.id)).map((m) => m.id),
    get log() {
      return requestLog.entries();
    },
    tokenTtl: opts.tokenTtlSeconds ?? 7200,
    userTokenTtl: opts.userTokenTtlSeconds ?? 7200,
    refreshTtl: opts.refreshTokenTtlSeconds ?? 30 * 86_400,
    router,
    handlers,
    limiter,
    consoleHost,
    record(at, logId, http, path, methodId, identity, caller, status, code, ms) {
      requestLog.add(at, logId, http, path, methodId, identity, caller, status, code, ms);
      opts.log?.(`${http} ${path} → ${status}${code !== undefined ? ` code=${code}` : ''}${methodId ? ` [${methodId}]` : ''} ${ms}ms`);
    },
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

  // Pages of the console learn of every change: API calls, admin actions, event deliveries.
  const feed = new ConsoleFeed();
  events.hub.watch(() => feed.changed('events'));

  const server = http.createServer((req, res) => {
    commitBeforeAnswer(res, persister, opts.log);
    const t0 = Date.now();
    const logId = newLogId(t0);
    const { pathname, search } = splitUrl(req.url ?? '/');
    const isConsole = pathname === '/console' || pathname.startsWith('/console/');
    // Only open console pages hear of calls; with none open a call costs no listener.
    if (!isConsole && feed.size > 0) res.once('finish', () => feed.changed(pathname.startsWith('/__emulator') ? 'state' : 'requests'));
    const p = isConsole
      ? handleConsole(internals, feed, req, res, pathname, search)
      : pathname.startsWith('/__emulator')
      ? handleAdmin(internals, req, res, pathname, search, logId)
      : pathname.startsWith('/callback/')
        ? events.handleHttp(req, res, pathname).then((served) => (served ? undefined : handleApi(internals, req, res, t0, logId, pathname, search)))
        : handleApi(internals, req, res, t0, logId, pathname, search);
    p.catch((err: unknown) => {
      opts.log?.(`unhandled: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { code: PLATFORM.internal.code, msg: PLATFORM.internal.msg }, logId);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.on('upgrade', (req, socket, head) => events.handleUpgrade(req, socket, head));

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
    consoleUrl: `${internals.url}/console`,
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
    events,
    async close() {
      feed.close();
      events.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await persister?.flush();
      persister?.close();
    },
    reset(seed) {
      internals.reset(seed);
      feed.changed('state');
    },
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
    requests: () => requestLog.entries(),
  };
  return emu;
}
