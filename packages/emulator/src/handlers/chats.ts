import type { Ctx, Handler } from '../context.js';
import { defaultTabs, newChat, TENANT_KEY } from '../seed.js';
import type { Actor, ChatRec, MenuItemRec, MenuTopRec, TabRec } from '../state.js';
import { pageOf, sec } from '../util.js';
import { chatListItem, chatView } from '../views.js';
import { actorKey, chatOr, memberOr, pageSize, uidType } from './common.js';

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

function isAdmin(ctx: Ctx, chat: ChatRec): boolean {
  return ctx.state.isOwnerOrManager(chat, ctx.actor);
}

/** Owner, or the app that created the chat acting as its bot. */
function isOwnerLike(ctx: Ctx, chat: ChatRec): boolean {
  if (ctx.state.isOwner(chat, ctx.actor)) return true;
  return ctx.actor.kind === 'bot' && chat.creator_app === ctx.actor.appId && chat.bots.includes(ctx.actor.appId);
}

function applySettings(chat: ChatRec, body: Record<string, any>): void {
  const st = chat.settings as unknown as Record<string, unknown>;
  for (const k of SETTING_KEYS) if (body[k] !== undefined) st[k] = body[k];
  if (body.restricted_mode_setting) chat.settings.restricted_mode_setting = { ...chat.settings.restricted_mode_setting, ...body.restricted_mode_setting };
  if (body.labels) chat.labels = [...body.labels];
  if (body.toolkit_ids) chat.toolkit_ids = [...body.toolkit_ids];
}

// ---- chats ----------------------------------------------------------------------------------

