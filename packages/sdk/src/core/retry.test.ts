import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LarkAbortError, LarkCore, LarkApiError, LarkNetworkError, LarkRateLimitError, LarkTimeoutError, imMessagesCreate,
} from '../index.js';
import { clientFor, SEND } from '../test-support/clients.js';
import { defaultHandler, sendJson, startServer, type Captured, type TestServer } from '../test-support/server.js';
import { backoff, retryAfterMs, spreadWait } from './util.js';

const ok = (data: unknown = {}) => ({ code: 0, msg: 'success', data });

/** Answers API calls from a script of responses, then with success. */
function scripted(server: TestServer, script: ((req: Captured) => [number, unknown, Record<string, string>?])[]): void {
  let i = 0;
  server.handle((req, res) => {
    if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
    const step = script[i++];
    if (!step) return sendJson(res, 200, ok({ attempt: i }));
    const [status, body, headers] = step(req);
    if (typeof body === 'string') {
      res.writeHead(status, { 'content-type': 'text/html', ...headers });
      return void res.end(body);
    }
    sendJson(res, status, body, headers);
  });
}

describe('backoff', () => {
  afterEach(() => vi.restoreAllMocks());
  it('doubles per attempt, capped, with jitter in [½, 1]', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect([0, 1, 2, 3, 10].map((a) => backoff(a, 500, 4000))).toEqual([250, 500, 1000, 2000, 2000]);
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    expect([0, 1, 2, 3, 10].map((a) => backoff(a, 500, 4000))).toEqual([500, 1000, 2000, 4000, 4000]);
  });

  it('a wait the server named: never shorter, up to half again (at most 500 ms), never past the cap', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect([[1000, 30_000], [400, 30_000], [4000, 30_000], [1000, 1200], [2000, 2000]].map(([asked, cap]) => spreadWait(asked!, cap!))).toEqual([1000, 400, 4000, 1000, 2000]);
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    expect([[1000, 30_000], [400, 30_000], [4000, 30_000], [1000, 1200], [2000, 2000]].map(([asked, cap]) => spreadWait(asked!, cap!))).toEqual([1500, 600, 4500, 1200, 2000]);
  });

  it('reads x-ogw-ratelimit-reset on a rate limit and Retry-After (seconds or a date)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    expect(retryAfterMs(new Headers({ 'x-ogw-ratelimit-reset': '3', 'retry-after': '9' }), true)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'x-ogw-ratelimit-reset': '3', 'retry-after': '9' }), false)).toBe(9000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), false)).toBe(5000);
    expect(retryAfterMs(new Headers({}), true)).toBeUndefined();
    vi.useRealTimers();
  });
});

/**
 * Waits, on real event-loop turns, until the client has scheduled its (fake) backoff timer: only
 * then does advancing the fake clock hit it, however slowly the machine delivered the answer.
 */
async function backoffScheduled(): Promise<void> {
  while (vi.getTimerCount() === 0) await new Promise((r) => setImmediate(r));
}

