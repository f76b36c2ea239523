/**
 * `lark-cli mcp` end to end: the built CLI as an MCP server (stdio and Streamable HTTP), driven by
 * the official MCP SDK's own Client, against the emulator. Every successful result's
 * structuredContent is checked against the tool's outputSchema with ajv. The plain CLI commands
 * around it (the other presets' --list-tools, config init, auth login) run main() in this process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { BIN, DEMO_APP_ID, DEMO_APP_SECRET, setupEnv, type Env } from './helpers.js';
import { PNG, userToken } from './shortcuts/send-fixtures.js';
import { presets, tools as table } from '../src/mcp/generated/tools.js';

let env: Env;
let aliceToken: string;
const open: Client[] = [];
const ajv = new Ajv2020({ strict: false, validateFormats: false });

beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  aliceToken = await userToken(env, 'ou_alice');
  fs.writeFileSync(path.join(env.cwd, 'pic.png'), PNG);
});
afterAll(async () => {
  for (const c of open) await c.close().catch(() => undefined);
  await env?.close();
});

/** A server over stdio; `replace` makes `extraEnv` the whole environment instead of adding to the test's. */
async function stdio(args: readonly string[] = [], extraEnv: Record<string, string> = {}, replace = false): Promise<Client> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', ...args], env: replace ? extraEnv : { ...env.env, ...extraEnv }, cwd: env.cwd, stderr: 'pipe' });
  const client = new Client({ name: 'mcp-test', version: '1.0.0' });
  await client.connect(transport);
  open.push(client);
  return client;
}

type Listed = Awaited<ReturnType<Client['listTools']>>['tools'][number];
type Called = { isError?: boolean; structuredContent?: Record<string, unknown>; content: { type: string; text?: string }[] };

