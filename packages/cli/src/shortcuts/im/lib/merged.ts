/**
 * Merged forwards for the read shortcuts: a merge_forward message's content says nothing, so
 * each one (not recalled) is read with GET im.messages.get, whose answer is the message followed
 * by every message it holds, each naming its holder in upper_message_id (forwards nested inside
 * come along, each under its own holder). At most MAX_MERGED are read per run; a failed read
 * warns once and leaves that message as `[Merged forward]`.
 */
import type { RawMessage } from '@larkgen/im-content';
import { CliError } from '../../../core/errors.js';
import type { ShortcutContext } from '../../types.js';
import { RAW_CARDS } from './threads.js';

/** Merged forwards read per run; the rest stay unexpanded. */
export const MAX_MERGED = 20;

/** The merge_forward messages among `messages` that can be expanded, each once. */
function mergedIds(messages: readonly RawMessage[]): string[] {
  const ids = messages.filter((m) => m.msg_type === 'merge_forward' && m.deleted !== true && m.message_id).map((m) => m.message_id!);
  return [...new Set(ids)];
}

/** holder message id → the messages it holds, for the merged forwards among `messages`. */
export async function fetchMerged(ctx: ShortcutContext, messages: readonly RawMessage[]): Promise<Map<string, RawMessage[]>> {
  const out = new Map<string, RawMessage[]>();
  const ids = mergedIds(messages);
  if (ids.length > MAX_MERGED) ctx.warn(`${ids.length} merged forwards found; only the first ${MAX_MERGED} are expanded (read the others with lark-cli im +messages-mget).`);
  const failures: string[] = [];
  for (const id of ids.slice(0, MAX_MERGED)) {
    try {
      const data = await ctx.call<{ items?: RawMessage[] }>('im.messages.get', { path: { message_id: id }, params: { card_msg_content_type: RAW_CARDS, with_sender_name: true } });
      for (const m of data?.items ?? []) {
        if (!m.upper_message_id || m.message_id === id) continue;
        const held = out.get(m.upper_message_id) ?? [];
        held.push(m);
        out.set(m.upper_message_id, held);
      }
    } catch (e) {
      failures.push(`${id}: ${e instanceof CliError ? e.message : String(e)}`);
    }
  }
  if (failures.length) ctx.warn(`${failures.length} merged forward(s) could not be read and are shown unexpanded (${failures[0]})`);
  return out;
}
