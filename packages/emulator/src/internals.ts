/**
 * The emulator's shared inside: what the request pipeline, the admin API and the OAuth endpoints
 * all read (they import this module, never the server).
 */
import type { SpecModel } from '@larkgen/spec';
import type { Handler, Runtime } from './context.js';
import type { Limiter } from './limits.js';
import type { EmulatorOptions, FaultOptions, RateLimitOptions } from './options.js';
import type { RequestLog } from './request-log.js';
import type { Router } from './router.js';
import type { EventService } from './events/service.js';

export interface RequestLogEntry {
  readonly at: number;
  readonly log_id: string;
  readonly http: string;
  readonly path: string;
  readonly method_id?: string;
  readonly identity?: string;
  /** Who called: the user's open_id, or the app's id for app and tenant tokens. */
  readonly caller?: string;
  readonly status: number;
  readonly code?: number;
  readonly ms: number;
}

/** Shared by the HTTP layer, the admin API and the OAuth endpoints. */
export interface Internals {
  readonly opts: EmulatorOptions;
  readonly model: SpecModel;
  readonly rt: Runtime;
  url: string;
  faults: FaultOptions;
  rateLimits: RateLimitOptions;
  readonly emulated: string[];
  readonly notEmulated: string[];
  /** The most recent calls, oldest first (made on each read). */
  readonly log: RequestLogEntry[];
  reset(seed?: 'demo' | 'empty'): void;
  appScopes(): Set<string>;
  setScopes(scopes: readonly string[]): void;
  approveDevice(userCode: string, openId?: string, deny?: boolean): boolean;
  tokenTtl: number;
  userTokenTtl: number;
  refreshTtl: number;
  readonly router: Router;
  readonly handlers: ReadonlyMap<string, Handler>;
  readonly limiter: Limiter;
  /** The developer console of the brand, for the links in permission errors. */
  readonly consoleHost: string;
  /** Adds a call to the log (and prints it through `opts.log`), as `RequestLog.add` takes it. */
  record: RequestLog['add'];
  /** Events: produced from state changes, delivered by webhook or long connection. */
  readonly events: EventService;
  /** Whether `id` names the emulated app (its id, or the old demo id for the demo app). */
  isApp(id: string): boolean;
}
