import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeFrame, encodeFrame, frameHeader, FrameHeaderKey, FrameMethod, FrameType, type Frame, type FrameHeader } from '@larkgen/event-wire/frame';
import type { LongConnectionSettings } from './settings.js';
import type { CallbackAnswer, EventHub, EventRecord, Transport } from './hub.js';

export const ENDPOINT_PATH = '/callback/ws/endpoint';
export const CONNECT_PATH = '/callback/ws/connect';
/** Codes of the endpoint and the handshake, as the platform uses them. */
export const LONG_CONNECTION_CODES = { ok: 0, badCredentials: 10014, tooManyConnections: 1000040350, authFailed: 514 } as const;
const TICKET_TTL_MS = 5 * 60_000;

interface Ticket {
  readonly deviceId: string;
  readonly serviceId: number;
  readonly expiresAt: number;
}

interface InFlight {
  readonly rec: EventRecord;
  readonly sentAt: number;
  /** Set for callbacks: resolves with the app's answer. */
  answer?: (a: CallbackAnswer) => void;
}

interface Connection {
  readonly ws: WebSocket;
  readonly deviceId: string;
  readonly serviceId: number;
  seq: bigint;
  /** Sent, not yet acknowledged, by message id. */
  readonly inFlight: Map<string, InFlight>;
}

export interface LongConnectionDeps {
  /** Whether `id` names the emulated app (its id or an accepted alias). */
  isApp(id: string): boolean;
  appSecret(): string;
  /** The emulator's base URL (http://host:port). */
  baseUrl(): string;
}

/**
 * The platform side of the long connection: the endpoint that hands out connect URLs, the
 * WebSocket handshake, ping/pong with the server's ClientConfig, event frames (fragmented when
 * large), ACKs, and redelivery of everything unacknowledged when a connection drops.
 */
