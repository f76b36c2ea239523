/**
 * +flag-cancel: one im.flags.cancel per layer. With --flag-type, that layer; without it both,
 * best effort: the message layer, then the feed layer once the chat's mode is known. Every
 * attempt is reported ({item_id, item_type, flag_type, status, error | response}); any failure
 * makes the command exit 1 after printing the ledger.
 */
import type { ShortcutBehaviour } from '../types.js';
import { CliError } from '../../core/errors.js';
import { checkPair, feedItemType, type FlagType, type ItemType } from './lib/flags.js';

interface Attempt {
  item_id: string;
  item_type: ItemType | '';
  flag_type: FlagType;
  status: 'ok' | 'failed';
  error?: string;
  response?: unknown;
}

const reasonOf = (e: unknown) => (e instanceof CliError ? e.message : String(e));

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const messageId = String(ctx.flags['message-id']);
    const given = ctx.given.has('flag-type') ? (String(ctx.flags['flag-type']) as FlagType) : undefined;
    const itemGiven = ctx.given.has('item-type') ? (String(ctx.flags['item-type']) as ItemType) : undefined;
    if (given && itemGiven) checkPair(given, itemGiven);
    const layers: FlagType[] = given ? [given] : ['message', 'feed'];
    const results: Attempt[] = [];
    for (const flagType of layers) {
      let itemType: ItemType | '' = '';
      try {
        itemType = itemGiven ?? (flagType === 'message' ? 'default' : await feedItemType(ctx, messageId));
        const response = await ctx.call('im.flags.cancel', { data: { flag_items: [{ item_id: messageId, item_type: itemType, flag_type: flagType }] } });
        results.push({ item_id: messageId, item_type: itemType, flag_type: flagType, status: 'ok', response: response ?? {} });
      } catch (e) {
        // With one layer asked for, its failure is the command's failure, reported as usual.
        if (given) throw e;
        results.push({ item_id: messageId, item_type: itemType, flag_type: flagType, status: 'failed', error: reasonOf(e) });
      }
    }
    const ok = results.every((r) => r.status === 'ok');
    for (const r of results) if (r.status === 'failed') ctx.warn(`the ${r.flag_type}-layer flag of ${r.item_id} was not removed: ${r.error}`);
    return { data: { ok, results }, rows: results, ...(ok ? {} : { partialFailure: true }) };
  },
};
