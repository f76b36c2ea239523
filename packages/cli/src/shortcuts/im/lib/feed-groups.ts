/**
 * What the feed-group shortcuts share: --start-time / --end-time as the Unix-millisecond strings
 * the feed-group methods take (every form parseTimeFlag knows, checked to be in order), and the
 * chat names added to feed entries from one batch chat lookup.
 */
import type { ShortcutContext } from '../../types.js';
import { chatDetails } from './chat-details.js';
import { timeFlags } from './time-flags.js';

export function msTimeParams(ctx: ShortcutContext): { start_time?: string; end_time?: string } {
  const { start, end } = timeFlags(ctx, { start: 'start-time', end: 'end-time' });
  return { ...(start !== undefined ? { start_time: String(start * 1000) } : {}), ...(end !== undefined ? { end_time: String(end * 1000) } : {}) };
}

type FeedEntry = Record<string, unknown> & { feed_id: string };

/** The entries with chat_name added where the lookup found the chat; a failed lookup warns. */
export async function withChatNames(ctx: ShortcutContext, ...lists: FeedEntry[][]): Promise<FeedEntry[][]> {
  const ids = lists.flat().map((e) => e.feed_id);
  if (ids.length === 0 && !ctx.dryRun) return lists;
  const details = await chatDetails(ctx, ctx.dryRun ? ['<chat ids of the entries>'] : ids);
  if (details.error) ctx.warn(`${details.error}; chat_name is left out.`);
  return lists.map((l) => l.map((e) => (details.byId.get(e.feed_id)?.name !== undefined ? { ...e, chat_name: details.byId.get(e.feed_id)!.name } : e)));
}
