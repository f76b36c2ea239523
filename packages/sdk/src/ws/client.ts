/**
 * The client side of the long connection: ask the endpoint for a WebSocket address, connect,
 * ping at the server's pace (adopting the settings each pong carries), join fragments, hand each
 * event to the dispatcher and ACK it with a code and the handling time, answer card callbacks
 * within 3 s, and reconnect after a drop with the server's backoff and jitter. Stops cleanly when
 * the AbortSignal fires.
 */
import WebSocket from 'ws';
import type { EventDispatcher, DispatchResult } from '../events/dispatcher.js';
import { decodeFrame, encodeFrame, frameHeader, FrameDecodeError, FrameHeaderKey, FrameMethod, FrameType, withFrameHeader, type Frame } from './frame.js';
import { FragmentBuffer } from './fragments.js';

/** Settings the server hands out with the endpoint and in every pong (seconds). */
export interface ClientConfig {
  readonly PingInterval: number;
  /** Attempts after a drop; -1 = forever. */
  readonly ReconnectCount: number;
  readonly ReconnectInterval: number;
  /** Upper bound of the random wait before the first attempt. */
  readonly ReconnectNonce: number;
}

export const DEFAULT_CLIENT_CONFIG: ClientConfig = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 120, ReconnectNonce: 30 };

export interface LongConnectionOptions {
  readonly appId: string;
  readonly appSecret: string;
  /** The open platform's origin (default https://open.feishu.cn), or an emulator's. */
  readonly baseUrl?: string;
  readonly dispatcher: EventDispatcher;
  /** Stops the client: the socket is closed and {@link LongConnectionClient.run} resolves. */
  readonly signal?: AbortSignal;
  /** Called after each successful connection (the first, and every reconnection). */
  readonly onConnected?: (info: { readonly url: string; readonly attempt: number }) => void;
  /** Settings used until the server sends its own (e.g. for retrying an endpoint that never answered). */
  readonly initialConfig?: Partial<ClientConfig>;
  /** Called whenever the settings in force change (endpoint answer, pong). */
  readonly onConfig?: (config: ClientConfig) => void;
  /** Called with each event handled and how it was ACKed. */
  readonly onEvent?: (info: { readonly result?: DispatchResult; readonly code: number; readonly ms: number }) => void;
  /** Progress and trouble, one line each (never secrets). */
  readonly log?: (level: 'info' | 'warn', message: string) => void;
  /** Time a card callback handler gets before an empty answer is sent (default 2,500 ms). */
  readonly callbackBudgetMs?: number;
  /** Give up (reject) when the very first connection fails, instead of retrying (for command-line tools). */
  readonly failFast?: boolean;
  /** Random numbers in [0, 1) for the reconnect jitter (tests). */
  readonly random?: () => number;
  readonly fetch?: typeof fetch;
}

/** A failure the client cannot recover from by reconnecting (bad credentials, refused app). */
export class LongConnectionError extends Error {
  override readonly name = 'LongConnectionError';
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message);
  }
}

/** Endpoint answers worth retrying: 1 = busy, 1000040343 = internal error. */
const RETRYABLE_ENDPOINT_CODES = new Set([1, 1000040343]);
/** Handshake refusals that reconnecting will not fix: 403 forbidden, 514 authentication failed. */
const FATAL_HANDSHAKE_STATUSES = new Set(['403', '514']);

interface Endpoint {
  readonly url: string;
  readonly config: ClientConfig;
}

export class LongConnectionClient {
  #config: ClientConfig = DEFAULT_CLIENT_CONFIG;
  #socket: WebSocket | undefined;
  #pingTimer: ReturnType<typeof setTimeout> | undefined;
  #serviceId = 0;
  readonly #fragments = new FragmentBuffer();
  /** Frames being handled: a stop waits for their ACKs before closing the socket. */
  readonly #inFlight = new Set<Promise<void>>();
  readonly #log: NonNullable<LongConnectionOptions['log']>;
  readonly #fetch: typeof fetch;

  constructor(private readonly options: LongConnectionOptions) {
    this.#config = adopt(DEFAULT_CLIENT_CONFIG, options.initialConfig);
    this.#log = options.log ?? (() => undefined);
    this.#fetch = options.fetch ?? fetch;
  }

  /** The settings in force (from the endpoint, updated by each pong). */
  get config(): ClientConfig {
    return this.#config;
  }

