/**
 * End to end against the emulator: a user's message sent through /__emulator/act reaches our
 * long-connection client and our webhook handler; a card click reaches a handler whose answer
 * updates the card; a dropped connection loses nothing and repeats nothing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET, type Emulator } from './index.js';
import { createWebhookHandler, EventDispatcher, toNodeListener } from '@larkgen/sdk/events';
import { LongConnectionClient } from '@larkgen/sdk/ws';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function act(emu: Emulator, path: string, body: object): Promise<any> {
  const res = await fetch(`${emu.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const out = (await res.json()) as { code: number; data: any; msg: string };
  expect(out.code, out.msg).toBe(0);
  return out.data;
}

const say = (emu: Emulator, text: string) =>
  act(emu, '/__emulator/act', { as: 'ou_alice', method: 'im.messages.create', params: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_p2p_alice', msg_type: 'text', content: JSON.stringify({ text }) } });

/** Resolves with each value pushed, in order (event-driven waits, no sleeping). */
function inbox<T>() {
  const items: T[] = [];
  const waiters: (() => void)[] = [];
  return {
    items,
    push(v: T) {
      items.push(v);
      for (const w of waiters.splice(0)) w();
    },
    async until(n: number) {
      while (items.length < n) await new Promise<void>((r) => waiters.push(r));
    },
  };
}

async function connected(emu: Emulator, dispatcher: EventDispatcher) {
  const stop = new AbortController();
  const connections = inbox<number>();
  const client = new LongConnectionClient({
    appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, baseUrl: emu.url, dispatcher, signal: stop.signal,
    initialConfig: { ReconnectNonce: 0, ReconnectInterval: 0 }, random: () => 0,
    onConnected: (i) => connections.push(i.attempt),
  });
  const running = client.run();
  cleanups.push(async () => {
    stop.abort();
    await running;
  });
  await connections.until(1);
  return { connections };
}

describe('events from the emulator', () => {
  it('a user\'s message reaches the long-connection client, typed', async () => {
    const emu = await startEmulator({ port: 0, events: { longConnection: { reconnectNonceSeconds: 0, reconnectIntervalSeconds: 0 } } });
    cleanups.push(() => emu.close());
    const d = new EventDispatcher();
    const got = inbox<{ id: string; text: string; sender: string }>();
    d.on('im.message.receive_v1', (e) => got.push({ id: e.message.message_id, text: JSON.parse(e.message.content).text, sender: e.sender.sender_id?.open_id ?? '' }));
    await connected(emu, d);
    const sent = await say(emu, 'hi from alice');
    await got.until(1);
    expect(got.items).toEqual([{ id: sent.message_id, text: 'hi from alice', sender: 'ou_alice' }]);
  });

  it('a card click reaches the handler, whose answer shows a toast and replaces the card', async () => {
    const emu = await startEmulator({ port: 0 });
    cleanups.push(() => emu.close());
    const d = new EventDispatcher();
    d.on('card.action.trigger', (e) => ({
      toast: { type: 'success', content: `${e.operator.open_id} chose ${String(e.action.value?.choice)}` },
      card: { type: 'raw', data: { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'Approved' }] } } },
    }));
    await connected(emu, d);
    const clicked = await act(emu, '/__emulator/card-action', { as: 'ou_alice', message_id: 'om_card', action: { tag: 'button', value: { choice: 'approve' } } });
    expect(clicked.toast).toEqual({ type: 'success', content: 'ou_alice chose approve' });
    expect(clicked.card_updated).toBe(true);
    const msg = await act(emu, '/__emulator/act', { as: 'ou_alice', method: 'im.messages.get', path: { message_id: 'om_card' } });
    expect(JSON.parse(msg.items[0].body.content)).toEqual({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'Approved' }] } });
  });

  it('drops mid-stream: the client reconnects, no event is lost and none is handled twice', async () => {
    const emu = await startEmulator({ port: 0, events: { longConnection: { reconnectNonceSeconds: 0, reconnectIntervalSeconds: 0 } } });
    cleanups.push(() => emu.close());
    const d = new EventDispatcher();
    const got = inbox<string>();
    d.on('im.message.receive_v1', (e) => got.push(JSON.parse(e.message.content).text));
    const { connections } = await connected(emu, d);
    await say(emu, 'one');
    await got.until(1);
    await act(emu, '/__emulator/events/drop-connections', {});
    await say(emu, 'two');
    await say(emu, 'three');
    await connections.until(2);
    await got.until(3);
    expect(got.items).toEqual(['one', 'two', 'three']);
  });

  it('a user\'s message reaches the webhook handler: encrypted, signed, verified', async () => {
    const d = new EventDispatcher();
    const got = inbox<string>();
    d.on('im.message.receive_v1', (e) => got.push(JSON.parse(e.message.content).text));
    const refused: string[] = [];
    const server = http.createServer(toNodeListener(createWebhookHandler(d, {
      encryptKey: 'e2e-encrypt-key', verificationToken: 'e2e-token',
      onDelivery: (r) => r.kind === 'refused' && refused.push(r.reason),
    })));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => server.close(r)));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
    const emu = await startEmulator({ port: 0, events: { webhookUrl: url, encryptKey: 'e2e-encrypt-key', verificationToken: 'e2e-token' } });
    cleanups.push(() => emu.close());
    await say(emu, 'by webhook');
    await got.until(1);
    expect(got.items).toEqual(['by webhook']);
    expect(refused).toEqual([]);
  });
});
