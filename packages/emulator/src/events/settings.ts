/** How the emulated app receives events and card callbacks (the console's "Events & Callbacks" page). */
export interface EventSettings {
  /** Request URL for webhook delivery; unset = events go to the long connection. */
  webhookUrl?: string;
  /** Request URL for card callbacks (default: webhookUrl; unset with no webhook = long connection). */
  callbackUrl?: string;
  /** With an encrypt key, webhook bodies are encrypted and signed. */
  encryptKey?: string;
  /** Sent as `header.token` in every envelope. */
  verificationToken: string;
  /** Event types the app subscribed to; unset = every type. */
  subscriptions?: string[];
}

export interface RetryPolicy {
  /** Wait before the first retry (default 1,000 ms); doubles per attempt. */
  initialMs: number;
  /** Longest wait between attempts (default 60,000 ms). */
  maxMs: number;
  /** Attempts in all, the first included (default 8); then the delivery is given up. */
  maxAttempts: number;
}

export interface LongConnectionSettings {
  /** ClientConfig handed to clients at the endpoint and in every pong (seconds). */
  pingIntervalSeconds: number;
  reconnectCount: number;
  reconnectIntervalSeconds: number;
  reconnectNonceSeconds: number;
  /** Payloads longer than this many bytes are split into fragments (default 64 KiB). */
  fragmentBytes: number;
  /** Live connections allowed per app (default 50); more are refused with 1000040350. */
  maxConnections: number;
}

export interface EventOptions {
  webhookUrl?: string;
  callbackUrl?: string;
  encryptKey?: string;
  verificationToken?: string;
  subscriptions?: string[];
  retry?: Partial<RetryPolicy>;
  /** How long one webhook attempt may take (default 5,000 ms). */
  webhookTimeoutMs?: number;
  /** How long a card callback may take to answer (default 3,000 ms, as on the platform). */
  callbackTimeoutMs?: number;
  longConnection?: Partial<LongConnectionSettings>;
}

export const DEFAULT_VERIFICATION_TOKEN = 'demo-verification-token';

export function retryPolicy(o: Partial<RetryPolicy> = {}): RetryPolicy {
  return { initialMs: o.initialMs ?? 1000, maxMs: o.maxMs ?? 60_000, maxAttempts: o.maxAttempts ?? 8 };
}

/** Wait before attempt `attempt` (2 = the first retry): initial · 2^(attempt−2), capped. */
export function backoffMs(p: RetryPolicy, attempt: number): number {
  return Math.min(p.maxMs, p.initialMs * 2 ** Math.max(0, attempt - 2));
}

export function longConnectionSettings(o: Partial<LongConnectionSettings> = {}): LongConnectionSettings {
  return {
    pingIntervalSeconds: o.pingIntervalSeconds ?? 120,
    reconnectCount: o.reconnectCount ?? -1,
    reconnectIntervalSeconds: o.reconnectIntervalSeconds ?? 120,
    reconnectNonceSeconds: o.reconnectNonceSeconds ?? 30,
    fragmentBytes: o.fragmentBytes ?? 64 * 1024,
    maxConnections: o.maxConnections ?? 50,
  };
}

export function eventSettings(o: EventOptions = {}): EventSettings {
  const s: EventSettings = { verificationToken: o.verificationToken ?? DEFAULT_VERIFICATION_TOKEN };
  if (o.webhookUrl) s.webhookUrl = o.webhookUrl;
  if (o.callbackUrl) s.callbackUrl = o.callbackUrl;
  if (o.encryptKey) s.encryptKey = o.encryptKey;
  if (o.subscriptions) s.subscriptions = [...o.subscriptions];
  return s;
}