const createChat: Handler = (ctx) => {
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

const getChat: Handler = (ctx) => {
  const chat = ctx.state.chats.get(ctx.path.chat_id);
  if (!chat) return ctx.fail(232006, `No chat ${ctx.path.chat_id} exists.`);
  const member = ctx.state.isMember(chat, ctx.actor);
  if (!member && chat.chat_type !== 'public') ctx.fail(232011, 'Only members can read a private chat.');
  return chatView(ctx.state, chat, uidType(ctx), member);
};

const updateChat: Handler = (ctx) => {
  const s = ctx.state;
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  if (chat.chat_mode === 'p2p') ctx.fail(232008, 'One-to-one chats cannot be changed.');
  memberOr(ctx, chat, 232011);
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

const deleteChat: Handler = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  if (chat.chat_mode === 'p2p') ctx.fail(232008, 'One-to-one chats cannot be dissolved.');
  memberOr(ctx, chat, 232011);
  if (!isOwnerLike(ctx, chat)) ctx.fail(232017, 'Only the owner (or the app that created the chat) may dissolve it.');
  chat.status = 'dissolved';
  chat.update_time = ctx.now;
  ctx.rt.touch();
  return {};
};

const linkChat: Handler = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  if (chat.chat_mode === 'p2p') ctx.fail(232062, 'One-to-one chats cannot be shared by link.');
  memberOr(ctx, chat, 232011);
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

const listChats: Handler = (ctx) => {
  const types = new Set(((ctx.query.types as string | undefined) ?? 'group').split(',').map((x) => x.trim()).filter(Boolean));
  const withP2p = types.has('p2p') && ctx.identity === 'user';
  const withGroups = types.has('group') || types.size === 0;
  let chats = [...ctx.state.chats.values()].filter(
    (c) => c.status === 'normal' && ctx.state.isMember(c, ctx.actor) && (c.chat_mode === 'p2p' ? withP2p : withGroups),
  );
  if (ctx.query.sort_type === 'ByActiveTimeDesc') chats.sort((a, b) => b.last_message_time - a.last_message_time);
  else chats = chats.sort((a, b) => a.create_time - b.create_time);
  const rows = chats.map((c) => chatListItem(ctx.state, c, ctx.actor, uidType(ctx)));
  const page = pageOf('chats', rows, pageSize(ctx, 20), ctx.query.page_token || undefined);
  if (!page) return ctx.invalid('page_token', 'is not a page token of this listing', ctx.query.page_token);
  return page;
};

const searchChats: Handler = (ctx) => {
  const q = ((ctx.query.query as string | undefined) ?? '').toLowerCase();
  const chats = visibleGroups(ctx).filter((c) => !q || c.name.toLowerCase().includes(q));
  chats.sort((a, b) => a.create_time - b.create_time);
  const rows = chats.map((c) => chatListItem(ctx.state, c, ctx.actor, uidType(ctx)));
  const page = pageOf(`chat-search:${q}`, rows, pageSize(ctx, 20), ctx.query.page_token || undefined);
  if (!page) return ctx.invalid('page_token', 'is not a page token of this search', ctx.query.page_token);
  return page;
};

const searchChatsV2: Handler = (ctx) => {
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
  const page = pageOf(`chat-search2:${q}`, rows, pageSize(ctx, 20), ctx.query.page_token || undefined);
  if (!page) return ctx.invalid('page_token', 'is not a page token of this search', ctx.query.page_token);
  return { items: page.items, total: rows.length, has_more: page.has_more, page_token: page.page_token };
};

const batchQueryChats: Handler = (ctx) => {
  const items = [];
  for (const id of new Set(ctx.body.chat_ids as string[])) {
    const c = ctx.state.chats.get(id);
    if (!c || c.status !== 'normal') continue;
    if (!ctx.state.isMember(c, ctx.actor) && c.chat_type !== 'public') continue;
    items.push(chatListItem(ctx.state, c, ctx.actor, uidType(ctx)));
  }
  return { items };
};

const p2pBatchQuery: Handler = (ctx) => {
  const s = ctx.state;
  const out = [];
  for (const id of ctx.body.chatter_ids as string[]) {
    let other: Actor | undefined;
    if (id === s.app.bot_open_id) other = { kind: 'bot', appId: s.app.app_id };
    else if (s.users.has(id)) other = { kind: 'user', openId: id };
    if (!other) continue;
    const c = s.findP2p(ctx.actor, other);
    if (c && c.status === 'normal') out.push({ chat_id: c.chat_id, chatter_id: id });
  }
  return { p2p_chats: out };
};

// ---- members and managers ------------------------------------------------------------------

const notExistedCode: Record<string, number> = { open_id: 99992351, user_id: 99992360, union_id: 99992364 };

const addMembers: Handler = (ctx) => {
  const s = ctx.state;
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  if (chat.chat_mode === 'p2p') ctx.fail(232090, 'Members cannot be added to a one-to-one chat.');
  memberOr(ctx, chat, 232011);
  if (chat.settings.add_member_permission === 'only_owner' && !isAdmin(ctx, chat)) {
    ctx.fail(232017, 'This chat lets only its owner and managers add members.');
  }
  const t = (ctx.query.member_id_type as string | undefined) ?? 'open_id';
  const succeed = (ctx.query.succeed_type as number | undefined) ?? 0;
  const ids = (ctx.body.id_list as string[] | undefined) ?? [];
  const invalid: string[] = [];
  const notExisted: string[] = [];
  const pending: string[] = [];
  const addUsers: string[] = [];
  const addBots: string[] = [];
  for (const id of ids) {
    if (t === 'app_id') {
      if (id === s.app.app_id) addBots.push(id);
      else invalid.push(id);
      continue;
    }
    const u = s.userBy(t, id);
    if (!u) notExisted.push(id);
    else if (u.resigned) invalid.push(id);
    else addUsers.push(u.open_id);
  }
  if (succeed !== 1 && notExisted.length > 0) {
    const code = notExistedCode[t] ?? 232043;
    ctx.fail(code, `These ids do not exist: ${notExisted.join(', ')}.`, {}, `[${notExisted.join(' ')}]`);
  }
  if (succeed === 2 && invalid.length > 0) ctx.fail(232043, `These ids cannot be added: ${invalid.join(', ')}.`);
  if (addUsers.length === 0 && addBots.length === 0 && succeed !== 1) ctx.fail(232027, 'None of the ids can be added.');
  const approval = chat.settings.membership_approval === 'approval_required' && !isAdmin(ctx, chat);
  for (const id of addUsers) {
    if (chat.users.includes(id)) continue;
    if (approval) pending.push(s.convertOpenId(id, t));
    else chat.users.push(id);
  }
  for (const id of addBots) if (!chat.bots.includes(id)) chat.bots.push(id);
  ctx.rt.touch();
  return { invalid_id_list: invalid, not_existed_id_list: notExisted, pending_approval_id_list: pending };
};

const removeMembers: Handler = (ctx) => {
  const s = ctx.state;
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  const t = (ctx.query.member_id_type as string | undefined) ?? 'open_id';
  const invalid: string[] = [];
  const admin = isAdmin(ctx, chat);
  const self = actorKey(ctx.actor);
  const users: string[] = [];
  const bots: string[] = [];
  for (const id of (ctx.body.id_list as string[] | undefined) ?? []) {
    if (t === 'app_id') {
      if (chat.bots.includes(id)) bots.push(id);
      else invalid.push(id);
      continue;
    }
    const u = s.userBy(t, id);
    if (!u || !chat.users.includes(u.open_id)) invalid.push(id);
    else users.push(u.open_id);
  }
  for (const id of users) {
    if (chat.owner?.kind === 'user' && chat.owner.openId === id) ctx.fail(232076, 'The owner cannot be removed; transfer ownership first.');
    if (!admin && `user:${id}` !== self) ctx.fail(232014, 'Only the owner and managers may remove other members.');
  }
  for (const id of bots) {
    if (chat.owner?.kind === 'bot' && chat.owner.appId === id) ctx.fail(232076, 'The owner cannot be removed; transfer ownership first.');
    if (!admin && `app:${id}` !== self) ctx.fail(232014, 'Only the owner and managers may remove other members.');
  }
  chat.users = chat.users.filter((x) => !users.includes(x));
  chat.user_managers = chat.user_managers.filter((x) => !users.includes(x));
  chat.moderators = chat.moderators.filter((x) => !users.includes(x));
  chat.bots = chat.bots.filter((x) => !bots.includes(x));
  chat.bot_managers = chat.bot_managers.filter((x) => !bots.includes(x));
  ctx.rt.touch();
  return { invalid_id_list: invalid };
};

const listMembers: Handler = (ctx) => {
  const s = ctx.state;
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  const t = (ctx.query.member_id_type as string | undefined) ?? 'open_id';
  const rows = chat.users.map((id) => {
    const u = s.users.get(id);
    return { member_id_type: t, member_id: s.convertOpenId(id, t), name: u?.name ?? '', tenant_key: TENANT_KEY };
  });
  const page = pageOf(`members:${chat.chat_id}`, rows, pageSize(ctx, 20), ctx.query.page_token || undefined);
  if (!page) return ctx.invalid('page_token', 'is not a page token of this listing', ctx.query.page_token);
  return { ...page, member_total: rows.length };
};

const isInChat: Handler = (ctx) => {
  const chat = ctx.state.chats.get(ctx.path.chat_id);
  if (!chat) return ctx.fail(232006, `No chat ${ctx.path.chat_id} exists.`);
  return { is_in_chat: chat.status === 'normal' && ctx.state.isMember(chat, ctx.actor) };
};

const meJoin: Handler = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  if (chat.chat_mode === 'p2p' || chat.chat_type !== 'public') ctx.fail(232008, 'Only public group chats can be joined this way.');
  if (chat.settings.membership_approval === 'approval_required') ctx.fail(232075, 'This public chat needs approval to join.');
  if (ctx.actor.kind === 'bot') {
    if (!chat.bots.includes(ctx.actor.appId)) chat.bots.push(ctx.actor.appId);
  } else if (!chat.users.includes(ctx.actor.openId)) chat.users.push(ctx.actor.openId);
  ctx.rt.touch();
  return {};
};

