import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { decodeFrame, encodeFrame, frameHeader, FrameHeaderKey, FrameMethod, type Frame } from '@larkgen/event-wire/frame';
import { startEmulator, type Emulator } from '../server.js';
import { post } from './test-support.js';

let emu: Emulator | undefined;
const clients: RawClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  await emu?.close();
  emu = undefined;
});

/** A bare long-connection client: every frame it gets is queued; ACKs are sent by hand. */
class RawClient {
  readonly frames: Frame[] = [];
  private wake = () => {};
  closed = false;

  constructor(
    readonly ws: WebSocket,
    readonly serviceId: number,
  ) {
    ws.on('message', (b: Buffer) => {
      this.frames.push(decodeFrame(b));
      this.wake();
    });
    ws.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  static async connect(e: Emulator): Promise<RawClient> {
    const ep = await post(`${e.url}/callback/ws/endpoint`, { AppID: e.appId, AppSecret: e.appSecret });
    expect(ep.json.code).toBe(0);
    const url = new URL(ep.json.data.URL);
    const ws = new WebSocket(url);
    // Listen before 'open': frames queued for the app may arrive in the same read as the handshake.
    const c = new RawClient(ws, Number(url.searchParams.get('service_id')));
    clients.push(c);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return c;
  }

  /** Waits until `n` frames have arrived in all (event-driven). */
  async next(n: number): Promise<Frame[]> {
    while (this.frames.length < n && !this.closed) await new Promise<void>((r) => (this.wake = r));
    return this.frames.slice(0, n);
  }

  ack(f: Frame, code = 200): void {
    const headers = [...f.headers, { key: FrameHeaderKey.handlingMs, value: '1' }];
    this.ws.send(encodeFrame({ ...f, headers, payload: Buffer.from(JSON.stringify({ code })) }));
  }
}

const text = (f: Frame) => JSON.parse(Buffer.from(f.payload!).toString('utf8'));
const actSend = (e: Emulator, t: string) =>
  post(`${e.url}/__emulator/act`, { as: 'ou_alice', method: 'im.messages.create', params: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_p2p_alice', msg_type: 'text', content: JSON.stringify({ text: t }) } });

function delivered(e: Emulator, n: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => e.events.hub.recent(1000).filter((r) => r.status === 'delivered').length >= n;
    if (check()) return resolve();
    const stop = e.events.hub.watch(() => {
      if (check()) {
        stop();
        resolve();
      }
    });
  });
}

describe('long connection: endpoint and handshake', () => {
  it('hands out a connect URL and the ClientConfig; refuses bad credentials', async () => {
    emu = await startEmulator({ events: { longConnection: { pingIntervalSeconds: 30, reconnectIntervalSeconds: 5, reconnectNonceSeconds: 2 } } });
    const ok = await post(`${emu.url}/callback/ws/endpoint`, { AppID: emu.appId, AppSecret: emu.appSecret });
    expect(ok.json).toEqual({
      code: 0,
      msg: 'ok',
      data: { URL: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/callback\/ws\/connect\?access_key=[0-9a-f]{32}&device_id=[0-9a-f]{16}&service_id=\d+$/), ClientConfig: { PingInterval: 30, ReconnectCount: -1, ReconnectInterval: 5, ReconnectNonce: 2 } },
    });
    const legacy = await post(`${emu.url}/callback/ws/endpoint`, { AppID: 'cli_demo', AppSecret: emu.appSecret });
    expect(legacy.json.code).toBe(0);
    expect((await post(`${emu.url}/callback/ws/endpoint`, { AppID: emu.appId, AppSecret: 'wrong' })).json).toEqual({ code: 10014, msg: 'app secret invalid', data: {} });
    expect((await post(`${emu.url}/callback/ws/endpoint`, { AppID: 'cli_0000000000000000', AppSecret: 'x' })).json).toEqual({ code: 10014, msg: 'app id not exists', data: {} });
  });

  it('a connect URL works once; reusing it is refused with the Handshake-* headers', async () => {
    emu = await startEmulator();
    const ep = await post(`${emu.url}/callback/ws/endpoint`, { AppID: emu.appId, AppSecret: emu.appSecret });
    const first = new WebSocket(ep.json.data.URL);
    await new Promise((r) => first.once('open', r));
    clients.push(new RawClient(first, 0));
    const second = new WebSocket(ep.json.data.URL);
    const refusal = await new Promise<{ status: number; headers: Record<string, unknown> }>((resolve) =>
      second.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode!, headers: res.headers })),
    );
    expect(refusal.status).toBe(403);
    expect(refusal.headers).toMatchObject({ 'handshake-status': '514', 'handshake-autherrcode': '0', 'handshake-msg': expect.stringContaining('auth failed') });
  });

  it('more connections than allowed are refused with 1000040350', async () => {
    emu = await startEmulator({ events: { longConnection: { maxConnections: 1 } } });
    await RawClient.connect(emu);
    const ep = await post(`${emu.url}/callback/ws/endpoint`, { AppID: emu.appId, AppSecret: emu.appSecret });
    const ws = new WebSocket(ep.json.data.URL);
    const headers = await new Promise<Record<string, unknown>>((resolve) => ws.once('unexpected-response', (_q, res) => resolve(res.headers)));
    expect(headers['handshake-autherrcode']).toBe('1000040350');
  });
});

