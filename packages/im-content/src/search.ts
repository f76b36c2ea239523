/**
 * Small pure pieces of the read shortcuts: +chat-search keyword quoting, +messages-search
 * page-size clamping, time range, hit ids and the chat fields added to each hit, and the p2p
 * chat lookup of +chat-messages-list --user-id.
 */
import { ContentError, shown } from './errors.js';
import { formatRfc3339 } from './time.js';

/**
 * A chat-search keyword as sent. The platform's search syntax reads an unquoted `-` as "exclude
 * the next word", so a keyword with `-` is wrapped in double quotes to match it as one term
 * (`release-1.4` → `"release-1.4"`). A keyword in which the user wrote quotes themselves
 * (`"release-1.4" notes`, `"q4-plan"`) is sent exactly as typed: their quoting wins.
 */
export function quoteChatQuery(query: string): string {
  const q = query.trim();
  if (!q.includes('-') || q.includes('"')) return q;
  return `"${q}"`;
}

/** Largest page the message search accepts. */
export const SEARCH_MAX_PAGE_SIZE = 50;

/** --page-size of +messages-search: below 1 is an error, above 50 is lowered to 50. */
export function searchPageSize(pageSize: number, field = 'page-size'): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new ContentError(field, `--${field} ${shown(String(pageSize))} must be a whole number of at least 1.`, `Use 1 to ${SEARCH_MAX_PAGE_SIZE}; larger values are lowered to ${SEARCH_MAX_PAGE_SIZE}.`);
  }
  return Math.min(pageSize, SEARCH_MAX_PAGE_SIZE);
}

/**
 * The search filter's time_range from --start/--end (Unix seconds), as RFC 3339 with the local
 * offset; undefined when neither is given.
 */
export function searchTimeRange(start: number | undefined, end: number | undefined, timeZone?: string): { start_time?: string; end_time?: string } | undefined {
  if (start === undefined && end === undefined) return undefined;
  return {
    ...(start !== undefined ? { start_time: formatRfc3339(start, timeZone) } : {}),
    ...(end !== undefined ? { end_time: formatRfc3339(end, timeZone) } : {}),
  };
}

/** A chat from chats/batch_query (the fields used here). */
export interface ChatInfo {
  readonly chat_id?: string;
  readonly name?: string;
  readonly chat_mode?: string;
  readonly p2p_target_id?: string;
}

/** Chat fields of a search hit. */
export interface ChatContext {
  readonly chat_name?: string;
  readonly chat_type?: string;
  readonly chat_partner?: { readonly open_id: string };
}

/**
 * The fields a search hit gets from its chat: chat_type (`p2p`, or the chat mode such as group
 * or topic), chat_name for non-p2p chats, and chat_partner for p2p chats.
 */
export function chatContext(chat: ChatInfo | undefined): ChatContext {
  if (!chat) return {};
  const p2p = chat.chat_mode === 'p2p';
  return {
    ...(!p2p && chat.name ? { chat_name: chat.name } : {}),
    ...(chat.chat_mode ? { chat_type: chat.chat_mode } : {}),
    ...(p2p && chat.p2p_target_id ? { chat_partner: { open_id: chat.p2p_target_id } } : {}),
  };
}

/** Distinct chat ids of the hits, in order, for chats/batch_query (send in batches of 50). */
export function chatIdsOf(messages: readonly { readonly chat_id?: string }[]): string[] {
  const out: string[] = [];
  for (const m of messages) if (m.chat_id && !out.includes(m.chat_id)) out.push(m.chat_id);
  return out;
}

/** Message ids of a search answer's items (`meta_data.message_id`, else the item id). */
export function searchHitIds(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const items = (data as { items?: unknown }).items;
  if (!Array.isArray(items)) return [];
  const out: string[] = [];
  for (const it of items) {
    if (typeof it !== 'object' || it === null) continue;
    const r = it as { id?: unknown; meta_data?: { message_id?: unknown } };
    const id = typeof r.meta_data?.message_id === 'string' ? r.meta_data.message_id : typeof r.id === 'string' ? r.id : '';
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * The chat id from a chat_p2p/batch_query answer's `data` (the first `p2p_chats[].chat_id`), or
 * undefined when there is none, in which case the command stops with "P2P chat not found".
 */
export function p2pChatIdOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const chats = (data as { p2p_chats?: unknown }).p2p_chats;
  if (!Array.isArray(chats)) return undefined;
  for (const c of chats) {
    const id = typeof c === 'object' && c !== null ? (c as { chat_id?: unknown }).chat_id : undefined;
    if (typeof id === 'string' && id !== '') return id;
  }
  return undefined;
}
