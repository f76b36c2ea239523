/** The emulator's handlers of `im.chat.menu_items` (specs/im/resources/chat.menu_items.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { MenuItemRec } from '../../state.js';
import { checkItem, itemView, menuChat } from '../shared/chats.js';

const FIELD_KEYS: Record<string, keyof MenuItemRec> = { ICON: 'image_key', NAME: 'name', I18N_NAME: 'i18n_names', REDIRECT_LINK: 'redirect_link' };

const patchMenuItem: MethodHandler<'im.chat.menu_items.patch'> = (ctx) => {
  const chat = menuChat(ctx, true);
  const id = ctx.path.menu_item_id as string;
  let target: MenuItemRec | undefined;
  for (const t of chat.menu) {
    if (t.id === id) target = t.item;
    for (const c of t.children) if (c.id === id) target = c.item;
  }
  if (!target) return ctx.invalid('menu_item_id', 'names no entry of this chat\'s menu', id);
  const patch = ctx.body.chat_menu_item as Partial<MenuItemRec>;
  const next = { ...target } as Record<string, unknown>;
  for (const f of ctx.body.update_fields as string[]) {
    const k = FIELD_KEYS[f]!;
    if (patch[k] === undefined) ctx.invalid(`chat_menu_item.${k}`, `is required when update_fields lists ${f}`);
    next[k] = patch[k];
  }
  const checked = checkItem(ctx, next as unknown as MenuItemRec, 'menu item');
  Object.assign(target, checked);
  ctx.rt.touch();
  return { chat_menu_item: itemView(target) };
};

/** The handlers of im.chat.menu_items, one per method of specs/im/resources/chat.menu_items.yaml. */
export const chatMenuItemsHandlers: ResourceHandlers<'im.chat.menu_items'> = {
  'im.chat.menu_items.patch': patchMenuItem,
};
