/**
 * +feed-group-query-item: one im.feed.groups.batch_query_item for the given chats, the ones found
 * given their chat_name. Output: {items, invalid_items}.
 */
import type { ShortcutBehaviour } from '../types.js';
import { withChatNames } from './lib/feed-groups.js';

type Entry = Record<string, unknown> & { feed_id: string };

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const groupId = String(ctx.flags['feed-group-id']);
    const items = [...new Set(ctx.flags['feed-id'] as string[])].map((feed_id) => ({ feed_id, feed_type: 'chat' }));
    const answer = await ctx.call<{ items?: Entry[]; invalid_items?: Entry[] }>('im.feed.groups.batch_query_item', { path: { feed_group_id: groupId }, data: { items } });
    const [found] = await withChatNames(ctx, answer?.items ?? []);
    const data = { items: found, invalid_items: answer?.invalid_items ?? [] };
    return { data, rows: found };
  },
};
