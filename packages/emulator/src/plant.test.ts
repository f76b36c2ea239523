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
  ])('refuses %j', async (body, message) => {
    const r = await plant(body);
    expect(r.status).toBe(400);
    expect(r.json.msg).toMatch(message);
  });
});
