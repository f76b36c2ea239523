/**
 * What the read shortcuts (+chat-messages-list, +messages-mget, +threads-messages-list,
 * +messages-search) share: input errors from @larkgen/im-content turned into CLI errors, the
 * --start/--end flags, batched mget, and the readable pipeline (thread expansion → sender names
 * and reaction counts → rendering → thread replies attached), plus the rows the list formats show.
 */
import {
  RECALL_NOTICE,
  attachThreadReplies,
  chunk,
  mergeNames,
  sharedChatIds,
  renderMessages,
  type RawMessage,
  type RenderedMessage,
  type ThreadFetch,
  type ThreadFields,
} from '@larkgen/im-content';
import type { Format } from '../../../core/output.js';
import type { ShortcutContext } from '../../types.js';
import { chatDetails } from './chat-details.js';
import { resolveNames } from './names.js';
import { reactionCounts, type ReactionCount } from './reactions.js';
import { fetchMerged } from './merged.js';
import { RAW_CARDS, fetchThreads } from './threads.js';

export { RAW_CARDS };

/** Ids per mget call (the endpoint's limit). */
export const MGET_BATCH = 50;

/** A message in output, with the thread fields thread expansion may add. */
export type ReadableMessage = RenderedMessage & ThreadFields<RenderedMessage>;


/** --order asc|desc (or its older spelling --sort) as the platform's sort_type. */
export function sortType(ctx: ShortcutContext): 'ByCreateTimeAsc' | 'ByCreateTimeDesc' {
  const order = ctx.given.has('sort') ? ctx.flags.sort : ctx.flags.order;
  return order === 'asc' ? 'ByCreateTimeAsc' : 'ByCreateTimeDesc';
}

/** Requests per message-list page: the list method returns at most 50 messages per call. */
export const LIST_MAX_PER_CALL = 50;

/**
 * Fetches messages by id through im.messages.mget, 50 ids a call (repeated `message_ids` keys,
 * cards as raw JSON). Returns them in the order asked for; ids the caller cannot see are missing.
 * In --dry-run the calls are only planned and nothing is returned.
 */
export async function mgetMessages(ctx: ShortcutContext, ids: readonly string[]): Promise<RawMessage[]> {
  const found = new Map<string, RawMessage>();
  for (const batch of chunk(ids, MGET_BATCH)) {
    const data = await ctx.call<{ items?: RawMessage[] }>('im.messages.mget', { params: { message_ids: batch, card_msg_content_type: RAW_CARDS, with_sender_name: true } });
    for (const m of data?.items ?? []) if (m.message_id && !found.has(m.message_id)) found.set(m.message_id, m);
  }
  return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
}

export interface ReadableOptions {
  /** Attach each thread's replies (thread_replies, thread_has_more, thread_replies_error). */
  readonly expandThreads: boolean;
  /** Attach `reactions` (counts per emoji) to messages and expanded replies; default true. */
  readonly reactions?: boolean;
}

/** The --no-reactions switch of a read shortcut as a ReadableOptions field. */
export function reactionsWanted(ctx: ShortcutContext): boolean {
  return ctx.flags['no-reactions'] !== true;
}

/**
 * The platform's messages made readable: threads expanded (when asked), merged forwards read,
 * sender names resolved for all of them together, reactions counted (unless turned off),
 * content rendered with app links and resources, replies attached.
 */
export async function readableMessages(ctx: ShortcutContext, raw: readonly RawMessage[], options: ReadableOptions): Promise<ReadableMessage[]> {
  const threads = options.expandThreads ? await fetchThreads(ctx, raw) : new Map<string, ThreadFetch<RawMessage>>();
  const replies = [...threads.values()].flatMap((f) => (f.ok ? f.items : []));
  const merged = await fetchMerged(ctx, [...raw, ...replies]);
  const held = [...merged.values()].flat();
  const all = [...raw, ...replies, ...held];
  const names = mergeNames(await resolveNames(ctx, all), await sharedChatNames(ctx, all));
  const counts = options.reactions === false ? new Map<string, ReactionCount[]>() : await reactionCounts(ctx, [...raw, ...replies].flatMap((m) => (m.message_id ? [m.message_id] : [])));
  const withReactions = <M extends RenderedMessage>(m: M): M => (counts.has(m.message_id) ? { ...m, reactions: counts.get(m.message_id) } : m);
  // JSON keeps each card's raw JSON next to its readable text; the human formats show the text only.
  const rawCards = ctx.format === 'json' || ctx.format === 'ndjson';
  const renderOptions = { names, merged, appLinks: ctx.session.settings.brand, rawCards };
  const render = (list: readonly RawMessage[]) => renderMessages(list, renderOptions).map(withReactions);
  const messages = render(raw);
  if (!options.expandThreads) return messages;
  const fetched = new Map<string, ThreadFetch<RenderedMessage>>();
  for (const [tid, f] of threads) fetched.set(tid, f.ok ? { ok: true, items: render(f.items), hasMore: f.hasMore } : f);
  return attachThreadReplies(messages, fetched);
}

/** Shared chats looked up per run as the bot (one im.chats.get each); the rest show their id. */
const BOT_CHAT_LOOKUPS = 20;

/**
 * chat id → name for the chats that share_chat messages show: as the user one
 * im.chats.batch_query per 50 chats (a user-only method), as the bot one im.chats.get per chat.
 * Names decorate the output: a failed lookup warns once and leaves the ids.
 */
async function sharedChatNames(ctx: ShortcutContext, messages: readonly RawMessage[]): Promise<Map<string, string>> {
  const ids = sharedChatIds(messages);
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  if (ctx.identity === 'user') {
    const details = await chatDetails(ctx, ids);
    if (details.error) ctx.warn(`shared chats are shown by id: ${details.error}`);
    for (const [id, c] of details.byId) if (c.name) out.set(id, c.name);
    return out;
  }
  const failures: string[] = [];
  for (const id of ids.slice(0, BOT_CHAT_LOOKUPS)) {
    try {
      const chat = await ctx.call<{ name?: string }>('im.chats.get', { path: { chat_id: id } });
      if (chat?.name) out.set(id, chat.name);
    } catch (e) {
      failures.push(`${id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failures.length) ctx.warn(`${failures.length} shared chat(s) are shown by id, their details could not be read (${failures[0]})`);
  return out;
}

/** A readable message as one table / csv row. */
function row(m: RenderedMessage & { chat_name?: string; chat_partner?: { open_id: string } }, reply: boolean, format: Format, withChat: boolean): Record<string, unknown> {
  const text = m.deleted && !m.content ? RECALL_NOTICE : m.content;
  return {
    time: m.create_time,
    ...(withChat ? { chat: m.chat_name ?? m.chat_partner?.open_id ?? m.chat_id ?? '' } : {}),
    sender: m.sender.name ?? m.sender.id,
    type: m.msg_type,
    content: reply && format === 'table' ? `↳ ${text}` : text,
    message_id: m.message_id,
    thread_id: m.thread_id ?? '',
  };
}

/**
 * Rows for the list formats: ndjson gets every message object whole; table and csv get one
 * flat line per message (time, sender name, type, readable content, id, thread), with each
 * thread's expanded replies right under the message that starts it.
 */
export function messageRows(messages: readonly ReadableMessage[], format: Format, options: { withChat?: boolean } = {}): unknown[] {
  if (format !== 'table' && format !== 'csv') return [...messages];
  const out: unknown[] = [];
  for (const m of messages) {
    out.push(row(m, false, format, options.withChat === true));
    for (const r of m.thread_replies ?? []) out.push(row(r, true, format, options.withChat === true));
  }
  return out;
}

