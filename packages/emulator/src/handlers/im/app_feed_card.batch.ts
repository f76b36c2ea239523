/** The emulator's handlers of `im.app_feed_card.batch` (specs/im/resources/app_feed_card.batch.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import { feedKey, type FeedCardRec } from '../../state.js';
import { openIdOf } from '../shared/feeds.js';

const FIELD_OF: Record<string, string[]> = {
  '1': ['title'],
  '2': ['avatar_key'],
  '3': ['preview'],
  '10': ['status_label'],
  '11': ['buttons'],
  '12': ['link'],
  '13': ['time_sensitive'],
  '103': ['notify'],
};

const updateFeedCards: MethodHandler<'im.app_feed_card.batch.update'> = (ctx) => {
  const s = ctx.state;
  const failed = [];
  for (const e of (ctx.body.feed_cards as { app_feed_card: Record<string, unknown>; user_id: string; update_fields: string[] }[] | undefined) ?? []) {
    const bizId = (e.app_feed_card.biz_id as string | undefined) ?? '';
    const openId = openIdOf(ctx, e.user_id);
    const rec: FeedCardRec | undefined = openId ? s.feedCards.get(feedKey(bizId, openId)) : undefined;
    if (!rec) {
      failed.push({ biz_id: bizId, user_id: e.user_id, reason: '2' });
      continue;
    }
    if (rec.app_id !== ctx.appId) {
      failed.push({ biz_id: bizId, user_id: e.user_id, reason: '1' });
      continue;
    }
    for (const f of e.update_fields) {
      for (const k of FIELD_OF[f] ?? []) {
        if (e.app_feed_card[k] !== undefined) rec.card[k] = e.app_feed_card[k];
      }
      if (f === '101' || f === '102') rec.update_time = ctx.now;
    }
    rec.update_time = ctx.now;
  }
  ctx.rt.touch();
  return { failed_cards: failed };
};

const deleteFeedCards: MethodHandler<'im.app_feed_card.batch.delete'> = (ctx) => {
  const s = ctx.state;
  const failed = [];
  for (const e of (ctx.body.feed_cards as { biz_id: string; user_id: string }[] | undefined) ?? []) {
    const openId = openIdOf(ctx, e.user_id);
    const k = openId ? feedKey(e.biz_id, openId) : '';
    const rec = s.feedCards.get(k);
    if (!rec) failed.push({ biz_id: e.biz_id, user_id: e.user_id, reason: '2' });
    else if (rec.app_id !== ctx.appId) failed.push({ biz_id: e.biz_id, user_id: e.user_id, reason: '1' });
    else s.feedCards.delete(k);
  }
  ctx.rt.touch();
  return { failed_cards: failed };
};

/** The handlers of im.app_feed_card.batch, one per method of specs/im/resources/app_feed_card.batch.yaml. */
export const appFeedCardBatchHandlers: ResourceHandlers<'im.app_feed_card.batch'> = {
  'im.app_feed_card.batch.update': updateFeedCards,
  'im.app_feed_card.batch.delete': deleteFeedCards,
};
