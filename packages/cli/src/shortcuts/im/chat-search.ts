/**
 * +chat-search: one page of the group chats the caller can see, through im.chats.search_v2,
 * by keyword (a keyword with `-` is sent in double quotes) and/or members, with the kind, role
 * and sort filters. Output: {chats, total, has_more, page_token}; table, csv and ndjson show one
 * row per chat.
 */
import { quoteChatQuery } from '@larkgen/im-content';
import { CliError } from '../../core/errors.js';
import type { ShortcutBehaviour } from '../types.js';

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

/** One chat of the output, fields in a fixed order (the long avatar URL last). */
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
    if (Object.keys(filter).length) body.filter = filter;
    if (ctx.given.has('sort-by')) body.sorter = String(ctx.flags['sort-by']);
    const params: Record<string, unknown> = { page_size: Number(ctx.flags['page-size'] ?? 20) };
    if (ctx.given.has('page-token')) params.page_token = String(ctx.flags['page-token']);

    const answer = await ctx.call<SearchAnswer>('im.chats.search_v2', { params, data: body });
    const chats = (answer?.items ?? []).map(chatOf);
    const data = {
      chats,
      total: answer?.total ?? chats.length,
      has_more: answer?.has_more === true,
      page_token: answer?.has_more ? answer?.page_token ?? '' : '',
    };
    return { data, rows: chats };
  },
};
