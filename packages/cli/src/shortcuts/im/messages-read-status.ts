/**
 * +messages-read-status: one im.messages.read_status for 1 to 50 messages (duplicates sent once).
 * Output: {items: [{message_id, chat_id, read, read_time}], invalid_message_ids}; read_time local.
 */
import { formatPlatformTime } from '@larkgen/im-content';
import type { ShortcutBehaviour } from '../types.js';

interface Status {
  message_id: string;
  chat_id?: string;
  read: boolean;
  read_time?: string;
}

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const ids = [...new Set(ctx.flags['message-ids'] as string[])];
    const answer = await ctx.call<{ items?: Status[]; invalid_message_ids?: string[] }>('im.messages.read_status', { data: { message_ids: ids } });
    const items = (answer?.items ?? []).map((s) => ({ ...s, ...(s.read_time ? { read_time: formatPlatformTime(s.read_time, { seconds: true }) } : {}) }));
    const invalid = answer?.invalid_message_ids ?? [];
    if (invalid.length > 0) ctx.warn(`${invalid.length} message id(s) could not be checked (unknown, recalled or not visible to you): ${invalid.join(', ')}`);
    return { data: { items, invalid_message_ids: invalid }, rows: items };
  },
};