describe('retries', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    await server.close();
  });

  it('retries a read on 5xx with exponential backoff and jitter (fake timers)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    scripted(server, [() => [503, 'Service Unavailable'], () => [500, { code: 1, msg: 'internal' }]]);
    const c = clientFor(server, { retryBaseDelayMs: 1000 });
    await c.tenantAccessToken();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const p = c.im.chats.get({ path: { chat_id: 'oc_1' } });
    await backoffScheduled();
    await vi.advanceTimersByTimeAsync(749); // 1000 × (½ + ½ × 0.5) = 750 ms
    expect(server.apiRequests()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await server.apiRequestsReached(2);
    await backoffScheduled();
    await vi.advanceTimersByTimeAsync(1499); // 2000 × 0.75
    expect(server.apiRequests()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(await p).toEqual({ attempt: 3 });
  });

  it('honours x-ogw-ratelimit-reset on 429, plus a random spread so limited clients do not retry together', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    scripted(server, [() => [429, { code: 99991400, msg: 'request trigger frequency limit' }, { 'x-ogw-ratelimit-reset': '2', 'x-ogw-ratelimit-limit': '50' }]]);
    const c = clientFor(server);
    await c.tenantAccessToken();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const p = c.im.chats.get({ path: { chat_id: 'oc_1' } });
    await backoffScheduled();
    await vi.advanceTimersByTimeAsync(2249); // 2000 + 0.5 × min(1000, 500)
    expect(server.apiRequests()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await p).toEqual({ attempt: 2 });
  });

  it('honours Retry-After on 503 (never retrying sooner than asked)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    scripted(server, [() => [503, 'busy', { 'retry-after': '4' }]]);
    const c = clientFor(server);
    await c.tenantAccessToken();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const p = c.im.chats.get({ path: { chat_id: 'oc_1' } });
    await backoffScheduled();
    await vi.advanceTimersByTimeAsync(3999);
    expect(server.apiRequests()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await p).toEqual({ attempt: 2 });
  });

  it('retries IM frequency codes sent with HTTP 400, then throws LarkRateLimitError', async () => {
    const limited = () => [400, { code: 230020, msg: 'This operation triggers the frequency limit.' }, { 'x-tt-logid': 'log-rl' }] as [number, unknown, Record<string, string>];
    scripted(server, [limited, limited, limited]);
    const c = clientFor(server, { maxRetries: 2 });
    const err = await c.im.chats.get({ path: { chat_id: 'oc_1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkRateLimitError);
    expect(err).toMatchObject({ code: 230020, httpStatus: 400, logId: 'log-rl', methodId: 'im.chats.get' });
    expect(server.apiRequests()).toHaveLength(3);
  });

  it('does not wait longer than maxRetryDelayMs: a long rate limit is thrown at once', async () => {
    scripted(server, [() => [429, { code: 99991400, msg: 'limited' }, { 'x-ogw-ratelimit-reset': '120' }]]);
    const c = clientFor(server, { maxRetryDelayMs: 10_000 });
    const err = await c.im.chats.get({ path: { chat_id: 'oc_1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkRateLimitError);
    expect(err).toMatchObject({
      retryAfterMs: 120_000,
      hint: 'The server asked to wait 120 s, more than the 10 s this client waits between retries (maxRetryDelayMs), so it was not retried; retry later.',
    });
    expect(server.apiRequests()).toHaveLength(1);
  });

  it('never retries a write without an idempotency key', async () => {
    scripted(server, [() => [503, 'unavailable']]);
    const c = clientFor(server);
    const err = await c.im.pins.create({ data: { message_id: 'om_1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkApiError);
    expect(err).toMatchObject({ code: -1, httpStatus: 503, msg: 'unavailable', methodId: 'im.pins.create' });
    expect(server.apiRequests()).toHaveLength(1);
  });

  it('retries message create with the same automatic uuid, so it is delivered once', async () => {
    scripted(server, [() => [502, 'bad gateway'], () => [500, { code: 1000, msg: 'internal' }]]);
    const c = clientFor(server);
    await c.im.messages.create(SEND);
    const sent = server.apiRequests().map((r) => (r.json as { uuid: string }).uuid);
    expect(sent).toHaveLength(3);
    expect(new Set(sent).size).toBe(1);
    expect(sent[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(server.apiRequests()[0]!.json).toEqual({ ...SEND.data, uuid: sent[0] });
  });

  it('keeps a caller uuid and takes idempotencyKey, in the body or in the query', async () => {
    const c = clientFor(server);
    await imMessagesCreate(c, { ...SEND, data: { ...SEND.data, uuid: 'mine' } });
    await c.im.messages.reply({ path: { message_id: 'om_1' }, data: { msg_type: 'text', content: '{"text":"x"}' } }, { idempotencyKey: 'key-1' });
    await c.im.messages.forward({ path: { message_id: 'om_1' }, params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_2' } }, { idempotencyKey: 'key-2' });
    const [a, b, f] = server.apiRequests();
    expect((a!.json as { uuid: string }).uuid).toBe('mine');
    expect((b!.json as { uuid: string }).uuid).toBe('key-1');
    expect(f!.query).toEqual([['receive_id_type', 'chat_id'], ['uuid', 'key-2']]);
  });

  it('maxRetries per call overrides the client', async () => {
    scripted(server, [() => [503, 'x'], () => [503, 'x']]);
    const c = clientFor(server, { maxRetries: 5 });
    await expect(c.im.chats.get({ path: { chat_id: 'oc_1' } }, { maxRetries: 0 })).rejects.toMatchObject({ httpStatus: 503 });
    expect(server.apiRequests()).toHaveLength(1);
  });

  it('retries network errors for reads and then throws LarkNetworkError', async () => {
    // A server that accepts connections and resets them at once.
    const sock = net.createServer((s) => s.destroy());
    await new Promise<void>((r) => sock.listen(0, '127.0.0.1', r));
    const port = (sock.address() as net.AddressInfo).port;
    let attempts = 0;
    sock.on('connection', () => attempts++);
    const c = clientFor(server, { baseUrl: `http://127.0.0.1:${port}`, tenantAccessToken: 't-x', maxRetries: 2 });
    const err = await c.im.chats.get({ path: { chat_id: 'oc_1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkNetworkError);
    expect((err as Error).message).toMatch(/^im\.chats\.get: fetch failed/);
    expect(attempts).toBe(3);
    attempts = 0;
    await expect(c.im.pins.create({ data: { message_id: 'om_1' } })).rejects.toBeInstanceOf(LarkNetworkError);
    expect(attempts).toBe(1);
    await new Promise((r) => sock.close(r));
  });

  it('times out an attempt after timeoutMs: LarkTimeoutError', async () => {
    server.handle((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
      // never answers
    });
    const c = clientFor(server, { maxRetries: 1 });
    // The token first, under the default timeout: only the hanging call races the 50 ms clock.
    await c.tenantAccessToken();
    const started = Date.now();
    const err = await c.im.chats.get({ path: { chat_id: 'oc_1' } }, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkTimeoutError);
    expect((err as Error).message).toBe('im.chats.get: no answer within 50 ms');
    expect(server.apiRequests()).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('of concurrent calls, a timeout aborts only the one still waiting, after at least timeoutMs', async () => {
    server.handle((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
      if (req.path.endsWith('oc_hang')) return; // never answers
      setTimeout(() => sendJson(res, 200, ok({ chat: req.path.split('/').pop() })), 5);
    });
    const c = clientFor(server, { maxRetries: 0 });
    await c.tenantAccessToken();
    const started = Date.now();
    // Only the hanging call has a short timeout: the others must not depend on the machine's speed.
    const hung = c.im.chats.get({ path: { chat_id: 'oc_hang' } }, { timeoutMs: 120 }).catch((e: unknown) => e);
    const quick = await Promise.all([1, 2, 3].map((i) => c.im.chats.get({ path: { chat_id: `oc_${i}` } })));
    expect(quick).toEqual([{ chat: 'oc_1' }, { chat: 'oc_2' }, { chat: 'oc_3' }]);
    const err = await hung;
    expect(err).toBeInstanceOf(LarkTimeoutError);
    // A lower bound only: a loaded machine may fire the timer late, never early.
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
    // The client goes on working.
    expect(await c.im.chats.get({ path: { chat_id: 'oc_4' } })).toEqual({ chat: 'oc_4' });
  });

  it('calls started a little apart with one timeoutMs each wait at least their own full timeoutMs', async () => {
    server.handle((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
      // never answers
    });
    const c = clientFor(server, { maxRetries: 0, timeoutMs: 320 });
    await c.tenantAccessToken();
    const timed = (id: string) => {
      const started = Date.now();
      return c.im.chats.get({ path: { chat_id: id } }).then(
        () => ({ error: undefined, waited: Date.now() - started }),
        (error: unknown) => ({ error, waited: Date.now() - started }),
      );
    };
    const first = timed('oc_a');
    await server.apiRequestsReached(1);
    const second = timed('oc_b');
    for (const r of await Promise.all([first, second])) {
      expect(r.error).toBeInstanceOf(LarkTimeoutError);
      // A lower bound only: a loaded machine may fire the timer late, never early.
      expect(r.waited).toBeGreaterThanOrEqual(320);
    }
  });

  it('aborts with the caller signal, in flight and while waiting to retry: LarkAbortError, no retry', async () => {
    server.handle((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
    });
    const c = clientFor(server);
    const ac = new AbortController();
    const p = c.im.chats.get({ path: { chat_id: 'oc_1' } }, { signal: ac.signal });
    await server.apiRequestsReached(1);
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(LarkAbortError);
    expect(server.apiRequests()).toHaveLength(1);

    scripted(server, [() => [503, 'x']]);
    const c2 = clientFor(server, { retryBaseDelayMs: 60_000 });
    const ac2 = new AbortController();
    const p2 = c2.im.chats.get({ path: { chat_id: 'oc_1' } }, { signal: ac2.signal });
    await server.apiRequestsReached(2);
    ac2.abort();
    await expect(p2).rejects.toBeInstanceOf(LarkAbortError);
    await expect(c2.im.chats.get({ path: { chat_id: 'oc_1' } }, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(LarkAbortError);
    expect(server.apiRequests()).toHaveLength(2);
  });
});

describe('timeout signals', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls starting together share one timeout signal, at most 32 calls per signal', async () => {
    // The clock stands still, so every call starts within the sharing window.
    vi.useFakeTimers({ toFake: ['Date'] });
    const signals: AbortSignal[] = [];
    const fetchStub: typeof fetch = async (_url, init) => {
      signals.push(init!.signal!);
      return new Response(JSON.stringify({ code: 0, msg: 'ok', data: { message_id: 'om_1' } }), { headers: { 'content-type': 'application/json' } });
    };
    const core = new LarkCore({ appId: 'cli_x', tenantAccessToken: 't-1', fetch: fetchStub });
    for (let i = 0; i < 70; i++) await imMessagesCreate(core, SEND);
    const uses = [...new Set(signals)].map((s) => signals.filter((x) => x === s).length);
    expect(uses).toEqual([32, 32, 6]);
    // A call with another timeout gets its own signal.
    await imMessagesCreate(core, SEND, { timeoutMs: 5000 });
    expect(signals.at(-1)).not.toBe(signals.at(-2));
  });
});
