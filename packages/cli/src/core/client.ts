/**
 * The bridge to @larkgen/sdk: every call of the CLI goes through the SDK's client (tokens,
 * validation, retries, typed errors, pagination, downloads). The SDK is imported only when a
 * request is really sent, never for help, schema or --dry-run.
 */
import { LarkClient, type LarkClientOptions, type MethodDescriptor } from '@larkgen/sdk';
import type { Session } from './session.js';
import type { Identity } from '../meta.js';

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

/** The SDK's descriptor of a method (the same table the emulator and the tests use). */
export async function descriptorOf(id: string): Promise<MethodDescriptor> {
  const mod = await import('@larkgen/sdk/descriptors');
  const d = lookupDescriptor(mod as unknown as Record<string, unknown>, id);
  if (!d) throw new Error(`the SDK has no descriptor for ${id}; rebuild with pnpm generate && pnpm build`);
  return d;
}

function lookupDescriptor(mod: Record<string, unknown>, id: string): MethodDescriptor | undefined {
  for (const v of Object.values(mod)) {
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      const hit = (v as MethodDescriptor[]).find((d) => d && d.id === id);
      if (hit) return hit;
    } else if (id in (v as Record<string, unknown>)) {
      const hit = (v as Record<string, MethodDescriptor>)[id];
      if (hit && typeof hit === 'object' && hit.id === id) return hit;
    } else if ((v as MethodDescriptor).id === id) return v as MethodDescriptor;
  }
  return undefined;
}

type PagesFn = (req: object, opts?: object) => AsyncGenerator<unknown, void, undefined>;
export type BoundFn = ((req: object, opts?: object) => Promise<unknown>) & { pages?: PagesFn; descriptor: MethodDescriptor };

/** The client's bound method for an id (`client.im.chatMembers.get`), found by its descriptor. */
export function boundMethod(client: LarkClient, id: string): BoundFn {
  const m = findBound(client, id);
  if (!m) throw new Error(`the SDK has no binding for ${id}; rebuild with pnpm generate && pnpm build`);
  return m;
}

function findBound(client: LarkClient, id: string): BoundFn | undefined {
  const service = (client as unknown as Record<string, unknown>)[id.split('.')[0]!];
  if (!service || typeof service !== 'object') return undefined;
  for (const resource of Object.values(service as Record<string, unknown>)) {
    if (!resource || typeof resource !== 'object') continue;
    for (const m of Object.values(resource as Record<string, unknown>)) {
      const d = (m as { descriptor?: MethodDescriptor } | undefined)?.descriptor;
      if (d && d.id === id) return m as BoundFn;
    }
  }
  return undefined;
}

