/** The emulator's handlers of `im.chat.moderation` (specs/im/resources/chat.moderation.yaml). */
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import { TENANT_KEY } from '../../seed.js';
import { chatOr, memberOr, pageSize, uidType, listPage } from '../common.js';
import { isOwnerLike } from '../shared/chats.js';

const getModeration: MethodHandler<'im.chat.moderation.get'> = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232006);
  memberOr(ctx, chat, 232011);
  const t = uidType(ctx);
  const rows =
    chat.settings.moderation_permission === 'moderator_list'
      ? chat.moderators.map((id) => ({ user_id_type: t ?? 'open_id', user_id: ctx.state.convertOpenId(id, t), tenant_key: TENANT_KEY }))
      : [];
  const page = listPage(ctx, `moderators:${chat.chat_id}`, rows, pageSize(ctx, 20));
  return { moderation_setting: chat.settings.moderation_permission, ...page };
};

const updateModeration: MethodHandler<'im.chat.moderation.update'> = (ctx) => {
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

/** The handlers of im.chat.moderation, one per method of specs/im/resources/chat.moderation.yaml. */
export const chatModerationHandlers: ResourceHandlers<'im.chat.moderation'> = {
  'im.chat.moderation.get': getModeration,
  'im.chat.moderation.update': updateModeration,
};
