/**
 * +chat-search: one page of the group chats the caller can see, through im.chats.search_v2,
 * by keyword (a keyword with `-` is sent in double quotes) and/or members, with the kind, role
 * and sort filters (--sort field, always descending; --sort-by kept as its older spelling), chat
 * modes, and --exclude-muted (user; one settings lookup per page); one page or every page with
 * --page-all. Output: {chats (each with chat_app_link), total, has_more, page_token}; table, csv
 * and ndjson show one row per chat.
 */
import { chatAppLink, quoteChatQuery } from '@larkgen/im-content';
import { CliError } from '../../core/errors.js';
import type { ShortcutBehaviour } from '../types.js';
import { mutedAmong } from './lib/chat-details.js';
import { walkPages } from './lib/pages.js';

/** --chat-modes as the search filter spells them. */
const CHAT_MODES: Record<string, string> = { group: 'default', topic: 'thread' };

interface SearchItem {
  id?: string;
  display_info?: string;
  meta_data?: Record<string, unknown>;
}

interface SearchAnswer {
  items?: SearchItem[];
  total?: number;
  has_more?: boolean;
  page_token?: string;
}

/** One chat of the output, fields in a fixed order (the long URLs last). */
function chatOf(item: SearchItem): Record<string, unknown> {
  const m = item.meta_data ?? {};
  const out: Record<string, unknown> = {
    chat_id: m.chat_id ?? item.id ?? '',
    name: m.name ?? item.display_info ?? '',
    description: m.description ?? '',
    owner_id: m.owner_id ?? '',
    chat_mode: m.chat_mode ?? '',
    chat_status: m.chat_status ?? '',
    external: m.external ?? false,
    create_time: m.create_time ?? '',
    avatar: m.avatar ?? '',
  };
  return out;
}

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const body: Record<string, unknown> = {};
    if (ctx.given.has('query')) {
      const q = quoteChatQuery(String(ctx.flags.query));
      if (q.replace(/"/g, '').trim()) body.query = q;
      else if (!ctx.given.has('member-ids')) throw new CliError('validation', '--query is empty, so there is nothing to look for.', { hint: 'Give a keyword, e.g. --query "Project X", or look for chats by members with --member-ids ou_….' });
    }
    const filter: Record<string, unknown> = {};
    if (ctx.given.has('search-types')) filter.search_types = [...new Set(ctx.flags['search-types'] as string[])];
    if (ctx.given.has('member-ids')) filter.member_ids = [...new Set(ctx.flags['member-ids'] as string[])];
    if (ctx.flags['is-manager'] === true) filter.is_manager = true;
    if (ctx.flags['disable-search-by-user'] === true) filter.disable_search_by_user = true;
    if (ctx.given.has('chat-modes')) filter.chat_modes = [...new Set((ctx.flags['chat-modes'] as string[]).map((m) => CHAT_MODES[m]!))];
    if (Object.keys(filter).length) body.filter = filter;
    if (ctx.given.has('sort')) body.sorter = `${String(ctx.flags.sort)}_desc`;
    else if (ctx.given.has('sort-by')) body.sorter = String(ctx.flags['sort-by']);

    const excludeMuted = ctx.flags['exclude-muted'] === true;
    let excluded = 0;
    let total: number | undefined;
    const walk = await walkPages(ctx, 'im.chats.search_v2', {
      data: body,
      keys: ['items'],
      onPage: async (page) => {
        if (typeof page.total === 'number') total = page.total;
        if (!excludeMuted) return;
        const items = (page.items ?? []) as SearchItem[];
        const muted = await mutedAmong(ctx, items.map((i) => String(chatOf(i).chat_id)));
        excluded += muted.size;
        page.items = items.filter((i) => !muted.has(String(chatOf(i).chat_id)));
      },
    });
    if (ctx.dryRun && excludeMuted) await mutedAmong(ctx, ['<chat ids of each page>']);
    const brand = ctx.session.settings.brand;
    const chats = (walk.lists.items as SearchItem[]).map(chatOf).map((c) => ({ ...c, chat_app_link: chatAppLink(String(c.chat_id), brand) }));
    const data = {
      chats,
      total: total ?? chats.length,
      has_more: walk.hasMore,
      page_token: walk.pageToken,
      ...(excludeMuted ? { excluded_muted: excluded } : {}),
    };
    return { data, rows: chats };
  },
};
