import type { SpecModel } from '@larkgen/spec';
import type { EventOptions } from './events/settings.js';

/** Injected failures, applied to API, token and OAuth routes (never to `/__emulator/`). */
export interface FaultOptions {
  /** Share of calls (0..1) answered with a 5xx error. */
  errorRate?: number;
  /** HTTP status of injected errors (default 500). */
  errorStatus?: number;
  /** Extra delay before every answer, in milliseconds. */
  latencyMs?: number;
  /** Random extra delay on top of latencyMs, up to this many milliseconds. */
  latencyJitterMs?: number;
  /** Share of calls (0..1) whose connection is closed without an answer. */
  dropRate?: number;
  /** Share of calls (0..1) whose access token is expired on arrival (forced token expiry). */
  expireTokenRate?: number;
  /** Limit the faults to these method ids (token endpoints: auth.tenant_access_token, oauth.device_authorization, oauth.token). */
  methods?: string[];
}

export interface RateLimit {
  perSecond?: number;
  perMinute?: number;
}

/** Rate limits per app and method: HTTP 429 with code 99991400 and x-ogw-ratelimit-* headers. */
export interface RateLimitOptions {
  /** Apply each method's documented limits from the spec. */
  fromSpec?: boolean;
  /** Limits by method id; `*` applies to every method without a limit of its own. */
  methods?: Record<string, RateLimit>;
}

export interface EmulatorOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Starting data: the demo tenant (default) or only the app, bot and users. */
  seed?: 'demo' | 'empty';
  /** Keep the state in this JSON file: loaded at start, written (atomically) after changes. */
  dataFile?: string;
  faults?: FaultOptions;
  rateLimits?: RateLimitOptions;
  /** Lifetime of tenant access tokens (default 7200 s). */
  tokenTtlSeconds?: number;
  /** Lifetime of user access tokens (default 7200 s). */
  userTokenTtlSeconds?: number;
  /** Lifetime of refresh tokens (default 30 days). */
  refreshTokenTtlSeconds?: number;
  /** Scopes the app has enabled (default: every scope in the spec model). */
  enabledScopes?: readonly string[];
  /** Credentials of the emulated app (default cli_a7e3c9d15b2f4086 / demo-app-secret; the old demo id cli_demo is still accepted at sign-in). */
  appId?: string;
  appSecret?: string;
  /** Approve every device authorization at once, as this user (true = ou_alice). */
  autoApproveDevice?: boolean | string;
  /** Lifetime of device codes (default 240 s). */
  deviceCodeTtlSeconds?: number;
  /** Minimum polling interval announced for device codes (default 5 s). */
  devicePollIntervalSeconds?: number;
  /** How much slow_down adds to the interval (default 5 s, as RFC 8628 says). */
  deviceSlowDownSeconds?: number;
  /** Which brand's console host to name in scope errors (default feishu). */
  brand?: 'feishu' | 'lark';
  /** The spec model to serve (default: the generated one). */
  model?: SpecModel;
  /** Method ids to leave without a handler (they answer "not emulated"). */
  exclude?: readonly string[];
  /** Check every success answer against the method's response schema (default true). */
  validateResponses?: boolean;
  /** Clock in milliseconds (default Date.now). */
  now?: () => number;
  /** Event delivery: webhook URL, encrypt key, verification token, subscriptions, retries, long-connection settings. */
  events?: EventOptions;
  /** Receives one line per request when set. */
  log?: (line: string) => void;
}
