/** im.feed_shortcuts.*: the chats a user pinned to the shortcut bar at the top of their feed. */
import type { Ctx, Handler } from '../../context.js';
import type { ResourceHandlers } from '../../generated/handler-types.js';
import type { FeedShortcutBar } from '../../state.js';
import { signedInUser, listPage, pageTail } from '../common.js';

const BAR_LIMIT = 100;
const PAGE_SIZE = 20;

type Ref = { type: 'chat'; id: string };
type Reason = 'not_member' | 'chat_not_found' | 'chat_dissolved' | 'limit_reached';

function barOf(ctx: Ctx, openId: string): FeedShortcutBar {
  let bar = ctx.state.feedShortcuts.get(openId);
  if (!bar) {
    bar = { chat_ids: [], version: 0 };
    ctx.state.feedShortcuts.set(openId, bar);
  }
  return bar;
}

/** The request's shortcuts (each must name a chat) and the signed-in user's bar they change. */
function barRequest(ctx: Ctx): { refs: readonly Ref[]; bar: FeedShortcutBar } {
  const openId = signedInUser(ctx);
  const refs = ctx.body.shortcuts as Ref[];
  refs.forEach((r, i) => {
    if (!r.id.startsWith('oc_')) ctx.invalid(`shortcuts[${i}].id`, 'must be a chat id (oc_…) for type chat', r.id);
  });
  return { refs, bar: barOf(ctx, openId) };
}

/** A changed bar gets a new version, so page tokens of the old one stop decoding. */
function saveBar(ctx: Ctx, bar: FeedShortcutBar, chatIds: string[]): void {
  bar.chat_ids = chatIds;
  bar.version++;
  ctx.rt.touch();
}

/** Why the user cannot pin this chat, or undefined when they can. */
function refusal(ctx: Ctx, chatId: string): Reason | undefined {
  const chat = ctx.state.chats.get(chatId);
  if (!chat) return 'chat_not_found';
  if (chat.status !== 'normal') return 'chat_dissolved';
  if (!ctx.state.isMember(chat, ctx.actor)) return 'not_member';
  return undefined;
}

const create: Handler = (ctx) => {
  const { refs, bar } = barRequest(ctx);
  const failed: { shortcut: Ref; reason: Reason }[] = [];
  const added: string[] = [];
  for (const r of refs) {
    if (bar.chat_ids.includes(r.id) || added.includes(r.id)) continue;
    const reason = refusal(ctx, r.id) ?? (bar.chat_ids.length + added.length >= BAR_LIMIT ? 'limit_reached' : undefined);
    if (reason) failed.push({ shortcut: { type: 'chat', id: r.id }, reason });
    else added.push(r.id);
  }
  if (added.length > 0) saveBar(ctx, bar, ctx.body.is_header === false ? [...bar.chat_ids, ...added] : [...added, ...bar.chat_ids]);
  return { failed_shortcuts: failed };
};

const remove: Handler = (ctx) => {
  const { refs, bar } = barRequest(ctx);
  const failed: { shortcut: Ref; reason: Reason }[] = [];
  const gone = new Set<string>();
  for (const r of refs) {
    if (bar.chat_ids.includes(r.id)) gone.add(r.id);
    else if (!ctx.state.chats.has(r.id)) failed.push({ shortcut: { type: 'chat', id: r.id }, reason: 'chat_not_found' });
  }
  if (gone.size > 0) saveBar(ctx, bar, bar.chat_ids.filter((id) => !gone.has(id)));
  return { failed_shortcuts: failed };
};

const list: Handler = (ctx) => {
  const openId = signedInUser(ctx);
  const bar = ctx.state.feedShortcuts.get(openId) ?? { chat_ids: [], version: 0 };
  // The token names the bar's version: after any change it no longer decodes.
  const page = listPage(ctx, `feed_shortcuts:${openId}:${bar.version}`, bar.chat_ids, PAGE_SIZE, 'is unknown or the shortcut bar changed since it was issued; list again from the first page');
  return {
    shortcuts: page.items.map((id) => ({ type: 'chat', id })),
    ...pageTail(page),
  };
};

export const feedShortcutsHandlers: ResourceHandlers<'im.feed_shortcuts'> = {
  'im.feed_shortcuts.create': create,
  'im.feed_shortcuts.remove': remove,
  'im.feed_shortcuts.list': list,
};
