// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.menu_tree.yaml

import { defineMethod } from '../../core/method.js';
import type { ChatMenuTree, NewChatMenuTopLevel } from './schemas.js';
import { imChatMenuTreeCreateDescriptor } from './descriptors/im.chat.menu_tree.create.js';
import { imChatMenuTreeDeleteDescriptor } from './descriptors/im.chat.menu_tree.delete.js';
import { imChatMenuTreeGetDescriptor } from './descriptors/im.chat.menu_tree.get.js';
import { imChatMenuTreeSortDescriptor } from './descriptors/im.chat.menu_tree.sort.js';

/** Path parameters of `im.chat.menu_tree.create`. */
export interface ImChatMenuTreeCreatePath {
  /** ID of the group chat (oc_…) whose menu is extended; its chat_mode must be group. */
  chat_id: string;
}

/** JSON body of `im.chat.menu_tree.create`. */
export interface ImChatMenuTreeCreateData {
  /** The entries to add. */
  menu_tree: ImChatMenuTreeCreateDataMenuTree;
}

export interface ImChatMenuTreeCreateDataMenuTree {
  /**
   * New top-level entries, added after the existing ones. The chat may hold at most 3 in total.
   *
   * Constraints: at least 1 items; at most 3 items.
   */
  chat_menu_top_levels: NewChatMenuTopLevel[];
}

/** A call of `im.chat.menu_tree.create`. */
export interface ImChatMenuTreeCreateRequest {
  /** Path parameters. */
  path: ImChatMenuTreeCreatePath;
  /** JSON body. */
  data: ImChatMenuTreeCreateData;
}

/** The data of a successful `im.chat.menu_tree.create`. */
export interface ImChatMenuTreeCreateResponse {
  /** The chat's whole menu after the addition, with the IDs of the new entries. */
  menu_tree?: ChatMenuTree;
}

/**
 * Add entries to a group chat's menu
 *
 * Appends top-level entries, each optionally with second-level entries, to the menu of a group chat
 * and returns the whole menu. Existing entries are kept; the call fails if the chat would end up with
 * more than 3 top-level entries or a folder with more than 5 children. The bot must be in the chat and
 * allowed to manage its menus.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.menu_tree:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.menu_tree.yaml:9 (`POST /open-apis/im/v1/chats/{chat_id}/menu_tree`)
 */
export const imChatMenuTreeCreate = /* @__PURE__ */ defineMethod<ImChatMenuTreeCreateRequest, ImChatMenuTreeCreateResponse>(imChatMenuTreeCreateDescriptor);

/** Path parameters of `im.chat.menu_tree.delete`. */
export interface ImChatMenuTreeDeletePath {
  /** ID of the group chat (oc_…) whose menu entries are deleted. */
  chat_id: string;
}

/** JSON body of `im.chat.menu_tree.delete`. */
export interface ImChatMenuTreeDeleteData {
  /**
   * IDs of the top-level entries to delete, from get. Second-level entries cannot be deleted on their
   * own.
   *
   * Constraints: at least 1 items; at most 3 items.
   */
  chat_menu_top_level_ids: string[];
}

/** A call of `im.chat.menu_tree.delete`. */
export interface ImChatMenuTreeDeleteRequest {
  /** Path parameters. */
  path: ImChatMenuTreeDeletePath;
  /** JSON body. */
  data: ImChatMenuTreeDeleteData;
}

/** The data of a successful `im.chat.menu_tree.delete`. */
export interface ImChatMenuTreeDeleteResponse {
  /** The entries that remain in the chat's menu. */
  menu_tree?: ChatMenuTree;
}

/**
 * Delete top-level entries from a group chat's menu
 *
 * Deletes top-level entries, together with all their second-level entries, from a group chat's menu
 * and returns what is left. The entries are gone for every member and cannot be restored; they can
 * only be rebuilt with create, which assigns new IDs. The bot must be in the chat and allowed to
 * manage its menus.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.menu_tree:write_only`)
 * - Risk: high-risk-write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.menu_tree.yaml:167 (`DELETE /open-apis/im/v1/chats/{chat_id}/menu_tree`)
 */
