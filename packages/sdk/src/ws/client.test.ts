import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventDispatcher } from '../events/dispatcher.js';
import { TestWsServer } from '../test-support/ws-server.js';
import { frameHeader } from './frame.js';
import { FragmentBuffer } from './fragments.js';
import { LongConnectionClient, LongConnectionError } from './client.js';

const envelope = (id: string, type = 'im.message.receive_v1', event: object = { message: { message_id: `om_${id}` } }) => ({
  schema: '2.0', header: { event_id: id, event_type: type, create_time: '1700000000000', app_id: 'cli_x' }, event,
});

let server: TestWsServer;
let base: string;
let stop: AbortController;
beforeEach(async () => {
  server = new TestWsServer();
  base = await server.listen();
  stop = new AbortController();
});
afterEach(async () => {
  stop.abort();
  await server.close();
});

function start(dispatcher: EventDispatcher, extra: Partial<ConstructorParameters<typeof LongConnectionClient>[0]> = {}) {
  const client = new LongConnectionClient({ appId: 'cli_x', appSecret: 'secret', baseUrl: base, dispatcher, signal: stop.signal, random: () => 0.5, ...extra });
  const running = client.run();
  return { client, running };
}

describe('long-connection client', () => {
  it('connects, joins fragments, hands the event over and ACKs with code and handling time', async () => {
    const d = new EventDispatcher();
    const got: string[] = [];
    d.on('im.message.receive_v1', (e) => void got.push(e.message.message_id));
    const { running } = start(d);
    await server.until(() => server.connections === 1);
    const id = server.push('event', envelope('ev1', undefined, { message: { message_id: 'om_big', text: 'x'.repeat(3000) } }), 3);
    await server.until(() => server.acks.length === 1);
    expect(got).toEqual(['om_big']);
    const ack = server.acks[0]!;
    expect(ack.body).toEqual({ code: 200 });
    expect(frameHeader(ack.frame, 'message_id')).toBe(id);
    expect(frameHeader(ack.frame, 'trace_id')).toBe('t1');
    expect(Number(frameHeader(ack.frame, 'biz_rt'))).toBeGreaterThanOrEqual(0);
    expect(ack.frame.seqId).toBe(1n);
    stop.abort();
    await running;
  });

  it('pings with the service id and adopts the settings a pong carries', async () => {
    server.pongConfig = { PingInterval: 7, ReconnectInterval: 9 };
    let adopted!: () => void;
    const pong = new Promise<void>((r) => (adopted = r));
    const { client, running } = start(new EventDispatcher(), { onConfig: (c) => c.PingInterval === 7 && adopted() });
    await server.until(() => server.pings.length === 1);
    expect(server.pings[0]!.service).toBe(7);
    expect(server.pings[0]!.method).toBe(0);
    await pong;
    expect(client.config).toEqual({ PingInterval: 7, ReconnectCount: 3, ReconnectInterval: 9, ReconnectNonce: 0 });
    stop.abort();
    await running;
  });

  it('answers a card callback in the ACK, base64-encoded', async () => {
    const d = new EventDispatcher();
    d.on('card.action.trigger', (e) => ({ toast: { type: 'success', content: `got ${e.action.tag}` } }));
    const { running } = start(d);
    await server.until(() => server.connections === 1);
    server.push('card', envelope('cb1', 'card.action.trigger', { action: { tag: 'button' } }));
    await server.until(() => server.acks.length === 1);
    const body = server.acks[0]!.body;
    expect(body.code).toBe(200);
    expect(JSON.parse(Buffer.from(body.data!, 'base64').toString())).toEqual({ toast: { type: 'success', content: 'got button' } });
    stop.abort();
    await running;
  });

  it('ACKs 500 when a handler fails', async () => {
    const d = new EventDispatcher({ onError: () => undefined });
    d.on('im.message.receive_v1', () => {
      throw new Error('boom');
    });
    const { running } = start(d);
    await server.until(() => server.connections === 1);
    server.push('event', envelope('ev1'));
    await server.until(() => server.acks.length === 1);
    expect(server.acks[0]!.body).toEqual({ code: 500 });
    stop.abort();
    await running;
  });

  it('reconnects after a drop mid-stream; redelivered events are not handled twice and none is lost', async () => {
    const d = new EventDispatcher();
    const got: string[] = [];
    d.on('im.message.receive_v1', (e) => void got.push(e.message.message_id));
    const connected: number[] = [];
    const { running } = start(d, { onConnected: (i) => connected.push(i.attempt) });
    await server.until(() => server.connections === 1);
    server.push('event', envelope('ev1'));
    await server.until(() => server.acks.length === 1);
    for (const s of server.sockets) s.terminate();
    await server.until(() => server.connections === 2 && server.sockets.size === 1);
    // The server did not record ev1's ACK in time: it sends it again, then a new one.
    server.push('event', envelope('ev1'));
    server.push('event', envelope('ev2'));
    await server.until(() => server.acks.length === 3);
    expect(got).toEqual(['om_ev1', 'om_ev2']);
    expect(server.acks.map((a) => a.body.code)).toEqual([200, 200, 200]);
    expect(connected).toEqual([0, 1]);
    expect(server.endpointCalls).toBe(2);
    stop.abort();
    await running;
  });

  it('after a drop, waits a random share of ReconnectNonce, then ReconnectInterval between failed attempts', async () => {
    server.clientConfig = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 0.02, ReconnectNonce: 0.1 };
    const waits: string[] = [];
    const log = (_level: string, message: string) => void (/^next connection attempt/.test(message) && waits.push(message));
    const { running } = start(new EventDispatcher(), { log, random: () => 0.25 });
    await server.until(() => server.connections === 1);
    // The next two endpoint calls answer "busy", the third succeeds.
    const calls = server.endpointCalls;
    server.endpointAnswer = (n) => (n <= calls + 2 ? { body: { code: 1, msg: 'busy' } } : undefined);
    for (const s of server.sockets) s.terminate();
    await server.until(() => server.connections === 2 && server.sockets.size === 1);
    expect(waits).toEqual(['next connection attempt in 25 ms', 'next connection attempt in 20 ms', 'next connection attempt in 20 ms']);
    expect(server.endpointCalls).toBe(calls + 3);
    stop.abort();
    await running;
  });

  it('retries a busy endpoint within the server\'s reconnect budget, then gives up', async () => {
    server.endpointAnswer = () => ({ body: { code: 1, msg: 'busy' } });
    const { running } = start(new EventDispatcher(), { initialConfig: { ReconnectCount: 3, ReconnectInterval: 0, ReconnectNonce: 0 } });
    await expect(running).rejects.toThrow('gave up after 4 failed connection attempts: the endpoint is busy (code 1: busy)');
    expect(server.endpointCalls).toBe(4);
  });

  it('stops at once on refused credentials and on a refused handshake', async () => {
    const bad = new LongConnectionClient({ appId: 'cli_x', appSecret: 'wrong', baseUrl: base, dispatcher: new EventDispatcher() });
    const err = await bad.run().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LongConnectionError);
    expect((err as LongConnectionError).message).toBe('the endpoint refused the app (code 1000040351: invalid app secret); check the app id and secret');
    expect((err as Error).message).not.toContain('wrong');
    server.handshakeRefusal = { 'Handshake-Status': '514', 'Handshake-Msg': 'auth failed', 'Handshake-Autherrcode': '1000040350' };
    const refused = new LongConnectionClient({ appId: 'cli_x', appSecret: 'secret', baseUrl: base, dispatcher: new EventDispatcher() });
    await expect(refused.run()).rejects.toThrow('the server refused the connection (status 514, code 1000040350: auth failed)');
  });

  it('stops cleanly when the signal fires', async () => {
    const { running } = start(new EventDispatcher());
    await server.until(() => server.connections === 1);
    stop.abort();
    await expect(running).resolves.toBeUndefined();
    await server.until(() => server.sockets.size === 0);
  });
});

