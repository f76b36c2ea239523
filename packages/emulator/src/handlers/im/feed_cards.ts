/** The emulator's handlers of `im.feed_cards` (specs/im/resources/feed_cards.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import { userReasons } from '../shared/feeds.js';

const patchFeedCard: MethodHandler<'im.feed_cards.patch'> = (ctx) => {
  const chat = ctx.state.chats.get(ctx.path.feed_card_id);
  if (!chat || chat.chat_mode === 'p2p' || chat.status !== 'normal') return ctx.invalid('feed_card_id', 'must be the chat_id of a group chat', ctx.path.feed_card_id);
  if (!ctx.state.isMember(chat, ctx.actor)) ctx.fail(230027, 'The bot is not a member of this chat.');
  const { failed, good } = userReasons(ctx, ctx.body.user_ids, (id) => chat.users.includes(id), 'user is not in the chat');
  for (const id of good) chat.time_sensitive[id] = ctx.body.time_sensitive === true;
  ctx.rt.touch();
  return { failed_user_reasons: failed };
};

const botTimeSensitive: MethodHandler<'im.feed_cards.bot_time_sentive'> = (ctx) => {
  const s = ctx.state;
  const bot = { kind: 'bot' as const, appId: ctx.appId };
  const { failed, good } = userReasons(ctx, ctx.body.user_ids, () => true, '');
  for (const id of good) {
    const chat = s.findP2p(bot, { kind: 'user', openId: id });
    if (chat) chat.time_sensitive[id] = ctx.body.time_sensitive === true;
  }
  ctx.rt.touch();
  return { failed_user_reasons: failed };
};

/** The handlers of im.feed_cards, one per method of specs/im/resources/feed_cards.yaml. */
export const feedCardsHandlers: ResourceHandlers<'im.feed_cards'> = {
  'im.feed_cards.patch': patchFeedCard,
  'im.feed_cards.bot_time_sentive': botTimeSensitive,
};
