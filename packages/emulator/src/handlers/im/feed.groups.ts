/** im.feed.groups.*: a user's feed groups (tags that file chats into sections of the feed). */
import type { Ctx, Handler } from '../../context.js';
import type { ResourceHandlers } from '../../generated/handler-types.js';
import type { FeedGroupItemRec, FeedGroupRec } from '../../state.js';
import { ms } from '../../util.js';
import { pageSize, signedInUser, listPage, pageTail } from '../common.js';

const GROUP_LIMIT = 50;
const ITEM_LIMIT = 500;

type ItemRef = { feed_id: string; feed_type: 'chat' };
type Reason = 'not_member' | 'chat_not_found' | 'chat_dissolved' | 'limit_reached';

function groupView(g: FeedGroupRec): Record<string, unknown> {
  return { group_id: g.group_id, name: g.name, type: 'custom', create_time: ms(g.create_time), update_time: ms(g.update_time) };
}

function itemView(i: FeedGroupItemRec): Record<string, unknown> {
  return { feed_id: i.feed_id, feed_type: 'chat', update_time: ms(i.update_time) };
}

/** A live group of the calling user, or 239001. */
function groupOr(ctx: Ctx, openId: string): FeedGroupRec {
  const g = ctx.state.feedGroups.get(ctx.path.feed_group_id);
  if (!g || g.open_id !== openId || g.deleted) ctx.fail(239001, `The user has no feed group ${ctx.path.feed_group_id}.`);
  return g!;
}

/** The [start, end] window of start_time/end_time (inclusive), checked. */
function windowOf(ctx: Ctx): (t: number) => boolean {
  const start = ctx.query.start_time !== undefined ? Number(ctx.query.start_time) : -Infinity;
  const end = ctx.query.end_time !== undefined ? Number(ctx.query.end_time) : Infinity;
  if (start > end) ctx.invalid('start_time', 'is after end_time', ctx.query.start_time);
  return (t) => t >= start && t <= end;
}

function uniqueName(ctx: Ctx, openId: string, name: string, except?: string): void {
  for (const g of ctx.state.feedGroups.values()) {
    if (g.open_id === openId && !g.deleted && g.group_id !== except && g.name === name) ctx.fail(239003, `The user already has a feed group named "${name}".`);
  }
}

function checkName(ctx: Ctx): string {
  const name = String(ctx.body.name);
  if (!name.trim()) ctx.invalid('name', 'is only spaces', name);
  return name;
}

const list: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const inWindow = windowOf(ctx);
  const mine = [...ctx.state.feedGroups.values()].filter((g) => g.open_id === openId && inWindow(g.update_time)).sort((a, b) => a.create_time - b.create_time);
  const page = listPage(ctx, `feed_groups:${openId}`, mine, pageSize(ctx, 50));
  return {
    groups: page.items.filter((g) => !g.deleted).map(groupView),
    deleted_groups: page.items.filter((g) => g.deleted).map(groupView),
    ...pageTail(page),
  };
};

const create: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const name = checkName(ctx);
  const live = [...ctx.state.feedGroups.values()].filter((g) => g.open_id === openId && !g.deleted);
  if (live.length >= GROUP_LIMIT) ctx.fail(239002, `The user already has ${GROUP_LIMIT} feed groups.`);
  uniqueName(ctx, openId, name);
  const g: FeedGroupRec = { group_id: ctx.state.nextId('ofg_'), open_id: openId, name, create_time: ctx.now, update_time: ctx.now, deleted: false, items: [] };
  ctx.state.feedGroups.set(g.group_id, g);
  ctx.rt.touch();
  return { group: groupView(g) };
};

const update: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const g = groupOr(ctx, openId);
  const name = checkName(ctx);
  uniqueName(ctx, openId, name, g.group_id);
  g.name = name;
  g.update_time = ctx.now;
  ctx.rt.touch();
  return { group: groupView(g) };
};

const remove: Handler = (ctx) => {
  const g = groupOr(ctx, signedInUser(ctx));
  g.deleted = true;
  g.update_time = ctx.now;
  ctx.rt.touch();
  return {};
};

