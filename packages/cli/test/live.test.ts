/**
 * Live calls against the emulator for the stateful core: send, list, reply, react, pin, recall
 * (with --yes), chat create and members, uploads and downloads, pages; and what the emulator's
 * state says afterwards.
 *
 * Most commands run the CLI's main() in this process; the built CLI runs as a child process for
 * the end-to-end paths: a send, --data read from standard input, and a download to a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, type Env } from './helpers.js';

let env: Env;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
});
afterAll(async () => env?.close());

const text = (t: string) => JSON.stringify({ text: t });

async function send(chat: string, t: string, extra: string[] = [], run: Env['run'] = env.run) {
  const r = await run(['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', chat, '--msg-type', 'text', '--content', text(t), ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return json(r);
}

describe('the stateful core, live', () => {
  let sent: string;

  it('sends a message as the bot and prints the raw answer', async () => {
    const out = await send('oc_general', 'Deploy finished', [], env.spawn);
    expect(out.code).toBe(0);
    expect(out.data.chat_id).toBe('oc_general');
    expect(out.data.msg_type).toBe('text');
    expect(JSON.parse(out.data.body.content)).toEqual({ text: 'Deploy finished' });
    sent = out.data.message_id;
    expect(sent).toMatch(/^om_/);
  });

  it('sends with --params/--data read from a file and from stdin', async () => {
    fs.writeFileSync(path.join(env.cwd, 'body.json'), JSON.stringify({ receive_id: 'oc_general', msg_type: 'text', content: text('from a file') }));
    const r1 = await env.run(['im', 'messages', 'create', '--params', '{"receive_id_type":"chat_id"}', '--data', '@body.json']);
    expect(r1.code, r1.stderr).toBe(0);
    const r2 = await env.spawn(['im', 'messages', 'create', '--params', '{"receive_id_type":"chat_id"}', '--data', '-'], {
      input: JSON.stringify({ receive_id: 'oc_general', msg_type: 'text', content: { text: 'content given as an object is encoded' } }),
    });
    expect(r2.code, r2.stderr).toBe(0);
    expect(JSON.parse(json(r2).data.body.content)).toEqual({ text: 'content given as an object is encoded' });
  });

  it('the same idempotency key sends once', async () => {
    const a = await send('oc_general', 'only once', ['--uuid', 'cli-test-uuid-1']);
    const b = await send('oc_general', 'only once', ['--uuid', 'cli-test-uuid-1']);
    expect(b.data.message_id).toBe(a.data.message_id);
  });

  it('lists the chat and finds the message', async () => {
    const r = await env.run(['im', 'messages', 'list', '--container-id-type', 'chat', '--container-id', 'oc_general', '--sort-type', 'ByCreateTimeDesc', '--page-size', '50']);
    expect(r.code, r.stderr).toBe(0);
    const items = json(r).data.items as { message_id: string }[];
    expect(items.map((m) => m.message_id)).toContain(sent);
  });

  it('--page-all follows the page tokens through the SDK', async () => {
    const one = await env.run(['im', 'messages', 'list', '--container-id-type', 'chat', '--container-id', 'oc_general', '--page-size', '50']);
    const total = (json(one).data.items as unknown[]).length;
    const r = await env.run(['im', 'messages', 'list', '--container-id-type', 'chat', '--container-id', 'oc_general', '--page-size', '2', '--page-all', '--page-delay', '0', '--page-limit', '0'], { env: { LARKSUITE_CLI_PROGRESS: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^page 1: 2 items so far$/m);
    const out = json(r);
    expect(out.data.items).toHaveLength(total);
    expect(out.data.has_more).toBe(false);
    const limited = await env.run(['im', 'messages', 'list', '--container-id-type', 'chat', '--container-id', 'oc_general', '--page-size', '2', '--page-all', '--page-delay', '0', '--page-limit', '2']);
    expect(json(limited).data.items).toHaveLength(4);
    expect(json(limited).data.has_more).toBe(true);
  });

  it('replies in a thread', async () => {
    const r = await env.run(['im', 'messages', 'reply', '--message-id', sent, '--msg-type', 'text', '--content', text('a reply'), '--reply-in-thread']);
    expect(r.code, r.stderr).toBe(0);
    const reply = json(r).data;
    expect(reply.parent_id ?? reply.root_id).toBe(sent);
    expect(reply.thread_id).toMatch(/^omt_/);
  });

  it('reacts to the message and lists the reaction', async () => {
    const r = await env.run(['im', 'reactions', 'create', '--message-id', sent, '--reaction-type', '{"emoji_type":"THUMBSUP"}']);
    expect(r.code, r.stderr).toBe(0);
    const reactionId = json(r).data.reaction_id;
    expect(reactionId).toBeTruthy();
    const l = await env.run(['im', 'reactions', 'list', '--message-id', sent]);
    expect(l.code, l.stderr).toBe(0);
    expect((json(l).data.items as { reaction_id: string }[]).map((x) => x.reaction_id)).toContain(reactionId);
  });

  it('pins the message and lists the pins', async () => {
    const r = await env.run(['im', 'pins', 'create', '--message-id', sent]);
    expect(r.code, r.stderr).toBe(0);
    const l = await env.run(['im', 'pins', 'list', '--chat-id', 'oc_general']);
    expect(l.code, l.stderr).toBe(0);
    expect((json(l).data.items as { message_id: string }[]).map((x) => x.message_id)).toContain(sent);
  });

  it('recalls the message only with --yes', async () => {
    const refused = await env.run(['im', 'messages', 'delete', '--message-id', sent]);
    expect(refused.code).toBe(2);
    const r = await env.run(['im', 'messages', 'delete', '--message-id', sent, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    const g = await env.run(['im', 'messages', 'get', '--message-id', sent]);
    const got = g.code === 0 ? json(g).data.items?.[0] ?? json(g).data : undefined;
    if (got) expect(got.deleted).toBe(true);
    else expect(g.code).toBe(1);
  });

  it('creates a chat and manages its members', async () => {
    const r = await env.run(['im', 'chats', 'create', '--user-id-type', 'open_id', '--name', 'CLI test chat', '--user-id-list', 'ou_alice', '--chat-type', 'private']);
    expect(r.code, r.stderr).toBe(0);
    const chatId = json(r).data.chat_id as string;
    expect(chatId).toMatch(/^oc_/);
    const add = await env.run(['im', 'chat.members', 'create', '--chat-id', chatId, '--member-id-type', 'open_id', '--id-list', 'ou_bob,ou_carol']);
    expect(add.code, add.stderr).toBe(0);
    const members = await env.run(['im', 'chat.members', 'get', '--chat-id', chatId, '--member-id-type', 'open_id', '--format', 'ndjson']);
    expect(members.code, members.stderr).toBe(0);
    const ids = members.stdout.trim().split('\n').map((l) => JSON.parse(l).member_id);
    expect(ids).toEqual(expect.arrayContaining(['ou_alice', 'ou_bob', 'ou_carol']));
    const inChat = await env.run(['im', 'chat.members', 'is_in_chat', '--chat-id', chatId]);
    expect(inChat.code, inChat.stderr).toBe(0);
    expect(json(inChat).data.is_in_chat).toBe(true);
    const remove = await env.run(['im', 'chat.members', 'delete', '--chat-id', chatId, '--member-id-type', 'open_id', '--id-list', 'ou_carol', '--yes']);
    expect(remove.code, remove.stderr).toBe(0);
    const after = await env.run(['im', 'chat.members', 'get', '--chat-id', chatId, '--member-id-type', 'open_id', '--jq', '[.data.items[].member_id]', '--format', 'ndjson']);
    expect(JSON.parse(after.stdout)).not.toContain('ou_carol');
  });

  it('uploads an image with --file and downloads it byte for byte with -o', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 64 }, (_, i) => i)]);
    fs.writeFileSync(path.join(env.cwd, 'pixel.png'), bytes);
    const up = await env.run(['im', 'images', 'create', '--image-type', 'message', '--file', 'pixel.png']);
    expect(up.code, up.stderr).toBe(0);
    const key = json(up).data.image_key as string;
    expect(key).toMatch(/^img_/);
    const down = await env.spawn(['im', 'images', 'get', '--image-key', key, '-o', 'out/copy.png']);
    expect(down.code, down.stderr).toBe(0);
    expect(json(down)).toMatchObject({ ok: true, identity: 'bot', data: { path: 'out/copy.png', bytes: bytes.length } });
    expect(fs.readFileSync(path.join(env.cwd, 'out/copy.png'))).toEqual(bytes);
    expect(fs.readdirSync(path.join(env.cwd, 'out'))).toEqual(['copy.png']);
  });

  it('calls any path with `api`', async () => {
    const r = await env.run(['api', 'GET', '/open-apis/im/v1/chats', '--params', '{"page_size":5}']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).code).toBe(0);
    expect(Array.isArray(json(r).data.items)).toBe(true);
    const unknown = await env.run(['api', 'GET', '/open-apis/im/v9/nothing_here']);
    expect(unknown.code).toBe(1);
    expect(errorOf(unknown).error.type).toMatch(/api|not_found/);
  });

  it('reports an API error with exit 1, the code and the log id', async () => {
    const r = await env.run(['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_nowhere', '--msg-type', 'text', '--content', text('x')]);
    expect(r.code).toBe(1);
    const e = errorOf(r);
    expect(e.identity).toBe('bot');
    expect(typeof e.error.code).toBe('number');
    expect((e.error.detail as { log_id?: string }).log_id).toBeTruthy();
  });

  it('enriches a missing app scope with the spec scopes and the console URL', async () => {
    const all = await (await fetch(`${env.emu.url}/__emulator/scopes`)).json() as { data: { enabled: string[] } };
    await fetch(`${env.emu.url}/__emulator/scopes`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ remove: ['im:message:send_as_bot'] }) });
    try {
      const r = await env.run(['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_general', '--msg-type', 'text', '--content', text('x')]);
      expect(r.code).toBe(1);
      const e = errorOf(r);
      expect(e.error.type).toBe('permission');
      expect(e.error.code).toBe(99991672);
      expect(e.error.message).toContain('im:message:send_as_bot');
      expect(e.error.console_url).toContain('scope-apply?clientID=cli_a7e3c9d15b2f4086');
      expect((e.error.detail as { required_scopes: string[] }).required_scopes).toEqual(['im:message:send_as_bot']);
    } finally {
      await fetch(`${env.emu.url}/__emulator/scopes`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ enabled: all.data.enabled }) });
    }
  });

  it('calls with tokens from the environment only', async () => {
    const tenant = (await (await fetch(`${env.emu.url}/__emulator/tokens/tenant`, { method: 'POST' })).json()) as { data: { tenant_access_token?: string; token?: string } };
    const t = tenant.data.tenant_access_token ?? tenant.data.token;
    expect(t).toMatch(/^t-/);
    const bot = await env.run(['im', 'chats', 'get', '--chat-id', 'oc_general'], { env: { LARKSUITE_CLI_APP_ID: undefined, LARKSUITE_CLI_APP_SECRET: undefined, LARKSUITE_CLI_TENANT_ACCESS_TOKEN: t } });
    expect(bot.code, bot.stderr).toBe(0);
    const user = (await (await fetch(`${env.emu.url}/__emulator/tokens/user`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ open_id: 'ou_alice', scopes: ['search:message'] }) })).json()) as { data: { access_token: string } };
    const r = await env.run(['im', 'messages', 'search', '--data', '{"query":"Hello"}'], { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: user.data.access_token } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(user.data.access_token);
  });

  it('maps a refused connection to exit 4', async () => {
    const r = await env.run(['im', 'chats', 'list'], { env: { LARKSUITE_CLI_BASE_URL: 'http://127.0.0.1:9' } });
    expect(r.code).toBe(4);
    expect(errorOf(r).error.type).toBe('network');
  });
});
