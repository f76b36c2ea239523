/** The emulator's handlers of `im.chat.top_notice` (specs/im/resources/chat.top_notice.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import { chatOr, memberOr } from '../common.js';
import { isAdmin } from '../shared/chats.js';

const putTopNotice: MethodHandler<'im.chat.top_notice.put_top_notice'> = (ctx) => {
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

const deleteTopNotice: MethodHandler<'im.chat.top_notice.delete_top_notice'> = (ctx) => {
  const chat = chatOr(ctx, ctx.path.chat_id, 232001);
  memberOr(ctx, chat, 232011);
  if (chat.settings.edit_permission === 'only_owner' && !isAdmin(ctx, chat)) ctx.fail(232014, 'This chat lets only its owner and managers clear the top notice.');
  delete chat.top_notice;
  ctx.rt.touch();
  return {};
};

/** The handlers of im.chat.top_notice, one per method of specs/im/resources/chat.top_notice.yaml. */
export const chatTopNoticeHandlers: ResourceHandlers<'im.chat.top_notice'> = {
  'im.chat.top_notice.put_top_notice': putTopNotice,
  'im.chat.top_notice.delete_top_notice': deleteTopNotice,
};
