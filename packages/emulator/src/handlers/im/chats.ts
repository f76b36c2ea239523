/** The emulator's handlers of `im.chats` (specs/im/resources/chats.yaml). */
import type { Ctx } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import { TENANT_KEY, defaultTabs, newChat } from '../../seed.js';
import type { Actor, ChatRec } from '../../state.js';
import { sec } from '../../util.js';
import { chatListItem, chatView } from '../../views.js';
import { actorKey, groupChatOr, pageSize, uidType, listPage } from '../common.js';
import { isAdmin, isOwnerLike } from '../shared/chats.js';

const DAY = 86_400_000;

const BASIC_FIELDS = new Set(['avatar', 'name', 'description', 'i18n_names']);

const SETTING_KEYS = [
  'add_member_permission',
  'share_card_permission',
  'at_all_permission',
  'edit_permission',
  'group_message_type',
  'join_message_visibility',
  'leave_message_visibility',
  'membership_approval',
  'urgent_setting',
  'video_conference_setting',
  'pin_manage_setting',
  'hide_member_count_setting',
] as const;

function applySettings(chat: ChatRec, body: Record<string, any>): void {
  const st = chat.settings as unknown as Record<string, unknown>;
  for (const k of SETTING_KEYS) if (body[k] !== undefined) st[k] = body[k];
  if (body.restricted_mode_setting) chat.settings.restricted_mode_setting = { ...chat.settings.restricted_mode_setting, ...body.restricted_mode_setting };
  if (body.labels) chat.labels = [...body.labels];
  if (body.toolkit_ids) chat.toolkit_ids = [...body.toolkit_ids];
}

const createChat: MethodHandler<'im.chats.create'> = (ctx) => {
  const s = ctx.state;
  const b = ctx.body;
  const t = uidType(ctx) ?? 'open_id';
  const key = ctx.query.uuid ? `chat|${actorKey(ctx.actor)}|${ctx.query.uuid}` : undefined;
  if (key) {
    const hit = s.uuids.get(key);
    if (hit && ctx.now - hit.at < 10 * 3_600_000) {
      const c = s.chats.get(hit.message_id);
      if (c) return chatView(s, c, t);
    }
  }
  const chatType = (b.chat_type as 'private' | 'public' | undefined) ?? 'private';
  const name = (b.name as string | undefined) ?? '';
  if (chatType === 'public' && !name) ctx.fail(232042, 'A public chat needs a name.');
  if (chatType === 'public' && [...name].length < 2) ctx.fail(232020, 'A public chat name needs at least two characters.');
  const resolveUser = (id: string) => {
    const u = s.userBy(t, id);
    if (!u) ctx.fail(232030, `${id} does not name a user of type ${t}.`);
    if (u!.resigned) ctx.fail(232022, `${id} has left the organisation.`);
    return u!.open_id;
  };
  const users: string[] = [];
  let owner: Actor;
  if (b.owner_id) owner = { kind: 'user', openId: resolveUser(b.owner_id) };
  else owner = ctx.actor;
  if (owner.kind === 'user') users.push(owner.openId);
  if (ctx.actor.kind === 'user') users.push(ctx.actor.openId);
  for (const id of (b.user_id_list as string[] | undefined) ?? []) users.push(resolveUser(id));
  const bots: string[] = [];
  if (ctx.actor.kind === 'bot') bots.push(ctx.actor.appId);
  for (const id of (b.bot_id_list as string[] | undefined) ?? []) {
    if (id !== s.app.app_id) ctx.fail(232021, `${id} is not a bot known to this tenant.`);
    bots.push(id);
  }
  const chat = newChat(
    s,
    {
      chat_id: s.nextId('oc_'),
      chat_mode: b.chat_mode === 'topic' ? 'topic' : 'group',
      chat_type: chatType,
      name,
      description: (b.description as string | undefined) ?? '',
      avatar: (b.avatar as string | undefined) ?? 'https://example.com/avatars/default.png',
      owner,
      creator_app: ctx.actor.kind === 'bot' ? ctx.actor.appId : undefined,
      users: [...new Set(users)],
      bots: [...new Set(bots)],
      external: b.external === true,
      chat_tag: 'inner',
    },
    ctx.now,
  );
  if (b.i18n_names) chat.i18n_names = { ...b.i18n_names };
  applySettings(chat, b);
  if (ctx.query.set_bot_manager === true && ctx.actor.kind === 'bot' && owner.kind === 'user') chat.bot_managers = [ctx.actor.appId];
  chat.tabs = defaultTabs(s);
  if (key) s.uuids.set(key, { message_id: chat.chat_id, at: ctx.now });
  ctx.rt.touch();
  return chatView(s, chat, t);
};

const getChat: MethodHandler<'im.chats.get'> = (ctx) => {
  const chat = ctx.state.chats.get(ctx.path.chat_id);
  if (!chat) return ctx.fail(232006, `No chat ${ctx.path.chat_id} exists.`);
  const member = ctx.state.isMember(chat, ctx.actor);
  if (!member && chat.chat_type !== 'public') ctx.fail(232011, 'Only members can read a private chat.');
  return chatView(ctx.state, chat, uidType(ctx), member);
};

