/**
 * What an adversarial probe and a new user found in the CLI (issue "Reliability, round two"):
 * each case fails without its fix. The commands run main() in this process, except where the case
 * is about the process itself (a standard input left open).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, callCli, DEMO_APP_ID, DEMO_APP_SECRET, errorOf, json, setupEnv, tempDir, type Env } from './helpers.js';

let env: Env;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
});
afterAll(async () => env?.close());

/** A fresh working folder inside the environment's cwd. */
const sub = (name: string) => {
  const d = path.join(env.cwd, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
};

describe('output', () => {
  it('--jq-raw prints strings bare, like jq -r', async () => {
    const r = await env.run(['im', 'chats', 'get', '--chat-id', 'oc_general', '--jq', '.data.name', '--jq-raw', '--as', 'bot']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('General\n');
    const without = await env.run(['im', 'chats', 'get', '--chat-id', 'oc_general', '--jq-raw', '--as', 'bot']);
    expect(without.code).toBe(2);
    expect(errorOf(without).error.message).toMatch(/--jq-raw goes with --jq/);
  });

  it('config show and auth status take --jq', async () => {
    const show = await env.run(['config', 'show', '--jq', '.data.app_id', '--jq-raw']);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toBe(`${DEMO_APP_ID}\n`);
    const status = await env.run(['auth', 'status', '--jq', '.data.logged_in']);
    expect(status.stdout).toBe('false\n');
  });

  it('schema takes --format table and csv', async () => {
    const table = await env.run(['schema', 'im.pins', '--format', 'table']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+KIND\s+HTTP\s+PATH/);
    expect(table.stdout).toMatch(/im\.pins\.create\s+method\s+POST/);
    const csv = await env.run(['schema', 'im.messages.create', '--format', 'csv']);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.split('\n')).toContain('query,receive_id_type,string,true,Kind of id given in receive_id for the recipient.');
  });

  it('FORCE_COLOR colours output that is not on a terminal; NO_COLOR still wins', async () => {
    const forced = await env.run(['schema', 'im.pins', '--format', 'pretty'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    const plain = await env.run(['schema', 'im.pins', '--format', 'pretty'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('+chat-messages-list --help says "(user identity only)" once for --user-id', async () => {
    const r = await env.run(['im', '+chat-messages-list', '--help']);
    const block = r.stdout.slice(r.stdout.indexOf('\n  --user-id'), r.stdout.indexOf('\n  --start'));
    expect(block.match(/user identity only/g)).toHaveLength(1);
  });
});

describe('files', () => {
  it('-o onto an existing file is refused unless --overwrite', async () => {
    const cwd = sub('overwrite');
    fs.writeFileSync(path.join(cwd, 'logo.png'), 'keep me');
    const refused = await env.run(['im', 'images', 'get', '--image-key', 'img_logo', '-o', 'logo.png', '--as', 'bot'], { cwd });
    expect(refused.code).toBe(2);
    expect(errorOf(refused).error).toMatchObject({ message: '"logo.png" already exists; it was left as it is and nothing was downloaded.', hint: expect.stringMatching(/--overwrite/) });
    expect(fs.readFileSync(path.join(cwd, 'logo.png'), 'utf8')).toBe('keep me');
    const replaced = await env.run(['im', 'images', 'get', '--image-key', 'img_logo', '-o', 'logo.png', '--overwrite', '--as', 'bot'], { cwd });
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'logo.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('+messages-resources-download without --output keeps the name the server sent, and refuses to overwrite', async () => {
    const cwd = sub('named');
    const r = await env.run(['im', '+messages-resources-download', '--message-id', 'om_file', '--file-key', 'file_report', '--type', 'file', '--as', 'bot'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data.saved_path).toBe('report.pdf');
    expect(fs.readdirSync(cwd)).toEqual(['report.pdf']);
    const again = await env.run(['im', '+messages-resources-download', '--message-id', 'om_file', '--file-key', 'file_report', '--type', 'file', '--as', 'bot'], { cwd });
    expect(again.code).toBe(2);
    expect(errorOf(again).error.message).toMatch(/"report\.pdf" already exists/);
  });

  it('--file ./notes.txt keeps its name in the message', async () => {
    const cwd = sub('upload');
    fs.writeFileSync(path.join(cwd, 'notes.txt'), 'some notes');
    const r = await env.run(['im', '+messages-send', '--chat-id', 'oc_general', '--file', './notes.txt', '--as', 'bot'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const m = env.emu.state.messages.get(json(r).data.message_id)!;
    expect(JSON.parse(m.content)).toMatchObject({ file_name: 'notes.txt' });
  });
});

describe('configuration', () => {
  const noHome = { HOME: undefined, LARKSUITE_CLI_CONFIG_DIR: undefined, LARKSUITE_CLI_APP_ID: undefined, LARKSUITE_CLI_APP_SECRET: undefined };

  it('HOME unset: a clear error, nothing written anywhere', async () => {
    const r = await callCli(['config', 'init', '--app-id', 'cli_x', '--app-secret-stdin'], { env: noHome, input: 'secret\n', cwd: env.cwd });
    expect(r.code).toBe(3);
    expect(errorOf(r).error.message).toBe('Neither HOME nor LARKSUITE_CLI_CONFIG_DIR is set, so lark-cli has nowhere to keep its configuration.');
  });

  it('a config folder below a regular file is named as such, not "a bug"', async () => {
    const file = path.join(tempDir(), 'plain-file');
    fs.writeFileSync(file, 'x');
    const r = await callCli(['config', 'init', '--app-id', 'cli_x', '--app-secret-stdin'], { env: { LARKSUITE_CLI_CONFIG_DIR: path.join(file, 'cfg') }, input: 'secret\n' });
    expect(r.code).toBe(3);
    expect(errorOf(r).error.message).toBe(`Cannot write the configuration in ${path.join(file, 'cfg')}: a part of that path is a regular file, not a folder.`);
    expect(r.stderr).not.toMatch(/bug/);
  });

  it('a base URL of the wrong type in config.json is named, not "[object Object]"', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ version: 1, current: 'default', apps: { default: { appId: 'cli_demo', appSecret: DEMO_APP_SECRET, brand: 'feishu', baseUrl: { host: 'x' } } } }), { mode: 0o600 });
    const r = await callCli(['im', 'chats', 'get', '--chat-id', 'oc_general'], { env: { LARKSUITE_CLI_CONFIG_DIR: dir } });
    expect(r.code).toBe(3);
    expect(errorOf(r).error.message).toBe('The profile base URL must be a string such as "http://127.0.0.1:8787", but it is an object.');
  });

  it('config init with --app-id and an open, silent stdin does not wait for it', async () => {
    // stdin stays open and says nothing; the command must finish on its own.
    const child = spawn(process.execPath, [BIN, 'config', 'init', '--app-id', 'cli_silent'], { env: { PATH: process.env.PATH ?? '', LARKSUITE_CLI_CONFIG_DIR: path.join(tempDir(), 'c') }, stdio: ['pipe', 'pipe', 'pipe'] });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.stdin.destroy();
    expect(code).toBe(0);
  });
});

describe('errors', () => {
  it('a 502 page echoing a token and the secret is repeated with both redacted', async () => {
    const token = 't-0123456789abcdef0123456789abcdef';
    const server = http.createServer((req, res) => {
      if (req.url?.includes('tenant_access_token')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ code: 0, tenant_access_token: token, expire: 7200 }));
      }
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(`<html><pre>authorization: ${req.headers.authorization}\napp_secret=${DEMO_APP_SECRET}</pre></html>`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
    try {
      const r = await env.run(['im', 'chats', 'get', '--chat-id', 'oc_general', '--as', 'bot'], { env: { LARKSUITE_CLI_BASE_URL: url } });
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain(token.slice(2));
      expect(r.stderr).not.toContain(DEMO_APP_SECRET);
      expect(errorOf(r).error.message).toMatch(/authorization: Bearer \*\*\*/);
    } finally {
      server.close();
    }
  });

  it('API messages end in one period', async () => {
    const r = await env.run(['im', '+messages-send', '--chat-id', 'oc_doesnotexist', '--text', 'hi', '--as', 'bot']);
    expect(r.code).toBe(1);
    expect(errorOf(r).error.message).not.toMatch(/\.\.|\.\s*\(/);
  });

  it('a user outside the chat is told so, not that the bot is missing', async () => {
    const chat = [...env.emu.state.chats.values()].find((c) => c.chat_mode === 'group' && c.status === 'normal' && !env.emu.state.isMember(c, { kind: 'user', openId: 'ou_carol' }) && env.emu.state.isMember(c, { kind: 'bot', appId: DEMO_APP_ID }))!;
    const token = env.emu.issueUserToken('ou_carol').access_token;
    const r = await env.run(['im', '+chat-messages-list', '--chat-id', chat.chat_id, '--as', 'user'], { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: token } });
    expect(r.code).toBe(1);
    const e = errorOf(r).error;
    expect(e.code).toBe(230002);
    expect(e.hint).toMatch(/^You are not a member of this chat/);
    expect(JSON.stringify(e)).not.toMatch(/bot is not/i);
  });
});

describe('auth login --domain im and the identity after login', () => {
  it('requests exactly the user scopes the IM shortcuts use: the contact scope for names, no bot-only scope', async () => {
    const { loginScopesByDomain } = await import('../src/generated/scopes.js');
    const r = await env.run(['auth', 'login', '--domain', 'im', '--no-wait']);
    expect(r.code, r.stderr).toBe(0);
    const code = json(r).data.device_code as string;
    const requested = env.emu.state.devices.get(code)!.scopes;
    expect(requested).toEqual(loginScopesByDomain.im);
    // Optional scopes too: the p2p lookup of --user-id (im:chat:read), names, reactions, uploads.
    expect(requested).toEqual(expect.arrayContaining(['contact:user.basic_profile:readonly', 'im:chat:read', 'im:message.reactions:read', 'im:resource', 'im:message.send_as_user', 'search:message']));
    // As the user, names come from basic_batch: the bot's contact scope is never asked for.
    for (const bad of ['im:message:send_as_bot', 'im:message.group_msg', 'im:chat:create', 'contact:user.base:readonly']) expect(requested).not.toContain(bad);
  });

  it('a shortcut that picks the user after login says why, and how to run it as the bot', async () => {
    const dir = tempDir();
    const token = env.emu.issueUserToken('ou_alice', ['im:chat:read']);
    fs.writeFileSync(path.join(dir, 'tokens.json'), JSON.stringify({ version: 1, users: { default: { accessToken: token.access_token, expiresAt: Date.now() + 3_600_000, scopes: ['im:chat:read'], openId: 'ou_alice' } } }), { mode: 0o600 });
    const r = await env.run(['im', '+messages-resources-download', '--message-id', 'om_image', '--file-key', 'img_logo', '--type', 'image'], { env: { LARKSUITE_CLI_CONFIG_DIR: dir } });
    expect(r.code).toBe(3);
    const e = errorOf(r).error;
    expect(e.message).toMatch(/It ran as the user, because a user is logged in and neither --as nor a default identity/);
    expect(e.hint).toMatch(/or run it as the bot with --as bot$/);
  });
});
