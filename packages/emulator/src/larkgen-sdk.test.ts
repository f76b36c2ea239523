/**
 * End to end: our SDK (@larkgen/sdk) against the real emulator over HTTP on 127.0.0.1 — tokens, a chat's life,
 * uploads and downloads, typed errors, retries under injected faults.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET, type Emulator } from './index.js';
import { LarkClient, LarkPermissionError, LarkValidationError, LarkApiError, LarkAuthError } from '@larkgen/sdk';
import { toFile } from '@larkgen/sdk/node';

let emu: Emulator;
const client = () => new LarkClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, baseUrl: emu.url, retryBaseDelayMs: 5, maxRetryDelayMs: 50 });
const calls = (pred: (p: string) => boolean) => emu.requests().filter((r) => pred(r.path)).length;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => {
  emu.reset();
  emu.setFaults({});
});

describe('the SDK against the emulator', () => {
  it('fetches one tenant token for 50 concurrent first calls', async () => {
    const c = client();
    const before = calls((p) => p.includes('tenant_access_token'));
    await Promise.all(Array.from({ length: 50 }, () => c.im.chats.get({ path: { chat_id: 'oc_general' } })));
    expect(calls((p) => p.includes('tenant_access_token')) - before).toBe(1);
  });

  it('runs a chat from creation to recall, with state the emulator confirms', async () => {
    const c = client();
    const chat = await c.im.chats.create({ params: { user_id_type: 'open_id' }, data: { name: 'SDK e2e', user_id_list: ['ou_alice'] } });
    const chatId = chat.chat_id!;
    expect(chatId).toMatch(/^oc_/);
    await c.im.chatMembers.create({ path: { chat_id: chatId }, params: { member_id_type: 'open_id' }, data: { id_list: ['ou_bob'] } });

    const sent = await c.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: chatId, msg_type: 'text', content: JSON.stringify({ text: 'hello from the SDK' }) } });
    const seen: string[] = [];
    for await (const m of c.im.messages.list.iterate({ params: { container_id_type: 'chat', container_id: chatId, page_size: 1 } })) seen.push(m.message_id!);
    expect(seen).toContain(sent.message_id);

    const reply = await c.im.messages.reply({ path: { message_id: sent.message_id! }, data: { msg_type: 'text', content: JSON.stringify({ text: 'in a thread' }), reply_in_thread: true } });
    expect(reply.thread_id).toBeTruthy();
    await c.im.reactions.create({ path: { message_id: sent.message_id! }, data: { reaction_type: { emoji_type: 'THUMBSUP' } } });
    const pin = await c.im.pins.create({ data: { message_id: sent.message_id! } });
    expect(pin.pin?.message_id).toBe(sent.message_id);

    const members = await c.im.chatMembers.get({ path: { chat_id: chatId } });
    expect(members.items!.map((m) => m.member_id).sort()).toEqual(['ou_alice', 'ou_bob']);

    await c.im.messages.delete({ path: { message_id: sent.message_id! } });
    const after = await c.im.messages.get({ path: { message_id: sent.message_id! } });
    expect(after.items![0]!.deleted).toBe(true);
  });

  it('uploads an image and downloads it back byte for byte', async () => {
    const c = client();
    const { image_key } = await c.im.images.create({ data: { image_type: 'message', image: new Blob([PNG], { type: 'image/png' }) } });
    const msg = await c.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'image', content: JSON.stringify({ image_key }) } });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdk-e2e-'));
    const target = path.join(dir, 'logo.png');
    const download = await c.im.messageResources.get({ path: { message_id: msg.message_id!, file_key: image_key! }, params: { type: 'image' } });
    await toFile(download, target);
    expect(fs.readFileSync(target).equals(PNG)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['logo.png']);
  });

  it('sends a message once when the answer to the first attempt is lost (automatic uuid)', async () => {
    // The first send reaches the emulator and is stored, but its answer never comes back: the
    // retry carries the same uuid, so the platform (here, the emulator) keeps one message.
    let lost = 0;
    const losingFetch: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (lost === 0 && init?.method === 'POST' && String(input).includes('/open-apis/im/v1/messages?')) {
        lost++;
        throw new TypeError('fetch failed: the connection was reset');
      }
      return res;
    };
    const c = new LarkClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, baseUrl: emu.url, fetch: losingFetch, retryBaseDelayMs: 5 });
    const creates = () => emu.requests().filter((r) => r.method_id === 'im.messages.create').length;
    const before = creates();
    const sent = await c.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'exactly once' }) } });
    expect(lost).toBe(1);
    const copies = [...emu.state.messages.values()].filter((m) => m.content === JSON.stringify({ text: 'exactly once' }));
    expect(copies.map((m) => m.message_id)).toEqual([sent.message_id]);
    expect(creates() - before).toBe(2);
  });

  it('throws typed errors carrying the spec scopes, a hint and the console URL', async () => {
    const c = client();
    emu.setScopes(['im:chat:read']);
    const err = await c.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'text', content: '{"text":"x"}' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkPermissionError);
    const e = err as LarkPermissionError;
    expect(e.code).toBe(99991672);
    expect(e.scopes).toContain('im:message:send_as_bot');
    expect(e.consoleUrl).toMatch(new RegExp(`^https://open\\.feishu\\.cn/page/scope-apply\\?clientID=${DEMO_APP_ID}&scopes=`));
    expect(e.logId).toBeTruthy();
  });

  it('refuses invalid input before sending anything', async () => {
    const c = client();
    await c.im.chats.get({ path: { chat_id: 'oc_general' } });
    const before = emu.requests().length;
    const err = await c.im.messages.create({ params: { receive_id_type: 'chat' as 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'text', content: '{}' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkValidationError);
    expect((err as LarkValidationError).field).toBe('params.receive_id_type');
    expect(emu.requests().length).toBe(before);
  });

  it('acts as a user with a user token, and reports a missing user scope', async () => {
    const { access_token } = emu.issueUserToken('ou_alice', ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user']);
    const c = new LarkClient({ appId: DEMO_APP_ID, baseUrl: emu.url, userAccessToken: access_token });
    const list = await c.im.messages.list({ params: { container_id_type: 'chat', container_id: 'oc_general' } }, { as: 'user' });
    expect(list.items!.length).toBeGreaterThan(0);
    const err = await c.im.chats.get({ path: { chat_id: 'oc_general' } }, { as: 'user' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkPermissionError);
    expect((err as LarkApiError).code).toBe(99991679);
  });

  it('refetches an expired tenant token once and carries on', async () => {
    const c = client();
    await c.im.chats.get({ path: { chat_id: 'oc_general' } });
    emu.expireTokens('tenant');
    const chat = await c.im.chats.get({ path: { chat_id: 'oc_general' } });
    expect(chat.name).toBe('General');
  });

  it('gives up on a bad secret with an auth error', async () => {
    const c = new LarkClient({ appId: DEMO_APP_ID, appSecret: 'wrong', baseUrl: emu.url });
    const err = await c.im.chats.get({ path: { chat_id: 'oc_general' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LarkAuthError);
  });
});