/** Calls a tool and, when it succeeds, checks structuredContent against the listed outputSchema. */
async function call(client: Client, name: string, args: Record<string, unknown>): Promise<Called> {
  const listed = (await client.listTools()).tools.find((t) => t.name === name);
  expect(listed, `${name} is listed`).toBeDefined();
  const r = (await client.callTool({ name, arguments: args })) as Called;
  if (!r.isError) {
    const validate = ajv.compile(listed!.outputSchema as object);
    expect(validate(r.structuredContent), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(JSON.parse(r.content[0]!.text!)).toEqual(r.structuredContent);
  }
  return r;
}

const textOf = (r: Called) => r.content.map((c) => c.text ?? '').join('\n');
const names = (l: readonly Listed[]) => l.map((t) => t.name);
const snake = (n: string) => n.replace(/\./g, '_');
/** A preset's tools in the order the server lists them (the table's); high-risk ones are held back without --allow-high-risk. */
const presetNames = (p: string) => table.filter((t) => presets[p]!.includes(t.name) && t.risk !== 'high-risk-write').map((t) => snake(t.name));

describe('tools/list', () => {
  let client: Client;
  beforeAll(async () => {
    client = await stdio();
  });

  it('offers im.default by default: every shortcut and the common methods, under the official names', async () => {
    const { tools } = await client.listTools();
    expect(names(tools)).toEqual(presetNames('im.default'));
    expect(names(tools)).not.toContain('im_chat_disband');
    expect(names(tools)).toEqual(expect.arrayContaining(['im_messages_send', 'im_v1_message_create', 'im_v1_chatMembers_get', 'im_v1_image_create', 'im_v1_messageResource_get']));
    const send = tools.find((t) => t.name === 'im_v1_message_create')!;
    expect(send.annotations).toEqual({ destructiveHint: false });
    expect(tools.find((t) => t.name === 'im_v1_message_list')!.annotations).toEqual({ readOnlyHint: true });
    expect(Object.keys(send.inputSchema.properties!)).toEqual(['params', 'data']);
    expect(send.outputSchema).toMatchObject({ type: 'object' });
    for (const t of tools) expect(() => ajv.compile(t.outputSchema as object), t.name).not.toThrow();
  });

  it.each([
    ['light', presets.light!.length],
    ['im.all', presets['im.all']!.filter((n) => table.find((t) => t.name === n)!.risk !== 'high-risk-write').length],
  ])('preset %s lists its tools, without the high-risk ones', async (preset, count) => {
    // The same selection the server lists (tools/list is proven above), without starting a server.
    const r = await env.run(['mcp', '--tools', preset, '--list-tools']);
    expect(r.code, r.stderr).toBe(0);
    const listed = r.stdout.trim().split('\n');
    expect(listed).toEqual(presetNames(preset));
    expect(listed).toHaveLength(count);
    expect(listed).not.toContain('im_v1_message_delete');
    expect(listed).not.toContain('im_v1_chat_delete');
  });

  it('offers high-risk tools only with --allow-high-risk, marked destructive', async () => {
    const c = await stdio(['--tools', 'im_v1_message_delete,im.messages.send', '--allow-high-risk', '--tool-case', 'camel']);
    const { tools } = await c.listTools();
    expect(names(tools)).toEqual(['imMessagesSend', 'imV1MessageDelete']);
    expect(tools[1]!.annotations).toEqual({ destructiveHint: true, idempotentHint: true });
  });

  it('--as bot leaves out the user-only tools', async () => {
    const r = await env.run(['mcp', '--as', 'bot', '--tools', 'im.default', '--tool-case', 'kebab', '--list-tools']);
    expect(r.code, r.stderr).toBe(0);
    const listed = r.stdout.trim().split('\n');
    expect(listed).toContain('im-v1-message-create');
    expect(listed).not.toContain('im-messages-search');
  });
});

describe('tools/call over stdio', () => {
  let bot: Client;
  let user: Client;
  beforeAll(async () => {
    bot = await stdio(['--tools', 'im.all']);
    user = await stdio(['--tools', 'im.default'], { LARKSUITE_CLI_USER_ACCESS_TOKEN: aliceToken });
  });

  it('sends with a shortcut and with the method, then lists them', async () => {
    const a = await call(bot, 'im_messages_send', { 'chat-id': 'oc_general', text: 'mcp shortcut hello' });
    expect(a.isError, textOf(a)).toBeFalsy();
    expect(a.structuredContent!.message_id).toMatch(/^om_/);
    const b = await call(bot, 'im_v1_message_create', {
      params: { receive_id_type: 'chat_id' },
      data: { receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'mcp method hello' }) },
    });
    expect(b.isError, textOf(b)).toBeFalsy();
    expect(b.structuredContent).toMatchObject({ chat_id: 'oc_general', msg_type: 'text' });
    const list = await call(bot, 'im_v1_message_list', { params: { container_id_type: 'chat', container_id: 'oc_general', sort_type: 'ByCreateTimeDesc', page_size: 50 } });
    expect(list.isError, textOf(list)).toBeFalsy();
    const ids = (list.structuredContent!.items as { message_id: string }[]).map((m) => m.message_id);
    expect(ids).toEqual(expect.arrayContaining([a.structuredContent!.message_id, b.structuredContent!.message_id]));
  });

  it('checks a card offline: a bad one is an isError result listing every problem, and nothing is sent', async () => {
    const before = await env.lastRequestId();
    const card = { schema: '2.0', body: { elements: [{ tag: 'column_set', columns: [{ tag: 'column', corner_radius: '4px', elements: [] }] }, { tag: 'nope' }] } };
    const r = await call(bot, 'im_v1_message_create', {
      params: { receive_id_type: 'chat_id' },
      data: { receive_id: 'oc_general', msg_type: 'interactive', content: JSON.stringify(card) },
    });
    expect(r.isError).toBe(true);
    const lines = textOf(r).split('\n');
    expect(lines.slice(0, 3)).toEqual(['Invalid arguments: Invalid card for im_v1_message_create: 2 problems, nothing was sent:', 'data.content:', expect.stringMatching(/^ {2}card\.body\.elements\[0\]\.columns\[0\]: unknown property "corner_radius" \(fix: .+\)$/)]);
    expect(lines[3]).toMatch(/^ {2}card\.body\.elements\[1\]: unknown component tag "nope" \(fix: /);
    expect(lines.at(-1)).toBe('Fix: Fix each path listed, then check the card alone with lark-cli card validate <file>.');
    expect(await env.lastRequestId()).toBe(before);
  });

  it('searches as the logged-in user (auto picks user for a user-only tool)', async () => {
    await call(user, 'im_messages_send', { 'chat-id': 'oc_general', text: 'the aardvark report is in' });
    const r = await call(user, 'im_messages_search', { query: 'aardvark' });
    expect(r.isError, textOf(r)).toBeFalsy();
    expect((r.structuredContent!.messages as { content: string }[]).map((m) => m.content)).toContain('the aardvark report is in');
  });

  it('a user-only tool without a login says how to log in', async () => {
    const r = await call(bot, 'im_messages_search', { query: 'aardvark' });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/needs a user login/);
    expect(textOf(r)).toMatch(/lark-cli auth login/);
  });

  it('uploads a file from the files folder and downloads a message resource into it', async () => {
    const up = await call(bot, 'im_v1_image_create', { data: { image_type: 'message', image: 'pic.png' } });
    expect(up.isError, textOf(up)).toBeFalsy();
    const imageKey = up.structuredContent!.image_key as string;
    expect(imageKey).toMatch(/^img_/);
    const sent = await call(bot, 'im_v1_message_create', { params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'image', content: JSON.stringify({ image_key: imageKey }) } });
    const messageId = sent.structuredContent!.message_id as string;
    const down = await call(bot, 'im_v1_messageResource_get', { path: { message_id: messageId, file_key: imageKey }, params: { type: 'image' }, save_as: 'out/copy.png' });
    expect(down.isError, textOf(down)).toBeFalsy();
    expect(down.structuredContent).toMatchObject({ saved_path: path.join('out', 'copy.png'), size_bytes: PNG.length });
    expect(fs.readFileSync(path.join(env.cwd, 'out', 'copy.png'))).toEqual(PNG);
    const viaShortcut = await call(bot, 'im_messages_resources_download', { 'message-id': messageId, 'file-key': imageKey, type: 'image', output: 'out/again.png' });
    expect(viaShortcut.isError, textOf(viaShortcut)).toBeFalsy();
    expect(fs.readFileSync(path.join(env.cwd, 'out', 'again.png'))).toEqual(PNG);
  });

  it.each<[string, string, Record<string, unknown>, RegExp]>([
    ['an enum value', 'im_v1_message_create', { params: { receive_id_type: 'chat' }, data: { receive_id: 'oc_general', msg_type: 'text', content: '{"text":"x"}' } }, /receive_id_type must be one of .*chat_id/],
    ['a missing required group', 'im_v1_message_create', { params: { receive_id_type: 'chat_id' } }, /data/],
    ['an unknown argument', 'im_v1_message_list', { parms: {} }, /takes no argument "parms"/],
    ['a flag of the wrong type', 'im_messages_send', { 'chat-id': 'oc_general', text: 5 }, /text must be a string/],
    ['a shortcut rule', 'im_messages_send', { 'chat-id': 'oc_general', 'user-id': 'ou_bob', text: 'x' }, /chat-id and user-id cannot be combined/],
    ['an upload outside the files folder', 'im_v1_image_create', { data: { image_type: 'message', image: '../secret.png' } }, /refused/],
    ['a download outside the files folder', 'im_v1_messageResource_get', { path: { message_id: 'om_welcome', file_key: 'img_x' }, params: { type: 'image' }, save_as: '/etc/passwd' }, /save_as "\/etc\/passwd".*absolute/],
  ])('refuses %s with an isError result that says how to fix it', async (_what, name, args, message) => {
    const r = await call(bot, name, args);
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(message);
    expect(textOf(r)).toMatch(/Fix: /);
    expect(textOf(r)).not.toContain('demo-app-secret');
  });

  it('an unknown tool is an error result, and the server keeps serving', async () => {
    const r = (await bot.callTool({ name: 'im_v1_nothing_here', arguments: {} })) as Called;
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/Unknown tool/);
    expect((await bot.listTools()).tools.length).toBeGreaterThan(50);
  });
});

