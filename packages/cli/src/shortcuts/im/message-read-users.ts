/**
 * +message-read-users: who read one message, through im.messages.read_users, one page or every
 * page with --page-all. Output: {items (with read_time in local time), total, has_more, page_token}.
 */
import { formatPlatformTime } from '@larkgen/im-content';
import type { ShortcutBehaviour } from '../types.js';
import { walkPages } from './lib/pages.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const messageId = String(ctx.flags['message-id']);
    const walk = await walkPages(ctx, 'im.messages.read_users', {
      path: { message_id: messageId },
      params: { user_id_type: String(ctx.flags['user-id-type'] ?? 'open_id') },
      keys: ['items'],
    });
    const items = (walk.lists.items as { timestamp?: string }[]).map((r) => ({ ...r, read_time: formatPlatformTime(r.timestamp, { seconds: true }) }));
    const data = { items, total: items.length, has_more: walk.hasMore, page_token: walk.pageToken };
    return { data, rows: items };
  },
};
