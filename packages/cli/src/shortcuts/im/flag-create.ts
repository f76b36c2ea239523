/**
 * +flag-create: one im.flags.create for a message. The message layer flags the message itself
 * (item_type default); the feed layer files its thread, whose item type comes from the chat's
 * mode unless --item-type says it. Output: {flag_items}.
 */
import type { ShortcutBehaviour } from '../types.js';
import { checkPair, feedItemType, type FlagType, type ItemType } from './lib/flags.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const messageId = String(ctx.flags['message-id']);
    const flagType = String(ctx.flags['flag-type'] ?? 'message') as FlagType;
    let itemType = ctx.given.has('item-type') ? (String(ctx.flags['item-type']) as ItemType) : undefined;
    if (itemType) checkPair(flagType, itemType);
    if (!itemType) itemType = flagType === 'message' ? 'default' : await feedItemType(ctx, messageId);
    const data = await ctx.call<{ flag_items?: unknown[] }>('im.flags.create', {
      data: { flag_items: [{ item_id: messageId, item_type: itemType, flag_type: flagType }] },
    });
    const items = data?.flag_items ?? [];
    return { data: { flag_items: items }, rows: items };
  },
};
