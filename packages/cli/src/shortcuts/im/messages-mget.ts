/**
 * lark-cli im +messages-mget: up to 50 messages by id, made readable.
 *
 * Calls: GET im.messages.mget with repeated message_ids (50 a call) and
 * card_msg_content_type=raw_card_content and with_sender_name=true; then thread expansion, merged
 * forwards, sender names, reactions, and with --download-resources every image and file saved
 * (lib/save-resources.ts). Ids the
 * platform did not return (unknown, or not visible to the caller) are listed in missing_ids and
 * named in a warning on stderr, never silently dropped.
 */
import type { ShortcutBehaviour } from '../types.js';
import { mgetMessages } from './lib/messages.js';
import { readMessagesAnswer, resourcesFolder } from './lib/save-resources.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const ids = [...new Set(ctx.flags['message-ids'] as string[])];
    const folder = resourcesFolder(ctx);
    const raw = await mgetMessages(ctx, ids);
    return readMessagesAnswer(ctx, folder, raw, true, (messages) => {
      const found = new Set(raw.map((m) => m.message_id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) {
        ctx.warn(`${missing.length} of ${ids.length} message(s) could not be returned (unknown, or not visible to this identity): ${missing.join(', ')}`);
      }
      return { messages, total: messages.length, missing_ids: missing };
    });
  },
};