const updateChat: MethodHandler<'im.chats.update'> = (ctx) => {
  const s = ctx.state;
  const chat = groupChatOr(ctx, ctx.path.chat_id, 232008, 'One-to-one chats cannot be changed.');
  const b = ctx.body;
  const keys = Object.keys(b);
  if (!isAdmin(ctx, chat)) {
    if (chat.settings.edit_permission === 'only_owner') ctx.fail(232002, 'This chat lets only its owner and managers edit it.');
    const extra = keys.filter((k) => !BASIC_FIELDS.has(k));
    if (extra.length > 0) ctx.fail(232016, `Members who are not owner or manager may not change ${extra.join(', ')}.`);
  }
  const t = uidType(ctx) ?? 'open_id';
  let newOwner: string | undefined;
  if (b.owner_id !== undefined) {
    if (!s.isOwner(chat, ctx.actor)) ctx.fail(232016, 'Only the owner can hand the chat over to someone else.');
    const u = s.userBy(t, b.owner_id);
    if (!u) ctx.fail(232035, `${b.owner_id} is not a valid ${t}.`);
    if (!chat.users.includes(u!.open_id)) ctx.fail(232012, 'The new owner must already be a member.');
    newOwner = u!.open_id;
  }
  const nextType = (b.chat_type as string | undefined) ?? chat.chat_type;
  const nextName = (b.name as string | undefined) ?? chat.name;
  if (nextType === 'public' && (b.name !== undefined || b.chat_type !== undefined)) {
    for (const c of s.chats.values()) {
      if (c !== chat && c.status === 'normal' && c.chat_type === 'public' && c.name === nextName) {
        ctx.fail(232026, `Another public chat is already called "${nextName}".`);
      }
    }
  }
  if (b.name !== undefined) chat.name = b.name;
  if (b.description !== undefined) chat.description = b.description;
  if (b.avatar !== undefined) chat.avatar = b.avatar;
  if (b.i18n_names !== undefined) chat.i18n_names = { ...b.i18n_names };
  if (b.chat_type !== undefined) chat.chat_type = b.chat_type;
  applySettings(chat, b);
  if (newOwner) {
    chat.owner = { kind: 'user', openId: newOwner };
    chat.user_managers = chat.user_managers.filter((x) => x !== newOwner);
  }
  chat.update_time = ctx.now;
  ctx.rt.touch();
  return {};
};

const deleteChat: MethodHandler<'im.chats.delete'> = (ctx) => {
  const chat = groupChatOr(ctx, ctx.path.chat_id, 232008, 'One-to-one chats cannot be dissolved.');
  if (!isOwnerLike(ctx, chat)) ctx.fail(232017, 'Only the owner (or the app that created the chat) may dissolve it.');
  chat.status = 'dissolved';
  chat.update_time = ctx.now;
  ctx.rt.touch();
  return {};
};

const linkChat: MethodHandler<'im.chats.link'> = (ctx) => {
  const chat = groupChatOr(ctx, ctx.path.chat_id, 232062, 'One-to-one chats cannot be shared by link.');
  if (chat.settings.share_card_permission === 'not_allowed' && !isAdmin(ctx, chat)) {
    ctx.fail(232064, 'This chat lets only its owner and managers share it.');
  }
  const period = (ctx.body.validity_period as string | undefined) ?? 'week';
  const link = `https://applink.feishu.cn/client/chat/chatter/add_by_link?link_token=${ctx.state.nextId('lt_')}`;
  if (period === 'permanently') return { share_link: link, is_permanent: true };
  const ttl = period === 'year' ? 365 * DAY : 7 * DAY;
  return { share_link: link, expire_time: sec(ctx.now + ttl), is_permanent: false };
};

function visibleGroups(ctx: Ctx): ChatRec[] {
  const out: ChatRec[] = [];
  for (const c of ctx.state.chats.values()) {
    if (c.status !== 'normal' || c.chat_mode === 'p2p') continue;
    if (ctx.state.isMember(c, ctx.actor) || c.chat_type === 'public') out.push(c);
  }
  return out;
}

const listChats: MethodHandler<'im.chats.list'> = (ctx) => {
  const types = new Set(((ctx.query.types as string | undefined) ?? 'group').split(',').map((x) => x.trim()).filter(Boolean));
  const withP2p = types.has('p2p') && ctx.identity === 'user';
  const withGroups = types.has('group') || types.size === 0;
  let chats = [...ctx.state.chats.values()].filter(
    (c) => c.status === 'normal' && ctx.state.isMember(c, ctx.actor) && (c.chat_mode === 'p2p' ? withP2p : withGroups),
  );
  if (ctx.query.sort_type === 'ByActiveTimeDesc') chats.sort((a, b) => b.last_message_time - a.last_message_time);
  else chats = chats.sort((a, b) => a.create_time - b.create_time);
  const rows = chats.map((c) => chatListItem(ctx.state, c, ctx.actor, uidType(ctx)));
  const page = listPage(ctx, 'chats', rows, pageSize(ctx, 20));
  return page;
};

