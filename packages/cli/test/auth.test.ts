/**
 * Config, profiles and the user identity: `config init/show/profiles/use/remove`, the OAuth
 * device flow end to end (approved through the emulator's admin API), status/check/scopes/logout,
 * identity resolution, the user scope pre-check and token refresh.
 *
 * The built CLI runs as a child process for the end-to-end paths: config init with the secret on
 * stdin, the device flow's --device-code step and a waiting login; the other commands run main()
 * in this process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_SECRET, errorOf, json, setupEnv, type Env } from './helpers.js';

let env: Env;
/** The CLI environment without app credentials in env vars: everything comes from config.json. */
let bare: Record<string, string | undefined>;

beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  bare = { LARKSUITE_CLI_APP_ID: undefined, LARKSUITE_CLI_APP_SECRET: undefined, LARKSUITE_CLI_BASE_URL: undefined };
});
afterAll(async () => env?.close());

const cfgDir = () => env.env.LARKSUITE_CLI_CONFIG_DIR!;

describe('config and profiles', () => {
  it('config init stores the app with the secret from stdin, 0600 in a 0700 folder', async () => {
    const r = await env.spawn(['config', 'init', '--app-id', 'cli_a7e3c9d15b2f4086', '--app-secret-stdin', '--base-url', env.emu.url], { env: bare, input: `${DEMO_APP_SECRET}\n` });
    expect(r.code, r.stderr).toBe(0);
    const out = json(r);
    expect(out).toMatchObject({ ok: true, data: { profile: 'default', current: true, app_id: 'cli_a7e3c9d15b2f4086', app_secret: '********', base_url: env.emu.url } });
    expect(r.stdout + r.stderr).not.toContain(DEMO_APP_SECRET);
    expect(fs.statSync(cfgDir()).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(cfgDir(), 'config.json')).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(fs.readFileSync(path.join(cfgDir(), 'config.json'), 'utf8'));
    expect(stored.apps.default).toMatchObject({ appId: 'cli_a7e3c9d15b2f4086', appSecret: DEMO_APP_SECRET, brand: 'feishu', baseUrl: env.emu.url });
    expect(fs.readdirSync(cfgDir()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('calls with the stored profile only', async () => {
    const r = await env.run(['im', 'chats', 'get', '--chat-id', 'oc_general'], { env: bare });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data.name).toBeTruthy();
  });

  it('config show masks the secret', async () => {
    const r = await env.run(['config', 'show'], { env: bare });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data).toMatchObject({ profile: 'default', app_id: 'cli_a7e3c9d15b2f4086', app_secret: '********', base_url: env.emu.url });
    expect(r.stdout).not.toContain(DEMO_APP_SECRET);
  });

  it('keeps several profiles, switches with --profile and config use', async () => {
    const r = await env.run(['config', 'init', '--name', 'other', '--app-id', 'cli_other', '--app-secret-stdin', '--brand', 'lark', '--base-url', env.emu.url], { env: bare, input: 'other-secret' });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data.current).toBe(false);
    const list = await env.run(['config', 'profiles'], { env: bare });
    expect(json(list).data.profiles.map((p: { name: string; current: boolean }) => [p.name, p.current])).toEqual([['default', true], ['other', false]]);
    const show = await env.run(['config', 'show', '--profile', 'other'], { env: bare });
    expect(json(show).data).toMatchObject({ profile: 'other', app_id: 'cli_other', brand: 'lark' });
    // The emulator knows only the demo app: the other profile's credentials are refused (exit 3).
    const call = await env.run(['im', 'chats', 'list', '--profile', 'other'], { env: bare });
    expect(call.code).toBe(3);
    expect(errorOf(call).error.type).toBe('auth');
    const use = await env.run(['config', 'use', 'other'], { env: bare });
    expect(use.code).toBe(0);
    expect(json(await env.run(['config', 'show'], { env: bare })).data.profile).toBe('other');
    await env.run(['config', 'use', 'default'], { env: bare });
    const rm = await env.run(['config', 'remove', 'other'], { env: bare });
    expect(rm.code).toBe(0);
    expect(json(await env.run(['config', 'profiles'], { env: bare })).data.profiles).toHaveLength(1);
    const gone = await env.run(['config', 'use', 'other'], { env: bare });
    expect(gone.code).toBe(3);
  });

  it('config init without an app id and without a terminal says what to give', async () => {
    const r = await env.run(['config', 'init', '--name', 'x'], { env: { ...bare, LARKSUITE_CLI_CONFIG_DIR: path.join(env.configDir, 'empty') } });
    expect(r.code).toBe(2);
    expect(errorOf(r).error.message).toMatch(/--app-id/);
  });
});

describe('auth: device flow end to end', () => {
  it('auth status before login', async () => {
    const r = await env.run(['auth', 'status'], { env: bare });
    expect(json(r).data).toMatchObject({ profile: 'default', logged_in: false });
  });

  it('--no-wait prints the code, the admin API approves it, --device-code finishes the login', async () => {
    const start = await env.run(['auth', 'login', '--scope', 'im:message:readonly im:chat:readonly', '--no-wait'], { env: bare });
    expect(start.code, start.stderr).toBe(0);
    const d = json(start).data;
    expect(d.user_code).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(d.verification_uri).toContain(env.emu.url);
    const approve = await fetch(`${env.emu.url}/__emulator/device/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_code: d.user_code, open_id: 'ou_alice' }),
    });
    expect(approve.status).toBe(200);
    const done = await env.spawn(['auth', 'login', '--device-code', d.device_code], { env: bare });
    expect(done.code, done.stderr).toBe(0);
    expect(json(done).data.scopes).toEqual(['im:chat:readonly', 'im:message:readonly']);
    // Who signed in comes from GET /open-apis/authen/v1/user_info, shown by login, status and config show.
    const alice = env.emu.state.users.get('ou_alice')!.name;
    expect(json(done).data).toMatchObject({ open_id: 'ou_alice', name: alice });
    expect(json(await env.run(['auth', 'status'], { env: bare })).data).toMatchObject({ logged_in: true, open_id: 'ou_alice', name: alice });
    expect(json(await env.run(['config', 'show'], { env: bare })).data.user).toMatchObject({ open_id: 'ou_alice', name: alice });
    const tokens = path.join(cfgDir(), 'tokens.json');
    expect(fs.statSync(tokens).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(fs.readFileSync(tokens, 'utf8')).users.default;
    expect(stored.accessToken).toMatch(/^u-/);
    expect(done.stdout).not.toContain(stored.accessToken);
    expect(done.stdout).not.toContain(stored.refreshToken);
  });

  it('a waiting login finishes when the user approves', async () => {
    const child = env.spawn(['auth', 'login', '--scope', 'search:message'], { env: bare });
    // Find the pending code in the emulator state and approve it as alice.
    let code: string | undefined;
    let exited = false;
    void child.then(() => (exited = true));
    // Until the CLI has asked for a code (however long a loaded machine takes), or has given up.
    while (!code && !exited) {
      await new Promise((r) => setTimeout(r, 100));
      const st = (await (await fetch(`${env.emu.url}/__emulator/state`)).json()) as { data: { devices?: { user_code: string; status: string }[] } };
      code = st.data.devices?.find((x) => x.status === 'pending')?.user_code;
    }
    expect(code).toBeTruthy();
    await fetch(`${env.emu.url}/__emulator/device/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user_code: code, open_id: 'ou_alice' }) });
    const r = await child;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(code!);
    // Granted scopes accumulate across logins.
    expect(json(r).data.scopes).toEqual(['im:chat:readonly', 'im:message:readonly', 'search:message']);
  });

  it('auth check exits 0 with the scopes, 1 without', async () => {
    const ok = await env.run(['auth', 'check', '--scope', 'search:message im:chat:readonly'], { env: bare });
    expect(ok.code).toBe(0);
    const missing = await env.run(['auth', 'check', '--scope', 'im:message.send_as_user'], { env: bare });
    expect(missing.code).toBe(1);
    expect(json(missing)).toMatchObject({ ok: false, data: { missing: ['im:message.send_as_user'] }, hint: 'lark-cli auth login --scope "im:message.send_as_user"' });
  });

  it('auth scopes lists user scopes with what is granted', async () => {
    const r = await env.run(['auth', 'scopes', '--format', 'json'], { env: bare });
    const rows = json(r).data.scopes as { scope: string; granted: boolean }[];
    expect(rows.find((x) => x.scope === 'search:message')?.granted).toBe(true);
    expect(rows.find((x) => x.scope === 'im:message.send_as_user')?.granted).toBe(false);
  });

  it('with a user login and no --as, a method both identities allow runs as user', async () => {
    const r = await env.run(['im', 'chats', 'get', '--chat-id', 'oc_general', '--dry-run'], { env: bare });
    expect(json(r).identity).toBe('user');
    const bot = await env.run(['im', 'chats', 'get', '--chat-id', 'oc_general', '--dry-run'], { env: { ...bare, LARKSUITE_CLI_DEFAULT_AS: 'bot' } });
    expect(json(bot).identity).toBe('bot');
  });

  it('calls as the user, and the pre-check names the exact login command for a missing scope', async () => {
    const search = await env.run(['im', 'messages', 'search', '--data', '{"query":"Hello"}'], { env: bare });
    expect(search.code, search.stderr).toBe(0);
    const before = await env.lastRequestId();
    const send = await env.run(['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_general', '--msg-type', 'text', '--content', '{"text":"hi"}', '--as', 'user'], { env: bare });
    expect(send.code).toBe(3);
    const e = errorOf(send);
    expect(e.identity).toBe('user');
    expect(e.error.hint).toBe('Run: lark-cli auth login --scope "im:message.send_as_user im:message"');
    expect(await env.lastRequestId()).toBe(before);
  });

  it('refreshes the user token shortly before it expires', async () => {
    const file = path.join(cfgDir(), 'tokens.json');
    const all = JSON.parse(fs.readFileSync(file, 'utf8'));
    const old = all.users.default.accessToken;
    all.users.default.expiresAt = Date.now() + 60_000; // inside the 5-minute margin
    fs.writeFileSync(file, JSON.stringify(all));
    const r = await env.run(['im', 'messages', 'search', '--data', '{"query":"Hello"}'], { env: bare });
    expect(r.code, r.stderr).toBe(0);
    const after = JSON.parse(fs.readFileSync(file, 'utf8')).users.default;
    expect(after.accessToken).not.toBe(old);
    expect(after.expiresAt).toBeGreaterThan(Date.now() + 3_600_000);
    expect(after.scopes).toContain('search:message');
  });

  it('a token rejected by the platform means logging in again (exit 3)', async () => {
    const r = await env.run(['im', 'messages', 'search', '--data', '{"query":"Hello"}'], { env: { ...bare, LARKSUITE_CLI_USER_ACCESS_TOKEN: 'u-not-a-real-token' } });
    expect(r.code).toBe(3);
    expect(errorOf(r).error.hint).toMatch(/auth login/);
  });

  it('logout forgets the login', async () => {
    const r = await env.run(['auth', 'logout'], { env: bare });
    expect(json(r).data).toEqual({ profile: 'default', logged_out: true });
    expect(json(await env.run(['auth', 'status'], { env: bare })).data.logged_in).toBe(false);
  });
});