function managers(add: boolean): Handler {
  return (ctx) => {
    const s = ctx.state;
    const chat = chatOr(ctx, ctx.path.chat_id, 232001);
    memberOr(ctx, chat, 232011);
    if (!isOwnerLike(ctx, chat)) ctx.fail(232038, 'Only the owner may appoint or dismiss managers.');
    const t = (ctx.query.member_id_type as string | undefined) ?? 'open_id';
    const users: string[] = [];
    const bots: string[] = [];
    for (const id of (ctx.body.manager_ids as string[] | undefined) ?? []) {
      if (t === 'app_id') {
        if (chat.bots.includes(id)) bots.push(id);
        continue;
      }
      const u = s.userBy(t, id);
      if (u && chat.users.includes(u.open_id)) users.push(u.open_id);
    }
    if (users.length === 0 && bots.length === 0) ctx.fail(232027, 'None of manager_ids is a member of the chat.');
    if (add) {
      const nextUsers = [...new Set([...chat.user_managers, ...users])];
      const nextBots = [...new Set([...chat.bot_managers, ...bots])];
      if (nextUsers.length + nextBots.length > 10) ctx.fail(232040, 'A chat can have at most 10 managers.');
      chat.user_managers = nextUsers;
      chat.bot_managers = nextBots;
    } else {
      chat.user_managers = chat.user_managers.filter((x) => !users.includes(x));
      chat.bot_managers = chat.bot_managers.filter((x) => !bots.includes(x));
    }
    ctx.rt.touch();
    const ut = t === 'app_id' ? 'open_id' : t;
    return { chat_managers: chat.user_managers.map((id) => s.convertOpenId(id, ut)), chat_bot_managers: [...chat.bot_managers] };
  };
}

