/**
 * Chat details for shortcuts that only get chat ids back (feed shortcuts, feed groups): one
 * im.chats.batch_query per 50 ids. Also the signed-in user's muted chats (--exclude-muted). A failed lookup never fails the command: the caller gets the
 * reason and shows it as a warning (and a notice in the output where the shortcut has one).
 */
import { chunk } from '@larkgen/im-content';
import type { ShortcutContext } from '../../types.js';
import { CliError } from '../../../core/errors.js';

export interface ChatDetail {
  readonly chat_id: string;
  readonly name?: string;
  readonly [k: string]: unknown;
}

export interface ChatDetails {
  readonly byId: ReadonlyMap<string, ChatDetail>;
  /** Why the lookup failed, when it did. */
  readonly error?: string;
}

const CHATS_PER_CALL = 50;
/** Chats per im.chat.user_setting.batch_query call (the method's limit). */
const SETTINGS_PER_CALL = 10;

export async function chatDetails(ctx: ShortcutContext, ids: readonly string[]): Promise<ChatDetails> {
  const byId = new Map<string, ChatDetail>();
  const unique = [...new Set(ids)];
  try {
    for (const batch of chunk(unique, CHATS_PER_CALL)) {
      const data = await ctx.call<{ items?: ChatDetail[] }>('im.chats.batch_query', { params: { user_id_type: 'open_id' }, data: { chat_ids: batch } });
      for (const c of data?.items ?? []) byId.set(c.chat_id, c);
    }
  } catch (e) {
    const reason = e instanceof CliError ? e.message : String(e);
    return { byId, error: `chat details could not be fetched: ${reason}` };
  }
  return { byId };
}

/** The ids of the chats the user muted, among `ids`. */
export async function mutedAmong(ctx: ShortcutContext, ids: readonly string[]): Promise<Set<string>> {
  const muted = new Set<string>();
  for (const batch of chunk(ids, SETTINGS_PER_CALL)) {
    const data = await ctx.call<{ items?: { chat_id: string; is_muted: boolean }[] }>('im.chat.user_setting.batch_query', { data: { chat_ids: batch } });
    for (const s of data?.items ?? []) if (s.is_muted) muted.add(s.chat_id);
  }
  return muted;
}
