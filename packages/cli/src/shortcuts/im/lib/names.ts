/**
 * Sender names for the read shortcuts: first from the messages' own mentions, then from the
 * contact API in batches sized for the identity — as the user POST contact.users.basic_batch
 * (10 ids a call), as the bot GET contact.users.batch (50 ids a call), both with
 * user_id_type=open_id. A failed lookup leaves the open_ids in place and is not an error; one
 * warning on stderr says so.
 */
import {
  idsNeedingNames,
  mergeNames,
  nameLookupBatches,
  namesFromContactResponse,
  namesFromMentions,
  type RawMessage,
} from '@larkgen/im-content';
import type { ShortcutContext } from '../../types.js';

/** Looks up one batch of open_ids with the identity's contact endpoint; the answer's data. */
async function lookup(ctx: ShortcutContext, ids: readonly string[]): Promise<unknown> {
  if (ctx.identity === 'user') {
    return ctx.call('contact.users.basic_batch', { params: { user_id_type: 'open_id' }, data: { user_ids: [...ids] } });
  }
  return ctx.call('contact.users.batch', { params: { user_id_type: 'open_id', user_ids: [...ids] } });
}

/** id → display name for the senders (and mentioned users) of `messages`. */
export async function resolveNames(ctx: ShortcutContext, messages: readonly RawMessage[]): Promise<Map<string, string>> {
  const known = namesFromMentions(messages);
  const ids = idsNeedingNames(messages, known);
  if (!ids.length || ctx.dryRun) return known;
  const failures: string[] = [];
  const found = await Promise.all(
    nameLookupBatches(ids, ctx.identity).map(async (batch) => {
      try {
        return namesFromContactResponse(await lookup(ctx, batch));
      } catch (e) {
        failures.push(e instanceof Error ? e.message : String(e));
        return new Map<string, string>();
      }
    }),
  );
  if (failures.length) {
    ctx.warn(`some sender names could not be looked up, so their open_ids are shown instead (${failures[0]})`);
  }
  return mergeNames(known, ...found);
}