// ---- announcement, moderation, top notice --------------------------------------------------

function idOf(ctx: Ctx, a: Actor, t: string | undefined): { type: string; id: string } {
  if (a.kind === 'bot') return { type: 'app_id', id: a.appId };
  return { type: t ?? 'open_id', id: ctx.state.convertOpenId(a.openId, t) };
}

const getAnnouncement: Handler = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232001);
  memberOr(ctx, chat, 232011);
  const a = chat.announcement;
  const t = uidType(ctx);
  const owner = idOf(ctx, a.owner, t);
  const mod = idOf(ctx, a.modifier, t);
  return {
    content: a.content,
    revision: String(a.revision),
    create_time: sec(a.create_time),
    update_time: sec(a.update_time),
    owner_id_type: owner.type,
    owner_id: owner.id,
    modifier_id_type: mod.type,
    modifier_id: mod.id,
  };
};

const patchAnnouncement: Handler = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232001);
  memberOr(ctx, chat, 232011);
  if (chat.settings.edit_permission === 'only_owner' && !isAdmin(ctx, chat)) ctx.fail(232002, 'This chat lets only its owner and managers edit it.');
  const a = chat.announcement;
  const rev = Number(ctx.body.revision);
  if (rev > a.revision || rev < a.revision - 100) {
    ctx.fail(232018, `revision ${rev} does not fit the current revision ${a.revision}; read the announcement again.`);
  }
  let doc: { title?: unknown; body?: { blocks?: unknown[] } };
  try {
    doc = JSON.parse(a.content) as typeof doc;
  } catch {
    doc = {};
  }
  const blocks = (doc.body?.blocks ?? []) as unknown[];
  for (const raw of (ctx.body.requests as string[] | undefined) ?? []) {
    const r = JSON.parse(raw) as Record<string, any>;
    if (r.requestType === 'InsertBlocksRequestType' && typeof r.insertBlocksRequest?.payload === 'string') {
      try {
        const payload = JSON.parse(r.insertBlocksRequest.payload) as { blocks?: unknown[] };
        const at = Number(r.insertBlocksRequest.location?.index ?? blocks.length);
        blocks.splice(Math.max(0, Math.min(at, blocks.length)), 0, ...(payload.blocks ?? []));
      } catch {
        ctx.fail(232018, 'An InsertBlocksRequest payload is not valid JSON.');
      }
    }
  }
  a.content = JSON.stringify({ ...doc, body: { ...(doc.body ?? {}), blocks } });
  a.revision++;
  a.update_time = ctx.now;
  a.modifier = ctx.actor;
  ctx.rt.touch();
  return {};
};

