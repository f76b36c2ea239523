/**
 * What +flag-create and +flag-cancel share: the valid (item_type, flag_type) pairs, and working
 * out the feed layer's item type from the message's chat (topic chats → thread, others →
 * msg_thread), which takes two reads: the message, then its chat.
 */
import { CliError } from '../../../core/errors.js';
import type { ShortcutContext } from '../../types.js';

export type FlagType = 'message' | 'feed';
export type ItemType = 'default' | 'thread' | 'msg_thread';

const ITEM_TYPES: Record<FlagType, readonly ItemType[]> = { message: ['default'], feed: ['thread', 'msg_thread'] };

/** Refuses --item-type values that do not go with the --flag-type (exit 2, nothing sent). */
export function checkPair(flagType: FlagType, itemType: ItemType): void {
  if (ITEM_TYPES[flagType].includes(itemType)) return;
  throw new CliError('validation', `--item-type ${itemType} does not go with --flag-type ${flagType}.`, {
    hint: `With --flag-type ${flagType} use --item-type ${ITEM_TYPES[flagType].join(' or ')}, or leave --item-type out to have it worked out.`,
  });
}

/** The feed layer's item type for a message: thread in topic chats, msg_thread elsewhere. */
export async function feedItemType(ctx: ShortcutContext, messageId: string): Promise<ItemType> {
  const msg = await ctx.call<{ items?: { chat_id?: string }[] }>('im.messages.get', { path: { message_id: messageId } });
  if (ctx.dryRun) {
    await ctx.call('im.chats.get', { path: { chat_id: '<chat_id of the message>' } });
    return 'msg_thread';
  }
  const chatId = msg?.items?.[0]?.chat_id;
  if (!chatId) throw new CliError('api', `Message ${messageId} came back without its chat, so its thread's kind cannot be worked out.`, { hint: 'Give --item-type thread (topic chats) or msg_thread (other chats).' });
  const chat = await ctx.call<{ chat_mode?: string }>('im.chats.get', { path: { chat_id: chatId } });
  return chat?.chat_mode === 'topic' ? 'thread' : 'msg_thread';
}
