/**
 * Page walking for the list shortcuts that own --page-size / --page-token / --page-all /
 * --page-limit: one page by default; with --page-all, pages are fetched until the end or until
 * --page-limit pages (0 = no limit), and the named lists of every page are concatenated. A walk
 * cut short by the limit says so on stderr with a `[pagination]` notice naming the token to go on.
 */
import type { ShortcutContext } from '../../types.js';

export interface PageWalk {
  /** The lists named in `keys`, concatenated over the pages fetched. */
  readonly lists: Record<string, unknown[]>;
  /** The last page as the server sent it (undefined in --dry-run). */
  readonly last: Record<string, unknown> | undefined;
  readonly hasMore: boolean;
  /** Token to continue from; '' at the end. */
  readonly pageToken: string;
  readonly pages: number;
}

export interface WalkRequest {
  readonly path?: Record<string, string>;
  readonly params?: Record<string, unknown>;
  /** The request body, the same for every page. */
  readonly data?: Record<string, unknown>;
  /** Lists of each page to concatenate (e.g. ['groups', 'deleted_groups']). */
  readonly keys: readonly string[];
  /** Send page_token even on the first page (empty), as some list methods expect. */
  readonly alwaysSendToken?: boolean;
  /** Called on each page before it is merged (enrichment per page). */
  readonly onPage?: (page: Record<string, unknown>) => Promise<void>;
  /**
   * The most the method returns per request. A --page-size above it is served by several
   * requests that together make one page of --page-size items (counted in the first key).
   */
  readonly maxPerCall?: number;
}

export async function walkPages(ctx: ShortcutContext, methodId: string, req: WalkRequest): Promise<PageWalk> {
  const all = ctx.flags['page-all'] === true;
  const limit = all ? Number(ctx.flags['page-limit'] ?? 0) : 1;
  const lists: Record<string, unknown[]> = Object.fromEntries(req.keys.map((k) => [k, []]));
  let token = ctx.given.has('page-token') ? String(ctx.flags['page-token']) : '';
  let last: Record<string, unknown> | undefined;
  let pages = 0;
  let hasMore = false;
  const pageSize = ctx.flags['page-size'] === undefined ? undefined : Number(ctx.flags['page-size']);
  for (;;) {
    // One page: one request, or several when --page-size is above what one request returns.
    let inPage = 0;
    for (;;) {
      const params: Record<string, unknown> = { ...req.params };
      if (pageSize !== undefined) params.page_size = req.maxPerCall ? Math.min(req.maxPerCall, pageSize - inPage) : pageSize;
      if (token || req.alwaysSendToken) params.page_token = token;
      const page = await ctx.call<Record<string, unknown>>(methodId, { ...(req.path ? { path: req.path } : {}), params, ...(req.data ? { data: req.data } : {}) });
      if (!page) break; // --dry-run: only the first request is planned
      if (req.onPage) await req.onPage(page);
      for (const k of req.keys) if (Array.isArray(page[k])) lists[k]!.push(...(page[k] as unknown[]));
      const first = page[req.keys[0]!];
      inPage += Array.isArray(first) ? first.length : 0;
      last = page;
      hasMore = page.has_more === true && typeof page.page_token === 'string' && page.page_token !== '';
      token = hasMore ? String(page.page_token) : '';
      if (!hasMore || !req.maxPerCall || pageSize === undefined || inPage >= pageSize) break;
    }
    pages++;
    if (!last || !hasMore) break;
    if (limit > 0 && pages >= limit) {
      if (all) ctx.io.err(`[pagination] stopped after ${pages} page${pages === 1 ? '' : 's'} (--page-limit ${limit}); more results exist. Continue with --page-token ${token}, or raise --page-limit.\n`);
      break;
    }
    ctx.progress(`page ${pages} fetched`);
  }
  return { lists, last, hasMore, pageToken: token, pages };
}