const getModeration: Handler = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  const t = uidType(ctx);
  const rows =
    chat.settings.moderation_permission === 'moderator_list'
      ? chat.moderators.map((id) => ({ user_id_type: t ?? 'open_id', user_id: ctx.state.convertOpenId(id, t), tenant_key: TENANT_KEY }))
      : [];
  const page = pageOf(`moderators:${chat.chat_id}`, rows, pageSize(ctx, 20), ctx.query.page_token || undefined);
  if (!page) return ctx.invalid('page_token', 'is not a page token of this listing', ctx.query.page_token);
  return { moderation_setting: chat.settings.moderation_permission, ...page };
};

const updateModeration: Handler = (ctx) => {
  const s = ctx.state;
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  if (!isOwnerLike(ctx, chat)) ctx.fail(232017, 'Only the owner (or the app that created the chat) may change who can post.');
  const t = uidType(ctx) ?? 'open_id';
  const b = ctx.body;
  if (b.moderation_setting) chat.settings.moderation_permission = b.moderation_setting;
  const toOpen = (id: string) => {
    const u = s.userBy(t, id);
    if (!u || !chat.users.includes(u.open_id)) ctx.invalid('moderator_added_list', 'names someone who is not a member of the chat', id);
    return u!.open_id;
  };
  const added = ((b.moderator_added_list as string[] | undefined) ?? []).map(toOpen);
  const removed = new Set(((b.moderator_removed_list as string[] | undefined) ?? []).map((id) => s.userBy(t, id)?.open_id ?? id));
  chat.moderators = [...new Set([...chat.moderators, ...added])].filter((x) => !removed.has(x));
  ctx.rt.touch();
  return {};
};

const putTopNotice: Handler = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232001);
  memberOr(ctx, chat, 232011);
  if (chat.settings.edit_permission === 'only_owner' && !isAdmin(ctx, chat)) ctx.fail(232014, 'This chat lets only its owner and managers set the top notice.');
  const n = (ctx.body.chat_top_notice as { action_type?: '1' | '2'; message_id?: string }[])[0]!;
  const type = n.action_type ?? '1';
  if (type === '1') {
    if (!n.message_id) ctx.invalid('chat_top_notice[0].message_id', 'is required when action_type is "1"');
    const m = ctx.state.messages.get(n.message_id!);
    if (!m || m.chat_id !== chat.chat_id || m.deleted) ctx.invalid('chat_top_notice[0].message_id', 'does not name a message of this chat', n.message_id);
    chat.top_notice = { action_type: '1', message_id: n.message_id! };
  } else chat.top_notice = { action_type: '2' };
  ctx.rt.touch();
  return {};
};

const deleteTopNotice: Handler = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232001);
  memberOr(ctx, chat, 232011);
  if (chat.settings.edit_permission === 'only_owner' && !isAdmin(ctx, chat)) ctx.fail(232014, 'This chat lets only its owner and managers clear the top notice.');
  delete chat.top_notice;
  ctx.rt.touch();
  return {};
};

// ---- tabs ----------------------------------------------------------------------------------

const CUSTOM_TABS = new Set(['doc', 'url']);

function tabView(t: TabRec): Record<string, unknown> {
  const v: Record<string, unknown> = { tab_id: t.tab_id };
  if (t.tab_name !== undefined) v.tab_name = t.tab_name;
  v.tab_type = t.tab_type;
  if (t.tab_content) v.tab_content = { ...t.tab_content };
  if (t.tab_config) v.tab_config = { ...t.tab_config };
  return v;
}

function tabsChat(ctx: Ctx, write: boolean): ChatRec {
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  if (chat.chat_mode === 'p2p') ctx.fail(232050, 'One-to-one chats have no tabs.');
  memberOr(ctx, chat, 232011);
  if (write && chat.settings.edit_permission === 'only_owner' && !isAdmin(ctx, chat)) {
    ctx.fail(232055, 'This chat lets only its owner and managers manage tabs.');
  }
  return chat;
}

/** Tab names count 1 per ASCII character and 3 per other character, up to 30. */
function tabNameWeight(name: string): number {
  let w = 0;
  for (const ch of name) w += ch.charCodeAt(0) < 0x80 ? 1 : 3;
  return w;
}