  /**
   * Connects and keeps the connection up until the signal fires (resolves) or a fatal error or
   * the server's reconnect budget ends it (rejects with {@link LongConnectionError}).
   */
  async run(): Promise<void> {
    const signal = this.options.signal;
    let attempt = 0;
    let failures = 0;
    let everConnected = false;
    while (!signal?.aborted) {
      try {
        const endpoint = await this.#endpoint();
        this.#setConfig(endpoint.config);
        const closed = await this.#connect(endpoint, attempt, () => (everConnected = true));
        failures = 0;
        if (signal?.aborted) break;
        this.#log('warn', `the connection closed (${closed}); reconnecting`);
      } catch (e) {
        if (e instanceof LongConnectionError) throw e;
        if (signal?.aborted) break;
        failures++;
        if (!everConnected && this.options.failFast) throw e;
        this.#log('warn', `connecting failed: ${(e as Error).message}`);
        const budget = this.#config.ReconnectCount;
        if (budget >= 0 && failures > budget) throw new LongConnectionError(`gave up after ${failures} failed connection attempts: ${(e as Error).message}`);
      }
      attempt++;
      // After a drop, a random pause (so that an app's clients do not all return at once); after a
      // failed attempt, the server's interval.
      const wait = Math.round(failures === 0 ? (this.options.random ?? Math.random)() * this.#config.ReconnectNonce * 1000 : this.#config.ReconnectInterval * 1000);
      if (!signal?.aborted) this.#log('info', `next connection attempt in ${wait} ms`);
      await sleep(wait, signal);
    }
    await this.options.dispatcher.idle();
  }

  async #endpoint(): Promise<Endpoint> {
    const base = (this.options.baseUrl ?? 'https://open.feishu.cn').replace(/\/+$/, '');
    let res: Response;
    try {
      res = await this.#fetch(`${base}/callback/ws/endpoint`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', locale: 'zh' },
        body: JSON.stringify({ AppID: this.options.appId, AppSecret: this.options.appSecret }),
        ...(this.options.signal ? { signal: this.options.signal } : {}),
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new Error(`cannot reach ${base}/callback/ws/endpoint (${cause?.code ?? cause?.message ?? (e as Error).message})`);
    }
    let body: { code?: number; msg?: string; data?: { URL?: string; ClientConfig?: Partial<ClientConfig> } };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new Error(`the endpoint answered HTTP ${res.status} without JSON`);
    }
    const code = body.code ?? -1;
    if (code !== 0) {
      if (RETRYABLE_ENDPOINT_CODES.has(code) || res.status >= 500) throw new Error(`the endpoint is busy (code ${code}: ${body.msg ?? ''})`);
      throw new LongConnectionError(`the endpoint refused the app (code ${code}: ${body.msg ?? 'no message'}); check the app id and secret`, code);
    }
    if (!body.data?.URL) throw new Error('the endpoint answered without a URL');
    return { url: body.data.URL, config: adopt(this.#config, body.data.ClientConfig) };
  }

  /** One connection's life; resolves with why it closed. */
  #connect(endpoint: Endpoint, attempt: number, onOpen: () => void): Promise<string> {
    const signal = this.options.signal;
    this.#serviceId = Number(new URL(endpoint.url).searchParams.get('service_id') ?? 0) || 0;
    return new Promise<string>((resolve, reject) => {
      const socket = new WebSocket(endpoint.url);
      socket.binaryType = 'nodebuffer';
      this.#socket = socket;
      let opened = false;
      const onAbort = () => void Promise.allSettled([...this.#inFlight]).then(() => socket.close(1000, 'client stopped'));
      signal?.addEventListener('abort', onAbort, { once: true });
      socket.once('unexpected-response', (_req, res) => {
        const status = String(res.headers['handshake-status'] ?? res.statusCode ?? '');
        const msg = String(res.headers['handshake-msg'] ?? '');
        const code = Number(res.headers['handshake-autherrcode'] ?? 0) || undefined;
        socket.terminate();
        const what = `the server refused the connection (status ${status}${code ? `, code ${code}` : ''}${msg ? `: ${msg}` : ''})`;
        reject(FATAL_HANDSHAKE_STATUSES.has(status) ? new LongConnectionError(what, code) : new Error(what));
      });
      socket.once('open', () => {
        opened = true;
        onOpen();
        this.#log('info', 'connected');
        this.options.onConnected?.({ url: endpoint.url.replace(/\?.*$/, ''), attempt });
        this.#ping();
      });
      socket.on('message', (data: Buffer) => {
        // Registered before handling starts: a handler may stop the client synchronously.
        let settle!: () => void;
        const handling = new Promise<void>((r) => (settle = r));
        this.#inFlight.add(handling);
        void this.#onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)).finally(() => {
          this.#inFlight.delete(handling);
          settle();
        });
      });
      socket.once('error', (e) => {
        if (!opened) reject(e);
        else this.#log('warn', `socket error: ${e.message}`);
      });
      socket.once('close', (code, reason) => {
        clearTimeout(this.#pingTimer);
        signal?.removeEventListener('abort', onAbort);
        if (this.#socket === socket) this.#socket = undefined;
        if (opened) resolve(`code ${code}${reason.length ? `: ${reason.toString()}` : ''}`);
        else reject(new Error(`closed before opening (code ${code})`));
      });
    });
  }

  #setConfig(next: ClientConfig): void {
    const changed = JSON.stringify(next) !== JSON.stringify(this.#config);
    this.#config = next;
    if (changed) this.options.onConfig?.(next);
  }

  /** Pings now (the pong brings the server's current settings), then every PingInterval. */
  #ping(): void {
    this.#send({ seqId: 0n, logId: 0n, service: this.#serviceId, method: FrameMethod.control, headers: [{ key: FrameHeaderKey.type, value: FrameType.ping }] });
    this.#schedulePing();
  }

  #schedulePing(): void {
    clearTimeout(this.#pingTimer);
    this.#pingTimer = setTimeout(() => this.#ping(), Math.max(this.#config.PingInterval, 1) * 1000);
    this.#pingTimer.unref?.();
  }

  #send(frame: Frame): void {
    const s = this.#socket;
    if (s && s.readyState === WebSocket.OPEN) s.send(encodeFrame(frame));
  }

