/**
 * +chat-disband: dissolves a group chat through im.chats.delete. The runner refuses it without
 * --yes (high-risk write). Output: {chat_id, disbanded: true}.
 */
import { pathSegment } from '@larkgen/im-content';
import type { ShortcutBehaviour } from '../types.js';
import { checked } from './lib/errors.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const chatId = String(ctx.flags['chat-id']);
    checked(() => pathSegment(chatId, 'chat-id'));
    await ctx.call('im.chats.delete', { path: { chat_id: chatId } });
    return { data: { chat_id: chatId, disbanded: true } };
  },
};
