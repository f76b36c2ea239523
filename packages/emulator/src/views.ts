import { TENANT_KEY } from './seed.js';
import type { Actor, ChatRec, MessageRec, PinRec, ReactionRec, State } from './state.js';
import { ms } from './util.js';

export const RECALLED_CONTENT = JSON.stringify({ text: 'This message was recalled' });
export const MERGED_CONTENT = 'Merged and Forwarded Message';

export interface IdOpts {
  readonly userIdType?: string;
  readonly withSenderName?: boolean;
}

export function senderView(s: State, a: Actor, o: IdOpts = {}): Record<string, unknown> {
  if (a.kind === 'bot') {
    const v: Record<string, unknown> = { id: a.appId, id_type: 'app_id', sender_type: 'app', tenant_key: TENANT_KEY };
    if (o.withSenderName) v.sender_name = s.app.bot_name;
    if (a.appId === s.app.app_id) v.open_bot_id = s.app.bot_open_id;
    return v;
  }
  const u = s.users.get(a.openId);
  const v: Record<string, unknown> = {
    id: u ? s.userIdOf(u, o.userIdType) : a.openId,
    id_type: o.userIdType ?? 'open_id',
    sender_type: 'user',
    tenant_key: TENANT_KEY,
  };
  if (o.withSenderName && u) v.sender_name = u.name;
  return v;
}

export function messageView(s: State, m: MessageRec, o: IdOpts = {}): Record<string, unknown> {
  const v: Record<string, unknown> = { message_id: m.message_id };
  if (m.root_id) v.root_id = m.root_id;
  if (m.parent_id) v.parent_id = m.parent_id;
  if (m.thread_id) v.thread_id = m.thread_id;
  v.msg_type = m.msg_type;
  v.create_time = ms(m.create_time);
  v.update_time = m.update_time === m.create_time ? v.create_time : ms(m.update_time);
  v.deleted = m.deleted;
  v.updated = m.updated;
  v.chat_id = m.chat_id;
  v.sender = senderView(s, m.sender, o);
  v.body = { content: m.deleted ? RECALLED_CONTENT : m.content };
  if (m.mentions && m.mentions.length > 0 && !m.deleted) {
    v.mentions = m.mentions.map((x) => ({
      key: x.key,
      id: s.convertOpenId(x.open_id, o.userIdType),
      id_type: o.userIdType ?? 'open_id',
      name: x.name,
      tenant_key: TENANT_KEY,
    }));
  }
  if (m.upper_message_id) v.upper_message_id = m.upper_message_id;
  if (m.sync_to_chat) v.sync_to_chat_info = { ...m.sync_to_chat };
  return v;
}

export function ownerFields(s: State, c: ChatRec, userIdType: string | undefined): Record<string, unknown> {
  if (!c.owner || c.owner.kind !== 'user') return {};
  return { owner_id_type: userIdType ?? 'open_id', owner_id: s.convertOpenId(c.owner.openId, userIdType) };
}

export function chatView(s: State, c: ChatRec, userIdType: string | undefined, full = true): Record<string, unknown> {
  if (!full) {
    return {
      chat_id: c.chat_id,
      avatar: c.avatar,
      name: c.name,
      user_count: String(c.users.length),
      bot_count: String(c.bots.length),
      chat_status: c.status,
    };
  }
  const st = c.settings;
  const v: Record<string, unknown> = {
    chat_id: c.chat_id,
    avatar: c.avatar,
    name: c.name,
    description: c.description,
  };
  if (c.i18n_names) v.i18n_names = c.i18n_names;
  Object.assign(v, ownerFields(s, c, userIdType));
  Object.assign(v, {
    user_manager_id_list: c.user_managers.map((id) => s.convertOpenId(id, userIdType)),
    bot_manager_id_list: [...c.bot_managers],
    add_member_permission: st.add_member_permission,
    share_card_permission: st.share_card_permission,
    at_all_permission: st.at_all_permission,
    edit_permission: st.edit_permission,
    moderation_permission: st.moderation_permission,
    group_message_type: st.group_message_type,
    chat_mode: c.chat_mode,
    chat_type: c.chat_type,
    chat_tag: c.chat_tag,
    external: c.external,
    tenant_key: TENANT_KEY,
    user_count: String(c.users.length),
    bot_count: String(c.bots.length),
    join_message_visibility: st.join_message_visibility,
    leave_message_visibility: st.leave_message_visibility,
    membership_approval: st.membership_approval,
    urgent_setting: st.urgent_setting,
    video_conference_setting: st.video_conference_setting,
    pin_manage_setting: st.pin_manage_setting,
    hide_member_count_setting: st.hide_member_count_setting,
    restricted_mode_setting: { ...st.restricted_mode_setting },
  });
  if (c.labels.length > 0) v.labels = [...c.labels];
  if (c.toolkit_ids.length > 0) v.toolkit_ids = [...c.toolkit_ids];
  v.chat_status = c.status;
  return v;
}

/** A chat as listed (chats list/search/batch_query), seen by `viewer`. */
export function chatListItem(s: State, c: ChatRec, viewer: Actor, userIdType: string | undefined): Record<string, unknown> {
  const v: Record<string, unknown> = {
    chat_id: c.chat_id,
    avatar: c.avatar,
    name: c.name,
    description: c.description,
    ...ownerFields(s, c, userIdType),
    external: c.external,
    tenant_key: TENANT_KEY,
  };
  if (c.labels.length > 0) v.labels = [...c.labels];
  v.chat_status = c.status;
  v.chat_mode = c.chat_mode;
  if (c.chat_mode === 'p2p' && c.p2p) {
    const other = sameAs(c.p2p.a, viewer) ? c.p2p.b : c.p2p.a;
    if (other.kind === 'bot') {
      v.p2p_target_type = 'bot';
      v.p2p_target_id = s.app.bot_open_id;
    } else {
      v.p2p_target_type = 'user';
      v.p2p_target_id = s.convertOpenId(other.openId, userIdType);
    }
  }
  return v;
}

function sameAs(a: Actor, b: Actor): boolean {
  return a.kind === b.kind && (a.kind === 'bot' ? a.appId === (b as { appId: string }).appId : a.openId === (b as { openId: string }).openId);
}

export function operatorView(s: State, a: Actor, userIdType?: string): { operator_id: string; operator_type: 'app' | 'user' } {
  return a.kind === 'bot'
    ? { operator_id: a.appId, operator_type: 'app' }
    : { operator_id: s.convertOpenId(a.openId, userIdType), operator_type: 'user' };
}

export function reactionView(s: State, r: ReactionRec, userIdType?: string): Record<string, unknown> {
  return {
    reaction_id: r.reaction_id,
    operator: operatorView(s, r.operator, userIdType),
    action_time: ms(r.action_time),
    reaction_type: { emoji_type: r.emoji_type },
  };
}

export function pinView(s: State, p: PinRec): Record<string, unknown> {
  return {
    message_id: p.message_id,
    chat_id: p.chat_id,
    operator_id: p.operator.kind === 'bot' ? p.operator.appId : p.operator.openId,
    operator_id_type: p.operator.kind === 'bot' ? 'app_id' : 'open_id',
    create_time: ms(p.create_time),
  };
}
