/**
 * Thread expansion for the read shortcuts: every distinct thread among the messages is listed
 * oldest first (GET im.messages.list, container_id_type=thread), within the caps of
 * @larkgen/im-content (50 replies per thread, 500 in the whole run). A thread that cannot be read
 * is recorded as failed, never an error of the command.
 */
import { THREAD_CAPS, threadFetchSize, threadsToExpand, type RawMessage, type ThreadFetch } from '@larkgen/im-content';
import type { ShortcutContext } from '../../types.js';

/** Cards are asked for as their raw card JSON, so their content can be shown in full. */
export const RAW_CARDS = 'raw_card_content';

/**
 * Lists the threads of `messages` (in order of first appearance) and returns what each fetch
 * gave, keyed by thread id. Threads are read one after another so that the page size of each
 * fetch can respect what is left of the run's total; once it is used up, the remaining threads
 * are not fetched (attachThreadReplies then marks them thread_has_more, and keeps at most 500
 * replies in all).
 */
export async function fetchThreads(ctx: ShortcutContext, messages: readonly RawMessage[]): Promise<Map<string, ThreadFetch<RawMessage>>> {
  const out = new Map<string, ThreadFetch<RawMessage>>();
  let collected = 0;
  for (const tid of threadsToExpand(messages)) {
    const left = threadFetchSize(collected);
    if (left === 0) break;
    // A thread's list starts with its root message, which is not a reply: one more than what is
    // left, within the per-thread page of 50 (so a full page is the root and 49 replies).
    const size = Math.min(THREAD_CAPS.perThread, left + 1);
    // The message of the page that carries the thread; it is left out of its own replies.
    const own = new Set(messages.filter((m) => m.thread_id === tid).map((m) => m.message_id));
    try {
      const data = await ctx.call<{ items?: RawMessage[]; has_more?: boolean }>('im.messages.list', {
        params: { container_id_type: 'thread', container_id: tid, sort_type: 'ByCreateTimeAsc', page_size: size, card_msg_content_type: RAW_CARDS, with_sender_name: true },
      });
      const items = data?.items ?? [];
      collected += items.filter((m) => !own.has(m.message_id)).length;
      out.set(tid, { ok: true, items, hasMore: data?.has_more === true });
    } catch (e) {
      out.set(tid, { ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
