/**
 * +chat-update: a new name and/or description for a group chat through im.chats.update
 * (user_id_type open_id); only the fields given are sent. Output: {chat_id}.
 */
import { pathSegment } from '@larkgen/im-content';
import type { ShortcutBehaviour } from '../types.js';
import { CliError } from '../../core/errors.js';
import { withChatMembershipStep } from './lib/content-input.js';
import { checked } from './lib/errors.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const chatId = String(ctx.flags['chat-id']);
    checked(() => pathSegment(chatId, 'chat-id'));
    const data: Record<string, unknown> = {};
    if (ctx.given.has('name')) {
      data.name = String(ctx.flags.name);
      if (!String(data.name).trim()) throw new CliError('validation', '--name is empty; a chat cannot be renamed to nothing.', { hint: 'Give the new name, e.g. --name "Project X (launch)".' });
    }
    if (ctx.given.has('description')) data.description = String(ctx.flags.description);
    try {
      await ctx.call('im.chats.update', { path: { chat_id: chatId }, params: { user_id_type: 'open_id' }, data });
    } catch (e) {
      throw withChatMembershipStep(e, ctx, { chatId }, [232011]);
    }
    return { data: { chat_id: chatId } };
  },
};
