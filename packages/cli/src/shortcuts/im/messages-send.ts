/**
 * +messages-send: one message to a chat (--chat-id, receive_id_type chat_id) or to a user
 * (--user-id, receive_id_type open_id) through im.messages.create, after uploading local images
 * and files (im.images.create / im.files.create, same identity) and remote Markdown images.
 * Output: {message_id, chat_id, create_time}.
 */
import type { ShortcutBehaviour } from '../types.js';
import { messageOutput, prepareContent, resolveContent, uuidOf, withChatMembershipStep } from './lib/content-input.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const toChat = ctx.given.has('chat-id');
    const receiveId = String(toChat ? ctx.flags['chat-id'] : ctx.flags['user-id']);
    const prepared = await prepareContent(ctx);
    const { msgType, content } = await resolveContent(ctx, prepared);
    let data: unknown;
    try {
      data = await ctx.call('im.messages.create', {
        params: { receive_id_type: toChat ? 'chat_id' : 'open_id' },
        data: { receive_id: receiveId, msg_type: msgType, content, ...uuidOf(ctx) },
      });
    } catch (e) {
      throw withChatMembershipStep(e, ctx, toChat ? { chatId: receiveId } : {});
    }
    return { data: messageOutput(data) };
  },
};
