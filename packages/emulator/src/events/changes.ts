import { TENANT_KEY } from '../seed.js';
import { sameActor, type Actor, type ChatRec, type MessageRec, type ReactionRec, type State } from '../state.js';

/**
 * Turns state changes into the platform's events. One call's effects are found by comparing a
 * snapshot taken before the handler ran with the state after it — so every method that sends,
 * recalls, reacts, joins, leaves, updates or disbands produces its events without the handlers
 * knowing about events at all.
 */
export interface Draft {
  readonly type: string;
  readonly event: Record<string, unknown>;
  /** Narrower scope rule than the event spec's, when the platform has one (receive_v1); empty = the spec's. */
  readonly anyScope: readonly string[];
}

/** What a call may change, as it was before the call. */
export interface Snapshot {
  readonly messages: number;
  readonly reactions: number;
  readonly chats: number;
  readonly chat?: ChatShape;
  readonly reaction?: ReactionRec;
  readonly recalled?: { id: string; deleted: boolean };
}

interface ChatShape {
  readonly chat_id: string;
  readonly users: readonly string[];
  readonly bots: readonly string[];
  readonly moderators: readonly string[];
  readonly status: ChatRec['status'];
  readonly fields: Record<string, unknown>;
}

/** Scopes of im.message.receive_v1 by where the message was sent (the platform's mention rules). */
export const RECEIVE_SCOPES = {
  p2p: ['im:message.p2p_msg:readonly'],
  groupMention: ['im:message.group_at_msg:readonly', 'im:message.group_msg'],
  groupAll: ['im:message.group_msg'],
} as const;

export function snapshot(s: State, path: Record<string, unknown>): Snapshot {
  const chatId = typeof path.chat_id === 'string' ? path.chat_id : undefined;
  const chat = chatId ? s.chats.get(chatId) : undefined;
  const reactionId = typeof path.reaction_id === 'string' ? path.reaction_id : undefined;
  const reaction = reactionId ? s.reactions.get(reactionId) : undefined;
  const messageId = typeof path.message_id === 'string' ? path.message_id : undefined;
  const msg = messageId ? s.messages.get(messageId) : undefined;
  return {
    messages: s.messages.size,
    reactions: s.reactions.size,
    chats: s.chats.size,
    chat: chat ? shapeOf(s, chat) : undefined,
    reaction: reaction ? { ...reaction } : undefined,
    recalled: msg ? { id: msg.message_id, deleted: msg.deleted } : undefined,
  };
}

/** The events one call caused, for the app `s.app`. */
export function changes(s: State, before: Snapshot, actor: Actor, now: number): Draft[] {
  const out: Draft[] = [];
  const appId = s.app.app_id;
  for (const m of s.messages.valuesAfter(before.messages)) {
    const d = messageReceived(s, m);
    if (d) out.push(d);
  }
  for (const r of s.reactions.valuesAfter(before.reactions)) {
    const d = reactionEvent(s, r, 'im.message.reaction.created_v1');
    if (d) out.push(d);
  }
  if (before.reaction && !s.reactions.has(before.reaction.reaction_id)) {
    const d = reactionEvent(s, { ...before.reaction, action_time: now }, 'im.message.reaction.deleted_v1');
    if (d) out.push(d);
  }
  if (before.recalled && !before.recalled.deleted) {
    const m = s.messages.get(before.recalled.id);
    const chat = m ? s.chats.get(m.chat_id) : undefined;
    if (m?.deleted && chat && chat.bots.includes(appId)) {
      const recallType = sameActor(m.sender, actor) ? 'message_owner' : s.isOwner(chat, actor) ? 'group_owner' : 'group_manager';
      out.push({ type: 'im.message.recalled_v1', anyScope: [], event: { message_id: m.message_id, chat_id: m.chat_id, recall_time: String(now), recall_type: recallType } });
    }
  }
  for (const chat of s.chats.valuesAfter(before.chats)) {
    // A chat made with the bot in it: the bot was added (unless the bot made it itself).
    if (chat.bots.includes(appId) && actor.kind === 'user' && chat.chat_mode !== 'p2p') out.push(chatBasics(s, chat, actor, 'im.chat.member.bot.added_v1'));
  }
  if (before.chat) out.push(...chatChanges(s, before.chat, actor));
  return out;
}

