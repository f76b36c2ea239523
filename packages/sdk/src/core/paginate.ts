import type { LarkCore } from './client.js';
import type { LarkRequest, MethodDescriptor, PageOptions } from './types.js';
import { sleep } from './util.js';

/** The data of every page, following the page token, up to `limit` / `maxPages` pages; a failed page throws. */
export function iteratePages<Res>(c: LarkCore, d: MethodDescriptor, req: LarkRequest | void, o: PageOptions = {}): AsyncGenerator<Res, void, undefined> {
  return walk<Res>(c, d, req, o, Math.min(o.maxPages ?? Infinity, o.limit ?? Infinity));
}

/** Every item of every page, up to `limit` items and `maxPages` pages; a failed page throws. */
export async function* iterateItems<Item>(c: LarkCore, d: MethodDescriptor, req: LarkRequest | void, o: PageOptions = {}): AsyncGenerator<Item, void, undefined> {
  const limit = o.limit ?? Infinity;
  let count = 0;
  if (limit <= 0) return;
  for await (const page of walk<Record<string, unknown> | undefined>(c, d, req, o, o.maxPages ?? Infinity)) {
    const items = page?.[d.pagination!.items];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      yield item as Item;
      if (++count >= limit) return;
    }
  }
}

async function* walk<Res>(c: LarkCore, d: MethodDescriptor, req: LarkRequest | void, o: PageOptions, max: number): AsyncGenerator<Res, void, undefined> {
  const p = d.pagination;
  if (!p) throw new TypeError(`${d.id} is not paginated`);
  const { limit: _l, maxPages: _m, pageSize, delayMs, ...call } = o;
  let token = req?.params?.[p.pageToken];
  const seen = new Set<unknown>();
  for (let n = 0; n < max; ) {
    const params: Record<string, unknown> = { ...req?.params };
    if (pageSize !== undefined) params[p.pageSize] = pageSize;
    if (token) params[p.pageToken] = token;
    const { data } = await c.call<Record<string, unknown> | undefined>(d, { ...req, params }, call);
    yield data as Res;
    n++;
    const next = data?.[p.nextToken];
    // Stop when the platform says so, or when it gives no new token to continue with.
    if (!data?.[p.hasMore] || typeof next !== 'string' || !next || seen.has(next)) return;
    seen.add(next);
    token = next;
    if (delayMs && n < max) await sleep(delayMs, o.signal);
  }
}
