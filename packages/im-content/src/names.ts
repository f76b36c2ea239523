/**
 * Sender names and thread expansion for the read shortcuts, as pure steps around the calls the
 * command makes:
 *
 *   names:   namesFromMentions → idsNeedingNames → nameLookupBatches → (contact calls) →
 *            namesFromContactResponse → mergeNames → renderMessages({ names })
 *   threads: threadsToExpand → (for each: threadFetchSize, list call) → attachThreadReplies
 *
 * A failed name lookup or thread fetch is never an error: the id stays, the thread is flagged.
 */
import { cardPersonIds } from './cards/render.js';
import { mentionId, type RawMessage, type RenderedMessage } from './render.js';

/** Which identity the lookup runs as; it decides the contact endpoint and its batch size. */
export type LookupIdentity = 'user' | 'bot';

/** Ids per contact call: 10 for users/basic_batch (user), 50 for users/batch (bot). */
export const NAME_BATCH_SIZE: Readonly<Record<LookupIdentity, number>> = { user: 10, bot: 50 };

/** Splits a list into consecutive batches of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Names the messages already carry: every mention's id → name, and senders' sender_name. */
export function namesFromMentions(messages: readonly RawMessage[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of messages) {
    for (const mention of m.mentions ?? []) {
      const id = mentionId(mention);
      if (id && mention.name && !names.has(id)) names.set(id, mention.name);
    }
    const s = m.sender;
    if (s?.id && s.sender_name && !names.has(s.id)) names.set(s.id, s.sender_name);
  }
  return names;
}

