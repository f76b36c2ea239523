/** Rules shared by the chat resources: who administers a chat, and chat menus. */
import type { Ctx } from '../../context.js';
import type { ChatRec, MenuItemRec } from '../../state.js';
import { chatOr, memberOr } from '../common.js';

export function isAdmin(ctx: Ctx, chat: ChatRec): boolean {
  return ctx.state.isOwnerOrManager(chat, ctx.actor);
}

/** Owner, or the app that created the chat acting as its bot. */
export function isOwnerLike(ctx: Ctx, chat: ChatRec): boolean {
  if (ctx.state.isOwner(chat, ctx.actor)) return true;
  return ctx.actor.kind === 'bot' && chat.creator_app === ctx.actor.appId && chat.bots.includes(ctx.actor.appId);
}

export function itemView(i: MenuItemRec): Record<string, unknown> {
  const v: Record<string, unknown> = { action_type: i.action_type };
  if (i.redirect_link) v.redirect_link = { ...i.redirect_link };
  if (i.image_key) v.image_key = i.image_key;
  v.name = i.name;
  if (i.i18n_names) v.i18n_names = { ...i.i18n_names };
  return v;
}

export function menuChat(ctx: Ctx, write: boolean): ChatRec {
  const chat = chatOr(ctx, ctx.path.chat_id, 232001);
  memberOr(ctx, chat, 232011);
  if (write) {
    if (chat.chat_mode !== 'group') ctx.fail(232008, 'Only group chats have a menu.');
    if (chat.settings.edit_permission === 'only_owner' && !isAdmin(ctx, chat)) ctx.fail(232055, 'This chat lets only its owner and managers manage the menu.');
  }
  return chat;
}

export function checkItem(ctx: Ctx, item: MenuItemRec, where: string): MenuItemRec {
  if (item.action_type === 'REDIRECT_LINK' && !Object.values(item.redirect_link ?? {}).some(Boolean)) {
    ctx.fail(232078, `${where}: a REDIRECT_LINK entry needs a redirect_link.`);
  }
  if (item.image_key) {
    const r = ctx.state.resources.get(item.image_key);
    if (!r || r.kind !== 'image' || r.app_id !== ctx.appId) ctx.fail(232056, `${where}: icon ${item.image_key} was not uploaded by this app.`);
  }
  return JSON.parse(JSON.stringify(item)) as MenuItemRec;
}
