import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  larkRequest, LarkApiError, LarkAuthError, LarkCore, LarkError, LarkNotFoundError, LarkPermissionError, LarkRateLimitError, imMessagesCreate,
  type LarkLogger,
} from '../index.js';
import { APP, clientFor, SEND } from '../test-support/clients.js';
import { defaultHandler, sendJson, startServer, type TestServer } from '../test-support/server.js';

describe('typed errors', () => {
  let server: TestServer;
  let answer: [number, unknown, Record<string, string>?];
  beforeEach(async () => {
    server = await startServer((req, res) => {
      if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
      const [status, body, headers] = answer;
      sendJson(res, status, body, headers);
    });
  });
  afterEach(() => server.close());

  const fail = async (call: Promise<unknown>) => {
    const e = await call.then(
      () => undefined,
      (x: unknown) => x,
    );
    if (!(e instanceof LarkError)) throw new Error(`expected a LarkError, got ${String(e)}`);
    return e;
  };

  it('a bot missing a scope: LarkPermissionError with the spec scopes, a hint and the console URL', async () => {
    answer = [
      400,
      {
        code: 99991672,
        msg: 'Access denied. One of the following scopes is required: [im:message:send_as_bot]',
        error: { log_id: 'log-body', permission_violations: [{ type: 'action_privilege_required', subject: 'im:message:send_as_bot' }] },
      },
      { 'x-tt-logid': 'log-header' },
    ];
    const e = await fail(clientFor(server).im.messages.create(SEND));
    expect(e).toBeInstanceOf(LarkPermissionError);
    expect(e).toBeInstanceOf(LarkApiError);
    const consoleUrl = 'https://open.feishu.cn/page/scope-apply?clientID=cli_test&scopes=im%3Amessage%3Asend_as_bot';
    expect({ ...e, message: e.message }).toEqual({
      name: 'LarkPermissionError',
      message:
        'im.messages.create: Access denied. One of the following scopes is required: [im:message:send_as_bot] (code 99991672, HTTP 400, log id log-header)' +
        ` - The app lacks im:message:send_as_bot: enable it in the developer console (${consoleUrl}) and publish a new version`,
      code: 99991672,
      msg: 'Access denied. One of the following scopes is required: [im:message:send_as_bot]',
      httpStatus: 400,
      logId: 'log-header',
      methodId: 'im.messages.create',
      identity: 'bot',
      permissionViolations: [{ type: 'action_privilege_required', subject: 'im:message:send_as_bot' }],
      fieldViolations: [],
      helps: [],
      troubleshooter: undefined,
      scopes: ['im:message:send_as_bot'],
      hint: `The app lacks im:message:send_as_bot: enable it in the developer console (${consoleUrl}) and publish a new version`,
      consoleUrl,
      retryAfterMs: undefined,
    });
  });

  it('the console URL follows the brand', async () => {
    answer = [400, { code: 99991672, msg: 'denied' }];
    const e = await fail(clientFor(server, { brand: 'lark' }).im.chats.get({ path: { chat_id: 'oc_1' } }));
    expect((e as LarkApiError).consoleUrl).toMatch(/^https:\/\/open\.larksuite\.com\/page\/scope-apply\?clientID=cli_test&scopes=/);
  });

  it('a user missing a scope: the hint is to log in with it', async () => {
    answer = [400, { code: 99991679, msg: 'Unauthorized. You do not have permission', error: { permission_violations: [{ type: 'action_privilege_required', subject: 'im:message.send_as_user' }] } }];
    const e = await fail(clientFor(server).im.messages.create(SEND, { userAccessToken: 'u-alice' }));
    expect(e).toBeInstanceOf(LarkPermissionError);
    expect(e).toMatchObject({
      identity: 'user',
      scopes: ['im:message.send_as_user', 'im:message'],
      consoleUrl: undefined,
      hint: 'The user has not granted im:message.send_as_user: run lark-cli auth login --scope "im:message.send_as_user"',
    });
  });

  it('a documented error gets the fix the spec gives for it', async () => {
    answer = [400, { code: 230002, msg: 'The bot can not be outside the group.' }, { 'x-tt-logid': 'log-2' }];
    const e = await fail(clientFor(server).im.messages.create(SEND));
    expect(e.constructor).toBe(LarkApiError);
    expect(e).toMatchObject({ code: 230002, httpStatus: 400, logId: 'log-2', hint: 'Add the bot to the chat, or call as a user who belongs to it.' });
  });

  it('a bare LarkCore has no spec hints unless given errorHints', async () => {
    answer = [400, { code: 230002, msg: 'The bot can not be outside the group.' }];
    const core = new LarkCore({ appId: 'cli_test', appSecret: 's', baseUrl: server.url });
    expect(((await fail(imMessagesCreate(core, SEND))) as LarkApiError).hint).toBeUndefined();
    const withHints = new LarkCore({ appId: 'cli_test', appSecret: 's', baseUrl: server.url, errorHints: (id, code) => (id === 'im.messages.create' && code === 230002 ? 'join first' : undefined) });
    expect(((await fail(imMessagesCreate(withHints, SEND))) as LarkApiError).hint).toBe('join first');
  });

  it('larkRequest calls any path, with tokens and typed errors', async () => {
    answer = [200, { code: 0, msg: 'success', data: { items: [] } }];
    const c = clientFor(server);
    const r = await larkRequest(c, 'GET', 'im/v1/chats', { params: { page_size: 5 } });
    expect(r.data).toEqual({ items: [] });
    const last = server.apiRequests().at(-1)!;
    expect([last.method, last.path, last.query, last.headers.authorization]).toEqual(['GET', '/open-apis/im/v1/chats', [['page_size', '5']], 'Bearer t-test']);
    answer = [400, { code: 230001, msg: 'bad' }];
    expect(await fail(larkRequest(c, 'POST', '/open-apis/im/v1/pins', { data: { message_id: 'x' } }))).toMatchObject({ code: 230001, methodId: 'POST /open-apis/im/v1/pins' });
  });

  it('a failure with HTTP 200 is still an error (the official SDK returns it as a result)', async () => {
    answer = [200, { code: 230001, msg: 'invalid request parameter' }];
    const e = await fail(clientFor(server).im.chats.get({ path: { chat_id: 'oc_1' } }));
    expect(e).toMatchObject({ name: 'LarkApiError', code: 230001, httpStatus: 200 });
  });

  it('not found: by code and by HTTP 404', async () => {
    answer = [400, { code: 231003, msg: 'The message is not found, maybe not exist or deleted.' }];
    expect(await fail(clientFor(server).im.messages.get({ path: { message_id: 'om_gone' } }))).toBeInstanceOf(LarkNotFoundError);
    answer = [404, { code: 404, msg: 'page not found' }];
    expect(await fail(clientFor(server).im.messages.get({ path: { message_id: 'om_gone' } }))).toBeInstanceOf(LarkNotFoundError);
  });

  it('auth and rate-limit classes; field violations become the hint', async () => {
    answer = [401, { code: 234002, msg: 'Unauthorized.' }];
    expect(await fail(clientFor(server).im.images.get({ path: { image_key: 'img_1' } }))).toBeInstanceOf(LarkAuthError);
    answer = [429, { code: 99991400, msg: 'too many requests' }];
    expect(await fail(clientFor(server, { maxRetries: 0 }).im.chats.get({ path: { chat_id: 'oc_1' } }))).toBeInstanceOf(LarkRateLimitError);
    answer = [400, { code: 99992402, msg: 'field validation failed', error: { field_violations: [{ field: 'receive_id', description: 'not a valid chat id' }] } }];
    const e = await fail(clientFor(server).im.messages.create(SEND));
    expect(e).toMatchObject({ fieldViolations: [{ field: 'receive_id', description: 'not a valid chat id' }], hint: 'receive_id: not a valid chat id' });
  });

  it('an upload failure keeps its code (the official SDK returns null)', async () => {
    answer = [400, { code: 234006, msg: 'The file size exceed the max value.' }];
    const e = await fail(clientFor(server).im.images.create({ data: { image_type: 'message', image: new Uint8Array([1, 2]) } }));
    expect(e).toMatchObject({ code: 234006, msg: 'The file size exceed the max value.', hint: 'Compress or scale the image below 10 MB.' });
  });

  it('sends through the fetch it is given', async () => {
    answer = [200, { code: 0, msg: 'success', data: { ok: true } }];
    const seen: string[] = [];
    const c = clientFor(server, { fetch: (input, init) => (seen.push(`${init?.method} ${String(input).replace(server.url, '')}`), fetch(input, init)) });
    expect(await c.im.chats.get({ path: { chat_id: 'oc_1' } })).toEqual({ ok: true });
    expect(seen).toEqual(['POST /open-apis/auth/v3/tenant_access_token/internal', 'GET /open-apis/im/v1/chats/oc_1']);
  });

  it('withResponse gives status, headers, log id and msg', async () => {
    answer = [200, { code: 0, msg: 'success', data: { message_id: 'om_new' } }, { 'x-tt-logid': 'log-ok', 'x-ogw-ratelimit-limit': '50' }];
    const r = await clientFor(server).im.messages.create.withResponse(SEND);
    expect({ data: r.data, status: r.status, logId: r.logId, msg: r.msg, limit: r.headers.get('x-ogw-ratelimit-limit') }).toEqual({
      data: { message_id: 'om_new' },
      status: 200,
      logId: 'log-ok',
      msg: 'success',
      limit: '50',
    });
  });
});

