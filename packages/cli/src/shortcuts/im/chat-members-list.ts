/**
 * +chat-members-list: every member of a chat through im.chat.members.list, one page or every page
 * with --page-all, split into users and bots. Output: {users, bots, member_total, has_more,
 * page_token}.
 */
import type { ImChatMembersListResponseItemsItem } from '@larkgen/sdk';
import type { ShortcutBehaviour } from '../types.js';
import { walkPages } from './lib/pages.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const chatId = String(ctx.flags['chat-id']);
    const params: Record<string, unknown> = { member_id_type: String(ctx.flags['member-id-type'] ?? 'open_id') };
    if (ctx.given.has('member-types')) params.member_types = [...new Set(ctx.flags['member-types'] as string[])];
    const walk = await walkPages(ctx, 'im.chat.members.list', { path: { chat_id: chatId }, params, keys: ['items'] });
    const members = walk.lists.items as ImChatMembersListResponseItemsItem[];
    const users = members.filter((m) => m.member_type === 'user').map(({ member_type: _t, ...u }) => u);
    const bots = members.filter((m) => m.member_type === 'bot').map((b) => ({ app_id: b.member_id, name: b.name ?? '', tenant_key: b.tenant_key ?? '' }));
    const total = walk.last?.member_total;
    const data = { users, bots, member_total: typeof total === 'number' ? total : members.length, has_more: walk.hasMore, page_token: walk.pageToken };
    return { data, rows: members.map((m) => ({ type: m.member_type, id: m.member_id, name: m.name ?? '' })) };
  },
};