export class LongConnectionServer implements Transport {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly tickets = new Map<string, Ticket>();
  private readonly connections: Connection[] = [];
  /** Events waiting for a connection, oldest first. */
  private readonly waiting: EventRecord[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private next = 0;
  private everConnected = false;
  private closed = false;
  private serviceIds = 0;
  /** Per-run tag and counter for trace and log ids (unique without a random draw per frame). */
  private readonly runTag = randomBytes(4).toString('hex');
  private frameCount = 0;

  constructor(
    private readonly hub: EventHub,
    private readonly deps: LongConnectionDeps,
    readonly settings: LongConnectionSettings,
  ) {}

  /** Live connections (for status pages and tests). */
  get connectionCount(): number {
    return this.connections.length;
  }

  clientConfig(): Record<string, number> {
    const s = this.settings;
    return { PingInterval: s.pingIntervalSeconds, ReconnectCount: s.reconnectCount, ReconnectInterval: s.reconnectIntervalSeconds, ReconnectNonce: s.reconnectNonceSeconds };
  }

  /** `POST /callback/ws/endpoint` with `{AppID, AppSecret}`. */
  endpoint(body: Record<string, unknown>, now: number): Record<string, unknown> {
    if (typeof body.AppID !== 'string' || !this.deps.isApp(body.AppID)) {
      return { code: LONG_CONNECTION_CODES.badCredentials, msg: 'app id not exists', data: {} };
    }
    if (body.AppSecret !== this.deps.appSecret()) return { code: LONG_CONNECTION_CODES.badCredentials, msg: 'app secret invalid', data: {} };
    for (const [k, t] of this.tickets) if (t.expiresAt < now) this.tickets.delete(k);
    const ticket = randomBytes(16).toString('hex');
    const deviceId = randomBytes(8).toString('hex');
    const serviceId = ++this.serviceIds;
    this.tickets.set(ticket, { deviceId, serviceId, expiresAt: now + TICKET_TTL_MS });
    const wsBase = this.deps.baseUrl().replace(/^http/, 'ws');
    // The ticket goes first: clients read device_id and service_id from the query by name.
    const url = `${wsBase}${CONNECT_PATH}?access_key=${ticket}&device_id=${deviceId}&service_id=${serviceId}`;
    return { code: 0, msg: 'ok', data: { URL: url, ClientConfig: this.clientConfig() } };
  }

  /** Takes an HTTP upgrade for the connect path; returns false for other paths. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, now: number): boolean {
    const u = new URL(req.url ?? '/', 'http://localhost');
    if (u.pathname !== CONNECT_PATH) return false;
    const key = u.searchParams.get('access_key') ?? '';
    const ticket = this.tickets.get(key);
    if (!ticket || ticket.expiresAt < now) {
      refuse(socket, LONG_CONNECTION_CODES.authFailed, 'auth failed: unknown, used or expired connect URL; ask the endpoint for a new one', 0);
      return true;
    }
    if (this.connections.length >= this.settings.maxConnections) {
      refuse(socket, 403, `too many connections for this app (at most ${this.settings.maxConnections})`, LONG_CONNECTION_CODES.tooManyConnections);
      return true;
    }
    this.tickets.delete(key);
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, ticket));
    return true;
  }

  deliver(rec: EventRecord): void {
    const c = this.pick();
    if (c) return this.send(c, rec);
    if (!this.everConnected) {
      rec.status = 'failed';
      rec.last_error = 'no long connection and no webhook URL: nobody receives events for this app';
      this.hub.changed(rec);
      return;
    }
    rec.status = 'queued';
    this.waiting.push(rec);
    this.hub.changed(rec);
  }

  request(rec: EventRecord, timeoutMs: number): Promise<CallbackAnswer> {
    const c = this.pick();
    if (!c) {
      rec.status = 'failed';
      rec.last_error = 'no long connection is open';
      return Promise.resolve({ ok: false, reason: rec.last_error });
    }
    return new Promise<CallbackAnswer>((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        c.inFlight.delete(rec.envelope.header.event_id);
        rec.status = 'failed';
        rec.last_error = `no answer within ${timeoutMs} ms`;
        this.hub.changed(rec);
        resolve({ ok: false, reason: rec.last_error });
      }, timeoutMs);
      this.timers.add(timer);
      this.send(c, rec, (a) => {
        clearTimeout(timer);
        this.timers.delete(timer);
        resolve(a);
      });
    });
  }

  /** Drops every live connection at once, as a network failure would (clients reconnect). */
  dropAll(): number {
    const n = this.connections.length;
    for (const c of [...this.connections]) c.ws.terminate();
    return n;
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const c of [...this.connections]) c.ws.terminate();
    this.wss.close();
  }

  private accept(ws: WebSocket, t: Ticket): void {
    const c: Connection = { ws, deviceId: t.deviceId, serviceId: t.serviceId, seq: 0n, inFlight: new Map() };
    this.connections.push(c);
    this.everConnected = true;
    ws.on('message', (data, isBinary) => {
      if (!isBinary) return;
      this.onFrame(c, data as Buffer);
    });
    ws.on('close', () => this.onClose(c));
    ws.on('error', () => ws.terminate());
    // Whatever waited for a connection goes out now, oldest first.
    for (const rec of this.waiting.splice(0)) this.deliver(rec);
  }

  private pick(): Connection | undefined {
    const open = this.connections.filter((c) => c.ws.readyState === c.ws.OPEN);
    if (open.length === 0) return undefined;
    // The platform spreads events across an app's connections: each event goes to one of them.
    return open[this.next++ % open.length];
  }

