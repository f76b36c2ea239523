/**
 * A framework-neutral webhook endpoint: a fetch `Request` in, a `Response` out. It answers the
 * URL check, decrypts, checks the signature over the raw body bytes, the verification token and
 * the timestamp window, then acknowledges at once and handles the event afterwards. A callback
 * (card click) is awaited for its answer, within the platform's 3-second limit.
 */
import { decryptEvent, EventDecryptError, verifyEventSignature } from './crypto.js';
import type { DispatchResult, EventDispatcher } from './dispatcher.js';
import { EventEnvelopeError, isObject } from './envelope.js';

export interface WebhookOptions {
  /** The app's encrypt key: deliveries are then encrypted and signed, and unsigned ones refused. */
  readonly encryptKey?: string;
  /** The app's verification token: deliveries carrying another token are refused. */
  readonly verificationToken?: string;
  /** Largest accepted distance between the signature timestamp and now, in seconds (default 300). */
  readonly toleranceSeconds?: number;
  /** How long a callback handler may take before an empty answer is sent, in ms (default 2,500; the platform waits 3 s). */
  readonly callbackBudgetMs?: number;
  /** Keeps background work alive on platforms that need it (e.g. a worker's `ctx.waitUntil`). */
  readonly waitUntil?: (work: Promise<unknown>) => void;
  /** Told about each event once handled, or each delivery refused. */
  readonly onDelivery?: (report: WebhookReport) => void;
  /** The clock, in ms (tests). */
  readonly now?: () => number;
}

export type WebhookReport =
  | { readonly kind: 'refused'; readonly status: number; readonly reason: string }
  | { readonly kind: 'challenge' }
  | { readonly kind: 'event'; readonly result: DispatchResult };

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function createWebhookHandler(dispatcher: EventDispatcher, options: WebhookOptions = {}): (request: Request) => Promise<Response> {
  const tolerance = options.toleranceSeconds ?? 300;
  const budget = options.callbackBudgetMs ?? 2_500;
  const now = options.now ?? Date.now;
  const report = (r: WebhookReport) => {
    try {
      options.onDelivery?.(r);
    } catch {
      // A report hook must not change the answer.
    }
  };
  const refuse = (status: number, reason: string): Response => {
    report({ kind: 'refused', status, reason });
    return new Response(JSON.stringify({ code: status, msg: reason }), { status, headers: JSON_HEADERS });
  };

  return async (request) => {
    if (request.method !== 'POST') return refuse(405, `webhooks are POSTed, not sent with ${request.method}`);
    const raw = new Uint8Array(await request.arrayBuffer());
    let outer: unknown;
    try {
      outer = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      return refuse(400, 'the body is not JSON');
    }
    if (!isObject(outer)) return refuse(400, 'the body is not a JSON object');

    let body: Record<string, unknown> = outer;
    if (typeof outer.encrypt === 'string') {
      if (!options.encryptKey) return refuse(400, 'the delivery is encrypted but no encrypt key is configured');
      try {
        const inner: unknown = JSON.parse(await decryptEvent(outer.encrypt, options.encryptKey));
        if (!isObject(inner)) return refuse(400, 'the decrypted delivery is not a JSON object');
        body = inner;
      } catch (e) {
        return refuse(400, e instanceof EventDecryptError ? e.message : 'the decrypted delivery is not JSON');
      }
    } else if (options.encryptKey) {
      return refuse(400, 'the delivery is not encrypted, but this endpoint has an encrypt key');
    }

    // The URL check carries the token at the top level and is not signed.
    if (body.type === 'url_verification') {
      if (options.verificationToken !== undefined && body.token !== options.verificationToken) return refuse(401, 'the URL check carries another verification token');
      if (typeof body.challenge !== 'string') return refuse(400, 'the URL check has no challenge');
      report({ kind: 'challenge' });
      return new Response(JSON.stringify({ challenge: body.challenge }), { status: 200, headers: JSON_HEADERS });
    }

    if (options.encryptKey) {
      const timestamp = request.headers.get('x-lark-request-timestamp');
      const nonce = request.headers.get('x-lark-request-nonce');
      const signature = request.headers.get('x-lark-signature');
      if (!timestamp || !nonce || !signature) return refuse(401, 'the signature headers are missing');
      const seconds = Number(timestamp);
      if (!/^[0-9]+$/.test(timestamp) || Math.abs(now() / 1000 - seconds) > tolerance) return refuse(401, `the timestamp is more than ${tolerance} s away from now (replayed or clock skew)`);
      if (!(await verifyEventSignature(signature, timestamp, nonce, options.encryptKey, raw))) return refuse(401, 'the signature does not match the body');
    }

    const header = isObject(body.header) ? body.header : undefined;
    if (options.verificationToken !== undefined && header?.token !== options.verificationToken) return refuse(401, 'the delivery carries another verification token');

    let work: Promise<DispatchResult>;
    try {
      work = dispatcher.dispatch(body);
    } catch (e) {
      return refuse(400, e instanceof EventEnvelopeError ? e.message : 'the delivery could not be read');
    }
    const reported = work.then((result) => {
      report({ kind: 'event', result });
      return result;
    });
    options.waitUntil?.(reported);

    if (!dispatcher.isCallback(String(header?.event_type))) {
      void reported.catch(() => undefined);
      return new Response(JSON.stringify({ msg: 'success' }), { status: 200, headers: JSON_HEADERS });
    }
    // A callback's answer goes in the response; past the budget, answer empty and let it finish.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, budget, undefined)));
    const result = await Promise.race([reported, late]);
    clearTimeout(timer);
    return new Response(JSON.stringify(result?.answer ?? {}), { status: 200, headers: JSON_HEADERS });
  };
}
