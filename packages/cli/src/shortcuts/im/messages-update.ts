/**
 * +messages-update: new content for a text or post message the bot sent, through
 * im.messages.update (PUT). The content comes from --text, --markdown (a post, remote images
 * uploaded as for sending) or --content with --msg-type, checked like +messages-send before
 * anything is sent. Output: {message_id, chat_id, update_time, updated}.
 */
import { formatPlatformTime } from '@larkgen/im-content';
import type { ImMessagesUpdateResponse } from '@larkgen/sdk';
import type { ShortcutBehaviour } from '../types.js';
import { prepareContent, resolveContent, withChatMembershipStep } from './lib/content-input.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const messageId = String(ctx.flags['message-id']);
    const prepared = await prepareContent(ctx);
    const built = await resolveContent(ctx, prepared);
    let answer: ImMessagesUpdateResponse | undefined;
    try {
      answer = await ctx.call<ImMessagesUpdateResponse>('im.messages.update', { path: { message_id: messageId }, data: { msg_type: built.msgType, content: built.content } });
    } catch (e) {
      throw withChatMembershipStep(e, ctx, { messageId });
    }
    const data = {
      message_id: answer?.message_id ?? messageId,
      chat_id: answer?.chat_id ?? '',
      update_time: formatPlatformTime(answer?.update_time, { seconds: true }),
      updated: answer?.updated ?? true,
    };
    return { data };
  },
};
