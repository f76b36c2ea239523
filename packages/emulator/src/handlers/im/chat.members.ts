/** The emulator's handlers of `im.chat.members` (specs/im/resources/chat.members.yaml). */
import type { Ctx } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { ChatRec } from '../../state.js';
import { TENANT_KEY } from '../../seed.js';
import { actorKey, chatOr, memberOr, pageSize, listPage, pageTail, groupChatOr } from '../common.js';
import { isAdmin } from '../shared/chats.js';

const notExistedCode: Record<string, number> = { open_id: 99992351, user_id: 99992360, union_id: 99992364 };

const addMembers: MethodHandler<'im.chat.members.create'> = (ctx) => {
  const s = ctx.state;
  const chat = groupChatOr(ctx, ctx.path.chat_id, 232090, 'Members cannot be added to a one-to-one chat.');
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

const removeMembers: MethodHandler<'im.chat.members.delete'> = (ctx) => {
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

const listMembers: MethodHandler<'im.chat.members.get'> = (ctx) => {
  const s = ctx.state;
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  const t = (ctx.query.member_id_type as string | undefined) ?? 'open_id';
  const rows = chat.users.map((id) => {
    const u = s.users.get(id);
    return { member_id_type: t, member_id: s.convertOpenId(id, t), name: u?.name ?? '', tenant_key: TENANT_KEY };
  });
  const page = listPage(ctx, `members:${chat.chat_id}`, rows, pageSize(ctx, 20));
  return { ...page, member_total: rows.length };
};

const isInChat: MethodHandler<'im.chat.members.is_in_chat'> = (ctx) => {
  const chat = ctx.state.chats.get(ctx.path.chat_id);
  if (!chat) return ctx.fail(232006, `No chat ${ctx.path.chat_id} exists.`);
  return { is_in_chat: chat.status === 'normal' && ctx.state.isMember(chat, ctx.actor) };
};

const meJoin: MethodHandler<'im.chat.members.me_join'> = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  if (chat.chat_mode === 'p2p' || chat.chat_type !== 'public') ctx.fail(232008, 'Only public group chats can be joined this way.');
  if (chat.settings.membership_approval === 'approval_required') ctx.fail(232075, 'This public chat needs approval to join.');
  if (ctx.actor.kind === 'bot') {
    if (!chat.bots.includes(ctx.actor.appId)) chat.bots.push(ctx.actor.appId);
  } else if (!chat.users.includes(ctx.actor.openId)) chat.users.push(ctx.actor.openId);
  ctx.rt.touch();
  return {};
};

const listAll: MethodHandler<'im.chat.members.list'> = (ctx) => {
  const s = ctx.state;
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  const t = (ctx.query.member_id_type as string | undefined) ?? 'open_id';
  const kinds = new Set((ctx.query.member_types as string[] | undefined) ?? ['user', 'bot']);
  const rows: Record<string, unknown>[] = [];
  if (kinds.has('user')) {
    for (const id of chat.users) {
      rows.push({ member_type: 'user', member_id: s.convertOpenId(id, t), member_id_type: t, name: s.users.get(id)?.name ?? '', tenant_key: TENANT_KEY });
    }
  }
  if (kinds.has('bot')) rows.push(...botRows(ctx, chat).map((b) => ({ member_type: 'bot', ...b })));
  const page = listPage(ctx, `members_list:${chat.chat_id}:${[...kinds].sort().join(',')}`, rows, pageSize(ctx, 20));
  return { items: page.items, ...pageTail(page), member_total: rows.length };
};

/** The bots of a chat as member rows: app_id, the bot's name (the demo app's own, else its id), tenant. */
function botRows(ctx: Ctx, chat: ChatRec) {
  const app = ctx.state.app;
  return chat.bots.map((appId) => ({ member_id: appId, member_id_type: 'app_id', name: appId === app.app_id ? app.bot_name : appId, tenant_key: TENANT_KEY }));
}

const listBots: MethodHandler<'im.chat.members.bots'> = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  const rows = botRows(ctx, chat);
  const page = listPage(ctx, `members_bots:${chat.chat_id}`, rows, pageSize(ctx, 20));
  return { items: page.items, ...pageTail(page), member_total: rows.length };
};

/** The handlers of im.chat.members, one per method of specs/im/resources/chat.members.yaml. */
export const chatMembersHandlers: ResourceHandlers<'im.chat.members'> = {
  'im.chat.members.create': addMembers,
  'im.chat.members.delete': removeMembers,
  'im.chat.members.get': listMembers,
  'im.chat.members.is_in_chat': isInChat,
  'im.chat.members.me_join': meJoin,
  'im.chat.members.list': listAll,
  'im.chat.members.bots': listBots,
};