function checkTab(ctx: Ctx, t: { tab_name?: string; tab_type: string; tab_content?: Record<string, string>; tab_config?: { icon_key?: string } }, i: number, verb: string): void {
  if (!CUSTOM_TABS.has(t.tab_type)) {
    if (verb === 'create') ctx.invalid(`chat_tabs[${i}].tab_type`, 'only doc and url tabs can be added', t.tab_type);
    ctx.fail(232049, `Only doc and url tabs can be ${verb}d; tab ${i} is ${t.tab_type}.`);
  }
  if (t.tab_name !== undefined && tabNameWeight(t.tab_name) > 30) ctx.fail(232047, `Tab name "${t.tab_name}" is too long.`);
  const link = t.tab_type === 'url' ? t.tab_content?.url : t.tab_content?.doc;
  if (!link || !/^https?:\/\//.test(link)) ctx.fail(232048, `Tab ${i} needs a link starting with http:// or https://.`);
  const icon = t.tab_config?.icon_key;
  if (icon) {
    const r = ctx.state.resources.get(icon);
    if (!r || r.kind !== 'image' || r.app_id !== ctx.appId) ctx.fail(232056, `The icon ${icon} was not uploaded by this app.`);
  }
}

const createTabs: Handler = (ctx) => {
  const chat = tabsChat(ctx, true);
  const tabs = ctx.body.chat_tabs as TabRec[];
  tabs.forEach((t, i) => checkTab(ctx, t, i, 'create'));
  const custom = chat.tabs.filter((t) => CUSTOM_TABS.has(t.tab_type)).length;
  if (custom + tabs.length > 20) ctx.fail(232046, 'A chat holds at most 20 custom tabs.');
  for (const t of tabs) {
    const rec: TabRec = { tab_id: ctx.state.nextNumericId(), tab_type: t.tab_type };
    if (t.tab_name !== undefined) rec.tab_name = t.tab_name;
    if (t.tab_content) rec.tab_content = { ...t.tab_content };
    if (t.tab_config) rec.tab_config = { ...t.tab_config };
    chat.tabs.push(rec);
  }
  ctx.rt.touch();
  return { chat_tabs: chat.tabs.map(tabView) };
};

const deleteTabs: Handler = (ctx) => {
  const chat = tabsChat(ctx, true);
  const ids = ctx.body.tab_ids as string[];
  for (const id of ids) {
    const t = chat.tabs.find((x) => x.tab_id === id);
    if (!t) ctx.invalid('tab_ids', 'names a tab this chat does not have', id);
    if (!CUSTOM_TABS.has(t!.tab_type)) ctx.fail(232049, `Only doc and url tabs can be removed; ${id} is ${t!.tab_type}.`);
  }
  chat.tabs = chat.tabs.filter((t) => !ids.includes(t.tab_id));
  ctx.rt.touch();
  return { chat_tabs: chat.tabs.map(tabView) };
};

const updateTabs: Handler = (ctx) => {
  const chat = tabsChat(ctx, true);
  const tabs = (ctx.body.chat_tabs as TabRec[] | undefined) ?? [];
  if (tabs.length === 0) ctx.invalid('chat_tabs', 'give at least one tab to update');
  tabs.forEach((t, i) => {
    if (!t.tab_id) ctx.invalid(`chat_tabs[${i}].tab_id`, 'is required to update a tab');
    const cur = chat.tabs.find((x) => x.tab_id === t.tab_id);
    if (!cur) ctx.invalid(`chat_tabs[${i}].tab_id`, 'names a tab this chat does not have', t.tab_id);
    if (!CUSTOM_TABS.has(cur!.tab_type)) ctx.fail(232049, `Only doc and url tabs can be updated; ${t.tab_id} is ${cur!.tab_type}.`);
    checkTab(ctx, t, i, 'update');
  });
  for (const t of tabs) {
    const cur = chat.tabs.find((x) => x.tab_id === t.tab_id)!;
    if (t.tab_name !== undefined) cur.tab_name = t.tab_name;
    cur.tab_type = t.tab_type;
    if (t.tab_content) cur.tab_content = { ...t.tab_content };
    if (t.tab_config) cur.tab_config = { ...t.tab_config };
  }
  ctx.rt.touch();
  return { chat_tabs: chat.tabs.map(tabView) };
};

const sortTabs: Handler = (ctx) => {
  const chat = tabsChat(ctx, true);
  const ids = (ctx.body.tab_ids as string[] | undefined) ?? [];
  const have = chat.tabs.map((t) => t.tab_id);
  if (ids.length !== have.length || new Set(ids).size !== ids.length || ids.some((id) => !have.includes(id))) {
    ctx.invalid('tab_ids', 'must list every tab of the chat exactly once', ids.join(','));
  }
  const byId = new Map(chat.tabs.map((t) => [t.tab_id, t]));
  const sorted = ids.map((id) => byId.get(id)!);
  const msg = sorted.findIndex((t) => t.tab_type === 'message');
  if (msg > 0) sorted.unshift(...sorted.splice(msg, 1));
  chat.tabs = sorted;
  ctx.rt.touch();
  return { chat_tabs: chat.tabs.map(tabView) };
};

const listTabs: Handler = (ctx) => {
  const chat = tabsChat(ctx, false);
  return { chat_tabs: chat.tabs.map(tabView) };
};

// ---- menu ----------------------------------------------------------------------------------

function itemView(i: MenuItemRec): Record<string, unknown> {
  const v: Record<string, unknown> = { action_type: i.action_type };
  if (i.redirect_link) v.redirect_link = { ...i.redirect_link };
  if (i.image_key) v.image_key = i.image_key;
  v.name = i.name;
  if (i.i18n_names) v.i18n_names = { ...i.i18n_names };
  return v;
}

function menuView(menu: MenuTopRec[]): Record<string, unknown> {
  return {
    menu_tree: {
      chat_menu_top_levels: menu.map((t) => ({
        chat_menu_top_level_id: t.id,
        chat_menu_item: itemView(t.item),
        children: t.children.map((c) => ({ chat_menu_second_level_id: c.id, chat_menu_item: itemView(c.item) })),
      })),
    },
  };
}

function menuChat(ctx: Ctx, write: boolean): ChatRec {
  const chat = chatOr(ctx, ctx.path.chat_id, 232001);
  memberOr(ctx, chat, 232011);
  if (write) {
    if (chat.chat_mode !== 'group') ctx.fail(232008, 'Only group chats have a menu.');
    if (chat.settings.edit_permission === 'only_owner' && !isAdmin(ctx, chat)) ctx.fail(232055, 'This chat lets only its owner and managers manage the menu.');
  }
  return chat;
}

function checkItem(ctx: Ctx, item: MenuItemRec, where: string): MenuItemRec {
  if (item.action_type === 'REDIRECT_LINK' && !Object.values(item.redirect_link ?? {}).some(Boolean)) {
    ctx.fail(232078, `${where}: a REDIRECT_LINK entry needs a redirect_link.`);
  }
  if (item.image_key) {
    const r = ctx.state.resources.get(item.image_key);
    if (!r || r.kind !== 'image' || r.app_id !== ctx.appId) ctx.fail(232056, `${where}: icon ${item.image_key} was not uploaded by this app.`);
  }
  return JSON.parse(JSON.stringify(item)) as MenuItemRec;
}

const createMenu: Handler = (ctx) => {
  const chat = menuChat(ctx, true);
  const tops = (ctx.body.menu_tree as { chat_menu_top_levels: { chat_menu_item: MenuItemRec; children?: { chat_menu_item: MenuItemRec }[] }[] })
    .chat_menu_top_levels;
  if (chat.menu.length + tops.length > 3) ctx.fail(232070, 'A chat menu has at most 3 top-level entries.');
  const added: MenuTopRec[] = tops.map((t, i) => {
    if ((t.children ?? []).length > 5) ctx.fail(232071, `Top-level entry ${i} would have more than 5 children.`);
    return {
      id: ctx.state.nextNumericId(),
      item: checkItem(ctx, t.chat_menu_item, `top level ${i}`),
      children: (t.children ?? []).map((c, j) => ({ id: ctx.state.nextNumericId(), item: checkItem(ctx, c.chat_menu_item, `child ${i}.${j}`) })),
    };
  });
  chat.menu.push(...added);
  ctx.rt.touch();
  return menuView(chat.menu);
};

const deleteMenu: Handler = (ctx) => {
  const chat = menuChat(ctx, true);
  const ids = ctx.body.chat_menu_top_level_ids as string[];
  for (const id of ids) if (!chat.menu.some((t) => t.id === id)) ctx.invalid('chat_menu_top_level_ids', 'names an entry this menu does not have', id);
  chat.menu = chat.menu.filter((t) => !ids.includes(t.id));
  ctx.rt.touch();
  return menuView(chat.menu);
};

const getMenu: Handler = (ctx) => menuView(menuChat(ctx, false).menu);

const sortMenu: Handler = (ctx) => {
  const chat = menuChat(ctx, true);
  const ids = ctx.body.chat_menu_top_level_ids as string[];
  const have = chat.menu.map((t) => t.id);
  if (ids.length !== have.length || new Set(ids).size !== ids.length || ids.some((id) => !have.includes(id))) {
    ctx.fail(232072, 'chat_menu_top_level_ids must list every top-level entry exactly once.');
  }
  chat.menu = ids.map((id) => chat.menu.find((t) => t.id === id)!);
  ctx.rt.touch();
  return menuView(chat.menu);
};

const FIELD_KEYS: Record<string, keyof MenuItemRec> = { ICON: 'image_key', NAME: 'name', I18N_NAME: 'i18n_names', REDIRECT_LINK: 'redirect_link' };

const patchMenuItem: Handler = (ctx) => {
  const chat = menuChat(ctx, true);
  const id = ctx.path.menu_item_id as string;
  let target: MenuItemRec | undefined;
  for (const t of chat.menu) {
    if (t.id === id) target = t.item;
    for (const c of t.children) if (c.id === id) target = c.item;
  }
  if (!target) return ctx.invalid('menu_item_id', 'names no entry of this chat\'s menu', id);
  const patch = ctx.body.chat_menu_item as Partial<MenuItemRec>;
  const next = { ...target } as Record<string, unknown>;
  for (const f of ctx.body.update_fields as string[]) {
    const k = FIELD_KEYS[f]!;
    if (patch[k] === undefined) ctx.invalid(`chat_menu_item.${k}`, `is required when update_fields lists ${f}`);
    next[k] = patch[k];
  }
  const checked = checkItem(ctx, next as unknown as MenuItemRec, 'menu item');
  Object.assign(target, checked);
  ctx.rt.touch();
  return { chat_menu_item: itemView(target) };
};

export const chatHandlers: Record<string, Handler> = {
  'im.chats.create': createChat,
  'im.chats.get': getChat,
  'im.chats.update': updateChat,
  'im.chats.delete': deleteChat,
  'im.chats.link': linkChat,
  'im.chats.list': listChats,
  'im.chats.search': searchChats,
  'im.chats.search_v2': searchChatsV2,
  'im.chats.batch_query': batchQueryChats,
  'im.chat_p2p.batch_query': p2pBatchQuery,
  'im.chat.members.create': addMembers,
  'im.chat.members.delete': removeMembers,
  'im.chat.members.get': listMembers,
  'im.chat.members.is_in_chat': isInChat,
  'im.chat.members.me_join': meJoin,
  'im.chat.managers.add_managers': managers(true),
  'im.chat.managers.delete_managers': managers(false),
  'im.chat.announcement.get': getAnnouncement,
  'im.chat.announcement.patch': patchAnnouncement,
  'im.chat.moderation.get': getModeration,
  'im.chat.moderation.update': updateModeration,
  'im.chat.top_notice.put_top_notice': putTopNotice,
  'im.chat.top_notice.delete_top_notice': deleteTopNotice,
  'im.chat.tabs.create': createTabs,
  'im.chat.tabs.delete_tabs': deleteTabs,
  'im.chat.tabs.update_tabs': updateTabs,
  'im.chat.tabs.sort_tabs': sortTabs,
  'im.chat.tabs.list_tabs': listTabs,
  'im.chat.menu_tree.create': createMenu,
  'im.chat.menu_tree.delete': deleteMenu,
  'im.chat.menu_tree.get': getMenu,
  'im.chat.menu_tree.sort': sortMenu,
  'im.chat.menu_items.patch': patchMenuItem,
};
