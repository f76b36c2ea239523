import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './server.js';
import type { EmulatorOptions } from './options.js';

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function start(opts: EmulatorOptions = {}): Promise<Emulator> {
  emu = await startEmulator(opts);
  return emu;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: r.status, json: (await r.json()) as any };
}

async function form(url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: r.status, json: (await r.json()) as any };
}

const getChat = (e: Emulator, token: string) =>
  fetch(`${e.url}/open-apis/im/v1/chats/oc_general`, { headers: { authorization: `Bearer ${token}` } }).then(async (r) => ({
    status: r.status,
    json: (await r.json()) as any,
  }));

describe('tenant token endpoint', () => {
  it('hands out a flat token answer and reuses it while it is fresh', async () => {
    const e = await start();
    const a = await post(`${e.url}/open-apis/auth/v3/tenant_access_token/internal`, { app_id: 'cli_demo', app_secret: 'demo-app-secret' });
    expect(a.status).toBe(200);
    expect(a.json).toEqual({ code: 0, msg: 'ok', tenant_access_token: expect.stringMatching(/^t-/), expire: 7200 });
    expect(a.json.data).toBeUndefined();
    const b = await post(`${e.url}/open-apis/auth/v3/tenant_access_token/internal`, { app_id: 'cli_demo', app_secret: 'demo-app-secret' });
    expect(b.json.tenant_access_token).toBe(a.json.tenant_access_token);
    expect((await getChat(e, a.json.tenant_access_token)).json.code).toBe(0);
  });

  it('answers bad credentials with HTTP 200 and the platform codes', async () => {
    const e = await start();
    const url = `${e.url}/open-apis/auth/v3/tenant_access_token/internal`;
    expect(await post(url, { app_id: 'cli_demo', app_secret: 'wrong' })).toEqual({ status: 200, json: { code: 10014, msg: 'app secret invalid' } });
    expect(await post(url, { app_id: 'cli_nope', app_secret: 'x' })).toEqual({ status: 200, json: { code: 10014, msg: 'app id not exists' } });
    expect(await post(url, { app_id: 'cli_demo' })).toEqual({ status: 200, json: { code: 10003, msg: 'invalid param' } });
  });

  it('expires tokens after the configured TTL (99991663) and then mints a new one', async () => {
    let clock = 1_800_000_000_000;
    const e = await start({ tokenTtlSeconds: 60, now: () => clock });
    const t = e.tenantToken();
    expect((await getChat(e, t)).json.code).toBe(0);
    clock += 61_000;
    const r = await getChat(e, t);
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({
      code: 99991663,
      msg: 'Invalid access token for authorization. Please make a request with token attached',
    });
    const t2 = e.tenantToken();
    expect(t2).not.toBe(t);
    expect((await getChat(e, t2)).json.code).toBe(0);
  });

  it('refuses missing, malformed and unknown tokens with the platform codes', async () => {
    const e = await start();
    const none = await fetch(`${e.url}/open-apis/im/v1/chats/oc_general`).then((r) => r.json() as any);
    expect(none).toMatchObject({ code: 99991661, msg: 'Need a token' });
    expect((await getChat(e, 'abc')).json).toMatchObject({ code: 99991671 });
    expect((await getChat(e, 't-unknown')).json).toMatchObject({ code: 99991663 });
    expect((await getChat(e, 'u-unknown')).json).toMatchObject({ code: 99991668 });
  });

  it('expires user tokens with 99991677 and forced expiry from the admin API', async () => {
    const e = await start();
    const u = e.issueUserToken('ou_alice').access_token;
    expect((await getChat(e, u)).json.code).toBe(0);
    const r = await post(`${e.url}/__emulator/tokens/expire`, { kind: 'user' });
    expect(r.json.data.expired).toBe(1);
    expect((await getChat(e, u)).json).toMatchObject({ code: 99991677, msg: 'token expire' });
  });
});

