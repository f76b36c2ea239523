/**
 * Reactions for the read shortcuts: one im.reactions.batch_query per 20 messages, turned into
 * `reactions: [{emoji_type, count}]` on each message that has any. Reactions decorate the
 * output; a failed lookup (for instance a missing reactions scope) warns once and leaves the
 * messages as they are. --no-reactions skips the lookup.
 */
import { chunk } from '@larkgen/im-content';
import { CliError } from '../../../core/errors.js';
import type { ShortcutContext } from '../../types.js';

/** Messages per batch_query call (the method's limit). */
const MESSAGES_PER_CALL = 20;

export interface ReactionCount {
  readonly emoji_type: string;
  readonly count: number;
}

interface CountsAnswer {
  success_msg_reaction_counts?: { message_id?: string; reaction_count?: { reaction_type?: string | { emoji_type?: string }; count?: number | string }[] }[];
}

/** message_id → its reaction counts (only messages with reactions). */
export async function reactionCounts(ctx: ShortcutContext, ids: readonly string[]): Promise<Map<string, ReactionCount[]>> {
  const out = new Map<string, ReactionCount[]>();
  const unique = [...new Set(ids)];
  if (unique.length === 0 && !ctx.dryRun) return out;
  try {
    for (const batch of chunk(ctx.dryRun ? ['<message ids, 20 a call>'] : unique, MESSAGES_PER_CALL)) {
      const data = await ctx.call<CountsAnswer>('im.reactions.batch_query', { params: { user_id_type: 'open_id' }, data: { queries: batch.map((message_id) => ({ message_id })), page_size_per_message: 1 } });
      for (const m of data?.success_msg_reaction_counts ?? []) {
        const counts = (m.reaction_count ?? [])
          .map((c) => ({ emoji_type: typeof c.reaction_type === 'string' ? c.reaction_type : c.reaction_type?.emoji_type ?? '', count: Number(c.count ?? 0) }))
          .filter((c) => c.emoji_type !== '' && c.count > 0);
        if (m.message_id && counts.length) out.set(m.message_id, counts);
      }
    }
  } catch (e) {
    ctx.warn(`reactions could not be fetched (${e instanceof CliError ? e.message : String(e)}); messages are shown without them (--no-reactions skips the lookup).`);
  }
  return out;
}
