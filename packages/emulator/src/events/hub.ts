import { randomUUID } from 'node:crypto';
import { backoffMs, eventSettings, retryPolicy, type EventOptions, type EventSettings, type RetryPolicy } from './settings.js';

/** The 2.0 envelope every event and callback travels in. */
export interface Envelope {
  readonly schema: '2.0';
  readonly header: {
    readonly event_id: string;
    readonly event_type: string;
    readonly create_time: string;
    readonly token: string;
    readonly app_id: string;
    readonly tenant_key: string;
  };
  readonly event: Record<string, unknown>;
}

export type DeliveryStatus = 'queued' | 'in_flight' | 'delivered' | 'retrying' | 'failed';

/** One event on its way to the app, as the event log shows it. */
export interface EventRecord {
  readonly envelope: Envelope;
  /** The envelope as sent (JSON), built once. */
  readonly text: string;
  readonly via: 'webhook' | 'long_connection';
  status: DeliveryStatus;
  attempts: number;
  last_error?: string;
  delivered_at?: number;
  /** Where the latest attempt went: the webhook (or callback) URL, or the long connection's device_id. */
  to?: string;
}

/** Where events go: the webhook sender or the long-connection server. */
export interface Transport {
  deliver(rec: EventRecord): void;
  /** Sends a callback and resolves with the receiver's answer (undefined: none in time). */
  request(rec: EventRecord, timeoutMs: number): Promise<CallbackAnswer>;
  close(): void;
}

export type CallbackAnswer = { ok: true; body: unknown } | { ok: false; reason: string };

export interface HubDeps {
  appId(): string;
  readonly tenantKey: string;
  now(): number;
  log?(line: string): void;
}

const LOG_SIZE = 1000;

/** Builds envelopes, keeps the event log and hands each event to the transport the app uses. */
export class EventHub {
  settings: EventSettings;
  readonly retry: RetryPolicy;
  readonly callbackTimeoutMs: number;
  private readonly log: EventRecord[] = [];
  private webhook?: Transport;
  private longConnection?: Transport;
  private readonly listeners = new Set<(rec: EventRecord) => void>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    readonly deps: HubDeps,
    readonly options: EventOptions = {},
  ) {
    this.settings = eventSettings(options);
    this.retry = retryPolicy(options.retry);
    this.callbackTimeoutMs = options.callbackTimeoutMs ?? 3000;
  }

  attach(transports: { webhook: Transport; longConnection: Transport }): void {
    this.webhook = transports.webhook;
    this.longConnection = transports.longConnection;
  }

  subscribed(eventType: string): boolean {
    const subs = this.settings.subscriptions;
    return !subs || subs.includes(eventType);
  }

  envelope(eventType: string, event: Record<string, unknown>): Envelope {
    return {
      schema: '2.0',
      header: {
        event_id: randomUUID().replace(/-/g, ''),
        event_type: eventType,
        create_time: String(this.deps.now()),
        token: this.settings.verificationToken,
        app_id: this.deps.appId(),
        tenant_key: this.deps.tenantKey,
      },
      event,
    };
  }

  /** Sends an event to the app if it subscribed to the type; returns its record. */
  publish(eventType: string, event: Record<string, unknown>): EventRecord | undefined {
    if (!this.subscribed(eventType)) return undefined;
    const rec = this.record(this.envelope(eventType, event), this.settings.webhookUrl ? 'webhook' : 'long_connection');
    this.deps.log?.(`event ${eventType} ${rec.envelope.header.event_id} → ${rec.via}`);
    (rec.via === 'webhook' ? this.webhook : this.longConnection)!.deliver(rec);
    return rec;
  }

  /** Logs an event that is not sent (its payload broke the spec), so the event log shows why. */
  reject(eventType: string, event: Record<string, unknown>, reason: string): EventRecord {
    const rec = this.record(this.envelope(eventType, event), this.settings.webhookUrl ? 'webhook' : 'long_connection');
    rec.status = 'failed';
    rec.last_error = reason;
    this.changed(rec);
    return rec;
  }

  /** Sends a callback (card.action.trigger) and waits for the app's answer. */
  async callback(eventType: string, event: Record<string, unknown>): Promise<{ rec: EventRecord; answer: CallbackAnswer }> {
    const url = this.settings.callbackUrl ?? this.settings.webhookUrl;
    const rec = this.record(this.envelope(eventType, event), url ? 'webhook' : 'long_connection');
    const answer = await (url ? this.webhook : this.longConnection)!.request(rec, this.callbackTimeoutMs);
    return { rec, answer };
  }

  /** Called by transports whenever a record changes state. */
  changed(rec: EventRecord): void {
    for (const l of this.listeners) l(rec);
  }

  /** Calls `fn` on every status change; returns the unsubscribe function. */
  watch(fn: (rec: EventRecord) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  recent(limit = 100): readonly EventRecord[] {
    return this.log.slice(-limit);
  }

  /** After a failed attempt: `again` runs after the backoff, or the event is given up after the last attempt. */
  retryLater(rec: EventRecord, again: () => void): void {
    if (this.closed) return;
    if (rec.attempts >= this.retry.maxAttempts) {
      rec.status = 'failed';
      this.deps.log?.(`event ${rec.envelope.header.event_id} given up after ${rec.attempts} attempts: ${rec.last_error}`);
      this.changed(rec);
      return;
    }
    rec.status = 'retrying';
    this.changed(rec);
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.closed) again();
    }, backoffMs(this.retry, rec.attempts + 1));
    this.timers.add(t);
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.webhook?.close();
    this.longConnection?.close();
  }

  private record(envelope: Envelope, via: EventRecord['via']): EventRecord {
    const rec: EventRecord = { envelope, text: JSON.stringify(envelope), via, status: 'queued', attempts: 0 };
    this.log.push(rec);
    if (this.log.length > LOG_SIZE) this.log.splice(0, this.log.length - LOG_SIZE);
    return rec;
  }
}

/** The event log's view of a record (no payload secrets: the envelope's token is left out). */
export function recordView(rec: EventRecord): Record<string, unknown> {
  const { token: _token, ...header } = rec.envelope.header;
  return { header, event: rec.envelope.event, via: rec.via, status: rec.status, attempts: rec.attempts, last_error: rec.last_error, delivered_at: rec.delivered_at, to: rec.to };
}