describe('logger', () => {
  it('gets redacted records: no secret, tenant token or user token', async () => {
    const server = await startServer((req, res) => {
      if (req.path.includes('tenant_access_token')) return sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: 't-very-secret', expire: 7200 });
      if (req.rawPath.endsWith('oc_fail')) return sendJson(res, 503, { code: 1, msg: 'busy' });
      sendJson(res, 200, { code: 0, msg: 'success', data: {} });
    });
    const lines: unknown[] = [];
    const logger: LarkLogger = {
      debug: (m, d) => lines.push(['debug', m, d]),
      info: (m, d) => lines.push(['info', m, d]),
      warn: (m, d) => lines.push(['warn', m, d]),
      error: (m, d) => lines.push(['error', m, d]),
    };
    const c = clientFor(server, { logger, maxRetries: 1 });
    await c.im.chats.get({ path: { chat_id: 'oc_1' } });
    await c.im.chats.get({ path: { chat_id: 'oc_1' } }, { userAccessToken: 'u-alice-secret' });
    await c.im.chats.get({ path: { chat_id: 'oc_fail' } }).catch(() => {});
    await larkRequest(c, 'GET', '/open-apis/im/v1/chats', { params: { access_token: 'leak?' } });
    const text = JSON.stringify(lines);
    expect(text).not.toContain(APP.appSecret);
    expect(text).not.toContain('t-very-secret');
    expect(text).not.toContain('u-alice-secret');
    expect(text).not.toContain('leak');
    expect(lines).toContainEqual(['debug', 'lark request', { method: 'GET', url: `${server.url}/open-apis/im/v1/chats/oc_1`, attempt: 0, as: 'bot' }]);
    expect(lines).toContainEqual(['warn', 'lark retry', expect.objectContaining({ methodId: 'im.chats.get', status: 503, attempt: 1 })]);
    expect(lines).toContainEqual(['warn', 'lark error', { methodId: 'im.chats.get', status: 503, code: 1, logId: undefined }]);
    await server.close();
  });
});