  async #onMessage(bytes: Uint8Array): Promise<void> {
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch (e) {
      this.#log('warn', e instanceof FrameDecodeError ? `dropped a frame: ${e.message}` : 'dropped a frame');
      return;
    }
    const type = frameHeader(frame, FrameHeaderKey.type);
    if (frame.method === FrameMethod.control) {
      if (type === FrameType.pong && frame.payload?.length) {
        try {
          const next = adopt(this.#config, JSON.parse(new TextDecoder().decode(frame.payload)) as Partial<ClientConfig>);
          const repace = next.PingInterval !== this.#config.PingInterval;
          this.#setConfig(next);
          if (repace) this.#schedulePing();
        } catch {
          this.#log('warn', 'a pong carried settings that are not JSON; keeping the current ones');
        }
      }
      return;
    }
    if (type !== FrameType.event && type !== FrameType.card) return;
    const started = performance.now();
    let payload: Uint8Array | undefined;
    try {
      payload = this.#fragments.add(
        frameHeader(frame, FrameHeaderKey.messageId) ?? '',
        Number(frameHeader(frame, FrameHeaderKey.sum) ?? 1),
        Number(frameHeader(frame, FrameHeaderKey.seq) ?? 0),
        frame.payload ?? new Uint8Array(),
      );
    } catch (e) {
      this.#log('warn', `dropped a fragment: ${(e as Error).message}`);
      return;
    }
    if (!payload) return;
    let code = 200;
    let answer: unknown;
    let result: DispatchResult | undefined;
    try {
      const work = this.options.dispatcher.dispatch(JSON.parse(new TextDecoder().decode(payload)));
      if (type === FrameType.card) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const late = new Promise<undefined>((r) => (timer = setTimeout(r, this.options.callbackBudgetMs ?? 2_500, undefined)));
        result = await Promise.race([work, late]);
        clearTimeout(timer);
        if (!result) void work.catch(() => undefined);
      } else result = await work;
      if (result?.outcome === 'failed') code = 500;
      answer = result?.answer;
    } catch (e) {
      code = 500;
      this.#log('warn', `an event could not be read: ${(e as Error).message}`);
    }
    const ms = Math.round(performance.now() - started);
    const ack: Record<string, unknown> = { code };
    if (answer !== undefined) ack.data = Buffer.from(JSON.stringify(answer)).toString('base64');
    this.#send({ ...withFrameHeader(frame, FrameHeaderKey.handlingMs, String(ms)), payload: new TextEncoder().encode(JSON.stringify(ack)) });
    this.options.onEvent?.({ ...(result ? { result } : {}), code, ms });
  }
}

/** The settings with the known numeric members of `update` applied. */
function adopt(base: ClientConfig, update: Partial<ClientConfig> | undefined): ClientConfig {
  const out = { ...base };
  for (const k of ['PingInterval', 'ReconnectCount', 'ReconnectInterval', 'ReconnectNonce'] as const) {
    const v = update?.[k];
    if (typeof v === 'number' && Number.isFinite(v) && (v >= 0 || (k === 'ReconnectCount' && v === -1))) out[k] = v;
  }
  return out;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
