import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Runtime } from '../context.js';
import { TENANT_KEY } from '../seed.js';
import type { Actor, MessageRec } from '../state.js';
import { readJsonBody } from '../json-guard.js';
import { eventViolations } from '../validate.js';
import { changes, messagesRead, snapshot, type Draft, type Snapshot } from './changes.js';
import { EventHub, type EventRecord } from './hub.js';
import { ENDPOINT_PATH, LongConnectionServer } from './long-connection.js';
import { longConnectionSettings, type EventOptions } from './settings.js';
import { WebhookSender } from './webhook.js';

export interface EventServiceDeps {
  readonly rt: Runtime;
  /** Scopes the app has enabled. */
  appScopes(): ReadonlySet<string>;
  /** Whether `id` names the emulated app (its id or an accepted alias). */
  isApp(id: string): boolean;
  baseUrl(): string;
  log?(line: string): void;
}

/**
 * The emulator's event side: hooks around API calls that turn state changes into events, and the
 * two ways events reach the app (webhook, long connection).
 */
export class EventService {
  readonly hub: EventHub;
  readonly webhook: WebhookSender;
  readonly longConnection: LongConnectionServer;

  constructor(
    private readonly deps: EventServiceDeps,
    options: EventOptions = {},
  ) {
    const rt = deps.rt;
    this.hub = new EventHub({ appId: () => rt.state.app.app_id, tenantKey: TENANT_KEY, now: () => rt.now(), log: deps.log }, options);
    this.webhook = new WebhookSender(this.hub, options.webhookTimeoutMs ?? 5000);
    this.longConnection = new LongConnectionServer(
      this.hub,
      { isApp: deps.isApp, appSecret: () => rt.state.app.app_secret, baseUrl: deps.baseUrl },
      longConnectionSettings(options.longConnection),
    );
    this.hub.attach({ webhook: this.webhook, longConnection: this.longConnection });
  }

  /** Before a handler runs: what the call may change (reads change nothing and are skipped). */
  before(httpMethod: string, path: Record<string, unknown>): Snapshot | undefined {
    return httpMethod === 'GET' ? undefined : snapshot(this.deps.rt.state, path);
  }

  /** After a handler succeeded: publishes the events its changes caused. */
  after(before: Snapshot | undefined, actor: Actor, now: number): EventRecord[] {
    if (!before) return [];
    return this.publishAll(changes(this.deps.rt.state, before, actor, now));
  }

  /** A user read messages (admin API or a test). */
  read(openId: string, messages: readonly MessageRec[], at: number): EventRecord[] {
    const d = messagesRead(this.deps.rt.state, openId, messages, at);
    return d ? this.publishAll([d]) : [];
  }

  /** Serves `POST /callback/ws/endpoint`; false for other paths. */
  async handleHttp(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (pathname !== ENDPOINT_PATH) return false;
    let body: Record<string, unknown> = {};
    try {
      const buf = await readJsonBody(req, 64 * 1024);
      body = buf.length ? (JSON.parse(buf.toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      body = {};
    }
    const out = req.method === 'POST' ? this.longConnection.endpoint(body, this.deps.rt.now()) : { code: 10003, msg: 'the endpoint takes POST', data: {} };
    const text = JSON.stringify(out);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return true;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!this.longConnection.handleUpgrade(req, socket, head, this.deps.rt.now())) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    }
  }

  close(): void {
    this.hub.close();
  }

  /**
   * Sends the drafts the app may receive: the event's spec must give the bot identity, and the
   * app must hold its scopes (for im.message.receive_v1, the ones of where the message was sent).
   * Every payload is checked against the event's spec first; a mismatch is an emulator bug.
   */
  private publishAll(drafts: readonly Draft[]): EventRecord[] {
    const scopes = this.deps.appScopes();
    const model = this.deps.rt.model;
    const out: EventRecord[] = [];
    for (const d of drafts) {
      const spec = model.events.find((e) => e.key === d.type);
      const rule = spec?.identities.bot?.scopes;
      if (!spec || !rule) continue;
      const anyOf = d.anyScope.length > 0 ? d.anyScope : rule.anyOf;
      if (anyOf.length > 0 && !anyOf.some((s) => scopes.has(s))) continue;
      if (!rule.allOf.every((s) => scopes.has(s))) continue;
      const violations = eventViolations(model, spec, d.event);
      if (violations.length > 0) {
        const problems = JSON.stringify(violations);
        this.deps.log?.(`emulator bug: the ${d.type} payload does not match its spec: ${problems}`);
        out.push(this.hub.reject(d.type, d.event, `emulator bug: the payload does not match the event's spec: ${problems}`));
        continue;
      }
      const rec = this.hub.publish(d.type, d.event);
      if (rec) out.push(rec);
    }
    return out;
  }
}