export const imChatMenuTreeDelete = /* @__PURE__ */ defineMethod<ImChatMenuTreeDeleteRequest, ImChatMenuTreeDeleteResponse>(imChatMenuTreeDeleteDescriptor);

/** Path parameters of `im.chat.menu_tree.get`. */
export interface ImChatMenuTreeGetPath {
  /** ID of the group chat (oc_…) whose menu is read; its chat_mode must be group. */
  chat_id: string;
}

/** A call of `im.chat.menu_tree.get`. */
export interface ImChatMenuTreeGetRequest {
  /** Path parameters. */
  path: ImChatMenuTreeGetPath;
}

/** The data of a successful `im.chat.menu_tree.get`. */
export interface ImChatMenuTreeGetResponse {
  /** The chat's menu; empty when no entry has been added. */
  menu_tree?: ChatMenuTree;
}

/**
 * Get the menu of a group chat
 *
 * Returns the whole menu of a group chat: its top-level entries in display order, each with its
 * second-level entries, labels, icons and links. The IDs it returns are what delete, sort and
 * chat.menu_items.patch expect. The bot must be in the chat.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.menu_tree:read`, `im:chat:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.menu_tree.yaml:288 (`GET /open-apis/im/v1/chats/{chat_id}/menu_tree`)
 */
export const imChatMenuTreeGet = /* @__PURE__ */ defineMethod<ImChatMenuTreeGetRequest, ImChatMenuTreeGetResponse>(imChatMenuTreeGetDescriptor);

/** Path parameters of `im.chat.menu_tree.sort`. */
export interface ImChatMenuTreeSortPath {
  /** ID of the group chat (oc_…) whose menu is reordered. */
  chat_id: string;
}

/** JSON body of `im.chat.menu_tree.sort`. */
export interface ImChatMenuTreeSortData {
  /**
   * IDs of all top-level entries in the wanted order, from get. A missing, extra or unknown ID answers
   * 232072.
   *
   * Constraints: at least 1 items; at most 3 items.
   */
  chat_menu_top_level_ids: string[];
}

/** A call of `im.chat.menu_tree.sort`. */
export interface ImChatMenuTreeSortRequest {
  /** Path parameters. */
  path: ImChatMenuTreeSortPath;
  /** JSON body. */
  data: ImChatMenuTreeSortData;
}

/** The data of a successful `im.chat.menu_tree.sort`. */
export interface ImChatMenuTreeSortResponse {
  /** The chat's menu in its new order. */
  menu_tree?: ChatMenuTree;
}

/**
 * Reorder the top-level entries of a group chat's menu
 *
 * Sets the left-to-right order of a group chat's top-level menu entries and returns the menu in the
 * new order. The list must name every current top-level entry exactly once; second-level entries keep
 * their order. The bot must be in the chat and allowed to manage its menus.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.menu_tree:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.menu_tree.yaml:396 (`POST /open-apis/im/v1/chats/{chat_id}/menu_tree/sort`)
 */
export const imChatMenuTreeSort = /* @__PURE__ */ defineMethod<ImChatMenuTreeSortRequest, ImChatMenuTreeSortResponse>(imChatMenuTreeSortDescriptor);

/**
 * The menu a group chat shows above its message box: up to 3 top-level entries, each either a link or
 * a folder of up to 5 second-level links. Only bots can manage it, and only in chats whose chat_mode
 * is group. Every call answers with the whole menu as it stands afterwards; single entries are edited
 * with chat.menu_items.
 */
export const imChatMenuTree = {
  /** Add entries to a group chat's menu */
  create: imChatMenuTreeCreate,
  /** Delete top-level entries from a group chat's menu */
  delete: imChatMenuTreeDelete,
  /** Get the menu of a group chat */
  get: imChatMenuTreeGet,
  /** Reorder the top-level entries of a group chat's menu */
  sort: imChatMenuTreeSort,
};
