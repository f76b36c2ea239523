import type { Ctx } from '../context.js';
import { checkContent } from '../content.js';
import { newChat } from '../seed.js';
import type { Actor, ChatRec, MessageRec, State, ThreadRec } from '../state.js';
import { pageOf, type Page } from '../util.js';

export const UUID_WINDOW_MS = 3_600_000;

export function uidType(ctx: Ctx, key = 'user_id_type'): string | undefined {
  const v = ctx.query[key];
  return typeof v === 'string' ? v : undefined;
}

export function pageSize(ctx: Ctx, fallback: number): number {
  const v = ctx.query.page_size;
  return typeof v === 'number' ? v : fallback;
}

/** The page of `rows` the request's `page_token` asks for; a token this listing did not hand out is a field error. */
export function listPage<T>(ctx: Ctx, kind: string, rows: readonly T[], size: number, refusal = 'is not a page token of this listing'): Page<T> {
  const page = pageOf(kind, rows, size, ctx.query.page_token || undefined);
  if (!page) return ctx.invalid('page_token', refusal, ctx.query.page_token);
  return page;
}

/** `has_more`, with `page_token` only when there is a next page. */
export function pageTail(page: Page<unknown>): { has_more: boolean; page_token?: string } {
  return { has_more: page.has_more, ...(page.has_more ? { page_token: page.page_token } : {}) };
}

/** A chat by id: unknown → `missing`, dissolved → `dissolved` (232009 unless told otherwise). */
export function chatOr(ctx: Ctx, chatId: string, missing: number, dissolved = 232009): ChatRec {
  const chat = ctx.state.chats.get(chatId);
  if (!chat) ctx.fail(missing, `No chat ${chatId} exists in this tenant.`);
  if (chat!.status !== 'normal') ctx.fail(dissolved, `The chat ${chatId} has been dissolved.`);
  return chat!;
}

/** "The bot" or "The user", to begin an error message about the caller. */
export function callerNoun(who: Actor): string {
  return who.kind === 'bot' ? 'The bot' : 'The user';
}

export function memberOr(ctx: Ctx, chat: ChatRec, code: number, who: Actor = ctx.actor): void {
  if (!ctx.state.isMember(chat, who)) {
    ctx.fail(code, `${callerNoun(who)} is not a member of chat ${chat.chat_id}.`);
  }
}

/**
 * A group chat the caller is in, for the methods that work on group chats only: 232006 when it
 * does not exist, `p2pCode` with `p2pMessage` for a one-to-one chat, 232011 when the caller is
 * not a member.
 */
export function groupChatOr(ctx: Ctx, chatId: string, p2pCode: number, p2pMessage: string): ChatRec {
  const chat = chatOr(ctx, chatId, 232006);
  if (chat.chat_mode === 'p2p') ctx.fail(p2pCode, p2pMessage);
  memberOr(ctx, chat, 232011);
  return chat;
}

export function messageOr(ctx: Ctx, id: string, missing: number): MessageRec {
  const m = ctx.state.messages.get(id);
  if (!m) ctx.fail(missing, `No message ${id} exists.`);
  return m!;
}

/** Whether `a` may post in `chat` under its moderation setting. */
export function canPost(ctx: Ctx, chat: ChatRec, a: Actor): boolean {
  const mode = chat.settings.moderation_permission;
  if (mode === 'all_members') return true;
  if (ctx.state.isOwnerOrManager(chat, a)) return true;
  if (mode === 'moderator_list' && a.kind === 'user') return chat.moderators.includes(a.openId);
  return false;
}

export function postOr(ctx: Ctx, chat: ChatRec, a: Actor = ctx.actor): void {
  if (!canPost(ctx, chat, a)) ctx.fail(230018, `Chat ${chat.chat_id} lets only selected members post, and the caller is not one of them.`);
}

/** The chat (and maybe thread) a receive_id names; one-to-one chats are opened on demand. */
export function resolveReceiver(
  ctx: Ctx,
  idType: string,
  id: string,
  sender: Actor,
  codes: { invalid: number; threadMissing: number },
): { chat: ChatRec; thread?: ThreadRec } {
  const s = ctx.state;
  if (idType === 'chat_id') {
    const chat = s.chats.get(id);
    if (!chat) ctx.fail(codes.invalid, `receive_id ${id} does not name a chat.`);
    if (chat!.status !== 'normal') ctx.fail(232009, `Chat ${id} has been dissolved.`);
    return { chat: chat! };
  }
  if (idType === 'thread_id') {
    const thread = s.threads.get(id);
    if (!thread) ctx.fail(codes.threadMissing, `No thread ${id} exists.`);
    const chat = chatOr(ctx, thread!.chat_id, codes.invalid);
    return { chat, thread: thread! };
  }
  let other: Actor | undefined;
  if (idType === 'open_id' && id === s.app.bot_open_id && sender.kind === 'user') other = { kind: 'bot', appId: s.app.app_id };
  else {
    const u = s.userBy(idType, id);
    if (u && !u.resigned) other = { kind: 'user', openId: u.open_id };
    else if (u?.resigned) ctx.fail(230029, `The user ${id} has left the organisation.`);
  }
  if (!other) ctx.fail(codes.invalid, `receive_id ${id} does not name a recipient of type ${idType}.`);
  if (other!.kind === sender.kind && (other as { openId?: string }).openId === (sender as { openId?: string }).openId && sender.kind === 'user') {
    // A user writing to themselves still gets a one-to-one chat of their own.
  }
  let chat = s.findP2p(sender, other!);
  if (!chat) {
    const users = [sender, other!].filter((a) => a.kind === 'user').map((a) => (a as { openId: string }).openId);
    const bots = [sender, other!].filter((a) => a.kind === 'bot').map((a) => (a as { appId: string }).appId);
    chat = newChat(
      s,
      { chat_id: s.nextId('oc_'), chat_mode: 'p2p', users: [...new Set(users)], bots: [...new Set(bots)], p2p: { a: sender, b: other! } },
      ctx.now,
    );
  }
  return { chat };
}

