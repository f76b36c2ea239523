/** POST /__emulator/messages: client-only message types planted into a chat, read back through the API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTest, type TestClient } from './test-support/harness.js';

let c: TestClient;
beforeAll(async () => {
  c = await startTest();
});
afterAll(async () => {
  await c.emu.close();
});

async function plant(body: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(`${c.url}/__emulator/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, json: await r.json() };
}

describe('POST /__emulator/messages', () => {
  it('stores a vote from Alice that the list method returns like any message', async () => {
    const r = await plant({ chat_id: 'oc_general', msg_type: 'vote', content: { topic: 'Lunch?', options: ['Pizza', 'Sushi'] }, as: 'ou_alice' });
    expect(r.status).toBe(200);
    const id = r.json.data.message_id as string;
    expect(id).toMatch(/^om_/);
    const got = await c.call('im.messages.get', { path: { message_id: id }, query: { with_sender_name: true }, as: 'bot' });
    expect(got.json.data.items[0]).toMatchObject({
      message_id: id,
      msg_type: 'vote',
      chat_id: 'oc_general',
      sender: { id: 'ou_alice', sender_type: 'user', sender_name: 'Alice Chen' },
      body: { content: '{"topic":"Lunch?","options":["Pizza","Sushi"]}' },
    });
  });

  it('a thread reply also sent to the chat: two messages naming each other in sync_to_chat_info', async () => {
    const r = await plant({ chat_id: 'oc_general', msg_type: 'text', content: { text: 'also in the chat' }, as: 'ou_bob', reply_to: 'om_welcome', also_to_chat: true });
    expect(r.status).toBe(200);
    const reply = (await c.call('im.messages.get', { path: { message_id: r.json.data.message_id }, as: 'bot' })).json.data.items[0];
    expect(reply).toMatchObject({ thread_id: 'omt_welcome', root_id: 'om_welcome', sync_to_chat_info: { type: 1, thread_id: 'omt_welcome' } });
    const copyId = reply.sync_to_chat_info.related_message_id as string;
    const copy = (await c.call('im.messages.get', { path: { message_id: copyId }, as: 'bot' })).json.data.items[0];
    expect(copy).toMatchObject({ chat_id: 'oc_general', body: { content: '{"text":"also in the chat"}' }, sync_to_chat_info: { type: 2, related_message_id: reply.message_id, thread_id: 'omt_welcome' } });
    expect(copy).not.toHaveProperty('thread_id');
    const inThread = await c.call('im.messages.list', { query: { container_id_type: 'thread', container_id: 'omt_welcome' }, as: 'bot' });
    expect(inThread.json.data.items.map((m: { message_id: string }) => m.message_id)).toContain(reply.message_id);
    const inChat = await c.call('im.messages.list', { query: { container_id_type: 'chat', container_id: 'oc_general', sort_type: 'ByCreateTimeDesc' }, as: 'bot' });
    expect(inChat.json.data.items[0].message_id).toBe(copyId);
    // A plain thread reply starts the thread when needed and carries no sync info.
    const plain = await plant({ chat_id: 'oc_general', msg_type: 'text', content: { text: 'in a new thread' }, reply_to: 'om_hello' });
    const got = (await c.call('im.messages.get', { path: { message_id: plain.json.data.message_id }, as: 'bot' })).json.data.items[0];
    expect(got.thread_id).toMatch(/^omt_/);
    expect(got).not.toHaveProperty('sync_to_chat_info');
  });

  it('the bot is the default sender, with its open_bot_id', async () => {
    const r = await plant({ chat_id: 'oc_general', msg_type: 'system', content: '{"template":"{from_user} joined"}' });
    const got = await c.call('im.messages.get', { path: { message_id: r.json.data.message_id }, as: 'bot' });
    expect(got.json.data.items[0].sender).toMatchObject({ id: c.emu.appId, sender_type: 'app', open_bot_id: 'ou_demobot' });
  });

  it.each([
    [{ chat_id: 'oc_nowhere', msg_type: 'vote', content: {} }, /no chat oc_nowhere/],
    [{ chat_id: 'oc_general', msg_type: 'Vote!', content: {} }, /msg_type must be a message type name/],
    [{ chat_id: 'oc_general', msg_type: 'vote', content: '[1]' }, /content must be a JSON object/],
    [{ chat_id: 'oc_general', msg_type: 'vote', content: {}, as: 'ou_nobody' }, /no user ou_nobody/],
    [{ chat_id: 'oc_project', msg_type: 'vote', content: {}, as: 'ou_carol' }, /ou_carol is not a member of oc_project/],
    [{ chat_id: 'oc_project', msg_type: 'text', content: { text: 'x' }, reply_to: 'om_hello' }, /reply_to must name a message of oc_project/],
    [{ chat_id: 'oc_general', msg_type: 'text', content: { text: 'x' }, also_to_chat: true }, /also_to_chat .* only goes with reply_to/],
    [{ chat_id: 'oc_general', msg_type: 'text', content: { text: 'x' }, reply_to: 'om_hello', also_to_chat: 'yes' }, /also_to_chat is true or false/],
  ])('refuses %j', async (body, message) => {
    const r = await plant(body);
    expect(r.status).toBe(400);
    expect(r.json.msg).toMatch(message);
  });
});
