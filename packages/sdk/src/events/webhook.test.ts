import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { encryptEvent, signEvent } from './crypto.js';
import { EventDispatcher } from './dispatcher.js';
import { toNodeListener } from './node-http.js';
import { createWebhookHandler, type WebhookReport } from './webhook.js';

const KEY = 'enc-key-1';
const TOKEN = 'verify-token-1';
const NOW = 1_764_840_000_000;
const envelope = (id: string, type = 'im.message.receive_v1', event: object = { message: { message_id: 'om_1' } }, token = TOKEN) => ({
  schema: '2.0', header: { event_id: id, event_type: type, create_time: String(NOW), token, app_id: 'cli_x' }, event,
});

/** A delivery as the platform sends it: encrypted, then signed over the exact bytes sent. */
async function delivery(payload: object, opts: { ts?: number; tamper?: boolean; key?: string } = {}): Promise<Request> {
  const body = JSON.stringify({ encrypt: await encryptEvent(JSON.stringify(payload), opts.key ?? KEY) });
  const ts = String(Math.floor((opts.ts ?? NOW) / 1000));
  const sig = await signEvent(ts, 'nonce-1', opts.key ?? KEY, body);
  return new Request('http://app/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-lark-request-timestamp': ts, 'x-lark-request-nonce': 'nonce-1', 'x-lark-signature': sig },
    body: opts.tamper ? body.replace('{"encrypt":"', '{"encrypt": "') : body,
  });
}

function setup(extra: Partial<Parameters<typeof createWebhookHandler>[1]> = {}) {
  const dispatcher = new EventDispatcher({ onError: () => undefined });
  const reports: WebhookReport[] = [];
  const received: string[] = [];
  dispatcher.on('im.message.receive_v1', (e, ctx) => void received.push(`${ctx.header.event_id}:${e.message.message_id}`));
  const handler = createWebhookHandler(dispatcher, { encryptKey: KEY, verificationToken: TOKEN, now: () => NOW, onDelivery: (r) => reports.push(r), ...extra });
  return { dispatcher, handler, reports, received };
}

describe('webhook handler', () => {
  it('answers the URL check with the challenge', async () => {
    const { handler } = setup();
    const res = await handler(await delivery({ type: 'url_verification', challenge: 'c-123', token: TOKEN }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'c-123' });
    const wrong = await handler(await delivery({ type: 'url_verification', challenge: 'c-123', token: 'other' }));
    expect(wrong.status).toBe(401);
  });

  it('acknowledges at once and handles the event after, once per event id', async () => {
    const { handler, dispatcher, received, reports } = setup();
    const res = await handler(await delivery(envelope('ev1')));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ msg: 'success' });
    await handler(await delivery(envelope('ev1')));
    await dispatcher.idle();
    expect(received).toEqual(['ev1:om_1']);
    expect(reports.map((r) => (r.kind === 'event' ? r.result.outcome : r.kind))).toEqual(['handled', 'duplicate']);
  });

  it('checks the signature over the raw bytes, not a re-serialisation', async () => {
    const { handler, received, dispatcher } = setup();
    const res = await handler(await delivery(envelope('ev1'), { tamper: true }));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 401, msg: 'the signature does not match the body' });
    await dispatcher.idle();
    expect(received).toEqual([]);
  });

  it.each([
    ['a stale timestamp', { ts: NOW - 301_000 }, 401, 'the timestamp is more than 300 s away from now (replayed or clock skew)'],
    ['a timestamp from the future', { ts: NOW + 301_000 }, 401, 'the timestamp is more than 300 s away from now (replayed or clock skew)'],
    ['another encrypt key', { key: 'other-key' }, 400, 'the payload does not decrypt with this encrypt key (wrong key?)'],
  ])('refuses %s', async (_name, opts, status, msg) => {
    const { handler } = setup();
    const res = await handler(await delivery(envelope('ev1'), opts));
    expect(res.status).toBe(status);
    expect((await res.json()).msg).toBe(msg);
  });

  it('refuses another verification token, missing signature headers, plain bodies and non-POSTs', async () => {
    const { handler } = setup();
    expect((await handler(await delivery(envelope('ev1', undefined, undefined, 'bad')))).status).toBe(401);
    const plain = new Request('http://app/webhook', { method: 'POST', body: JSON.stringify(envelope('ev1')) });
    expect(await (await handler(plain)).json()).toEqual({ code: 400, msg: 'the delivery is not encrypted, but this endpoint has an encrypt key' });
    const unsigned = await delivery(envelope('ev1'));
    const stripped = new Request(unsigned.url, { method: 'POST', body: await unsigned.text() });
    expect(await (await handler(stripped)).json()).toEqual({ code: 401, msg: 'the signature headers are missing' });
    expect((await handler(new Request('http://app/webhook'))).status).toBe(405);
    expect((await handler(new Request('http://app/webhook', { method: 'POST', body: '{' }))).status).toBe(400);
  });

  it('accepts plain deliveries when no encrypt key is configured', async () => {
    const { handler, received, dispatcher } = setup({ encryptKey: undefined });
    const res = await handler(new Request('http://app/webhook', { method: 'POST', body: JSON.stringify(envelope('ev9')) }));
    expect(res.status).toBe(200);
    await dispatcher.idle();
    expect(received).toEqual(['ev9:om_1']);
  });

  it('answers a card callback with the handler\'s answer', async () => {
    const { handler, dispatcher } = setup();
    dispatcher.on('card.action.trigger', (e) => ({ toast: { type: 'info', content: `clicked ${e.action.tag}` } }));
    const res = await handler(await delivery(envelope('ev2', 'card.action.trigger', { action: { tag: 'button' } })));
    expect(await res.json()).toEqual({ toast: { type: 'info', content: 'clicked button' } });
  });

  it('answers a slow card callback empty within the budget and lets it finish', async () => {
    const { handler, dispatcher } = setup({ callbackBudgetMs: 5 });
    let release!: () => void;
    let finished = false;
    dispatcher.on('card.action.trigger', async () => {
      await new Promise<void>((r) => (release = r));
      finished = true;
      return { toast: { type: 'info', content: 'late' } };
    });
    const res = await handler(await delivery(envelope('ev3', 'card.action.trigger', { action: { tag: 'button' } })));
    expect(await res.json()).toEqual({});
    release();
    await dispatcher.idle();
    expect(finished).toBe(true);
  });

  it('serves node:http through the adapter, with the raw body intact', async () => {
    const { handler, received, dispatcher } = setup({ now: Date.now });
    const server = http.createServer(toNodeListener(handler, { maxBodyBytes: 4096 }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
      const req = await delivery(envelope('ev5'), { ts: Date.now() });
      const res = await fetch(url, { method: 'POST', headers: req.headers, body: await req.text() });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ msg: 'success' });
      await dispatcher.idle();
      expect(received).toEqual(['ev5:om_1']);
      const big = await fetch(url, { method: 'POST', body: 'x'.repeat(5000) });
      expect(big.status).toBe(413);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