/** A user read messages: the bot hears of it for its own messages in one-to-one chats. */
export function messagesRead(s: State, reader: string, messages: readonly MessageRec[], at: number): Draft | undefined {
  const ids = messages
    .filter((m) => m.sender.kind === 'bot' && m.sender.appId === s.app.app_id && s.chats.get(m.chat_id)?.chat_mode === 'p2p')
    .map((m) => m.message_id);
  if (ids.length === 0) return undefined;
  return {
    type: 'im.message.message_read_v1',
    anyScope: [],
    event: { reader: { reader_id: userIds(s, reader), read_time: String(at), tenant_key: tenantKey(s) }, message_id_list: ids },
  };
}

/** The card.action.trigger body for a user's click on a card element. */
export function cardAction(s: State, who: string, m: MessageRec, action: Record<string, unknown>, token: string): Record<string, unknown> {
  return {
    operator: { ...userIds(s, who), tenant_key: tenantKey(s) },
    token,
    action,
    host: 'im_message',
    context: { open_message_id: m.message_id, open_chat_id: m.chat_id },
  };
}

function messageReceived(s: State, m: MessageRec): Draft | undefined {
  if (m.nested) return undefined;
  const app = s.app;
  if (m.sender.kind === 'bot' && m.sender.appId === app.app_id) return undefined; // the bot's own messages are not echoed
  const chat = s.chats.get(m.chat_id);
  if (!chat || !chat.bots.includes(app.app_id) || !app.bot_enabled) return undefined;
  const p2p = chat.chat_mode === 'p2p';
  const mentioned = (m.mentions ?? []).some((x) => x.open_id === app.bot_open_id) || /@_all\b|"user_id":"all"/.test(m.content);
  const anyScope = p2p ? RECEIVE_SCOPES.p2p : mentioned ? RECEIVE_SCOPES.groupMention : RECEIVE_SCOPES.groupAll;
  const sender =
    m.sender.kind === 'user'
      ? { sender_id: userIds(s, m.sender.openId), sender_type: 'user', tenant_key: tenantKey(s) }
      : { sender_id: { open_id: '', union_id: '', user_id: '' }, sender_type: 'app', tenant_key: tenantKey(s) };
  const message: Record<string, unknown> = {
    message_id: m.message_id,
    root_id: m.root_id ?? '',
    parent_id: m.parent_id ?? '',
    create_time: String(m.create_time),
    update_time: String(m.update_time),
    chat_id: m.chat_id,
    thread_id: m.thread_id ?? '',
    chat_type: p2p ? 'p2p' : 'group',
    message_type: m.msg_type,
    content: m.content,
  };
  if (m.mentions && m.mentions.length > 0) {
    message.mentions = m.mentions.map((x) => ({ key: x.key, id: mentionIds(s, x.open_id), name: x.name, tenant_key: tenantKey(s) }));
  }
  message.user_agent = 'Lark-Emulator';
  return { type: 'im.message.receive_v1', anyScope, event: { sender, message } };
}

function reactionEvent(s: State, r: ReactionRec, type: string): Draft | undefined {
  const m = s.messages.get(r.message_id);
  const chat = m ? s.chats.get(m.chat_id) : undefined;
  if (!chat || !chat.bots.includes(s.app.app_id)) return undefined;
  const event: Record<string, unknown> = { message_id: r.message_id, reaction_type: { emoji_type: r.emoji_type } };
  if (r.operator.kind === 'user') {
    event.operator_type = 'user';
    event.user_id = userIds(s, r.operator.openId);
  } else {
    event.operator_type = 'app';
    event.app_id = r.operator.appId;
  }
  event.action_time = String(r.action_time);
  return { type, anyScope: [], event };
}

