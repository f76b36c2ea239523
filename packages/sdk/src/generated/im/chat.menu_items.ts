// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.menu_items.yaml

import { defineMethod } from '../../core/method.js';
import type { ChatMenuI18nNames, ChatMenuItem, ChatMenuRedirectLink } from './schemas.js';
import { imChatMenuItemsPatchDescriptor } from './descriptors/im.chat.menu_items.patch.js';

/** Path parameters of `im.chat.menu_items.patch`. */
export interface ImChatMenuItemsPatchPath {
  /** ID of the group chat (oc_…) holding the entry; its chat_mode must be group. */
  chat_id: string;
  /**
   * ID of the entry to change: a chat_menu_top_level_id or chat_menu_second_level_id from
   * chat.menu_tree.get.
   */
  menu_item_id: string;
}

/** JSON body of `im.chat.menu_items.patch`. */
export interface ImChatMenuItemsPatchData {
  /**
   * Which parts of the entry to overwrite with the values in chat_menu_item. Parts not named here are
   * ignored even when present.
   *
   * Constraints: at least 1 items.
   */
  update_fields: Array<'ICON' | 'NAME' | 'I18N_NAME' | 'REDIRECT_LINK'>;
  /** New values for the parts named in update_fields. */
  chat_menu_item: ImChatMenuItemsPatchDataChatMenuItem;
}

export interface ImChatMenuItemsPatchDataChatMenuItem {
  /**
   * The entry's action type. It cannot be changed after creation, so leave it out or repeat the current
   * value.
   *
   * - `NONE`: The entry only opens its second-level entries.
   * - `REDIRECT_LINK`: The entry opens its redirect_link.
   */
  action_type?: 'NONE' | 'REDIRECT_LINK';
  /** New links, read when update_fields contains REDIRECT_LINK. */
  redirect_link?: ChatMenuRedirectLink;
  /**
   * New icon, read when update_fields contains ICON: an image_key from an upload with image_type=message
   * made by this bot. Top-level entries with children take no icon.
   */
  image_key?: string;
  /**
   * New default label of 1 to 120 characters, read when update_fields contains NAME.
   *
   * Constraints: at least 1 characters; at most 120 characters.
   */
  name?: string;
  /** New translated labels, read when update_fields contains I18N_NAME. */
  i18n_names?: ChatMenuI18nNames;
}

/** A call of `im.chat.menu_items.patch`. */
export interface ImChatMenuItemsPatchRequest {
  /** Path parameters. */
  path: ImChatMenuItemsPatchPath;
  /** JSON body. */
  data: ImChatMenuItemsPatchData;
}

/** The data of a successful `im.chat.menu_items.patch`. */
export interface ImChatMenuItemsPatchResponse {
  /** The entry after the update. */
  chat_menu_item?: ChatMenuItem;
}

/**
 * Change the icon, name or link of one chat menu entry
 *
 * Updates the fields listed in update_fields on one top-level or second-level menu entry and returns
 * the entry as it now stands; fields not listed are left alone. The entry's action type cannot change,
 * and second-level entries cannot be added or removed here. The bot must be in the chat and allowed to
 * manage its menus.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.menu_tree:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.menu_items.yaml:8 (`PATCH /open-apis/im/v1/chats/{chat_id}/menu_items/{menu_item_id}`)
 */
export const imChatMenuItemsPatch = /* @__PURE__ */ defineMethod<ImChatMenuItemsPatchRequest, ImChatMenuItemsPatchResponse>(imChatMenuItemsPatchDescriptor);

/**
 * Single entries of a group chat's menu, top-level or second-level, named by the IDs that
 * chat.menu_tree.get returns. Their icon, labels and link can be changed in place; adding, removing or
 * reordering entries goes through chat.menu_tree.
 */
export const imChatMenuItems = {
  /** Change the icon, name or link of one chat menu entry */
  patch: imChatMenuItemsPatch,
};
