import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { imChatsList, LarkApiError } from '../index.js';
import { clientFor } from '../test-support/clients.js';
import { defaultHandler, sendJson, startServer, type TestServer } from '../test-support/server.js';

/** Three pages of two chats; page tokens p2, p3. `failOn`: the page token whose page fails. */
function pagedServer(server: TestServer, opts: { failOn?: string; loop?: boolean } = {}) {
  server.handle((req, res) => {
    if (req.path.includes('tenant_access_token')) return defaultHandler(req, res);
    const token = req.query.find(([k]) => k === 'page_token')?.[1] ?? 'p1';
    if (token === opts.failOn) return sendJson(res, 400, { code: 230001, msg: 'invalid page token' });
    const n = Number(token.slice(1));
    const last = n === 3;
    sendJson(res, 200, {
      code: 0,
      msg: 'success',
      data: {
        items: [{ chat_id: `oc_${2 * n - 1}` }, { chat_id: `oc_${2 * n}` }],
        has_more: !last,
        page_token: opts.loop ? 'p2' : last ? '' : `p${n + 1}`,
      },
    });
  });
}

describe('pagination', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await server.close();
  });

  it('iterate yields every item across pages, following the page token', async () => {
    pagedServer(server);
    const c = clientFor(server);
    const ids: string[] = [];
    for await (const chat of c.im.chats.list.iterate({ params: { page_size: 2 } })) ids.push(chat.chat_id!);
    expect(ids).toEqual(['oc_1', 'oc_2', 'oc_3', 'oc_4', 'oc_5', 'oc_6']);
    expect(server.apiRequests().map((r) => r.query)).toEqual([
      [['page_size', '2']],
      [['page_size', '2'], ['page_token', 'p2']],
      [['page_size', '2'], ['page_token', 'p3']],
    ]);
  });

  it('pages yields every page; the standalone function works the same', async () => {
    pagedServer(server);
    const c = clientFor(server);
    const pages = [];
    for await (const page of imChatsList.pages(c, undefined, { pageSize: 2 })) pages.push(page.items!.map((x) => x.chat_id));
    expect(pages).toEqual([['oc_1', 'oc_2'], ['oc_3', 'oc_4'], ['oc_5', 'oc_6']]);
    expect(server.apiRequests()[0]!.query).toEqual([['page_size', '2']]);
  });

  it('throws when a page fails, after yielding the pages before it', async () => {
    pagedServer(server, { failOn: 'p2' });
    const c = clientFor(server);
    const ids: string[] = [];
    const err = await (async () => {
      for await (const chat of c.im.chats.list.iterate()) ids.push(chat.chat_id!);
    })().catch((e: unknown) => e);
    expect(ids).toEqual(['oc_1', 'oc_2']);
    expect(err).toBeInstanceOf(LarkApiError);
    expect(err).toMatchObject({ code: 230001, methodId: 'im.chats.list' });
    await expect(
      (async () => {
        for await (const _ of c.im.chats.list.pages()) void _;
      })(),
    ).rejects.toMatchObject({ code: 230001 });
  });

  it('stops at limit items or maxPages pages without fetching more', async () => {
    pagedServer(server);
    const c = clientFor(server);
    const three = [];
    for await (const chat of c.im.chats.list.iterate(undefined, { limit: 3 })) three.push(chat.chat_id);
    expect(three).toEqual(['oc_1', 'oc_2', 'oc_3']);
    expect(server.apiRequests()).toHaveLength(2);
    server.requests.length = 0;
    const firstPage = [];
    for await (const chat of c.im.chats.list.iterate(undefined, { maxPages: 1 })) firstPage.push(chat.chat_id);
    expect(firstPage).toEqual(['oc_1', 'oc_2']);
    server.requests.length = 0;
    let pages = 0;
    for await (const _ of c.im.chats.list.pages(undefined, { limit: 2 })) pages++;
    expect(pages).toBe(2);
    expect(server.apiRequests()).toHaveLength(2);
  });

  it('stops when the platform repeats a page token instead of looping', async () => {
    pagedServer(server, { loop: true });
    const c = clientFor(server);
    let n = 0;
    for await (const _ of c.im.chats.list.pages()) n++;
    expect(n).toBe(2);
  });

  it('waits delayMs between pages (fake timers)', async () => {
    pagedServer(server);
    const c = clientFor(server);
    await c.tenantAccessToken();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const it = c.im.chats.list.pages(undefined, { delayMs: 200 });
    await it.next();
    const second = it.next();
    await vi.advanceTimersByTimeAsync(199);
    expect(server.apiRequests()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await second).value).toMatchObject({ items: [{ chat_id: 'oc_3' }, { chat_id: 'oc_4' }] });
    await it.return(undefined);
  });
});