describe('long connection: frames', () => {
  it('answers a ping with a pong carrying the ClientConfig', async () => {
    emu = await startEmulator({ events: { longConnection: { pingIntervalSeconds: 7 } } });
    const c = await RawClient.connect(emu);
    c.ws.send(encodeFrame({ seqId: 0n, logId: 0n, service: c.serviceId, method: FrameMethod.control, headers: [{ key: 'type', value: 'ping' }] }));
    const [pong] = await c.next(1);
    expect(pong).toMatchObject({ method: 0, service: c.serviceId, headers: [{ key: 'type', value: 'pong' }] });
    expect(text(pong!)).toEqual({ PingInterval: 7, ReconnectCount: -1, ReconnectInterval: 120, ReconnectNonce: 30 });
  });

  it('sends an event as a data frame and marks it delivered on a 200 ACK', async () => {
    emu = await startEmulator();
    const c = await RawClient.connect(emu);
    const sent = await actSend(emu, 'over the wire');
    const [f] = await c.next(1);
    expect(f).toMatchObject({ seqId: 1n, method: 1, service: c.serviceId });
    expect(Object.fromEntries(f!.headers.map((h) => [h.key, h.value]))).toMatchObject({ type: 'event', sum: '1', seq: '0', message_id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(text(f!)).toMatchObject({ schema: '2.0', header: { event_type: 'im.message.receive_v1' }, event: { message: { message_id: sent.json.data.message_id } } });
    c.ack(f!);
    await delivered(emu, 1);
    expect(emu.events.hub.recent()[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('splits a large payload into fragments that join back in order', async () => {
    emu = await startEmulator({ events: { longConnection: { fragmentBytes: 100 } } });
    const c = await RawClient.connect(emu);
    await actSend(emu, 'x'.repeat(500));
    const first = (await c.next(1))[0]!;
    const sum = Number(frameHeader(first, FrameHeaderKey.sum));
    expect(sum).toBeGreaterThan(5);
    const parts = await c.next(sum);
    expect(parts.map((p) => frameHeader(p, FrameHeaderKey.seq))).toEqual(Array.from({ length: sum }, (_, i) => String(i)));
    expect(new Set(parts.map((p) => frameHeader(p, FrameHeaderKey.messageId))).size).toBe(1);
    const joined = JSON.parse(Buffer.concat(parts.map((p) => Buffer.from(p.payload!))).toString('utf8'));
    expect(joined.event.message.content).toBe(JSON.stringify({ text: 'x'.repeat(500) }));
  });

  it('connection dropped mid-stream: unacknowledged events come again after the reconnect; none is lost, duplicates are the client’s to drop', async () => {
    emu = await startEmulator();
    const a = await RawClient.connect(emu);
    for (let i = 0; i < 6; i++) await actSend(emu, `m${i}`);
    const got = await a.next(6);
    for (const f of got.slice(0, 3)) a.ack(f);
    await delivered(emu, 3);
    // Events 4–6 were received but not acknowledged when the network fails.
    expect(emu.events.longConnection.dropAll()).toBe(1);
    await a.next(7); // resolves on close
    // While disconnected, more happens.
    for (let i = 6; i < 9; i++) await actSend(emu, `m${i}`);
    const b = await RawClient.connect(emu);
    const again = await b.next(6);
    const seen = new Map<string, string>();
    for (const f of [...got, ...again]) {
      const env = text(f);
      seen.set(env.header.event_id, JSON.parse(env.event.message.content).text);
      b.ack(f);
    }
    expect([...seen.values()].sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']);
    expect(again.map((f) => JSON.parse(text(f).event.message.content).text)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7', 'm8']);
    await delivered(emu, 9);
    expect(emu.events.hub.recent().map((r) => r.attempts)).toEqual([1, 1, 1, 2, 2, 2, 1, 1, 1]);
  });

  it('an ACK with code 500 is retried with backoff', async () => {
    emu = await startEmulator({ events: { retry: { initialMs: 1 } } });
    const c = await RawClient.connect(emu);
    await actSend(emu, 'fails once');
    const [f] = await c.next(1);
    c.ack(f!, 500);
    const [, again] = await c.next(2);
    expect(frameHeader(again!, FrameHeaderKey.messageId)).toBe(frameHeader(f!, FrameHeaderKey.messageId));
    c.ack(again!);
    await delivered(emu, 1);
    expect(emu.events.hub.recent()[0]).toMatchObject({ status: 'delivered', attempts: 2, last_error: 'the handler answered code 500' });
  });

  it('spreads events across an app’s connections, each event to one of them', async () => {
    emu = await startEmulator();
    const a = await RawClient.connect(emu);
    const b = await RawClient.connect(emu);
    for (let i = 0; i < 4; i++) await actSend(emu, `s${i}`);
    const [fa, fb] = await Promise.all([a.next(2), b.next(2)]);
    const ids = [...fa, ...fb].map((f) => frameHeader(f, FrameHeaderKey.messageId));
    expect(new Set(ids).size).toBe(4);
  });
});
