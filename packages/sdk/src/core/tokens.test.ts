import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { imChatsGet, LarkAuthError, LarkValidationError } from '../index.js';
import { clientFor } from '../test-support/clients.js';
import { sendJson, startServer, TOKEN_PATH, type TestServer } from '../test-support/server.js';

const ok = (data: unknown = {}) => ({ code: 0, msg: 'success', data });

describe('tenant token', () => {
  let server: TestServer;
  let issued: number;
  /** Tokens the API side accepts. */
  let valid: Set<string>;
  beforeEach(async () => {
    issued = 0;
    valid = new Set();
    server = await startServer((req, res) => {
      if (req.path === TOKEN_PATH) {
        const token = `t-${++issued}`;
        valid.add(token);
        return sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 });
      }
      const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
      if (!valid.has(token)) return sendJson(res, 400, { code: 99991663, msg: 'Invalid access token for authorization.' });
      sendJson(res, 200, ok({ token }));
    });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await server.close();
  });

  it('fetches it with app_id and app_secret and caches it', async () => {
    const c = clientFor(server);
    await c.im.chats.get({ path: { chat_id: 'oc_1' } });
    await c.im.chats.get({ path: { chat_id: 'oc_2' } });
    expect(server.tokenRequests()).toHaveLength(1);
    const [t] = server.tokenRequests();
    expect({ method: t!.method, json: t!.json, auth: t!.headers.authorization }).toEqual({
      method: 'POST',
      json: { app_id: 'cli_test', app_secret: 'secret-1' },
      auth: undefined,
    });
    expect(server.apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer t-1', 'Bearer t-1']);
  });

  it('single-flights concurrent first calls: 10 calls, 1 token request', async () => {
    const c = clientFor(server);
    await Promise.all(Array.from({ length: 10 }, (_, i) => c.im.chats.get({ path: { chat_id: `oc_${i}` } })));
    expect(server.tokenRequests()).toHaveLength(1);
    expect(server.apiRequests()).toHaveLength(10);
  });

  it('refetches shortly before expiry (3 minutes early)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const c = clientFor(server);
    await c.im.chats.get({ path: { chat_id: 'oc_1' } });
    vi.setSystemTime(new Date(Date.parse('2026-01-01T00:00:00Z') + (7200 - 181) * 1000));
    await c.im.chats.get({ path: { chat_id: 'oc_1' } });
    expect(server.tokenRequests()).toHaveLength(1);
    vi.setSystemTime(new Date(Date.parse('2026-01-01T00:00:00Z') + (7200 - 179) * 1000));
    await c.im.chats.get({ path: { chat_id: 'oc_1' } });
    expect(server.tokenRequests()).toHaveLength(2);
    expect(server.apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer t-1', 'Bearer t-1', 'Bearer t-2']);
  });

  it('on a token-invalid code drops the token, fetches a new one once and retries the call', async () => {
    const c = clientFor(server);
    await c.im.chats.get({ path: { chat_id: 'oc_1' } });
    valid.clear(); // the platform revoked t-1
    const data = await c.im.chats.get({ path: { chat_id: 'oc_1' } });
    expect(data).toEqual({ token: 't-2' });
    expect(server.tokenRequests()).toHaveLength(2);
    expect(server.apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer t-1', 'Bearer t-1', 'Bearer t-2']);
  });

  it('refetches once even for a non-retryable write, and for concurrent rejected calls only once', async () => {
    const c = clientFor(server);
    await c.im.chats.get({ path: { chat_id: 'oc_1' } });
    valid.clear();
    await Promise.all([1, 2, 3].map(() => c.im.pins.create({ data: { message_id: 'om_1' } })));
    expect(server.tokenRequests()).toHaveLength(2);
    expect(server.apiRequests().filter((r) => r.headers.authorization === 'Bearer t-2')).toHaveLength(3);
  });

  it('gives up when every new token is refused too: 8 free refetches, then each counts as a retry', async () => {
    server.handle((req, res) =>
      req.path === TOKEN_PATH
        ? sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: `t-${++issued}`, expire: 7200 })
        : sendJson(res, 401, { code: 99991663, msg: 'Invalid access token for authorization.' }, { 'x-tt-logid': 'log-401' }),
    );
    const c = clientFor(server);
    const err = await c.im.chats.get({ path: { chat_id: 'oc_1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkAuthError);
    expect(err).toMatchObject({
      name: 'LarkAuthError',
      code: 99991663,
      httpStatus: 401,
      logId: 'log-401',
      methodId: 'im.chats.get',
      identity: 'bot',
      hint: 'The tenant access token was refused: check the app credentials.',
    });
    // t-1 … t-8 refused and replaced for free; t-9 and t-10 refused and replaced as the two retries; t-11 refused → LarkAuthError.
    expect(server.tokenRequests()).toHaveLength(11);
    expect(server.apiRequests()).toHaveLength(11);
    // Without retries: the free refetches only.
    const once = clientFor(server, { maxRetries: 0 });
    await expect(once.im.chats.get({ path: { chat_id: 'oc_1' } })).rejects.toBeInstanceOf(LarkAuthError);
    expect(server.tokenRequests()).toHaveLength(20);
    expect(server.apiRequests()).toHaveLength(20);
  });

  it('a new token refused at once too (fetched just before an expiry) is fetched again as a retry', async () => {
    server.handle((req, res) => {
      if (req.path === TOKEN_PATH) return sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: `t-${++issued}`, expire: 7200 });
      const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
      if (token === 't-1' || token === 't-2') return sendJson(res, 400, { code: 99991663, msg: 'Invalid access token for authorization.' });
      sendJson(res, 200, ok({ token }));
    });
    const c = clientFor(server);
    expect(await c.im.chats.get({ path: { chat_id: 'oc_1' } })).toEqual({ token: 't-3' });
    expect(server.apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer t-1', 'Bearer t-2', 'Bearer t-3']);
  });

  it('a token refused again after the call was retried for another reason is fetched again', async () => {
    // t-1 is refused → t-2; that attempt meets a 503, and by the retry t-2 has expired too → t-3.
    server.handle((req, res) => {
      if (req.path === TOKEN_PATH) return sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: `t-${++issued}`, expire: 7200 });
      const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
      const n = server.apiRequests().length;
      if (n === 2) return sendJson(res, 503, { code: 1500, msg: 'internal error' });
      if (token === 't-1' || token === 't-2') return sendJson(res, 400, { code: 99991663, msg: 'Invalid access token for authorization.' });
      sendJson(res, 200, ok({ token }));
    });
    const c = clientFor(server);
    expect(await c.im.chats.get({ path: { chat_id: 'oc_1' } })).toEqual({ token: 't-3' });
    expect(server.apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer t-1', 'Bearer t-2', 'Bearer t-2', 'Bearer t-3']);
    expect(server.tokenRequests()).toHaveLength(3);
  });

  it('reports bad credentials from the token endpoint (code 10003 with HTTP 200) as LarkAuthError', async () => {
    server.handle((req, res) => sendJson(res, 200, { code: 10003, msg: 'invalid param' }));
    const c = clientFor(server);
    const err = await c.im.chats.get({ path: { chat_id: 'oc_1' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkAuthError);
    expect(err).toMatchObject({ code: 10003, msg: 'invalid param', httpStatus: 200, hint: 'Check appId and appSecret.' });
    expect(server.apiRequests()).toHaveLength(0);
  });

  it('uses a fixed tenant token when given one', async () => {
    valid.add('t-fixed');
    const c = clientFor(server, { appSecret: undefined, tenantAccessToken: 't-fixed' });
    await c.im.chats.get({ path: { chat_id: 'oc_1' } });
    expect(server.tokenRequests()).toHaveLength(0);
    expect(server.apiRequests()[0]!.headers.authorization).toBe('Bearer t-fixed');
  });
});

describe('user token', () => {
  let server: TestServer;
  let accepted: string;
  beforeEach(async () => {
    accepted = 'u-alice';
    server = await startServer((req, res) => {
      if (req.headers.authorization !== `Bearer ${accepted}`) return sendJson(res, 401, { code: 99991677, msg: 'token expired' });
      sendJson(res, 200, ok({ who: req.headers.authorization }));
    });
  });
  afterEach(() => server.close());

  it('is taken per call and implies the user identity', async () => {
    const c = clientFor(server);
    expect(await c.im.chats.get({ path: { chat_id: 'oc_1' } }, { userAccessToken: 'u-alice' })).toEqual({ who: 'Bearer u-alice' });
    expect(server.tokenRequests()).toHaveLength(0);
  });

  it('comes from a provider that is asked to refresh once when the platform refuses the token', async () => {
    const provider = vi.fn(({ forceRefresh }: { forceRefresh: boolean }) => (forceRefresh ? 'u-alice' : 'u-stale'));
    const c = clientFor(server, { userAccessToken: provider, defaultAs: 'user' });
    expect(await c.im.chats.get({ path: { chat_id: 'oc_1' } })).toEqual({ who: 'Bearer u-alice' });
    expect(provider.mock.calls.map((a) => a[0].forceRefresh)).toEqual([false, true]);
  });

  it('a user token provider is asked to refresh only for the attempt after a refusal', async () => {
    let n = 0;
    server.handle((req, res) => {
      n++;
      if (req.headers.authorization === 'Bearer u-stale') return sendJson(res, 401, { code: 99991677, msg: 'token expired' });
      if (n === 2) return sendJson(res, 503, { code: 1500, msg: 'internal error' });
      sendJson(res, 200, ok({ who: req.headers.authorization }));
    });
    let current = 'u-stale';
    const provider = vi.fn(({ forceRefresh }: { forceRefresh: boolean }) => (forceRefresh ? (current = 'u-fresh') : current));
    const c = clientFor(server, { userAccessToken: provider, defaultAs: 'user' });
    // stale → refused; refreshed → 503; the retry uses the refreshed token without refreshing again → ok.
    expect(await c.im.chats.get({ path: { chat_id: 'oc_1' } })).toEqual({ who: 'Bearer u-fresh' });
    expect(provider.mock.calls.map((a) => a[0].forceRefresh)).toEqual([false, true, false]);
  });

  it('a fixed token that is refused means logging in again', async () => {
    const c = clientFor(server);
    const err = await c.im.chats.get({ path: { chat_id: 'oc_1' } }, { as: 'user', userAccessToken: 'u-old' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkAuthError);
    expect(err).toMatchObject({
      code: 99991677,
      identity: 'user',
      hint: 'The user access token is invalid or expired: log in again (lark-cli auth login).',
    });
    expect(server.apiRequests()).toHaveLength(1);
  });

  it('no token for a user call: LarkAuthError before anything is sent', async () => {
    const c = clientFor(server);
    const err = await c.im.chats.get({ path: { chat_id: 'oc_1' } }, { as: 'user' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkAuthError);
    expect(err).toMatchObject({ code: 99991661, httpStatus: 0, identity: 'user', methodId: 'im.chats.get' });
    expect(server.requests).toHaveLength(0);
  });

  it('an identity the method does not allow is a validation error', async () => {
    const c = clientFor(server);
    const botOnly = { ...imChatsGet.descriptor, identities: { bot: { anyOf: ['im:chat:read'] } } };
    const err = await c.call(botOnly, { path: { chat_id: 'oc_1' } }, { as: 'user', userAccessToken: 'u-alice' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkValidationError);
    expect(err).toMatchObject({ field: 'as', issues: [{ field: 'as', message: 'must be bot: im.chats.get cannot be called as user' }] });
    expect(server.requests).toHaveLength(0);
  });
});
