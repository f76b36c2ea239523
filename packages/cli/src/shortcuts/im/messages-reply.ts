/**
 * +messages-reply: a reply to --message-id through im.messages.reply, inline (quoting) or with
 * --reply-in-thread inside the message's thread; content, uploads and dry-run placeholders as in
 * +messages-send. Output: {message_id, chat_id, create_time}.
 */
import { pathSegment } from '@larkgen/im-content';
import type { ShortcutBehaviour } from '../types.js';
import { messageOutput, prepareContent, resolveContent, uuidOf, withChatMembershipStep } from './lib/content-input.js';
import { checked } from './lib/errors.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const messageId = String(ctx.flags['message-id']);
    checked(() => pathSegment(messageId, 'message-id'));
    const prepared = await prepareContent(ctx);
    const { msgType, content } = await resolveContent(ctx, prepared);
    let data: unknown;
    try {
      data = await ctx.call('im.messages.reply', {
        path: { message_id: messageId },
        data: { msg_type: msgType, content, ...(ctx.flags['reply-in-thread'] === true ? { reply_in_thread: true } : {}), ...uuidOf(ctx) },
      });
    } catch (e) {
      throw withChatMembershipStep(e, ctx, { messageId });
    }
    return { data: messageOutput(data) };
  },
};