/** The id a share_user / share_chat message shows (`user_id` / `chat_id`) when it has the given prefix. */
function sharedId(m: RawMessage, key: 'user_id' | 'chat_id', prefix: string): string | undefined {
  try {
    const id = (JSON.parse(m.body?.content ?? '') as Record<string, unknown> | null)?.[key];
    return typeof id === 'string' && id.startsWith(prefix) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The chats that share_chat messages among `messages` show (not recalled), each once, in order. */
export function sharedChatIds(messages: readonly RawMessage[]): string[] {
  const out: string[] = [];
  for (const m of messages) {
    const id = m.msg_type === 'share_chat' && !m.deleted ? sharedId(m, 'chat_id', 'oc_') : undefined;
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * Distinct user senders, shared contacts and people shown in cards (open_ids, ou_…) whose name is not in `known`,
 * in order of appearance. App senders are skipped: the contact API does not know bots.
 */
export function idsNeedingNames(messages: readonly RawMessage[], known: ReadonlyMap<string, string> = new Map()): string[] {
  const out: string[] = [];
  for (const m of messages) {
    const s = m.sender;
    const ids = m.deleted ? [] : m.msg_type === 'interactive' ? cardPersonIds(m.body?.content ?? '') : m.msg_type === 'share_user' ? [sharedId(m, 'user_id', 'ou_')].filter((x): x is string => x !== undefined) : [];
    if (s?.id && (!s.sender_type || s.sender_type === 'user') && s.id.startsWith('ou_')) ids.unshift(s.id);
    for (const id of ids) if (!known.has(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** The ids to look up, in batches sized for the identity's contact endpoint. */
export function nameLookupBatches(ids: readonly string[], identity: LookupIdentity): string[][] {
  return chunk(ids, NAME_BATCH_SIZE[identity]);
}

/**
 * Names from one contact answer's `data`: users/basic_batch gives `users[{user_id, name}]`,
 * users/batch gives `items[{open_id, name}]`. Anything unexpected yields an empty map.
 */
export function namesFromContactResponse(data: unknown): Map<string, string> {
  const names = new Map<string, string>();
  if (typeof data !== 'object' || data === null) return names;
  const d = data as { users?: unknown; items?: unknown };
  const list = Array.isArray(d.users) ? d.users : Array.isArray(d.items) ? d.items : [];
  for (const u of list) {
    if (typeof u !== 'object' || u === null) continue;
    const r = u as { open_id?: unknown; user_id?: unknown; name?: unknown; i18n_name?: { en_us?: unknown; zh_cn?: unknown } };
    const id = typeof r.open_id === 'string' ? r.open_id : typeof r.user_id === 'string' ? r.user_id : '';
    const name = typeof r.name === 'string' && r.name ? r.name : typeof r.i18n_name?.en_us === 'string' ? r.i18n_name.en_us : typeof r.i18n_name?.zh_cn === 'string' ? r.i18n_name.zh_cn : '';
    if (id && name) names.set(id, name);
  }
  return names;
}

/** Merges name maps; an earlier map wins for an id present in several. */
export function mergeNames(...maps: readonly ReadonlyMap<string, string>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of maps) for (const [id, name] of m) if (!out.has(id)) out.set(id, name);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Thread expansion

/** Caps of thread expansion: replies per thread and in the whole run. */
export interface ThreadCaps {
  readonly perThread: number;
  readonly total: number;
}

/** At most 50 replies per thread and 500 in all. */
export const THREAD_CAPS: ThreadCaps = { perThread: 50, total: 500 };

/** Distinct thread ids of the messages, in order of first appearance. */
export function threadsToExpand(messages: readonly { readonly thread_id?: string }[]): string[] {
  const out: string[] = [];
  for (const m of messages) if (m.thread_id && !out.includes(m.thread_id)) out.push(m.thread_id);
  return out;
}

/**
 * page_size for the next thread fetch given the replies already collected: the per-thread cap,
 * lowered to what is left of the total; 0 means stop fetching.
 */
export function threadFetchSize(collected: number, caps: ThreadCaps = THREAD_CAPS): number {
  return Math.max(0, Math.min(caps.perThread, caps.total - collected));
}

/** What one thread fetch gave: its messages (oldest first) and has_more, or an error. */
export type ThreadFetch<M> = { readonly ok: true; readonly items: readonly M[]; readonly hasMore: boolean } | { readonly ok: false; readonly error?: string };

/** Thread fields added to the first message of each thread. */
export interface ThreadFields<M> {
  /** Replies the thread holds as far as it was read (at least this many when thread_has_more). */
  readonly thread_reply_count?: number;
  readonly thread_replies?: readonly M[];
  readonly thread_has_more?: boolean;
  readonly thread_replies_error?: boolean;
}

/**
 * Adds thread_reply_count / thread_replies / thread_has_more / thread_replies_error to the first
 * message of each thread. The message itself is left out of its replies; each thread keeps at most
 * `caps.perThread` replies and the run at most `caps.total`, in message order; a thread that was
 * cut, reported has_more, or was not fetched because the total ran out gets thread_has_more; a
 * failed fetch gets thread_replies_error. Nested thread fields are never added to replies.
 */
export function attachThreadReplies<M extends Pick<RenderedMessage, 'message_id'> & { readonly thread_id?: string }>(
  messages: readonly M[],
  fetched: ReadonlyMap<string, ThreadFetch<M>>,
  caps: ThreadCaps = THREAD_CAPS,
): Array<M & ThreadFields<M>> {
  let left = caps.total;
  const done = new Set<string>();
  return messages.map((m) => {
    const tid = m.thread_id;
    if (!tid || done.has(tid)) return m;
    done.add(tid);
    const f = fetched.get(tid);
    if (!f) return { ...m, thread_replies: [], thread_has_more: true };
    if (!f.ok) return { ...m, thread_replies_error: true };
    const replies = f.items.filter((r) => r.message_id !== m.message_id);
    const keep = Math.max(0, Math.min(replies.length, caps.perThread, left));
    left -= keep;
    return { ...m, thread_reply_count: replies.length, thread_replies: replies.slice(0, keep), thread_has_more: f.hasMore || keep < replies.length };
  });
}
