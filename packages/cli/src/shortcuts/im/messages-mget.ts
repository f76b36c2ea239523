/**
 * lark-cli im +messages-mget: up to 50 messages by id, made readable.
 *
 * Calls: GET im.messages.mget with repeated message_ids (50 a call) and
 * card_msg_content_type=raw_card_content; then thread expansion and sender names.
 */
import type { ShortcutBehaviour } from '../types.js';
import { messageRows, mgetMessages, readableMessages } from './lib/messages.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const ids = [...new Set(ctx.flags['message-ids'] as string[])];
    const raw = await mgetMessages(ctx, ids);
    if (ctx.dryRun) return { data: null };
    const messages = await readableMessages(ctx, raw, { expandThreads: true });
    return { data: { messages, total: messages.length }, rows: messageRows(messages, ctx.format) };
  },
};