export interface NewMessage {
  chat: ChatRec;
  sender: Actor;
  msgType: string;
  content: string;
  checked?: boolean;
  parent?: MessageRec;
  thread?: ThreadRec;
  /** Start or continue a thread under `parent`. */
  inThread?: boolean;
  upper?: string;
  nested?: boolean;
}

/** A new message record with the next id, sent at `now`: not edited, not recalled, unread. */
export function messageRecord(s: State, m: Pick<MessageRec, 'chat_id' | 'msg_type' | 'content' | 'sender'>, now: number): MessageRec {
  return { message_id: s.nextId('om_'), seq: ++s.counter, ...m, create_time: now, update_time: now, deleted: false, updated: false, edits: 0, reads: {} };
}

/** The thread `root` starts, made now if it has none yet. */
export function openThread(s: State, root: MessageRec): ThreadRec {
  const known = root.thread_id ? s.threads.get(root.thread_id) : undefined;
  if (known) return known;
  const thread = { thread_id: s.nextId('omt_'), chat_id: root.chat_id, root_id: root.message_id, msgs: [root.message_id] };
  root.thread_id = thread.thread_id;
  s.threads.set(thread.thread_id, thread);
  return thread;
}

/** Stores a new message and files it in its chat or thread. */
export function storeMessage(ctx: Ctx, n: NewMessage): MessageRec {
  const s = ctx.state;
  let content = n.content;
  let mentions;
  if (!n.checked) {
    const c = checkContent(ctx, n.msgType, n.content, n.sender);
    content = c.content;
    mentions = c.mentions;
  }
  const now = ctx.now;
  const m = messageRecord(s, { chat_id: n.chat.chat_id, msg_type: n.msgType, content, sender: n.sender }, now);
  if (mentions && mentions.length > 0) m.mentions = mentions;
  if (n.upper) m.upper_message_id = n.upper;
  if (n.nested) {
    m.nested = true;
    s.messages.set(m.message_id, m);
    return m;
  }
  let thread = n.thread;
  if (n.parent) {
    const p = n.parent;
    m.parent_id = p.message_id;
    m.root_id = p.root_id ?? p.message_id;
    if (!thread && p.thread_id) thread = s.threads.get(p.thread_id);
    if (!thread && (n.inThread || n.chat.settings.group_message_type === 'thread')) thread = openThread(s, s.messages.get(m.root_id) ?? p);
  } else if (thread) {
    m.root_id = thread.root_id;
    m.parent_id = thread.root_id;
  }
  s.messages.set(m.message_id, m);
  if (thread) {
    m.thread_id = thread.thread_id;
    thread.msgs.push(m.message_id);
  } else {
    n.chat.msgs.push(m.message_id);
  }
  n.chat.last_message_time = now;
  ctx.rt.touch();
  return m;
}

/** The message already sent for this uuid within the last hour, if any. */
export function uuidHit(ctx: Ctx, key: string | undefined): MessageRec | undefined {
  if (!key) return undefined;
  const hit = ctx.state.uuids.get(key);
  if (!hit) return undefined;
  if (ctx.now - hit.at > UUID_WINDOW_MS) {
    ctx.state.uuids.delete(key);
    return undefined;
  }
  return ctx.state.messages.get(hit.message_id);
}

export function actorKey(a: Actor): string {
  return a.kind === 'bot' ? `app:${a.appId}` : `user:${a.openId}`;
}

/** Whether `a` can see message `m` (member of its chat). */
export function canSee(ctx: Ctx, m: MessageRec, a: Actor = ctx.actor): boolean {
  const chat = ctx.state.chats.get(m.chat_id);
  return !!chat && ctx.state.isMember(chat, a);
}

/** The open_id of the calling user (user-only methods; the spec keeps bot tokens out before this). */
export function signedInUser(ctx: Ctx): string {
  if (ctx.actor.kind !== 'user') ctx.fail(99991663, `${ctx.method.id} takes a user access token only.`);
  return (ctx.actor as { openId: string }).openId;
}