describe('Streamable HTTP', () => {
  let child: ChildProcess;
  let url: string;
  beforeAll(async () => {
    child = spawn(process.execPath, [BIN, 'mcp', '--transport', 'http', '--port', '0', '--tools', 'light,im.default'], { cwd: env.cwd, env: { ...env.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr!.setEncoding('utf8').on('data', (d: string) => {
        err += d;
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(err);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`mcp exited with ${code}: ${err}`)));
    });
  });
  afterAll(() => void child?.kill('SIGTERM'));

  it('lists and calls tools with the SDK client', async () => {
    const client = new Client({ name: 'mcp-http-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    open.push(client);
    expect(names((await client.listTools()).tools)).toEqual([...new Set([...presetNames('im.default'), ...presetNames('light')])].sort((a, b) => presetNames('im.all').indexOf(a) - presetNames('im.all').indexOf(b)));
    const r = await call(client, 'im_chat_search', { query: 'General' });
    expect(r.isError, textOf(r)).toBeFalsy();
    expect(JSON.stringify(r.structuredContent)).toContain('oc_general');
    const sent = await call(client, 'im_v1_message_create', { params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'over http' }) } });
    expect(sent.isError, textOf(sent)).toBeFalsy();
    expect(sent.structuredContent).toMatchObject({ chat_id: 'oc_general', msg_type: 'text', message_id: expect.stringMatching(/^om_/) });
    const bad = await call(client, 'im_v1_message_create', { params: { receive_id_type: 'chat_id' } });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/Fix: /);
  });

  it('refuses other hosts and methods', async () => {
    const port = new URL(url).port;
    const get = await fetch(url);
    expect(get.status).toBe(405);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/mcp', method: 'POST', headers: { host: `evil.example:${port}`, 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });
});

