/** The emulator's handlers of `im.chat_button` (specs/im/resources/chat_button.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import { chatOr } from '../common.js';
import { userReasons } from '../shared/feeds.js';

const chatButton: MethodHandler<'im.chat_button.update'> = (ctx) => {
  const chat = chatOr(ctx, ctx.body.chat_id, 230001, 230001);
  if (!ctx.state.isMember(chat, ctx.actor)) ctx.fail(230027, 'The bot is not a member of this chat.');
  const ids = (ctx.body.user_ids as string[] | undefined) ?? [];
  const { failed, good } = userReasons(ctx, ids, (id) => chat.users.includes(id), 'user is not in the chat');
  const buttons = ctx.body.buttons ?? { buttons: [] };
  for (const id of good) chat.buttons[id] = buttons;
  if (ids.length === 0) chat.buttons['*'] = buttons;
  ctx.rt.touch();
  return { failed_user_reasons: failed };
};

/** The handlers of im.chat_button, one per method of specs/im/resources/chat_button.yaml. */
export const chatButtonHandlers: ResourceHandlers<'im.chat_button'> = {
  'im.chat_button.update': chatButton,
};
