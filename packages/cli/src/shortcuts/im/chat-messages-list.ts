/**
 * lark-cli im +chat-messages-list: one page of a chat's messages, made readable.
 *
 * Calls: with --user-id (user identity only) POST im.chat_p2p.batch_query
 * (chatter_id_type=open_id) for the p2p chat with that user; then GET im.messages.list
 * (container_id_type=chat, sort_type, page_size, start_time/end_time in Unix seconds, page_token,
 * card_msg_content_type=raw_card_content, with_sender_name=true); then thread expansion, merged
 * forwards, sender names, reactions; with --download-resources, GET im.message.resources.get for
 * every image and file (lib/save-resources.ts).
 */
import { p2pChatIdOf, type RawMessage } from '@larkgen/im-content';
import { CliError } from '../../core/errors.js';
import type { ShortcutBehaviour } from '../types.js';
import { RAW_CARDS, sortType } from './lib/messages.js';
import { timeFlags } from './lib/time-flags.js';
import { walkPages } from './lib/pages.js';
import { readMessagesAnswer, resourcesFolder } from './lib/save-resources.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const f = ctx.flags;
    const { start, end } = timeFlags(ctx);
    const folder = resourcesFolder(ctx);
    let chatId = f['chat-id'] as string | undefined;
    const userId = f['user-id'] as string | undefined;
    if (userId !== undefined) {
      const data = await ctx.call('im.chat_p2p.batch_query', { params: { chatter_id_type: 'open_id' }, data: { chatter_ids: [userId] } });
      if (ctx.dryRun) chatId = `<p2p chat with ${userId}>`;
      else {
        chatId = p2pChatIdOf(data);
        if (!chatId) {
          throw new CliError('not_found', `P2P chat not found: you have no direct chat with ${userId}.`, {
            hint: `Start one by sending a message (lark-cli im +messages-send --user-id ${userId} --text "…" --as user), or list a chat you are in with --chat-id oc_….`,
          });
        }
      }
    }
    const params: Record<string, unknown> = {
      container_id_type: 'chat',
      container_id: chatId,
      sort_type: sortType(ctx),
      ...(start !== undefined ? { start_time: String(start) } : {}),
      ...(end !== undefined ? { end_time: String(end) } : {}),
      card_msg_content_type: RAW_CARDS,
      with_sender_name: true,
    };
    const walk = await walkPages(ctx, 'im.messages.list', { params, keys: ['items'] });
    return readMessagesAnswer(ctx, folder, walk.lists.items as RawMessage[], true, (messages) => ({
      messages,
      total: messages.length,
      has_more: walk.hasMore,
      page_token: walk.pageToken,
    }));
  },
};