function chatChanges(s: State, was: ChatShape, actor: Actor): Draft[] {
  const out: Draft[] = [];
  const appId = s.app.app_id;
  const chat = s.chats.get(was.chat_id);
  const gone = !chat || chat.status === 'dissolved';
  const botWasIn = was.bots.includes(appId);
  if (gone) {
    if (botWasIn && was.status !== 'dissolved' && chat) out.push(chatBasics(s, chat, actor, 'im.chat.disbanded_v1'));
    return out;
  }
  const botIsIn = chat.bots.includes(appId);
  if (!botWasIn && botIsIn) out.push(chatBasics(s, chat, actor, 'im.chat.member.bot.added_v1'));
  if (botWasIn && !botIsIn) out.push(chatBasics(s, chat, actor, 'im.chat.member.bot.deleted_v1'));
  if (!botWasIn && !botIsIn) return out;
  const added = chat.users.filter((u) => !was.users.includes(u));
  const removed = was.users.filter((u) => !chat.users.includes(u));
  const users = (ids: string[]) => ids.map((id) => ({ name: s.users.get(id)?.name ?? '', tenant_key: tenantKey(s), user_id: userIds(s, id) }));
  const basics = chatBasics(s, chat, actor, '').event;
  if (added.length > 0) out.push({ type: 'im.chat.member.user.added_v1', anyScope: [], event: { ...basics, users: users(added) } });
  if (removed.length > 0) out.push({ type: 'im.chat.member.user.deleted_v1', anyScope: [], event: { ...basics, users: users(removed) } });
  const now = shapeOf(s, chat);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(now.fields)) {
    if (JSON.stringify(v) !== JSON.stringify(was.fields[k])) {
      before[k] = was.fields[k];
      after[k] = v;
    }
  }
  const modAdded = chat.moderators.filter((u) => !was.moderators.includes(u));
  const modRemoved = was.moderators.filter((u) => !chat.moderators.includes(u));
  if (Object.keys(after).length > 0 || modAdded.length > 0 || modRemoved.length > 0) {
    const mod = (ids: string[]) => ids.map((id) => ({ tenant_key: tenantKey(s), user_id: userIds(s, id) }));
    const { name: _n, i18n_names: _i, ...ids } = basics;
    out.push({
      type: 'im.chat.updated_v1',
      anyScope: [],
      event: { ...ids, before_change: before, after_change: after, moderator_list: { added_member_list: mod(modAdded), removed_member_list: mod(modRemoved) } },
    });
  }
  return out;
}

function chatBasics(s: State, chat: ChatRec, actor: Actor, type: string): Draft {
  const event: Record<string, unknown> = {
    chat_id: chat.chat_id,
    operator_id: actorIds(s, actor),
    external: chat.external,
    operator_tenant_key: tenantKey(s),
    name: chat.name,
    i18n_names: chat.i18n_names ?? {},
  };
  return { type, anyScope: [], event };
}

function shapeOf(s: State, c: ChatRec): ChatShape {
  const st = c.settings;
  return {
    chat_id: c.chat_id,
    users: [...c.users],
    bots: [...c.bots],
    moderators: [...c.moderators],
    status: c.status,
    fields: {
      name: c.name,
      description: c.description,
      avatar: c.avatar,
      i18n_names: c.i18n_names ?? {},
      owner_id: c.owner ? actorIds(s, c.owner) : undefined,
      add_member_permission: st.add_member_permission,
      at_all_permission: st.at_all_permission,
      edit_permission: st.edit_permission,
      share_card_permission: st.share_card_permission,
      membership_approval: st.membership_approval,
      moderation_permission: st.moderation_permission,
      group_message_type: st.group_message_type,
      join_message_visibility: st.join_message_visibility,
      leave_message_visibility: st.leave_message_visibility,
      labels: [...c.labels],
      restricted_mode_setting: { ...st.restricted_mode_setting },
    },
  };
}

export function userIds(s: State, openId: string): { union_id: string; user_id: string; open_id: string } {
  const u = s.users.get(openId);
  return { union_id: u?.union_id ?? '', user_id: u?.user_id ?? '', open_id: openId };
}

function mentionIds(s: State, openId: string): { union_id: string; user_id: string; open_id: string } {
  return openId === s.app.bot_open_id ? { union_id: '', user_id: '', open_id: openId } : userIds(s, openId);
}

function actorIds(s: State, a: Actor): { union_id: string; user_id: string; open_id: string } {
  return a.kind === 'user' ? userIds(s, a.openId) : mentionIds(s, s.app.bot_open_id);
}

function tenantKey(_s: State): string {
  return TENANT_KEY;
}
