/**
 * The bridge to @larkgen/sdk: every call of the CLI goes through the SDK's client (tokens,
 * validation, retries, typed errors, pagination, downloads). The SDK is imported only when a
 * request is really sent, never for help, schema or --dry-run.
 */
import * as sdk from '@larkgen/sdk';
import { LarkClient, type LarkClientOptions, type MethodDescriptor } from '@larkgen/sdk';
import type { Session } from './session.js';
import type { Identity, MethodModule } from '../meta.js';

// This module is loaded lazily with the SDK; it imports nothing else of the CLI at run time, so
// the SDK stays out of the start-up bundle.

export type { LarkClient, MethodDescriptor };
export { larkRequest } from '@larkgen/sdk';
export { toFile } from '@larkgen/sdk/node';

export function makeClient(session: Session, identity: Identity): LarkClient {
  const s = session.settings;
  if (identity === 'bot') session.requireBotCredentials();
  const opts: LarkClientOptions = {
    appId: s.appId ?? 'cli_unconfigured',
    brand: s.brand,
    baseUrl: s.baseUrl,
    defaultAs: identity,
    ...(s.appSecret ? { appSecret: s.appSecret } : {}),
    ...(s.envTenantToken ? { tenantAccessToken: s.envTenantToken } : {}),
    ...(s.timeoutMs !== undefined ? { timeoutMs: s.timeoutMs } : {}),
    userAccessToken: async ({ forceRefresh }) => {
      if (forceRefresh && !s.envUserToken && session.storedUserToken()?.refreshToken) return session.refreshStoredToken();
      return session.userAccessToken();
    },
  };
  return new LarkClient(opts);
}

type PagesFn = (req: object, opts?: object) => AsyncGenerator<unknown, void, undefined>;
export type BoundFn = ((req: object, opts?: object) => Promise<unknown>) & { pages?: PagesFn; descriptor: MethodDescriptor };

/** The SDK function a generated command module names (`binding`), bound to a client: no search by id. */
export function bind(client: LarkClient, binding: MethodModule['binding']): BoundFn {
  const fn = binding(sdk);
  const call = (req: object, opts?: object) => fn(client, req as never, opts);
  const pages = fn.pages;
  return Object.assign(call, { descriptor: fn.descriptor }, pages ? { pages: (req: object, opts?: object) => pages(client, req as never, opts) } : {});
}

/** The SDK's descriptor of a method (the same table the emulator and the tests use). */
export function descriptorOf(binding: MethodModule['binding']): MethodDescriptor {
  return binding(sdk).descriptor;
}