describe('OAuth device flow', () => {
  const dev = (e: Emulator, scope: string) =>
    form(`${e.url}/oauth/v1/device_authorization`, { client_id: 'cli_demo', scope }, {
      authorization: `Basic ${Buffer.from('cli_demo:demo-app-secret').toString('base64')}`,
    });
  const poll = (e: Emulator, deviceCode: string) =>
    form(`${e.url}/open-apis/authen/v2/oauth/token`, {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: deviceCode,
      client_id: 'cli_demo',
      client_secret: 'demo-app-secret',
    });

  it('goes from pending through slow_down to a token that carries the granted scopes, then refreshes', async () => {
    const e = await start({ devicePollIntervalSeconds: 1, deviceSlowDownSeconds: 0 });
    const d = await dev(e, 'im:chat:read im:message offline_access');
    expect(d.status).toBe(200);
    expect(d.json).toMatchObject({
      device_code: expect.any(String),
      user_code: expect.stringMatching(/^[A-Z]{4}-[A-Z]{4}$/),
      verification_uri: `${e.url}/__emulator/device`,
      verification_uri_complete: `${e.url}/__emulator/device?user_code=${d.json.user_code}`,
      expires_in: 240,
      interval: 1,
    });
    expect((await poll(e, d.json.device_code)).json.error).toBe('authorization_pending');
    const fast = await poll(e, d.json.device_code);
    expect(fast).toMatchObject({ status: 400, json: { error: 'slow_down' } });
    const page = await fetch(d.json.verification_uri_complete).then((r) => r.text());
    expect(page).toContain(d.json.user_code);
    const ok = await post(`${e.url}/__emulator/device/approve`, { user_code: d.json.user_code, open_id: 'ou_bob' });
    expect(ok.json.data.status).toBe('approved');
    const tok = await poll(e, d.json.device_code);
    expect(tok.status).toBe(200);
    expect(tok.json).toMatchObject({
      code: 0,
      access_token: expect.stringMatching(/^u-/),
      refresh_token: expect.stringMatching(/^ur-/),
      token_type: 'Bearer',
      expires_in: 7200,
      scope: 'im:chat:read im:message',
    });
    expect((await poll(e, d.json.device_code)).json.error).toBe('invalid_grant');
    // The token acts as Bob: he is in oc_general, and im:chat:read is enough for chats get.
    const chat = await getChat(e, tok.json.access_token);
    expect(chat.json.code).toBe(0);
    // A scope he did not grant: 99991679.
    const members = await fetch(`${e.url}/open-apis/im/v1/chats/oc_general/members/is_in_chat`, {
      headers: { authorization: `Bearer ${tok.json.access_token}` },
    }).then((r) => r.json() as any);
    expect(members.code).toBe(99991679);
    // Refresh rotates the refresh token.
    const ref = await form(`${e.url}/open-apis/authen/v2/oauth/token`, {
      grant_type: 'refresh_token',
      refresh_token: tok.json.refresh_token,
      client_id: 'cli_demo',
      client_secret: 'demo-app-secret',
    });
    expect(ref.json).toMatchObject({ code: 0, access_token: expect.stringMatching(/^u-/), scope: 'im:chat:read im:message' });
    const again = await form(`${e.url}/open-apis/authen/v2/oauth/token`, {
      grant_type: 'refresh_token',
      refresh_token: tok.json.refresh_token,
      client_id: 'cli_demo',
    });
    expect(again.json.error).toBe('invalid_grant');
  });

  it('accumulates scopes across sign-ins', async () => {
    const e = await start({ autoApproveDevice: 'ou_carol' });
    const first = await dev(e, 'im:chat:read');
    expect((await poll(e, first.json.device_code)).json.scope).toBe('im:chat:read');
    const second = await dev(e, 'search:message');
    const tok = await poll(e, second.json.device_code);
    expect(tok.json.scope).toBe('im:chat:read search:message');
    expect(tok.json.refresh_token).toBeUndefined();
  });

  it('reports access_denied and expired_token', async () => {
    let clock = 1_800_000_000_000;
    const e = await start({ now: () => clock, deviceCodeTtlSeconds: 30 });
    const a = await dev(e, 'im:chat:read');
    e.denyDevice(a.json.user_code);
    expect((await poll(e, a.json.device_code)).json.error).toBe('access_denied');
    const b = await dev(e, 'im:chat:read');
    clock += 31_000;
    expect((await poll(e, b.json.device_code)).json.error).toBe('expired_token');
  });

  it('accepts a JSON body and refuses an unknown client', async () => {
    const e = await start();
    const ok = await post(`${e.url}/oauth/v1/device_authorization`, { client_id: 'cli_demo', scope: 'im:chat:read' });
    expect(ok.status).toBe(200);
    const bad = await post(`${e.url}/oauth/v1/device_authorization`, { client_id: 'cli_other', scope: 'im:chat:read' });
    expect(bad).toMatchObject({ status: 401, json: { error: 'invalid_client' } });
    const grant = await post(`${e.url}/open-apis/authen/v2/oauth/token`, { client_id: 'cli_demo', grant_type: 'password' });
    expect(grant.json.error).toBe('unsupported_grant_type');
  });
});
