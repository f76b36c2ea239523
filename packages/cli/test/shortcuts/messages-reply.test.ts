/**
 * im +messages-reply: dry-run request shapes, inline and threaded replies against the emulator
 * (a threaded reply is seen by +threads-messages-list), uploads, idempotency, the 230002 next
 * step, and the validation table of its rules.
 */
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, type Env } from '../helpers.js';
import { emulatorState, expectRefused, planOf, PNG, requestsSince, userToken, write } from './send-fixtures.js';

let env: Env;
let userEnv: Record<string, string>;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  userEnv = { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_alice') };
  write(env, 'logo.png', PNG);
  write(env, 'report.pdf', '%PDF-1.4 reply attachment\n');
});
afterAll(async () => env?.close());

const reply = (args: string[], o: { env?: Record<string, string>; input?: string } = {}) => env.run(['im', '+messages-reply', ...args], o);

describe('+messages-reply --dry-run: exact requests, nothing sent', () => {
  it('an inline text reply', async () => {
    const before = await env.lastRequestId();
    const plan = planOf(await reply(['--message-id', 'om_hello', '--text', 'Hi <at id="ou_alice"></at>', '--dry-run']));
    expect(plan).toEqual([
      {
        method: 'POST',
        url: `${env.emu.url}/open-apis/im/v1/messages/om_hello/reply`,
        params: { message_id: 'om_hello' },
        body: { msg_type: 'text', content: '{"text":"Hi <at user_id=\\"ou_alice\\"></at>"}' },
        identity: 'bot',
        content_type: 'application/json; charset=utf-8',
      },
    ]);
    expect(await env.lastRequestId()).toBe(before);
  });

  it('--reply-in-thread, --idempotency-key and --markdown', async () => {
    const plan = planOf(await reply(['--message-id', 'om_welcome', '--reply-in-thread', '--markdown', '**Noted.**', '--idempotency-key', 'r-1', '--dry-run']));
    expect(plan).toHaveLength(1);
    expect(plan[0]!.body).toEqual({
      msg_type: 'post',
      content: JSON.stringify({ zh_cn: { content: [[{ tag: 'md', text: '**Noted.**' }]] } }),
      reply_in_thread: true,
      uuid: 'r-1',
    });
  });

  it('a local file: the upload with a placeholder key, then the reply, as the user', async () => {
    const plan = planOf(await reply(['--message-id', 'om_file', '--file', './report.pdf', '--as', 'user', '--dry-run'], { env: userEnv }));
    expect(plan).toEqual([
      {
        method: 'POST',
        url: `${env.emu.url}/open-apis/im/v1/files`,
        params: {},
        body: { file_type: 'pdf', file_name: 'report.pdf', file: `<file ./report.pdf, ${fs.statSync(path.join(env.cwd, 'report.pdf')).size} bytes>` },
        identity: 'user',
        content_type: 'multipart/form-data',
      },
      {
        method: 'POST',
        url: `${env.emu.url}/open-apis/im/v1/messages/om_file/reply`,
        params: { message_id: 'om_file' },
        body: { msg_type: 'file', content: '{"file_key":"<file_key of ./report.pdf>"}' },
        identity: 'user',
        content_type: 'application/json; charset=utf-8',
      },
    ]);
  });

  it('--content with --msg-type share_chat', async () => {
    const plan = planOf(await reply(['--message-id', 'om_hello', '--content', '{"chat_id":"oc_project"}', '--msg-type', 'share_chat', '--dry-run']));
    expect(plan[0]!.body).toEqual({ msg_type: 'share_chat', content: '{"chat_id":"oc_project"}' });
  });
});

