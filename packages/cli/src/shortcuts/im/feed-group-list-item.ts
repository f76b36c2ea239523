/**
 * +feed-group-list-item: im.feed.groups.list_item for one group, one page or every page with
 * --page-all, each entry given its chat_name from im.chats.batch_query. Output: {items,
 * deleted_items, has_more, page_token}.
 */
import type { ShortcutBehaviour } from '../types.js';
import { msTimeParams, withChatNames } from './lib/feed-groups.js';
import { walkPages } from './lib/pages.js';

type Entry = Record<string, unknown> & { feed_id: string };

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const groupId = String(ctx.flags['feed-group-id']);
    const walk = await walkPages(ctx, 'im.feed.groups.list_item', { path: { feed_group_id: groupId }, params: msTimeParams(ctx), keys: ['items', 'deleted_items'], alwaysSendToken: true });
    const [items, deleted] = await withChatNames(ctx, walk.lists.items as Entry[], walk.lists.deleted_items as Entry[]);
    const data = { items, deleted_items: deleted, has_more: walk.hasMore, page_token: walk.pageToken };
    return { data, rows: items };
  },
};
