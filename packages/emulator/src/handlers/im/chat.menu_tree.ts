/** The emulator's handlers of `im.chat.menu_tree` (specs/im/resources/chat.menu_tree.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { MenuItemRec, MenuTopRec } from '../../state.js';
import { checkItem, itemView, menuChat } from '../shared/chats.js';

function menuView(menu: MenuTopRec[]): Record<string, unknown> {
  return {
    menu_tree: {
      chat_menu_top_levels: menu.map((t) => ({
        chat_menu_top_level_id: t.id,
        chat_menu_item: itemView(t.item),
        children: t.children.map((c) => ({ chat_menu_second_level_id: c.id, chat_menu_item: itemView(c.item) })),
      })),
    },
  };
}

const createMenu: MethodHandler<'im.chat.menu_tree.create'> = (ctx) => {
  const chat = menuChat(ctx, true);
  const tops = (ctx.body.menu_tree as { chat_menu_top_levels: { chat_menu_item: MenuItemRec; children?: { chat_menu_item: MenuItemRec }[] }[] })
    .chat_menu_top_levels;
  if (chat.menu.length + tops.length > 3) ctx.fail(232070, 'A chat menu has at most 3 top-level entries.');
  const added: MenuTopRec[] = tops.map((t, i) => {
    if ((t.children ?? []).length > 5) ctx.fail(232071, `Top-level entry ${i} would have more than 5 children.`);
    return {
      id: ctx.state.nextNumericId(),
      item: checkItem(ctx, t.chat_menu_item, `top level ${i}`),
      children: (t.children ?? []).map((c, j) => ({ id: ctx.state.nextNumericId(), item: checkItem(ctx, c.chat_menu_item, `child ${i}.${j}`) })),
    };
  });
  chat.menu.push(...added);
  ctx.rt.touch();
  return menuView(chat.menu);
};

const deleteMenu: MethodHandler<'im.chat.menu_tree.delete'> = (ctx) => {
  const chat = menuChat(ctx, true);
  const ids = ctx.body.chat_menu_top_level_ids as string[];
  for (const id of ids) if (!chat.menu.some((t) => t.id === id)) ctx.invalid('chat_menu_top_level_ids', 'names an entry this menu does not have', id);
  chat.menu = chat.menu.filter((t) => !ids.includes(t.id));
  ctx.rt.touch();
  return menuView(chat.menu);
};

const getMenu: MethodHandler<'im.chat.menu_tree.get'> = (ctx) => menuView(menuChat(ctx, false).menu);

const sortMenu: MethodHandler<'im.chat.menu_tree.sort'> = (ctx) => {
  const chat = menuChat(ctx, true);
  const ids = ctx.body.chat_menu_top_level_ids as string[];
  const have = chat.menu.map((t) => t.id);
  if (ids.length !== have.length || new Set(ids).size !== ids.length || ids.some((id) => !have.includes(id))) {
    ctx.fail(232072, 'chat_menu_top_level_ids must list every top-level entry exactly once.');
  }
  chat.menu = ids.map((id) => chat.menu.find((t) => t.id === id)!);
  ctx.rt.touch();
  return menuView(chat.menu);
};

/** The handlers of im.chat.menu_tree, one per method of specs/im/resources/chat.menu_tree.yaml. */
export const chatMenuTreeHandlers: ResourceHandlers<'im.chat.menu_tree'> = {
  'im.chat.menu_tree.create': createMenu,
  'im.chat.menu_tree.delete': deleteMenu,
  'im.chat.menu_tree.get': getMenu,
  'im.chat.menu_tree.sort': sortMenu,
};
