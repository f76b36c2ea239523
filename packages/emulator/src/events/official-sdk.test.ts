import { afterEach, describe, expect, it } from 'vitest';
import * as lark from '@larksuiteoapi/node-sdk';
import { startEmulator, type Emulator } from '../server.js';
import { post, receiver, until } from './test-support.js';

const quiet = { loggerLevel: lark.LoggerLevel.error };
let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

function actSend(e: Emulator, text: string, chatId = 'oc_p2p_alice') {
  return post(`${e.url}/__emulator/act`, {
    as: 'ou_alice',
    method: 'im.messages.create',
    params: { receive_id_type: 'chat_id' },
    body: { receive_id: chatId, msg_type: 'text', content: JSON.stringify({ text }) },
  });
}

describe('the official Node SDK as the receiving app', () => {
  it('WSClient connects to the emulator, receives a user message sent through /__emulator/act, and ACKs it', async () => {
    emu = await startEmulator();
    expect(emu.appId).toMatch(/^cli_[0-9a-f]{16}$/);
    const got: any[] = [];
    let notify = () => {};
    const dispatcher = new lark.EventDispatcher({ ...quiet }).register({
      'im.message.receive_v1': async (data: any) => {
        got.push(data);
        notify();
      },
    });
    let ready!: () => void;
    const readyP = new Promise<void>((r) => (ready = r));
    const ws = new lark.WSClient({ appId: emu.appId, appSecret: emu.appSecret, domain: emu.url, ...quiet, onReady: () => ready() });
    try {
      await ws.start({ eventDispatcher: dispatcher });
      await readyP;
      const sent = await actSend(emu, 'hello bot');
      expect(sent.status).toBe(200);
      expect(sent.json.code).toBe(0);
      await until((fn) => ((notify = fn), () => (notify = () => {})), () => got.length >= 1);
      expect(got[0]).toMatchObject({
        schema: '2.0',
        event_type: 'im.message.receive_v1',
        app_id: emu.appId,
        tenant_key: 'tenant_demo',
        sender: { sender_id: { open_id: 'ou_alice', user_id: 'alice', union_id: 'on_alice' }, sender_type: 'user', tenant_key: 'tenant_demo' },
        message: { message_id: sent.json.data.message_id, chat_id: 'oc_p2p_alice', chat_type: 'p2p', message_type: 'text', content: '{"text":"hello bot"}' },
      });
      const rec = await until(
        (fn) => emu!.events.hub.watch(fn),
        () => emu!.events.hub.recent().find((r) => r.status === 'delivered'),
      );
      expect(rec).toMatchObject({ via: 'long_connection', attempts: 1, to: expect.stringMatching(/^[0-9a-f]{16}$/) });
    } finally {
      ws.close({ force: true });
    }
  });

  it("EventDispatcher behind adaptDefault accepts the emulator's signed, encrypted webhooks", async () => {
    const got: any[] = [];
    let notify = () => {};
    const encryptKey = 'an-encrypt-key';
    const verificationToken = 'a-verification-token';
    const dispatcher = new lark.EventDispatcher({ encryptKey, verificationToken, ...quiet }).register({
      'im.message.receive_v1': async (data: any) => {
        got.push(data);
        notify();
      },
    });
    const app = await receiver(lark.adaptDefault('/webhook', dispatcher, { autoChallenge: true }));
    try {
      emu = await startEmulator();
      const set = await fetch(`${emu.url}/__emulator/events/settings`, {
        method: 'PUT',
        body: JSON.stringify({ webhook_url: app.url, encrypt_key: encryptKey, verification_token: verificationToken }),
      });
      expect(await set.json()).toEqual({
        code: 0,
        msg: 'success',
        data: { webhook_url: app.url, callback_url: null, encrypt_key_set: true, verification_token_set: true, subscriptions: null, delivery: 'webhook' },
      });
      const sent = await actSend(emu, 'over the webhook');
      await until((fn) => ((notify = fn), () => (notify = () => {})), () => got.length >= 1);
      expect(got[0]).toMatchObject({ event_type: 'im.message.receive_v1', message: { message_id: sent.json.data.message_id, content: '{"text":"over the webhook"}' } });
    } finally {
      await app.close();
    }
  });
});
