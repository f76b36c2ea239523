import type { Ctx, Handler } from '../context.js';
import { feedKey, type FeedCardRec } from '../state.js';
import { chatOr, uidType } from './common.js';

function openIdOf(ctx: Ctx, id: string): string | undefined {
  return ctx.state.userBy(uidType(ctx) ?? 'open_id', id)?.open_id;
}

const createFeedCard: Handler = (ctx) => {
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

const updateFeedCards: Handler = (ctx) => {
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

const deleteFeedCards: Handler = (ctx) => {
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

function userReasons(ctx: Ctx, ids: string[], ok: (openId: string) => boolean, why: string) {
  const failed = [];
  const good: string[] = [];
  for (const id of ids) {
    const openId = openIdOf(ctx, id);
    if (!openId) failed.push({ error_code: 230001, error_message: 'user not found', user_id: id });
    else if (!ok(openId)) failed.push({ error_code: 230027, error_message: why, user_id: id });
    else good.push(openId);
  }
  return { failed, good };
}

const patchFeedCard: Handler = (ctx) => {
  const chat = ctx.state.chats.get(ctx.path.feed_card_id);
  if (!chat || chat.chat_mode === 'p2p' || chat.status !== 'normal') return ctx.invalid('feed_card_id', 'must be the chat_id of a group chat', ctx.path.feed_card_id);
  if (!ctx.state.isMember(chat, ctx.actor)) ctx.fail(230027, 'The bot is not a member of this chat.');
  const { failed, good } = userReasons(ctx, ctx.body.user_ids, (id) => chat.users.includes(id), 'user is not in the chat');
  for (const id of good) chat.time_sensitive[id] = ctx.body.time_sensitive === true;
  ctx.rt.touch();
  return { failed_user_reasons: failed };
};

const botTimeSensitive: Handler = (ctx) => {
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

const chatButton: Handler = (ctx) => {
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

function tagInfo(t: { id: string; tag_type: string; name: string; i18n_names: { locale: string; name?: string }[]; create_time: number; update_time: number }) {
  return {
    id: t.id,
    tag_type: t.tag_type,
    name: t.name,
    i18n_names: t.i18n_names.map((x) => ({ ...x })),
    create_time: String(t.create_time),
    update_time: String(t.update_time),
  };
}

const createTag: Handler = (ctx) => {
  const s = ctx.state;
  const c = ctx.body.create_tag as { tag_type: string; name: string; i18n_names?: { locale: string; name?: string }[] };
  for (const t of s.tags.values()) if (t.name === c.name) return { create_tag_fail_reason: { duplicate_id: t.id } };
  const id = s.nextId('tag_');
  s.tags.set(id, { id, tag_type: c.tag_type, name: c.name, i18n_names: c.i18n_names ?? [], create_time: ctx.now, update_time: ctx.now });
  ctx.rt.touch();
  return { id };
};

const patchTag: Handler = (ctx) => {
  const s = ctx.state;
  const t = s.tags.get(ctx.path.tag_id);
  if (!t) return ctx.invalid('tag_id', 'does not name a tag', ctx.path.tag_id);
  const p = (ctx.body.patch_tag ?? {}) as { id?: string; name?: string; i18n_names?: { locale: string; name?: string }[] };
  if (p.id !== undefined && p.id !== t.id) ctx.invalid('patch_tag.id', 'must match the tag_id in the path', p.id);
  if (p.name !== undefined) {
    for (const o of s.tags.values()) if (o.id !== t.id && o.name === p.name) return { patch_tag_fail_reason: { duplicate_id: o.id } };
    t.name = p.name;
  }
  if (p.i18n_names) t.i18n_names = p.i18n_names;
  t.update_time = ctx.now;
  ctx.rt.touch();
  return { tag_info: tagInfo(t) };
};

function entityChat(ctx: Ctx, id: string) {
  const chat = ctx.state.chats.get(id);
  if (!chat || chat.status !== 'normal') return ctx.invalid('biz_entity_id', 'does not name a chat', id);
  return chat;
}

const bindTags: Handler = (ctx) => {
  const chat = entityChat(ctx, ctx.body.biz_entity_id);
  const ids = (ctx.body.tag_ids as string[] | undefined) ?? [];
  for (const id of ids) if (!ctx.state.tags.has(id)) ctx.invalid('tag_ids', 'names a tag that does not exist', id);
  for (const id of ids) {
    const cur = chat.tags.find((x) => x.tag_id === id);
    if (cur) cur.bind_version++;
    else chat.tags.push({ tag_id: id, bind_version: 1 });
  }
  ctx.rt.touch();
  return {};
};

const unbindTags: Handler = (ctx) => {
  const chat = entityChat(ctx, ctx.body.biz_entity_id);
  const ids = new Set((ctx.body.tag_ids as string[] | undefined) ?? []);
  chat.tags = chat.tags.filter((x) => !ids.has(x.tag_id));
  ctx.rt.touch();
  return {};
};

const getTags: Handler = (ctx) => {
  const chat = entityChat(ctx, ctx.query.biz_entity_id);
  const out = [];
  for (const b of chat.tags) {
    const t = ctx.state.tags.get(b.tag_id);
    if (t) out.push({ tag_info: tagInfo(t), bind_version: String(b.bind_version) });
  }
  return { tag_info_with_bind_versions: out };
};

const refreshPreviews: Handler = (ctx) => {
  for (const t of ctx.body.preview_tokens as string[]) {
    if (!ctx.state.previews.has(t)) ctx.invalid('preview_tokens', 'names a preview token this app was not given', t);
  }
  for (const t of ctx.body.preview_tokens as string[]) {
    const p = ctx.state.previews.get(t)!;
    p.refreshed_at = ctx.now;
    if (ctx.body.open_ids) p.open_ids = [...ctx.body.open_ids];
  }
  ctx.rt.touch();
  return {};
};

export const v2Handlers: Record<string, Handler> = {
  'im.app_feed_card.create': createFeedCard,
  'im.app_feed_card.batch.update': updateFeedCards,
  'im.app_feed_card.batch.delete': deleteFeedCards,
  'im.feed_cards.patch': patchFeedCard,
  'im.feed_cards.bot_time_sentive': botTimeSensitive,
  'im.chat_button.update': chatButton,
  'im.tags.create': createTag,
  'im.tags.patch': patchTag,
  'im.biz_entity_tag_relation.create': bindTags,
  'im.biz_entity_tag_relation.update': unbindTags,
  'im.biz_entity_tag_relation.get': getTags,
  'im.url_previews.batch_update': refreshPreviews,
};