describe('+messages-reply live against the emulator', () => {
  it('an inline reply quotes the original in its chat', async () => {
    const r = await reply(['--message-id', 'om_hello', '--text', 'Hi Alice, the bot is listening']);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r);
    expect(out).toMatchObject({ ok: true, identity: 'bot', data: { chat_id: 'oc_general' } });
    expect(Object.keys(out.data)).toEqual(['message_id', 'chat_id', 'create_time']);
    const stored = (await emulatorState(env)).messages.find((m: { message_id: string }) => m.message_id === out.data.message_id);
    expect(stored).toMatchObject({ parent_id: 'om_hello', msg_type: 'text' });
  });

  it('a threaded reply is seen by +threads-messages-list', async () => {
    const r = await reply(['--message-id', 'om_welcome', '--reply-in-thread', '--markdown', '**Noted.** I will follow up here.']);
    expect(r.code, r.stderr).toBe(0);
    const id = json(r).data.message_id as string;
    const t = await env.run(['im', '+threads-messages-list', '--thread', 'omt_welcome', '--as', 'bot']);
    expect(t.code, t.stderr).toBe(0);
    const msgs = json(t).data.messages as { message_id: string; msg_type: string; content: string }[];
    const mine = msgs.find((m) => m.message_id === id);
    expect(mine).toMatchObject({ msg_type: 'post' });
    expect(mine!.content).toContain('Noted.');
  });

  it('a reply with an uploaded image, as the user: upload and reply both as the user', async () => {
    const before = await env.lastRequestId();
    const r = await reply(['--message-id', 'om_hello', '--image', 'logo.png', '--as', 'user'], { env: userEnv });
    expect(r.code, r.stderr).toBe(0);
    const logged = (await requestsSince(env, before)).filter((x) => x.method_id?.startsWith('im.'));
    expect(logged.map((x) => [x.method_id, x.identity])).toEqual([
      ['im.images.create', 'user'],
      ['im.messages.reply', 'user'],
    ]);
    const stored = (await emulatorState(env)).messages.find((m: { message_id: string }) => m.message_id === json(r).data.message_id);
    expect(stored.msg_type).toBe('image');
    expect(JSON.parse(stored.content).image_key).toMatch(/^img_/);
  });

  it('the same --idempotency-key replies once', async () => {
    const a = await reply(['--message-id', 'om_hello', '--text', 'once', '--idempotency-key', 'reply-once']);
    const b = await reply(['--message-id', 'om_hello', '--text', 'once', '--idempotency-key', 'reply-once']);
    expect(a.code, a.stderr).toBe(0);
    expect(json(b).data.message_id).toBe(json(a).data.message_id);
  });

  it('230002 as the bot: how to find the chat and the exact command that adds the bot', async () => {
    const c = await env.run(['im', '+chat-create', '--name', 'Private corner', '--users', 'ou_bob', '--as', 'user'], { env: userEnv });
    const chat = json(c).data.chat_id as string;
    const m = await env.run(['im', '+messages-send', '--chat-id', chat, '--text', 'just us', '--as', 'user'], { env: userEnv });
    const id = json(m).data.message_id as string;
    const r = await reply(['--message-id', id, '--text', 'can the bot answer?']);
    expect(r.code).toBe(1);
    const e = errorOf(r).error;
    expect(e.code).toBe(230002);
    expect(e.hint).toContain(`lark-cli im messages get --message-id ${id} --as user`);
    expect(e.hint).toContain(`lark-cli im chat.members create --params '{"chat_id":"<chat_id>","member_id_type":"app_id"}' --data '{"id_list":["cli_a7e3c9d15b2f4086"]}' --as user`);
  });
});

describe('+messages-reply validation: exit 2, a clear message, nothing sent', () => {
  const M = ['--message-id', 'om_hello'];
  const cases: [string, string[], RegExp][] = [
    ['no --message-id', ['--text', 'hi'], /needs --message-id/],
    ['--message-id not a message id', ['--message-id', 'oc_general', '--text', 'hi'], /--message-id "oc_general" does not have the expected form/],
    ['--message-id unsafe in a path', ['--message-id', 'om_a/../b', '--text', 'hi'], /cannot be used in a request path: it contains "\.\."/],
    ['no content', M, /Give exactly one content flag/],
    ['two content flags', [...M, '--text', 'a', '--image', 'img_logo'], /--text and --image cannot be combined/],
    ['--msg-type conflicting with --image', [...M, '--image', 'img_logo', '--msg-type', 'text'], /--msg-type text conflicts with --image/],
    ['--video-cover alone', [...M, '--text', 'x', '--video-cover', 'img_logo'], /--video-cover needs --video/],
    ['--content post wrapped in "post"', [...M, '--content', '{"post":{"zh_cn":{"content":[]}}}', '--msg-type', 'post'], /wrapped in "post"/],
    ['--file outside the working directory', [...M, '--file', '../x.pdf'], /contains a "\.\." segment/],
    ['--idempotency-key too long', [...M, '--text', 'hi', '--idempotency-key', 'k'.repeat(51)], /at most 50 characters/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const before = await env.lastRequestId();
    await expectRefused(env, await reply(args), message, before);
    await expectRefused(env, await reply([...args, '--dry-run']), message, before);
  });
});