  private send(c: Connection, rec: EventRecord, answer?: (a: CallbackAnswer) => void): void {
    const id = rec.envelope.header.event_id;
    const type = answer ? FrameType.card : FrameType.event;
    const bytes = Buffer.from(rec.text, 'utf8');
    const size = this.settings.fragmentBytes;
    const sum = Math.max(1, Math.ceil(bytes.length / size));
    rec.attempts++;
    rec.status = 'in_flight';
    rec.to = c.deviceId;
    c.inFlight.set(id, { rec, sentAt: Date.now(), answer });
    const traceId = `${this.runTag}-${(++this.frameCount).toString(16)}`;
    for (let i = 0; i < sum; i++) {
      const headers: FrameHeader[] = [
        { key: FrameHeaderKey.type, value: type },
        { key: FrameHeaderKey.messageId, value: id },
        { key: FrameHeaderKey.sum, value: String(sum) },
        { key: FrameHeaderKey.seq, value: String(i) },
        { key: FrameHeaderKey.traceId, value: traceId },
        { key: FrameHeaderKey.timestamp, value: String(Date.now()) },
      ];
      const frame: Frame = {
        seqId: ++c.seq,
        logId: BigInt(this.frameCount),
        service: c.serviceId,
        method: FrameMethod.data,
        headers,
        payload: bytes.subarray(i * size, (i + 1) * size),
      };
      c.ws.send(encodeFrame(frame));
    }
    this.hub.changed(rec);
  }

  private onFrame(c: Connection, data: Buffer): void {
    let f: Frame;
    try {
      f = decodeFrame(data);
    } catch {
      return; // not a frame: ignored, as the platform does
    }
    const type = frameHeader(f, FrameHeaderKey.type);
    if (f.method === FrameMethod.control) {
      if (type === FrameType.ping) {
        const pong: Frame = {
          seqId: 0n,
          logId: 0n,
          service: f.service,
          method: FrameMethod.control,
          headers: [{ key: FrameHeaderKey.type, value: FrameType.pong }],
          payload: Buffer.from(JSON.stringify(this.clientConfig())),
        };
        c.ws.send(encodeFrame(pong));
      }
      return;
    }
    const id = frameHeader(f, FrameHeaderKey.messageId);
    const pending = id ? c.inFlight.get(id) : undefined;
    if (!id || !pending) return; // an ACK for something already settled (or never sent)
    c.inFlight.delete(id);
    let ack: { code?: number; data?: string } = {};
    try {
      ack = JSON.parse(Buffer.from(f.payload ?? []).toString('utf8')) as typeof ack;
    } catch {
      ack = { code: 500 };
    }
    const rec = pending.rec;
    const ok = typeof ack.code === 'number' && ack.code >= 200 && ack.code <= 299;
    if (pending.answer) {
      rec.status = ok ? 'delivered' : 'failed';
      if (ok) rec.delivered_at = this.hub.deps.now();
      else rec.last_error = `the handler answered code ${ack.code}`;
      this.hub.changed(rec);
      if (!ok) return pending.answer({ ok: false, reason: rec.last_error! });
      let body: unknown = {};
      try {
        body = ack.data ? JSON.parse(Buffer.from(ack.data, 'base64').toString('utf8')) : {};
      } catch {
        return pending.answer({ ok: false, reason: 'the answer in the ACK is not base64 JSON' });
      }
      return pending.answer({ ok: true, body });
    }
    if (ok) {
      rec.status = 'delivered';
      rec.delivered_at = this.hub.deps.now();
      this.hub.changed(rec);
      return;
    }
    rec.last_error = `the handler answered code ${ack.code}`;
    this.hub.retryLater(rec, () => this.deliver(rec));
  }

  private onClose(c: Connection): void {
    const i = this.connections.indexOf(c);
    if (i >= 0) this.connections.splice(i, 1);
    if (this.closed) return;
    // Unacknowledged events are sent again: to another live connection, or after the reconnect.
    const unacked = [...c.inFlight.values()];
    c.inFlight.clear();
    for (const p of unacked) {
      if (p.answer) {
        p.rec.status = 'failed';
        p.rec.last_error = 'the connection closed before the answer';
        this.hub.changed(p.rec);
        p.answer({ ok: false, reason: p.rec.last_error });
      } else {
        this.deliver(p.rec);
      }
    }
  }
}

function refuse(socket: Duplex, status: number, msg: string, authCode: number): void {
  const lines = [
    'HTTP/1.1 403 Forbidden',
    `Handshake-Status: ${status}`,
    `Handshake-Msg: ${msg}`,
    `Handshake-Autherrcode: ${authCode}`,
    'Connection: close',
    'Content-Length: 0',
    '',
    '',
  ];
  socket.end(lines.join('\r\n'));
}
