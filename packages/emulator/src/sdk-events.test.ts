/**
 * The SDK's receiving side against the emulator's sending side, end to end on 127.0.0.1: a user's
 * message sent through /__emulator/act reaches the long-connection client and the webhook handler;
 * a connection dropped mid-stream loses nothing and handles nothing twice; deliveries with a bad
 * signature or a stale timestamp are refused, and the emulator's retries get through.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.js';
import { createWebhookHandler, EventDispatcher, toNodeListener, type WebhookReport } from '@larkgen/sdk/events';
import { LongConnectionClient } from '@larkgen/sdk/ws';

let emu: Emulator | undefined;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  await emu?.close();
  emu = undefined;
});

const act = (e: Emulator, text: string) =>
  fetch(`${e.url}/__emulator/act`, {
    method: 'POST',
    body: JSON.stringify({ as: 'ou_alice', method: 'im.messages.create', params: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_p2p_alice', msg_type: 'text', content: JSON.stringify({ text }) } }),
  }).then((r) => r.json() as Promise<{ code: number; data: { message_id: string } }>);

/** Resolves when `check` holds; re-checked by `poke`. */
function waiter() {
  let poke = () => {};
  return {
    poke: () => poke(),
    until: (check: () => boolean) =>
      new Promise<void>((resolve) => {
        const run = () => (check() ? resolve() : (poke = run));
        run();
      }),
  };
}

function startClient(e: Emulator, dispatcher: EventDispatcher, onConnected?: () => void): void {
  const stop = new AbortController();
  const client = new LongConnectionClient({ appId: e.appId, appSecret: e.appSecret, baseUrl: e.url, dispatcher, signal: stop.signal, onConnected, random: () => 0 });
  const running = client.run().catch(() => undefined);
  cleanups.push(async () => {
    stop.abort();
    await running;
  });
}

describe('SDK long-connection client ← emulator', () => {
  it('receives a user message sent through /__emulator/act, typed', async () => {
    emu = await startEmulator();
    const w = waiter();
    const got: { text: string; chat: string; sender?: string }[] = [];
    const dispatcher = new EventDispatcher().on('im.message.receive_v1', (ev) => {
      got.push({ text: JSON.parse(ev.message.content).text, chat: ev.message.chat_id, sender: ev.sender.sender_id?.open_id });
      w.poke();
    });
    let connected = false;
    startClient(emu, dispatcher, () => ((connected = true), w.poke()));
    await w.until(() => connected);
    const sent = await act(emu, 'hello from Alice');
    expect(sent.code).toBe(0);
    await w.until(() => got.length === 1);
    expect(got).toEqual([{ text: 'hello from Alice', chat: 'oc_p2p_alice', sender: 'ou_alice' }]);
  });

  it('connection dropped mid-stream: every event handled once, none lost', async () => {
    emu = await startEmulator({ events: { longConnection: { reconnectIntervalSeconds: 0, reconnectNonceSeconds: 0 } } });
    const w = waiter();
    const handled = new Map<string, number>();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const dispatcher = new EventDispatcher().on('im.message.receive_v1', async (ev) => {
      const text = JSON.parse(ev.message.content).text as string;
      handled.set(text, (handled.get(text) ?? 0) + 1);
      w.poke();
      // The first three are still being handled (not ACKed) when the connection drops.
      if (text < 'm3') await gate;
    });
    let connections = 0;
    startClient(emu, dispatcher, () => (connections++, w.poke()));
    await w.until(() => connections === 1);
    for (let i = 0; i < 3; i++) await act(emu, `m${i}`);
    await w.until(() => handled.size === 3);
    const dropped = await (await fetch(`${emu.url}/__emulator/events/drop-connections`, { method: 'POST' })).json();
    expect(dropped.data.dropped).toBe(1);
    for (let i = 3; i < 6; i++) await act(emu, `m${i}`);
    await w.until(() => connections === 2 && handled.size === 6);
    release();
    // Everything the emulator sent is acknowledged in the end; the redelivered three were dropped as duplicates.
    const hub = emu.events.hub;
    await new Promise<void>((resolve) => {
      const done = () => hub.recent().length === 6 && hub.recent().every((r) => r.status === 'delivered');
      if (done()) return resolve();
      const stop = hub.watch(() => done() && (stop(), resolve()));
    });
    expect([...handled.entries()].sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5'].map((m) => [m, 1]));
    expect(hub.recent().map((r) => r.attempts)).toEqual([2, 2, 2, 1, 1, 1]);
  });
});

describe('SDK webhook handler ← emulator', () => {
  it('refuses a bad signature and a stale timestamp; the emulator retries until the delivery is accepted', async () => {
    const encryptKey = 'e2e-encrypt-key';
    const verificationToken = 'e2e-token';
    const w = waiter();
    const got: string[] = [];
    const reports: WebhookReport[] = [];
    const dispatcher = new EventDispatcher().on('im.message.receive_v1', (ev) => {
      got.push(ev.message.message_id);
      w.poke();
    });
    let clockOffsetMs = 0;
    const handler = createWebhookHandler(dispatcher, { encryptKey, verificationToken, now: () => Date.now() + clockOffsetMs, onDelivery: (r) => (reports.push(r), w.poke()) });
    const listener = toNodeListener(handler);
    let attempt = 0;
    const server = http.createServer((req, res) => {
      attempt++;
      clockOffsetMs = 0;
      if (attempt === 1) req.headers['x-lark-signature'] = '0'.repeat(64); // tampered in transit
      if (attempt === 2) clockOffsetMs = 3_600_000; // the receiver sees it an hour late: a replay
      listener(req, res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => server.close(r)));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
    emu = await startEmulator({ events: { webhookUrl: url, encryptKey, verificationToken, retry: { initialMs: 1, maxMs: 2 } } });
    const sent = await act(emu, 'signed and sealed');
    await w.until(() => got.length === 1);
    expect(got).toEqual([sent.data.message_id]);
    expect(reports.filter((r) => r.kind === 'refused')).toEqual([
      { kind: 'refused', status: 401, reason: 'the signature does not match the body' },
      { kind: 'refused', status: 401, reason: 'the timestamp is more than 300 s away from now (replayed or clock skew)' },
    ]);
    const hub = emu.events.hub;
    await new Promise<void>((resolve) => {
      const done = () => hub.recent()[0]?.status === 'delivered';
      if (done()) return resolve();
      const stop = hub.watch(() => done() && (stop(), resolve()));
    });
    expect(hub.recent()[0]).toMatchObject({ via: 'webhook', attempts: 3, last_error: 'HTTP 401' });
  });
});
