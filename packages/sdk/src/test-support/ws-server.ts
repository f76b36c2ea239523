/**
 * A minimal long-connection server for tests, built on the same frame codec: the endpoint route,
 * the WebSocket upgrade, pongs carrying settings, and helpers to push events and collect ACKs.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeFrame, encodeFrame, frameHeader, type Frame } from '../ws/frame.js';
import type { ClientConfig } from '../ws/client.js';

export interface Ack {
  readonly frame: Frame;
  readonly body: { code: number; data?: string };
}

export class TestWsServer {
  readonly acks: Ack[] = [];
  readonly pings: Frame[] = [];
  readonly sockets = new Set<WebSocket>();
  endpointAnswer: ((n: number) => { status?: number; body: unknown } | undefined) | undefined;
  handshakeRefusal: Record<string, string> | undefined;
  clientConfig: ClientConfig = { PingInterval: 120, ReconnectCount: 3, ReconnectInterval: 0, ReconnectNonce: 0 };
  pongConfig: Partial<ClientConfig> | undefined;
  endpointCalls = 0;
  connections = 0;
  #seq = 0n;
  #waiters: (() => void)[] = [];
  readonly #http = http.createServer((req, res) => this.#endpoint(req, res));
  readonly #wss = new WebSocketServer({ noServer: true });

  constructor() {
    this.#http.on('upgrade', (req, socket, head) => {
      if (this.handshakeRefusal) {
        socket.end(`HTTP/1.1 403 Forbidden\r\n${Object.entries(this.handshakeRefusal).map(([k, v]) => `${k}: ${v}\r\n`).join('')}Content-Length: 0\r\n\r\n`);
        return;
      }
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws));
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((r) => this.#http.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.#http.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.#wss.close();
    await new Promise((r) => this.#http.close(r));
  }

  /** Sends a payload as one data frame, or split into `parts` fragments; returns its message id. */
  push(type: 'event' | 'card', payload: unknown, parts = 1): string {
    const bytes = new TextEncoder().encode(JSON.stringify(payload));
    const id = `msg_${++this.#seq}`;
    const size = Math.ceil(bytes.length / parts);
    for (let i = 0; i < parts; i++) {
      const frame: Frame = {
        seqId: this.#seq, logId: this.#seq, service: 7, method: 1,
        headers: [{ key: 'type', value: type }, { key: 'message_id', value: id }, { key: 'sum', value: String(parts) }, { key: 'seq', value: String(i) }, { key: 'trace_id', value: `t${this.#seq}` }],
        payload: bytes.subarray(i * size, (i + 1) * size),
      };
      for (const s of this.sockets) s.send(encodeFrame(frame));
    }
    return id;
  }

  /** Resolves once `test` holds, re-checked on every frame and connection (no sleeping). */
  async until(test: () => boolean): Promise<void> {
    while (!test()) await new Promise<void>((r) => this.#waiters.push(r));
  }

  #wake(): void {
    for (const w of this.#waiters.splice(0)) w();
  }

  #endpoint(req: http.IncomingMessage, res: http.ServerResponse): void {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const n = ++this.endpointCalls;
      const body = JSON.parse(text) as { AppID: string; AppSecret: string };
      const custom = this.endpointAnswer?.(n);
      const port = (this.#http.address() as AddressInfo).port;
      const answer = custom ?? {
        body: body.AppSecret === 'secret'
          ? { code: 0, msg: 'ok', data: { URL: `ws://127.0.0.1:${port}/ws?device_id=d1&service_id=7`, ClientConfig: this.clientConfig } }
          : { code: 1000040351, msg: 'invalid app secret' },
      };
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      this.#wake();
    });
  }

  #accept(ws: WebSocket): void {
    this.sockets.add(ws);
    this.connections++;
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.#wake();
    });
    ws.on('message', (data: Buffer) => {
      const frame = decodeFrame(new Uint8Array(data));
      if (frame.method === 0 && frameHeader(frame, 'type') === 'ping') {
        this.pings.push(frame);
        const payload = this.pongConfig ? new TextEncoder().encode(JSON.stringify(this.pongConfig)) : undefined;
        ws.send(encodeFrame({ ...frame, headers: [{ key: 'type', value: 'pong' }], ...(payload ? { payload } : {}) }));
      } else {
        this.acks.push({ frame, body: JSON.parse(new TextDecoder().decode(frame.payload)) as Ack['body'] });
      }
      this.#wake();
    });
    this.#wake();
  }
}
