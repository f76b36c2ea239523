/**
 * +flag-list: the user's flags through im.flags.list (page_token always sent, '' first), one page
 * or every page with --page-all. Feed-layer flags carry only a message id, so their messages are
 * fetched with mget (50 per call) and rendered like +messages-mget unless
 * --enrich-feed-thread=false. Output: {flag_items, delete_flag_items, messages, has_more,
 * page_token}.
 */
import type { ShortcutBehaviour } from '../types.js';
import { CliError } from '../../core/errors.js';
import { mgetMessages, readableMessages } from './lib/messages.js';
import { walkPages } from './lib/pages.js';

interface Flag {
  item_id: string;
  flag_type?: string;
}

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const walk = await walkPages(ctx, 'im.flags.list', { keys: ['flag_items', 'delete_flag_items'], alwaysSendToken: true });
    const flags = walk.lists.flag_items as Flag[];
    let messages: unknown[] = [];
    const feedIds = [...new Set(flags.filter((f) => f.flag_type === 'feed').map((f) => f.item_id))];
    if (ctx.flags['enrich-feed-thread'] !== false && feedIds.length > 0) {
      try {
        messages = await readableMessages(ctx, await mgetMessages(ctx, feedIds), { expandThreads: false });
      } catch (e) {
        ctx.warn(`the messages of feed-layer flags could not be fetched (${e instanceof CliError ? e.message : String(e)}); run with --enrich-feed-thread=false to skip them.`);
      }
    }
    const data = {
      flag_items: flags,
      delete_flag_items: walk.lists.delete_flag_items,
      messages,
      has_more: walk.hasMore,
      page_token: walk.pageToken,
    };
    return { data, rows: flags };
  },
};