const batchQuery: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const groups = [];
  const invalid = [];
  for (const id of ctx.body.group_ids as string[]) {
    const g = ctx.state.feedGroups.get(id);
    if (g && g.open_id === openId && !g.deleted) groups.push(groupView(g));
    else invalid.push(id);
  }
  return { groups, invalid_group_ids: invalid };
};

const listItem: Handler = (ctx) => {
  const g = groupOr(ctx, signedInUser(ctx));
  const inWindow = windowOf(ctx);
  const rows = g.items.filter((i) => inWindow(i.update_time));
  const page = listPage(ctx, `feed_group_items:${g.group_id}`, rows, pageSize(ctx, 50));
  return {
    items: page.items.filter((i) => !i.removed).map(itemView),
    deleted_items: page.items.filter((i) => i.removed).map(itemView),
    ...pageTail(page),
  };
};

function checkRefs(ctx: Ctx): ItemRef[] {
  const refs = ctx.body.items as ItemRef[];
  refs.forEach((r, i) => {
    if (!r.feed_id.startsWith('oc_')) ctx.invalid(`items[${i}].feed_id`, 'must be a chat id (oc_…) for feed_type chat', r.feed_id);
  });
  return refs;
}

const batchQueryItem: Handler = (ctx) => {
  const g = groupOr(ctx, signedInUser(ctx));
  const items = [];
  const invalid = [];
  for (const r of checkRefs(ctx)) {
    const hit = g.items.find((i) => i.feed_id === r.feed_id && !i.removed);
    if (hit) items.push(itemView(hit));
    else invalid.push({ feed_id: r.feed_id, feed_type: 'chat' });
  }
  return { items, invalid_items: invalid };
};

const batchAddItem: Handler = (ctx) => {
  const g = groupOr(ctx, signedInUser(ctx));
  const failed: { item: ItemRef; reason: Reason }[] = [];
  let changed = false;
  for (const r of checkRefs(ctx)) {
    const chat = ctx.state.chats.get(r.feed_id);
    const live = g.items.filter((i) => !i.removed);
    let reason: Reason | undefined;
    if (!chat) reason = 'chat_not_found';
    else if (chat.status !== 'normal') reason = 'chat_dissolved';
    else if (!ctx.state.isMember(chat, ctx.actor)) reason = 'not_member';
    else if (live.some((i) => i.feed_id === r.feed_id)) continue;
    else if (live.length >= ITEM_LIMIT) reason = 'limit_reached';
    if (reason) {
      failed.push({ item: { feed_id: r.feed_id, feed_type: 'chat' }, reason });
      continue;
    }
    g.items = g.items.filter((i) => i.feed_id !== r.feed_id);
    g.items.push({ feed_id: r.feed_id, update_time: ctx.now, removed: false });
    changed = true;
  }
  if (changed) ctx.rt.touch();
  return { failed_items: failed };
};

const batchRemoveItem: Handler = (ctx) => {
  const g = groupOr(ctx, signedInUser(ctx));
  const failed: { item: ItemRef; reason: Reason }[] = [];
  let changed = false;
  for (const r of checkRefs(ctx)) {
    const hit = g.items.find((i) => i.feed_id === r.feed_id && !i.removed);
    if (hit) {
      hit.removed = true;
      hit.update_time = ctx.now;
      changed = true;
    } else if (!ctx.state.chats.has(r.feed_id)) {
      failed.push({ item: { feed_id: r.feed_id, feed_type: 'chat' }, reason: 'chat_not_found' });
    }
  }
  if (changed) ctx.rt.touch();
  return { failed_items: failed };
};

export const feedGroupsHandlers: ResourceHandlers<'im.feed.groups'> = {
  'im.feed.groups.list': list,
  'im.feed.groups.create': create,
  'im.feed.groups.update': update,
  'im.feed.groups.delete': remove,
  'im.feed.groups.batch_query': batchQuery,
  'im.feed.groups.list_item': listItem,
  'im.feed.groups.batch_query_item': batchQueryItem,
  'im.feed.groups.batch_add_item': batchAddItem,
  'im.feed.groups.batch_remove_item': batchRemoveItem,
};
