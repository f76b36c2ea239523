/** The 2.0 envelope every event and callback arrives in, and how to read one safely. */

export interface EventHeader {
  /** Unique per event; a repeated delivery carries the same id. */
  readonly event_id: string;
  readonly event_type: string;
  /** Milliseconds since the Unix epoch, as a string. */
  readonly create_time: string;
  /** The app's verification token. */
  readonly token?: string;
  readonly app_id?: string;
  readonly tenant_key?: string;
}

export interface EventEnvelope<P = unknown> {
  readonly schema: '2.0';
  readonly header: EventHeader;
  readonly event: P;
}

/** A delivery that is not a 2.0 event envelope. */
export class EventEnvelopeError extends Error {
  override readonly name = 'EventEnvelopeError';
}

/** Checks the shape of a parsed delivery and returns it typed, or throws {@link EventEnvelopeError}. */
export function readEnvelope(value: unknown): EventEnvelope {
  if (!isObject(value)) throw new EventEnvelopeError('the delivery is not a JSON object');
  if (value.schema !== '2.0') throw new EventEnvelopeError(`unsupported envelope schema ${JSON.stringify(value.schema ?? null)} (expected "2.0"; switch the app's events to the 2.0 format)`);
  const header = value.header;
  if (!isObject(header)) throw new EventEnvelopeError('the envelope has no header object');
  for (const key of ['event_id', 'event_type'] as const) {
    if (typeof header[key] !== 'string' || header[key] === '') throw new EventEnvelopeError(`the envelope header has no ${key}`);
  }
  if (!isObject(value.event)) throw new EventEnvelopeError('the envelope has no event object');
  return value as unknown as EventEnvelope;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
