/**
 * Event delivery bench over the long connection: the emulator publishes, the SDK's long-connection
 * client (`@larkgen/sdk/ws`) receives each frame, its EventDispatcher runs the handler, and the
 * client ACKs. Latency is measured one event at a time (publish → handler), throughput with a
 * sustained burst in which every event must be handled and acknowledged (0 lost). Only 127.0.0.1.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../packages/emulator/src/index.js';
import { EventDispatcher } from '../packages/sdk/src/events/index.js';
import { LongConnectionClient } from '../packages/sdk/src/ws/index.js';
import { QUICK } from './measure.js';
import type { BenchRow } from './types.js';

const requireFromEmulator = createRequire(fileURLToPath(new URL('../packages/emulator/package.json', import.meta.url)));
const WebSocket = requireFromEmulator('ws') as typeof import('ws').default;

const LATENCY_EVENTS = QUICK ? 300 : 1000;
const WARMUP = QUICK ? 100 : 200;
const BURST_EVENTS = QUICK ? 5_000 : 20_000;
const GOAL_P99_MS = 20;
const GOAL_RATE = 1000;

/** The same-run reference: bare WebSocket messages of the same size, server → client, one at a time. */
async function bareWebSocketLatency(bytes: number, n: number): Promise<number[]> {
  const { WebSocketServer } = requireFromEmulator('ws') as typeof import('ws');
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((r) => wss.once('listening', r));
  const server = new Promise<import('ws').WebSocket>((r) => wss.once('connection', r));
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as { port: number }).port}`);
  const s = await server;
  let wake = () => {};
  client.on('message', () => wake());
  const payload = Buffer.alloc(bytes, 1);
  const out: number[] = [];
  try {
    for (let i = 0; i < WARMUP + n; i++) {
      const got = new Promise<void>((r) => (wake = r));
      const t0 = performance.now();
      s.send(payload);
      await got;
      if (i >= WARMUP) out.push(performance.now() - t0);
    }
  } finally {
    client.terminate();
    await new Promise((r) => wss.close(r));
  }
  return out.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function run(): Promise<BenchRow[]> {
  const emu = await startEmulator({ port: 0 });
  const hub = emu.events.hub;
  const sentAt = new Map<string, number>();
  hub.watch((r) => {
    if (r.status === 'in_flight' && r.attempts === 1 && !sentAt.has(r.envelope.header.event_id)) sentAt.set(r.envelope.header.event_id, performance.now());
  });
  const handled = new Map<string, number>();
  let wake = () => {};
  // The app: our SDK's dispatcher (duplicates dropped by event id) behind its long-connection client.
  const dispatcher = new EventDispatcher({ duplicateWindow: BURST_EVENTS + WARMUP + LATENCY_EVENTS });
  dispatcher.on('im.message.receive_v1', (_event, { header }) => {
    if (!handled.has(header.event_id)) handled.set(header.event_id, performance.now());
    wake();
  });
  const stop = new AbortController();
  let connected = () => {};
  const up = new Promise<void>((r) => (connected = r));
  const client = new LongConnectionClient({ appId: emu.appId, appSecret: emu.appSecret, baseUrl: emu.url, dispatcher, signal: stop.signal, failFast: true, onConnected: () => connected() });
  const running = client.run();
  await Promise.race([up, running]);
  const example = emu.state.messages.get('om_hello')!;
  const body = (i: number) => ({
    sender: { sender_id: { open_id: 'ou_alice', union_id: 'on_alice', user_id: 'alice' }, sender_type: 'user', tenant_key: 'tenant_demo' },
    message: { message_id: `om_bench_${i}`, create_time: String(example.create_time), update_time: String(example.create_time), chat_id: 'oc_general', chat_type: 'group', message_type: 'text', content: example.content },
  });
  const until = (n: number) => new Promise<void>((resolve) => {
    const check = () => (handled.size >= n ? resolve() : (wake = check));
    check();
  });
  try {
    // Latency: one event at a time, so no queueing is measured; the first WARMUP are not counted.
    const lat: number[] = [];
    for (let i = 0; i < WARMUP + LATENCY_EVENTS; i++) {
      const rec = hub.publish('im.message.receive_v1', body(i))!;
      await until(i + 1);
      const id = rec.envelope.header.event_id;
      if (i >= WARMUP) lat.push(handled.get(id)! - sentAt.get(id)!);
    }
    lat.sort((a, b) => a - b);
    const size = Buffer.byteLength(hub.recent(1)[0]!.text);
    const bare = await bareWebSocketLatency(size, LATENCY_EVENTS);
    // Throughput: a sustained burst, published in slices so sending and acknowledging overlap.
    handled.clear();
    const t0 = performance.now();
    for (let i = 0; i < BURST_EVENTS; i += 500) {
      for (let j = i; j < Math.min(BURST_EVENTS, i + 500); j++) hub.publish('im.message.receive_v1', body(j));
      await new Promise((r) => setImmediate(r));
    }
    await until(BURST_EVENTS);
    const seconds = (performance.now() - t0) / 1000;
    await new Promise<void>((resolve) => {
      const done = () => hub.recent(1000).every((r) => r.status === 'delivered');
      if (done()) return resolve();
      const stop = hub.watch(() => done() && (stop(), resolve()));
    });
    const lost = BURST_EVENTS - handled.size;
    const rate = BURST_EVENTS / seconds;
    const row = (p: number): BenchRow => {
      const value = percentile(lat, p);
      const ref = percentile(bare, p);
      return {
        figure: `event delivery latency p${p} (long connection, publish → SDK handler)`,
        value,
        unit: 'ms',
        reference: { name: 'bare WebSocket message', value: ref },
        ratio: value / ref,
        goal: `<= ${GOAL_P99_MS} ms`,
        ok: value <= GOAL_P99_MS,
      };
    };
    return [
      row(50),
      row(99),
      { figure: `event delivery sustained (${BURST_EVENTS} events, acked; ${lost} lost)`, value: Math.round(rate), unit: 'events/s', goal: `>= ${GOAL_RATE}, 0 lost`, ok: lost === 0 && rate >= GOAL_RATE },
    ];
  } finally {
    stop.abort();
    await running.catch(() => undefined);
    await emu.close();
  }
}
