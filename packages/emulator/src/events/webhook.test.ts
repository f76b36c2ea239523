import { afterEach, describe, expect, it } from 'vitest';
import { decryptEvent, signEvent } from '@larkgen/event-wire/crypto';
import { startEmulator, type Emulator } from '../server.js';
import { backoffMs, retryPolicy } from './settings.js';
import { post, readAll, receiver, until } from './test-support.js';

let emu: Emulator | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await emu?.close();
  emu = undefined;
  for (const c of closers.splice(0)) await c();
});

interface Hit {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
}

/** A receiver answering with `statuses` in turn (the last one repeats); records every request. */
async function app(statuses: number[], answer: (body: any) => unknown = () => ({ msg: 'success' })) {
  const hits: Hit[] = [];
  let notify = () => {};
  const r = await receiver(async (req, res) => {
    const raw = await readAll(req);
    hits.push({ headers: req.headers, raw });
    const status = statuses[Math.min(hits.length - 1, statuses.length - 1)]!;
    const body = JSON.stringify(status === 200 ? answer(JSON.parse(raw)) : { error: 'nope' });
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    notify();
  });
  closers.push(r.close);
  const wait = (n: number) => until((fn) => ((notify = fn), () => (notify = () => {})), () => hits.length >= n);
  return { url: r.url, hits, wait };
}

const actSend = (e: Emulator, t: string) =>
  post(`${e.url}/__emulator/act`, { as: 'ou_alice', method: 'im.messages.create', params: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_p2p_alice', msg_type: 'text', content: JSON.stringify({ text: t }) } });

describe('webhook delivery', () => {
  it('the backoff doubles from the initial wait up to the cap', () => {
    const p = retryPolicy({ initialMs: 1000, maxMs: 5000, maxAttempts: 6 });
    expect([2, 3, 4, 5, 6].map((n) => backoffMs(p, n))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('plain JSON without an encrypt key; the verification token in the header', async () => {
    const a = await app([200]);
    emu = await startEmulator({ events: { webhookUrl: a.url, verificationToken: 'vt-1' } });
    await actSend(emu, 'plain');
    await a.wait(1);
    const env = JSON.parse(a.hits[0]!.raw);
    expect(env).toMatchObject({ schema: '2.0', header: { token: 'vt-1', event_type: 'im.message.receive_v1' } });
    expect(a.hits[0]!.headers['x-lark-signature']).toBeUndefined();
  });

  it('encrypted and signed over the exact bytes sent', async () => {
    const a = await app([200]);
    emu = await startEmulator({ events: { webhookUrl: a.url, encryptKey: 'k-123' } });
    await actSend(emu, 'secret');
    await a.wait(1);
    const { headers, raw } = a.hits[0]!;
    const ts = String(headers['x-lark-request-timestamp']);
    const nonce = String(headers['x-lark-request-nonce']);
    expect(headers['x-lark-signature']).toBe(await signEvent(ts, nonce, 'k-123', raw));
    const env = JSON.parse(await decryptEvent(JSON.parse(raw).encrypt, 'k-123'));
    expect(env.event.message.content).toBe('{"text":"secret"}');
  });

  it('a receiver answering 500 gets the same event again until it answers 2xx', async () => {
    const a = await app([500, 500, 200]);
    emu = await startEmulator({ events: { webhookUrl: a.url, retry: { initialMs: 1, maxMs: 4 } } });
    await actSend(emu, 'retry me');
    await a.wait(3);
    const ids = a.hits.map((h) => JSON.parse(h.raw).header.event_id);
    expect(new Set(ids).size).toBe(1);
    const rec = await until(
      (fn) => emu!.events.hub.watch(fn),
      () => emu!.events.hub.recent().find((r) => r.status === 'delivered'),
    );
    expect(rec).toMatchObject({ via: 'webhook', attempts: 3, last_error: 'HTTP 500', to: a.url });
  });

  it('gives up after the attempt limit and says why in the event log', async () => {
    const a = await app([503]);
    emu = await startEmulator({ events: { webhookUrl: a.url, retry: { initialMs: 1, maxMs: 1, maxAttempts: 3 } } });
    await actSend(emu, 'never');
    const rec = await until(
      (fn) => emu!.events.hub.watch(fn),
      () => emu!.events.hub.recent().find((r) => r.status === 'failed'),
    );
    expect(rec).toMatchObject({ attempts: 3, last_error: 'HTTP 503' });
    expect(a.hits).toHaveLength(3);
    const log = await (await fetch(`${emu.url}/__emulator/events`)).json();
    expect(log.data.items[0]).toMatchObject({ status: 'failed', attempts: 3, via: 'webhook', to: a.url, header: { event_type: 'im.message.receive_v1' } });
    expect(log.data.items[0].header.token).toBeUndefined();
  });
});

describe('event settings (admin API)', () => {
  const put = (e: Emulator, body: unknown) => fetch(`${e.url}/__emulator/events/settings`, { method: 'PUT', body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, json: await r.json() }));

  it('saves a request URL only once it echoes the challenge', async () => {
    const echo = await app([200], (b) => ({ challenge: b.challenge }));
    const deaf = await app([200], () => ({}));
    emu = await startEmulator();
    expect(await put(emu, { webhook_url: deaf.url })).toEqual({
      status: 400,
      json: { code: 400, msg: `URL check of ${deaf.url} failed: the answer did not carry the challenge back ({"challenge": "<same value>"})` },
    });
    expect(JSON.parse(deaf.hits[0]!.raw)).toEqual({ challenge: expect.any(String), token: 'demo-verification-token', type: 'url_verification' });
    const ok = await put(emu, { webhook_url: echo.url, verification_token: 'vt-2' });
    expect(ok.json.data).toEqual({ webhook_url: echo.url, callback_url: null, encrypt_key_set: false, verification_token_set: true, subscriptions: null, delivery: 'webhook' });
    expect((await put(emu, { webhook_url: null })).json.data.delivery).toBe('long_connection');
  });

  it.each([
    [{ webhook_url: 'ftp://x' }, 'webhook_url must be an http(s) URL, got "ftp://x"'],
    [{ encrypt_key: 5 }, 'encrypt_key must be a string, or null to remove it'],
    [{ verification_token: '' }, 'verification_token must be a non-empty string'],
    [{ subscriptions: 'im.message.receive_v1' }, 'subscriptions must be a list of event types, or null for every type'],
  ])('refuses %j', async (body, msg) => {
    emu = await startEmulator();
    expect(await put(emu, body)).toEqual({ status: 400, json: { code: 400, msg } });
  });
});
