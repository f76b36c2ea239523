import { randomBytes } from 'node:crypto';
import { encryptEvent, signEvent } from '@larkgen/event-wire/crypto';
import type { EventSettings } from './settings.js';
import type { CallbackAnswer, EventHub, EventRecord, Transport } from './hub.js';

export interface WebhookResult {
  readonly status: number;
  readonly body: string;
}

/** POSTs one body to the app the way the platform does: encrypted and signed when there is an encrypt key. */
export async function postToApp(url: string, settings: EventSettings, plaintext: string, timeoutMs: number): Promise<WebhookResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Lark-Emulator-Event-Delivery' };
  let body = plaintext;
  if (settings.encryptKey) {
    body = JSON.stringify({ encrypt: await encryptEvent(plaintext, settings.encryptKey) });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString('hex');
    headers['x-lark-request-timestamp'] = timestamp;
    headers['x-lark-request-nonce'] = nonce;
    headers['x-lark-signature'] = await signEvent(timestamp, nonce, settings.encryptKey, body);
  }
  const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
  return { status: res.status, body: await res.text() };
}

/**
 * The console's URL check: a `url_verification` body with a fresh challenge; the receiver must
 * answer 2xx with the same challenge.
 */
export async function verifyUrl(url: string, settings: EventSettings, timeoutMs: number): Promise<{ ok: true } | { ok: false; reason: string }> {
  const challenge = randomBytes(12).toString('hex');
  const plaintext = JSON.stringify({ challenge, token: settings.verificationToken, type: 'url_verification' });
  let r: WebhookResult;
  try {
    r = await postToApp(url, settings, plaintext, timeoutMs);
  } catch (e) {
    return { ok: false, reason: `the URL did not answer: ${(e as Error).message}` };
  }
  if (r.status < 200 || r.status > 299) return { ok: false, reason: `the URL answered HTTP ${r.status}` };
  try {
    if ((JSON.parse(r.body) as { challenge?: unknown }).challenge === challenge) return { ok: true };
  } catch {
    // falls through to the explanation below
  }
  return { ok: false, reason: 'the answer did not carry the challenge back ({"challenge": "<same value>"})' };
}

/** At-least-once webhook delivery: retried with exponential backoff until a 2xx or the attempt limit. */
export class WebhookSender implements Transport {
  private closed = false;

  constructor(
    private readonly hub: EventHub,
    private readonly timeoutMs: number,
  ) {}

  deliver(rec: EventRecord): void {
    void this.attempt(rec);
  }

  async request(rec: EventRecord, timeoutMs: number): Promise<CallbackAnswer> {
    const url = this.hub.settings.callbackUrl ?? this.hub.settings.webhookUrl!;
    rec.attempts++;
    rec.status = 'in_flight';
    rec.to = url;
    try {
      const r = await postToApp(url, this.hub.settings, rec.text, timeoutMs);
      if (r.status < 200 || r.status > 299) return this.settle(rec, { ok: false, reason: `the callback URL answered HTTP ${r.status}` });
      return this.settle(rec, { ok: true, body: r.body.trim() ? JSON.parse(r.body) : {} });
    } catch (e) {
      const timedOut = (e as Error).name === 'TimeoutError';
      return this.settle(rec, { ok: false, reason: timedOut ? `no answer within ${timeoutMs} ms` : `the callback failed: ${(e as Error).message}` });
    }
  }

  close(): void {
    this.closed = true;
  }

  private settle(rec: EventRecord, a: CallbackAnswer): CallbackAnswer {
    rec.status = a.ok ? 'delivered' : 'failed';
    if (!a.ok) rec.last_error = a.reason;
    else rec.delivered_at = this.hub.deps.now();
    this.hub.changed(rec);
    return a;
  }

  private async attempt(rec: EventRecord): Promise<void> {
    const url = this.hub.settings.webhookUrl;
    if (this.closed) return;
    if (!url) {
      rec.status = 'failed';
      rec.last_error = 'the webhook URL was removed';
      this.hub.changed(rec);
      return;
    }
    rec.attempts++;
    rec.status = 'in_flight';
    rec.to = url;
    try {
      const r = await postToApp(url, this.hub.settings, rec.text, this.timeoutMs);
      if (r.status >= 200 && r.status <= 299) {
        rec.status = 'delivered';
        rec.delivered_at = this.hub.deps.now();
        this.hub.changed(rec);
        return;
      }
      rec.last_error = `HTTP ${r.status}`;
    } catch (e) {
      rec.last_error = (e as Error).name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : (e as Error).message;
    }
    if (!this.closed) this.hub.retryLater(rec, () => void this.attempt(rec));
  }
}