const searchChats: MethodHandler<'im.chats.search'> = (ctx) => {
  const q = ((ctx.query.query as string | undefined) ?? '').toLowerCase();
  const chats = visibleGroups(ctx).filter((c) => !q || c.name.toLowerCase().includes(q));
  chats.sort((a, b) => a.create_time - b.create_time);
  const rows = chats.map((c) => chatListItem(ctx.state, c, ctx.actor, uidType(ctx)));
  const page = listPage(ctx, `chat-search:${q}`, rows, pageSize(ctx, 20), 'is not a page token of this search');
  return page;
};

const searchChatsV2: MethodHandler<'im.chats.search_v2'> = (ctx) => {
  const s = ctx.state;
  const b = ctx.body;
  const f = (b.filter ?? {}) as Record<string, any>;
  const q = ((b.query as string | undefined) ?? '').toLowerCase().trim();
  const t = uidType(ctx) ?? 'open_id';
  if (!q && !(f.member_ids && f.member_ids.length > 0)) ctx.invalid('query', 'give a query or filter.member_ids');
  const memberIds = ((f.member_ids as string[] | undefined) ?? []).map((id) => s.userBy(t, id)?.open_id ?? `?${id}`);
  const kinds = f.search_types as string[] | undefined;
  const modes = f.chat_modes as string[] | undefined;
  const chats = visibleGroups(ctx).filter((c) => {
    const joined = s.isMember(c, ctx.actor);
    if (kinds && kinds.length > 0) {
      const ok =
        (kinds.includes('private') && joined && c.chat_type === 'private') ||
        (kinds.includes('external') && joined && c.external) ||
        (kinds.includes('public_joined') && joined && c.chat_type === 'public') ||
        (kinds.includes('public_not_joined') && !joined && c.chat_type === 'public');
      if (!ok) return false;
    }
    if (memberIds.some((id) => !c.users.includes(id))) return false;
    if (f.is_manager === true && !s.isOwnerOrManager(c, ctx.actor)) return false;
    if (modes && modes.length > 0) {
      const mode = c.chat_mode === 'topic' || c.settings.group_message_type === 'thread' ? 'thread' : 'default';
      if (!modes.includes(mode)) return false;
    }
    if (q) {
      const byName = c.name.toLowerCase().includes(q);
      const byUser = f.disable_search_by_user !== true && c.users.some((id) => s.users.get(id)?.name.toLowerCase().includes(q));
      if (!byName && !byUser) return false;
    }
    return true;
  });
  if (b.sorter === 'create_time_desc') chats.sort((x, y) => y.create_time - x.create_time);
  else if (b.sorter === 'update_time_desc') chats.sort((x, y) => y.last_message_time - x.last_message_time);
  else if (b.sorter === 'member_count_desc') chats.sort((x, y) => y.users.length - x.users.length);
  else chats.sort((x, y) => x.create_time - y.create_time);
  const rows = chats.map((c) => {
    const meta: Record<string, unknown> = {
      chat_id: c.chat_id,
      create_time: sec(c.create_time),
      update_time: sec(c.update_time),
      external: c.external,
      chat_mode: c.chat_mode,
      description: c.description,
      avatar: c.avatar,
      name: c.name,
      tenant_key: TENANT_KEY,
      chat_status: c.status,
    };
    if (c.owner?.kind === 'user') {
      meta.owner_id = s.convertOpenId(c.owner.openId, t);
      meta.owner_id_type = t;
    }
    return { id: c.chat_id, display_info: c.name, meta_data: meta };
  });
  const page = listPage(ctx, `chat-search2:${q}`, rows, pageSize(ctx, 20), 'is not a page token of this search');
  return { items: page.items, total: rows.length, has_more: page.has_more, page_token: page.page_token };
};

const batchQueryChats: MethodHandler<'im.chats.batch_query'> = (ctx) => {
  const items = [];
  for (const id of new Set(ctx.body.chat_ids as string[])) {
    const c = ctx.state.chats.get(id);
    if (!c || c.status !== 'normal') continue;
    if (!ctx.state.isMember(c, ctx.actor) && c.chat_type !== 'public') continue;
    items.push(chatListItem(ctx.state, c, ctx.actor, uidType(ctx)));
  }
  return { items };
};

/** The handlers of im.chats, one per method of specs/im/resources/chats.yaml. */
export const chatsHandlers: ResourceHandlers<'im.chats'> = {
  'im.chats.create': createChat,
  'im.chats.get': getChat,
  'im.chats.update': updateChat,
  'im.chats.delete': deleteChat,
  'im.chats.link': linkChat,
  'im.chats.list': listChats,
  'im.chats.search': searchChats,
  'im.chats.search_v2': searchChatsV2,
  'im.chats.batch_query': batchQueryChats,
};
