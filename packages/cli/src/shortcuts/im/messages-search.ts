/**
 * lark-cli im +messages-search (user identity only): search, then the hits in full.
 *
 * Calls: POST im.messages.search (page_size ≤ 50, page_token; body {query, filter}) — one page,
 * or with --page-all / --page-limit up to that many pages — for the hit ids; GET im.messages.mget
 * for the hits, 50 ids a call; POST im.chats.batch_query (user_id_type=open_id, 50 chats a call)
 * for chat_name, chat_type and chat_partner; then sender names. When the mget step fails the ids
 * are returned with a note; when the chat step fails the chat fields are left out.
 */
import { chatContext, chatIdsOf, chunk, searchHitIds, searchPageSize, searchTimeRange, type ChatInfo, type RawMessage } from '@larkgen/im-content';
import type { ShortcutBehaviour, ShortcutContext } from '../types.js';
import { messageRows, mgetMessages, readableMessages, reactionsWanted } from './lib/messages.js';
import { timeFlags } from './lib/time-flags.js';
import { checked } from './lib/errors.js';

/** Chats per chats.batch_query call. */
const CHAT_BATCH = 50;

interface SearchPage {
  readonly items?: unknown[];
  readonly has_more?: boolean;
  readonly page_token?: string;
  readonly notice?: string;
}

/** The search body from the flags: only what was given. */
function searchBody(ctx: ShortcutContext, range: { start?: number; end?: number }): Record<string, unknown> {
  const f = ctx.flags;
  const has = (n: string) => ctx.given.has(n);
  const time = searchTimeRange(range.start, range.end);
  const filter: Record<string, unknown> = {
    ...(time ? { time_range: time } : {}),
    ...(has('chat-id') ? { chat_ids: f['chat-id'] } : {}),
    ...(has('sender') ? { from_ids: f.sender } : {}),
    ...(has('include-attachment-type') ? { include_attachment_types: [f['include-attachment-type']] } : {}),
    ...(has('sender-type') ? { from_types: [f['sender-type']] } : {}),
    ...(has('exclude-sender-type') ? { exclude_from_types: [f['exclude-sender-type']] } : {}),
    ...(has('chat-type') ? { chat_type: f['chat-type'] } : {}),
    ...(f['is-at-me'] === true ? { is_at_me: true } : {}),
    ...(has('at-chatter-ids') ? { at_chatter_ids: [...new Set(f['at-chatter-ids'] as string[])] } : {}),
  };
  return { ...(has('query') ? { query: f.query } : {}), ...(Object.keys(filter).length ? { filter } : {}) };
}

/** chat_id → chat, 50 chats a call; a failed call leaves its chats out (with one warning). */
async function chatsOf(ctx: ShortcutContext, ids: readonly string[]): Promise<Map<string, ChatInfo>> {
  const out = new Map<string, ChatInfo>();
  let failed: string | undefined;
  for (const batch of chunk(ids, CHAT_BATCH)) {
    try {
      const data = await ctx.call<{ items?: ChatInfo[] }>('im.chats.batch_query', { params: { user_id_type: 'open_id' }, data: { chat_ids: batch } });
      for (const c of data?.items ?? []) if (c.chat_id) out.set(c.chat_id, c);
    } catch (e) {
      failed ??= e instanceof Error ? e.message : String(e);
    }
  }
  if (failed) ctx.warn(`the chats of some hits could not be looked up, so their chat fields are left out (${failed})`);
  return out;
}

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const f = ctx.flags;
    const range = timeFlags(ctx);
    const pageSize = checked(() => searchPageSize(Number(f['page-size'])));
    const paging = f['page-all'] === true || ctx.given.has('page-limit');
    const maxPages = paging ? Number(f['page-limit']) : 1;
    const body = searchBody(ctx, range);

    const ids: string[] = [];
    let token = ctx.given.has('page-token') ? String(f['page-token']) : undefined;
    let last: SearchPage | undefined;
    let notice: string | undefined;
    for (let n = 0; n < maxPages; n++) {
      last = await ctx.call<SearchPage>('im.messages.search', { params: { page_size: pageSize, ...(token ? { page_token: token } : {}) }, data: body });
      if (ctx.dryRun) break;
      for (const id of searchHitIds(last)) if (!ids.includes(id)) ids.push(id);
      if (typeof last?.notice === 'string' && last.notice) notice ??= last.notice;
      if (last?.has_more !== true || !last.page_token) break;
      token = last.page_token;
    }
    if (ctx.dryRun) {
      // What follows depends on the hits: shown with placeholders.
      await ctx.call('im.messages.mget', { params: { message_ids: ['<message ids of the hits, 50 a call>'], card_msg_content_type: 'raw_card_content', with_sender_name: true } });
      await ctx.call('im.chats.batch_query', { params: { user_id_type: 'open_id' }, data: { chat_ids: ['<chat ids of the hits, 50 a call>'] } });
      return { data: null };
    }
    const hasMore = last?.has_more === true && !!last.page_token;
    const paging_ = { total: ids.length, has_more: hasMore, page_token: hasMore ? last!.page_token! : '' };
    const extra = notice ? { notice } : {};

    let raw: RawMessage[];
    try {
      raw = ids.length ? await mgetMessages(ctx, ids) : [];
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return {
        data: {
          message_ids: ids,
          note: `The search found these messages, but fetching them in full failed (${why}); read them later with lark-cli im +messages-mget --message-ids <ids>.`,
          ...extra,
          ...paging_,
        },
        rows: ids.map((message_id) => ({ message_id })),
      };
    }
    const chats = raw.length ? await chatsOf(ctx, chatIdsOf(raw)) : new Map<string, ChatInfo>();
    const readable = await readableMessages(ctx, raw, { expandThreads: false, reactions: reactionsWanted(ctx) });
    const messages = readable.map((m) => ({ ...m, ...chatContext(m.chat_id ? chats.get(m.chat_id) : undefined) }));
    return {
      data: { messages, ...extra, ...paging_ },
      rows: messageRows(messages, ctx.format, { withChat: true }),
    };
  },
};
