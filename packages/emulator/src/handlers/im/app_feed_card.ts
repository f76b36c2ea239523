/** The emulator's handlers of `im.app_feed_card` (specs/im/resources/app_feed_card.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import { feedKey } from '../../state.js';
import { openIdOf } from '../shared/feeds.js';

const createFeedCard: MethodHandler<'im.app_feed_card.create'> = (ctx) => {
  const s = ctx.state;
  const card = { ...(ctx.body.app_feed_card as Record<string, unknown>) };
  const bizId = (card.biz_id as string | undefined) || s.nextId('fc_');
  card.biz_id = bizId;
  const failed = [];
  for (const id of (ctx.body.user_ids as string[] | undefined) ?? []) {
    const openId = openIdOf(ctx, id);
    if (!openId) {
      failed.push({ biz_id: bizId, user_id: id, reason: '1' });
      continue;
    }
    const k = feedKey(bizId, openId);
    if (s.feedCards.has(k)) {
      failed.push({ biz_id: bizId, user_id: id, reason: '4' });
      continue;
    }
    s.feedCards.set(k, { biz_id: bizId, app_id: ctx.appId, open_id: openId, card, create_time: ctx.now, update_time: ctx.now });
  }
  ctx.rt.touch();
  return { biz_id: bizId, failed_cards: failed };
};

/** The handlers of im.app_feed_card, one per method of specs/im/resources/app_feed_card.yaml. */
export const appFeedCardHandlers: ResourceHandlers<'im.app_feed_card'> = {
  'im.app_feed_card.create': createFeedCard,
};
