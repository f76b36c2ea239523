/**
 * One long connection per app, shared by every `lark-cli event consume` of that app on this
 * machine. The platform spreads an app's events across its connections, so two receivers with
 * their own connections would each miss some; instead the first consumer holds the connection
 * and serves the others over a Unix socket in the config folder (NDJSON messages). When the
 * holder leaves, it closes the socket and a remaining consumer takes over. Leaving removes the
 * socket file.
 *
 * Messages: consumer → holder `{op:"subscribe",key,pid}`, `{op:"status"}`, `{op:"stop"}`;
 * holder → consumer `{op:"ready"}`, `{op:"event",envelope}`, `{op:"status",…}`, `{op:"stop"}`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { EventDispatcher, eventKinds, type EventKey } from '@larkgen/sdk/events';
import { LongConnectionClient, LongConnectionError } from '@larkgen/sdk/ws';
import { CliError } from '../core/errors.js';
import type { EventEnvelopeLike } from './filter.js';

export interface BusApp {
  readonly appId: string;
  readonly appSecret: string;
  readonly baseUrl: string;
}

export interface Subscription {
  readonly key: string;
  /** Each envelope of the key, in arrival order. */
  readonly onEvent: (envelope: EventEnvelopeLike) => void;
  /** Once the events flow (the connection is up); called again after a takeover. */
  readonly onReady: () => void;
  /** `event stop` asked every consumer to leave. */
  readonly onStop: () => void;
  readonly log: (message: string) => void;
}

export interface BusStatus {
  readonly app_id: string;
  readonly socket: string;
  readonly holder_pid: number;
  readonly connected: boolean;
  readonly since: string;
  readonly consumers: readonly { readonly pid: number; readonly key: string }[];
}

/** The folder holding the bus sockets. */
export function busDir(configDir: string): string {
  return path.join(configDir, 'events');
}

/** One socket per app and server (the app id and base URL, hashed: the path must stay short). */
export function busSocket(configDir: string, app: Pick<BusApp, 'appId' | 'baseUrl'>): string {
  const id = crypto.createHash('sha256').update(`${app.appId}\n${app.baseUrl}`).digest('hex').slice(0, 16);
  return path.join(busDir(configDir), `${id}.sock`);
}

/**
 * Joins (or starts) the bus of the app and receives the key's events until `signal` fires.
 * Resolves when left; rejects with a CliError when the connection cannot be made.
 */
export async function consumeThroughBus(configDir: string, app: BusApp, sub: Subscription, signal: AbortSignal): Promise<void> {
  const socketPath = busSocket(configDir, app);
  fs.mkdirSync(path.dirname(socketPath), { recursive: true, mode: 0o700 });
  while (!signal.aborted) {
    const joined = await tryJoin(socketPath, sub, signal);
    if (joined === 'left' || signal.aborted) return;
    if (joined === 'holder-gone') {
      sub.log('the process holding the connection left; taking over');
      continue;
    }
    // Nobody holds the connection: become the holder (or lose the race to another consumer and join it).
    const held = await tryHold(socketPath, app, sub, signal);
    if (held === 'left') return;
  }
}

type JoinOutcome = 'left' | 'holder-gone' | 'no-holder';

function tryJoin(socketPath: string, sub: Subscription, signal: AbortSignal): Promise<JoinOutcome> {
  return new Promise((resolve) => {
    const socket = net.connect(socketPath);
    let connected = false;
    let stopped = false;
    const onAbort = () => socket.end();
    socket.once('connect', () => {
      connected = true;
      signal.addEventListener('abort', onAbort, { once: true });
      socket.write(JSON.stringify({ op: 'subscribe', key: sub.key, pid: process.pid }) + '\n');
    });
    readLines(socket, (msg) => {
      if (msg.op === 'ready') sub.onReady();
      else if (msg.op === 'event') sub.onEvent(msg.envelope as EventEnvelopeLike);
      else if (msg.op === 'stop') {
        stopped = true;
        sub.onStop();
      }
    });
    socket.once('error', () => undefined);
    socket.once('close', () => {
      signal.removeEventListener('abort', onAbort);
      if (!connected) resolve('no-holder');
      else resolve(signal.aborted || stopped ? 'left' : 'holder-gone');
    });
  });
}