describe('fragment buffer', () => {
  it('joins out-of-order fragments and forgets incomplete ones after the TTL', () => {
    let t = 0;
    const b = new FragmentBuffer(1000, () => t);
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(b.add('m1', 3, 2, enc('c'))).toBeUndefined();
    expect(b.add('m1', 3, 0, enc('a'))).toBeUndefined();
    expect(new TextDecoder().decode(b.add('m1', 3, 1, enc('b')))).toBe('abc');
    expect(b.add('m2', 2, 0, enc('x'))).toBeUndefined();
    expect(b.pending).toBe(1);
    t = 1000;
    expect(b.pending).toBe(0);
    expect(() => b.add('m3', 2, 2, enc('x'))).toThrow('fragment 2 of 2 is out of range');
    expect(new TextDecoder().decode(b.add('m4', 1, 0, enc('whole')))).toBe('whole');
  });
});

describe('stopping while an event is handled', () => {
  it('sends the ACK before closing the socket', async () => {
    const server = new TestWsServer();
    const base = await server.listen();
    const stop = new AbortController();
    const d = new EventDispatcher();
    // The handler itself asks to stop, as a consumer reaching its event limit does.
    d.on('im.message.receive_v1', () => stop.abort());
    const client = new LongConnectionClient({ appId: 'cli_x', appSecret: 'secret', baseUrl: base, dispatcher: d, signal: stop.signal, random: () => 0 });
    const running = client.run();
    await server.until(() => server.connections === 1);
    server.push('event', envelope('ev1'));
    await running;
    await server.until(() => server.acks.length === 1 && server.sockets.size === 0);
    expect(server.acks[0]!.body).toEqual({ code: 200 });
    await server.close();
  });
});
