/** Round-two hardening of the transport: absurd rate-limit waits, redirects, stalled bodies, token churn, error text. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LarkAuthError, LarkClient, LarkRedirectError, LarkTimeoutError, LarkNetworkError } from '../index.js';
import { toFile } from '../node.js';
import { APP, clientFor, SEND } from '../test-support/clients.js';
import { defaultHandler, sendJson, startServer, TOKEN_PATH, type TestServer } from '../test-support/server.js';
import { retryAfterMs } from './util.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await server.close();
});

describe('an absurd x-ogw-ratelimit-reset', () => {
  it.each(['-5', '0', 'soon', '-1e9'])('%j says nothing: the wait comes from the backoff', (reset) => {
    expect(retryAfterMs(new Headers({ 'x-ogw-ratelimit-reset': reset }), true)).toBeUndefined();
  });

  it('a 429 asking to wait -5 s is retried after a real backoff, not at once', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    let n = 0;
    server.handle((req, res) => {
      if (req.path === TOKEN_PATH) return defaultHandler(req, res);
      if (n++ === 0) return sendJson(res, 429, { code: 99991400, msg: 'limited' }, { 'x-ogw-ratelimit-reset': '-5' });
      sendJson(res, 200, { code: 0, msg: 'success', data: {} });
    });
    const delays: unknown[] = [];
    const c = clientFor(server, { retryBaseDelayMs: 40, logger: { warn: (m, d) => m === 'lark retry' && delays.push(d?.delayMs) } });
    await c.im.chats.get({ path: { chat_id: 'oc_1' } });
    expect(delays).toEqual([30]);
  });

  it('a wait beyond the cap is capped at Number.MAX_SAFE_INTEGER and explained, not retried', async () => {
    server.handle((req, res) => (req.path === TOKEN_PATH ? defaultHandler(req, res) : sendJson(res, 429, { code: 99991400, msg: 'limited' }, { 'x-ogw-ratelimit-reset': '1e308' })));
    const err = await clientFor(server).im.chats.get({ path: { chat_id: 'oc_1' } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ retryAfterMs: Number.MAX_SAFE_INTEGER, hint: expect.stringMatching(/more than the 30 s this client waits between retries \(maxRetryDelayMs\), so it was not retried/) });
    expect(server.apiRequests()).toHaveLength(1);
  });
});

describe('redirects', () => {
  let other: TestServer;
  beforeEach(async () => {
    other = await startServer();
  });
  afterEach(() => other.close());

  it('a POST redirected to another origin is not followed: the body never leaves', async () => {
    server.handle((req, res) => {
      if (req.path === TOKEN_PATH) return defaultHandler(req, res);
      res.writeHead(307, { location: `${other.url}/steal` });
      res.end();
    });
    const err = await clientFor(server).im.messages.create(SEND).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkRedirectError);
    expect((err as Error).message).toBe(`im.messages.create: the server redirected the POST to ${other.url}/steal; not followed, the request body is only ever sent to ${server.url}`);
    expect(other.requests).toEqual([]);
    // Not retried either, although message sends with a uuid are.
    expect(server.apiRequests()).toHaveLength(1);
  });

  it('a 307 to the same origin is followed with the body', async () => {
    server.handle((req, res) => {
      if (req.path === TOKEN_PATH) return defaultHandler(req, res);
      if (req.path.startsWith('/moved')) return sendJson(res, 200, { code: 0, msg: 'success', data: { message_id: 'om_1', got: req.json } });
      res.writeHead(307, { location: '/moved?receive_id_type=chat_id' });
      res.end();
    });
    const r = await clientFor(server).im.messages.create(SEND);
    expect(r).toMatchObject({ message_id: 'om_1', got: { receive_id: 'oc_1', msg_type: 'text' } });
  });

  it('a GET follows redirects, and another origin never gets the Authorization header', async () => {
    server.handle((req, res) => {
      if (req.path === TOKEN_PATH) return defaultHandler(req, res);
      res.writeHead(302, { location: `${other.url}${req.rawPath}` });
      res.end();
    });
    await clientFor(server).im.chats.get({ path: { chat_id: 'oc_1' } });
    expect(other.apiRequests()).toHaveLength(1);
    expect(other.apiRequests()[0]!.headers.authorization).toBeUndefined();
  });
});

describe('a download whose body stalls', () => {
  let stalled: http.Server;
  let url: string;
  const sockets = new Set<import('node:net').Socket>();
  beforeEach(async () => {
    stalled = http.createServer((req, res) => {
      if (req.url === TOKEN_PATH) return defaultHandler({ path: TOKEN_PATH } as never, res);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': 1000 });
      res.write(Buffer.alloc(100, 1));
      // …and nothing more, ever.
    });
    stalled.on('connection', (s) => sockets.add(s));
    await new Promise<void>((r) => stalled.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(stalled.address() as import('node:net').AddressInfo).port}`;
  });
  afterEach(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => stalled.close(r));
  });

  it('toFile fails with a clear error once no byte came for timeoutMs, and leaves no file', async () => {
    const c = new LarkClient({ ...APP, baseUrl: url, timeoutMs: 300 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdk-stall-'));
    const dl = await c.im.messageResources.get({ path: { message_id: 'om_1', file_key: 'file_1' }, params: { type: 'file' } });
    const err = await toFile(dl, path.join(dir, 'out.bin'), { maxResumes: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkNetworkError);
    expect((err as Error).message).toMatch(/^download broke after 100 bytes: im\.message\.resources\.get: no data for 300 ms; the download stalled/);
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.rmSync(dir, { recursive: true });
  });

  it('reading the body directly fails with LarkTimeoutError', async () => {
    const c = new LarkClient({ ...APP, baseUrl: url, timeoutMs: 300 });
    const dl = await c.im.messageResources.get({ path: { message_id: 'om_1', file_key: 'file_1' }, params: { type: 'file' } });
    await expect(dl.arrayBuffer()).rejects.toBeInstanceOf(LarkTimeoutError);
  });
});

describe('token churn', () => {
  it('a refetch that hands back the token just refused is fetched again, not given up on', async () => {
    // The token endpoint answers with t-1 twice (a fetch in flight when t-1 was revoked), then t-2.
    let fetches = 0;
    server.handle((req, res) => {
      if (req.path === TOKEN_PATH) return sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: ++fetches <= 2 ? 't-1' : 't-2', expire: 7200 });
      const token = req.headers.authorization?.replace('Bearer ', '');
      if (token === 't-1') return sendJson(res, 400, { code: 99991663, msg: 'Invalid access token for authorization.' });
      sendJson(res, 200, { code: 0, msg: 'success', data: { token } });
    });
    expect(await clientFor(server).im.chats.get({ path: { chat_id: 'oc_1' } })).toEqual({ token: 't-2' });
    expect(server.apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer t-1', 'Bearer t-1', 'Bearer t-2']);
  });
});

describe('error text', () => {
  it("keeps the server's error.message and field violations", async () => {
    server.handle((req, res) =>
      req.path === TOKEN_PATH
        ? defaultHandler(req, res)
        : sendJson(res, 400, { code: 230001, msg: 'invalid receive_id.', error: { message: 'The chat oc_1 does not exist.', log_id: 'L1', field_violations: [{ field: 'receive_id', description: 'no such chat' }] } }),
    );
    const err = await clientFor(server).im.messages.create(SEND).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^im\.messages\.create: invalid receive_id \(code 230001, HTTP 400, log id L1\): The chat oc_1 does not exist \[receive_id: no such chat\] - /);
    expect(err).toMatchObject({ detail: 'The chat oc_1 does not exist.', fieldViolations: [{ field: 'receive_id', description: 'no such chat' }] });
  });

  it('a call refused before sending does not claim an HTTP status', async () => {
    const err = await new LarkClient({ appId: 'cli_x', baseUrl: server.url }).im.chats.get({ path: { chat_id: 'oc_1' } }, { as: 'user' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkAuthError);
    expect((err as Error).message).toMatch(/^im\.chats\.get: no user access token given \(code 99991661, not sent\) - /);
    expect((err as Error).message).not.toContain('HTTP 0');
  });
});