async function tryHold(socketPath: string, app: BusApp, sub: Subscription, signal: AbortSignal): Promise<'left' | 'retry'> {
  const server = net.createServer();
  const listening = await new Promise<boolean>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') resolve(false);
      else reject(new CliError('internal', `Cannot open the event bus socket ${socketPath}: ${e.message}`));
    });
    server.listen(socketPath, () => resolve(true));
  });
  if (!listening) {
    // A socket file is there but nobody answered: a holder that died without cleaning up.
    if (!(await answers(socketPath))) fs.rmSync(socketPath, { force: true });
    return 'retry';
  }
  fs.chmodSync(socketPath, 0o600);

  const consumers = new Map<net.Socket, { pid: number; key: string }>();
  const since = new Date().toISOString();
  let connected = false;
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const send = (s: net.Socket, msg: object) => {
    if (!s.destroyed) s.write(JSON.stringify(msg) + '\n');
  };
  const status = (): BusStatus => ({
    app_id: app.appId, socket: socketPath, holder_pid: process.pid, connected, since,
    consumers: [{ pid: process.pid, key: sub.key }, ...consumers.values()],
  });

  server.on('connection', (s) => {
    s.on('error', () => undefined);
    s.on('close', () => consumers.delete(s));
    readLines(s, (msg) => {
      if (msg.op === 'subscribe' && typeof msg.key === 'string') {
        consumers.set(s, { pid: Number(msg.pid) || 0, key: msg.key });
        if (connected) send(s, { op: 'ready' });
      } else if (msg.op === 'status') {
        send(s, { op: 'status', ...status() });
        s.end();
      } else if (msg.op === 'stop') {
        for (const c of consumers.keys()) send(c, { op: 'stop' });
        s.end();
        sub.onStop();
      }
    });
  });

  // Every event of the app goes to every consumer of its key; the ACK follows the hand-over.
  const dispatcher = new EventDispatcher({ onError: (e) => sub.log(`an event could not be passed on: ${(e as Error).message}`) });
  for (const key of Object.keys(eventKinds) as EventKey[]) {
    dispatcher.on(key, ((_event: unknown, ctx: { envelope: EventEnvelopeLike }) => {
      if (key === sub.key) sub.onEvent(ctx.envelope);
      for (const [s, c] of consumers) if (c.key === key) send(s, { op: 'event', envelope: ctx.envelope });
      // Callbacks are answered empty: a consumer prints them, it does not answer them.
      return undefined;
    }) as never);
  }
  const client = new LongConnectionClient({
    appId: app.appId, appSecret: app.appSecret, baseUrl: app.baseUrl, dispatcher, signal: stop.signal, failFast: true,
    onConnected: () => {
      connected = true;
      sub.onReady();
      for (const s of consumers.keys()) send(s, { op: 'ready' });
    },
    log: (level, message) => level === 'warn' && sub.log(message),
  });
  try {
    await client.run();
  } catch (e) {
    if (e instanceof LongConnectionError) {
      throw new CliError('auth', `The platform refused the event connection: ${e.message}`, { hint: 'Check the app id and secret (lark-cli config show), and that the app has long-connection events enabled.' });
    }
    throw new CliError('network', `The event connection failed: ${(e as Error).message}`);
  } finally {
    signal.removeEventListener('abort', onAbort);
    for (const s of consumers.keys()) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
    fs.rmSync(socketPath, { force: true });
  }
  return 'left';
}

/** Whether a holder answers on the socket. */
function answers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(socketPath);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Asks the holder of a socket something; undefined when nobody answers (an orphaned socket file). */
export function askBus(socketPath: string, op: 'status' | 'stop'): Promise<BusStatus | 'done' | undefined> {
  return new Promise((resolve) => {
    const s = net.connect(socketPath);
    let answer: BusStatus | 'done' | undefined;
    s.once('connect', () => {
      s.write(JSON.stringify({ op }) + '\n');
      if (op === 'stop') answer = 'done';
    });
    readLines(s, (msg) => {
      if (msg.op === 'status') {
        const { op: _op, ...rest } = msg;
        answer = rest as unknown as BusStatus;
      }
    });
    s.once('error', () => undefined);
    s.once('close', () => resolve(answer));
  });
}

function readLines(socket: net.Socket, onMessage: (msg: Record<string, unknown>) => void): void {
  let buffer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        const msg: unknown = JSON.parse(line);
        if (typeof msg === 'object' && msg !== null) onMessage(msg as Record<string, unknown>);
      } catch {
        // Not ours: ignore the line.
      }
    }
  });
}
