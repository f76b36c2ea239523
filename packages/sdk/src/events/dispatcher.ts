/**
 * The typed event dispatcher: `on('im.message.receive_v1', (event) => …)`. Repeated deliveries
 * are dropped by event id (a bounded window), every handler of an event runs even when another
 * fails, and at most `concurrency` events are handled at once.
 */
import { eventKinds, type CallbackAnswerMap, type CallbackKey, type EventKey, type EventMap } from '../generated/events.js';
import { readEnvelope, type EventEnvelope, type EventHeader } from './envelope.js';
import { ConcurrencyLimit } from './limit.js';
import { RecentIds } from './recent-ids.js';

export interface EventContext {
  readonly header: EventHeader;
  readonly envelope: EventEnvelope;
}

/** A handler; a callback's handler may return the answer (a toast, a new card). */
export type EventHandler<K extends EventKey> = (
  event: EventMap[K],
  context: EventContext,
) => K extends CallbackKey ? CallbackAnswerMap[K] | void | Promise<CallbackAnswerMap[K] | void> : void | Promise<void>;

export interface DispatchResult {
  /** handled: every handler succeeded · failed: at least one threw · duplicate: seen lately, skipped · unhandled: no handler for the key. */
  readonly outcome: 'handled' | 'failed' | 'duplicate' | 'unhandled';
  readonly eventId: string;
  readonly eventType: string;
  /** A callback's answer: the first value a handler returned. */
  readonly answer?: unknown;
  readonly errors: readonly unknown[];
}

export interface EventDispatcherOptions {
  /** Events handled at the same time, across all keys (default 16). */
  readonly concurrency?: number;
  /** How many recent event ids are remembered for dropping duplicates (default 10,000). */
  readonly duplicateWindow?: number;
  /** Told about every handler that throws; by default one line on stderr. */
  readonly onError?: (error: unknown, context: EventContext) => void;
}

export class UnknownEventKeyError extends Error {
  override readonly name = 'UnknownEventKeyError';
}

export class EventDispatcher {
  readonly #handlers = new Map<string, ((event: unknown, ctx: EventContext) => unknown)[]>();
  readonly #seen: RecentIds;
  readonly #limit: ConcurrencyLimit;
  readonly #onError: (error: unknown, context: EventContext) => void;
  readonly #pending = new Set<Promise<unknown>>();

  constructor(options: EventDispatcherOptions = {}) {
    this.#seen = new RecentIds(options.duplicateWindow ?? 10_000);
    this.#limit = new ConcurrencyLimit(options.concurrency ?? 16);
    this.#onError = options.onError ?? ((error, ctx) => console.error(`[events] a handler of ${ctx.header.event_type} (${ctx.header.event_id}) failed: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** Adds a handler for one event key; several handlers of one key all run. */
  on<K extends EventKey>(key: K, handler: EventHandler<K>): this {
    if (!Object.hasOwn(eventKinds, key)) {
      const keys = Object.keys(eventKinds);
      throw new UnknownEventKeyError(`unknown event key "${key}"; known keys: ${keys.join(', ')}`);
    }
    const list = this.#handlers.get(key) ?? [];
    list.push(handler as (event: unknown, ctx: EventContext) => unknown);
    this.#handlers.set(key, list);
    return this;
  }

  /** Removes a handler added with {@link on}. */
  off<K extends EventKey>(key: K, handler: EventHandler<K>): this {
    const list = this.#handlers.get(key);
    const at = list?.indexOf(handler as (event: unknown, ctx: EventContext) => unknown) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
    return this;
  }

  /** The keys that have at least one handler. */
  keys(): string[] {
    return [...this.#handlers].filter(([, l]) => l.length > 0).map(([k]) => k);
  }

  /** Whether the key is a callback (answered) rather than an event (acknowledged). */
  isCallback(key: string): boolean {
    return (eventKinds as Record<string, string>)[key] === 'callback';
  }

  /**
   * Handles one delivery (a parsed 2.0 envelope). Throws only when the delivery is not an envelope;
   * handler failures are reported in the result (and to `onError`), and their event id is
   * forgotten so that the platform's redelivery is handled again.
   */
  dispatch(delivery: unknown): Promise<DispatchResult> {
    const envelope = readEnvelope(delivery);
    const { event_id: eventId, event_type: eventType } = envelope.header;
    const handlers = [...(this.#handlers.get(eventType) ?? [])];
    if (handlers.length === 0) return Promise.resolve({ outcome: 'unhandled', eventId, eventType, errors: [] });
    if (!this.#seen.add(eventId)) return Promise.resolve({ outcome: 'duplicate', eventId, eventType, errors: [] });
    const context: EventContext = { header: envelope.header, envelope };
    const work = this.#limit.run(async () => {
      const settled = await Promise.allSettled(handlers.map(async (h) => h(envelope.event, context)));
      const errors = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => s.reason);
      for (const e of errors) this.#report(e, context);
      const answered = settled.find((s): s is PromiseFulfilledResult<unknown> => s.status === 'fulfilled' && s.value !== undefined);
      if (errors.length > 0) this.#seen.delete(eventId);
      const result: DispatchResult = { outcome: errors.length > 0 ? 'failed' : 'handled', eventId, eventType, errors, ...(answered ? { answer: answered.value } : {}) };
      return result;
    });
    this.#pending.add(work);
    void work.finally(() => this.#pending.delete(work));
    return work;
  }

  /** Resolves once every event being handled now is done (for a clean shutdown). */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  #report(error: unknown, context: EventContext): void {
    try {
      this.#onError(error, context);
    } catch {
      // A failing error reporter must not take the dispatcher down with it.
    }
  }
}