describe('the CLI configuration', () => {
  it('--profile picks the stored app and --files-root the only folder files are read from and saved to', async () => {
    // App credentials only in config.json: the default profile holds an app the emulator refuses, "work" the demo app.
    const own: Record<string, string> = { ...env.env, LARKSUITE_CLI_CONFIG_DIR: path.join(env.configDir, 'mcp-profiles') };
    for (const k of ['LARKSUITE_CLI_APP_ID', 'LARKSUITE_CLI_APP_SECRET', 'LARKSUITE_CLI_BASE_URL']) delete own[k];
    const init = (args: string[], secret: string) => env.run(['config', 'init', ...args, '--app-secret-stdin', '--base-url', env.emu.url], { env: { ...own, LARKSUITE_CLI_APP_ID: undefined, LARKSUITE_CLI_APP_SECRET: undefined, LARKSUITE_CLI_BASE_URL: undefined }, input: secret });
    expect((await init(['--app-id', 'cli_other'], 'other-secret')).code).toBe(0);
    expect((await init(['--name', 'work', '--app-id', DEMO_APP_ID], DEMO_APP_SECRET)).code).toBe(0);
    fs.mkdirSync(path.join(env.cwd, 'files'));
    fs.writeFileSync(path.join(env.cwd, 'files', 'only-here.png'), PNG);

    const byDefault = await stdio(['--tools', 'im.all'], own, true);
    const refused = await call(byDefault, 'im_v1_chat_get', { path: { chat_id: 'oc_general' } });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).not.toContain('other-secret');

    const work = await stdio(['--tools', 'im.all', '--profile', 'work', '--files-root', 'files'], own, true);
    const chat = await call(work, 'im_v1_chat_get', { path: { chat_id: 'oc_general' } });
    expect(chat.isError, textOf(chat)).toBeFalsy();
    expect(chat.structuredContent!.name).toBeTruthy();
    // pic.png exists in the server's working directory, but only the files folder is reachable.
    const outside = await call(work, 'im_v1_image_create', { data: { image_type: 'message', image: '../pic.png' } });
    expect(outside.isError).toBe(true);
    expect(textOf(outside)).toMatch(/refused/);
    const missing = await call(work, 'im_v1_image_create', { data: { image_type: 'message', image: 'pic.png' } });
    expect(missing.isError).toBe(true);
    const up = await call(work, 'im_v1_image_create', { data: { image_type: 'message', image: 'only-here.png' } });
    expect(up.isError, textOf(up)).toBeFalsy();
    const imageKey = up.structuredContent!.image_key as string;
    const sent = await call(work, 'im_v1_message_create', { params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'image', content: JSON.stringify({ image_key: imageKey }) } });
    const down = await call(work, 'im_v1_messageResource_get', { path: { message_id: sent.structuredContent!.message_id, file_key: imageKey }, params: { type: 'image' }, save_as: 'copy.png' });
    expect(down.isError, textOf(down)).toBeFalsy();
    expect(down.structuredContent).toMatchObject({ saved_path: 'copy.png', size_bytes: PNG.length });
    expect(fs.readFileSync(path.join(env.cwd, 'files', 'copy.png'))).toEqual(PNG);
    expect(fs.existsSync(path.join(env.cwd, 'copy.png'))).toBe(false);
  });
});

describe('the CLI login', () => {
  it('a stored user login is used and refreshed by itself, without restarting the server', async () => {
    const own = { LARKSUITE_CLI_CONFIG_DIR: path.join(env.configDir, 'mcp-login') };
    const client = await stdio(['--tools', 'im.default'], own);
    const before = await call(client, 'im_messages_search', { query: 'aardvark' });
    expect(before.isError).toBe(true);

    // Log in with the CLI while the server runs.
    const start = await env.run(['auth', 'login', '--scope', 'search:message im:message:readonly im:chat:readonly contact:user.basic_profile:readonly', '--no-wait'], { env: own });
    expect(start.code, start.stderr).toBe(0);
    const { user_code, device_code } = JSON.parse(start.stdout).data;
    await fetch(`${env.emu.url}/__emulator/device/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user_code, open_id: 'ou_alice' }) });
    const done = await env.run(['auth', 'login', '--device-code', device_code], { env: own });
    expect(done.code, done.stderr).toBe(0);

    const file = path.join(own.LARKSUITE_CLI_CONFIG_DIR, 'tokens.json');
    const all = JSON.parse(fs.readFileSync(file, 'utf8'));
    const old = all.users.default.accessToken as string;
    all.users.default.expiresAt = Date.now() + 60_000; // inside the refresh margin
    fs.writeFileSync(file, JSON.stringify(all));

    const after = await call(client, 'im_messages_search', { query: 'aardvark' });
    expect(after.isError, textOf(after)).toBeFalsy();
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')).users.default;
    expect(stored.accessToken).not.toBe(old);
    expect(stored.expiresAt).toBeGreaterThan(Date.now() + 3_600_000);
    expect(textOf(after)).not.toContain(stored.accessToken);
  });
});
