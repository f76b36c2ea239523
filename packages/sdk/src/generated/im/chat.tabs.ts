// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import { defineMethod } from '../../core/method.js';
import type { ChatTab, NewChatTab } from './schemas.js';
import { imChatTabsCreateDescriptor } from './descriptors/im.chat.tabs.create.js';
import { imChatTabsDeleteTabsDescriptor } from './descriptors/im.chat.tabs.delete_tabs.js';
import { imChatTabsListTabsDescriptor } from './descriptors/im.chat.tabs.list_tabs.js';
import { imChatTabsSortTabsDescriptor } from './descriptors/im.chat.tabs.sort_tabs.js';
import { imChatTabsUpdateTabsDescriptor } from './descriptors/im.chat.tabs.update_tabs.js';

/** Path parameters of `im.chat.tabs.create`. */
export interface ImChatTabsCreatePath {
  /**
   * ID of the chat (oc_…) to add the tabs to. Group chats and one-to-one chats (chat_mode group or p2p)
   * have tabs; other chat modes answer 232050.
   */
  chat_id: string;
}

/** JSON body of `im.chat.tabs.create`. */
export interface ImChatTabsCreateData {
  /**
   * Tabs to add, each of type doc or url. A chat holds at most 20 custom tabs in total.
   *
   * Constraints: at least 1 items; at most 20 items.
   */
  chat_tabs: NewChatTab[];
}

/** A call of `im.chat.tabs.create`. */
export interface ImChatTabsCreateRequest {
  /** Path parameters. */
  path: ImChatTabsCreatePath;
  /** JSON body. */
  data: ImChatTabsCreateData;
}

/** The data of a successful `im.chat.tabs.create`. */
export interface ImChatTabsCreateResponse {
  /** All tabs of the chat after the addition, from left to right. */
  chat_tabs?: ChatTab[];
}

/**
 * Add doc or url tabs to a chat
 *
 * Adds one or more custom tabs to a chat and returns all of the chat's tabs afterwards. Only doc and
 * url tabs can be added. The caller must be in the chat and, when the chat lets only its owner and
 * managers manage tabs, be one of them; a doc tab also needs the caller to have access to the
 * document.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.tabs:write_only`), user (one of `im:chat`, `im:chat.tabs:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.tabs.yaml:9 (`POST /open-apis/im/v1/chats/{chat_id}/chat_tabs`)
 */
export const imChatTabsCreate = /* @__PURE__ */ defineMethod<ImChatTabsCreateRequest, ImChatTabsCreateResponse>(imChatTabsCreateDescriptor);

/** Path parameters of `im.chat.tabs.delete_tabs`. */
export interface ImChatTabsDeleteTabsPath {
  /** ID of the chat (oc_…) whose tabs are removed. */
  chat_id: string;
}

/** JSON body of `im.chat.tabs.delete_tabs`. */
export interface ImChatTabsDeleteTabsData {
  /**
   * IDs of the tabs to remove, as returned by list_tabs or create. Every listed tab must be a doc or url
   * tab.
   *
   * Constraints: at least 1 items.
   */
  tab_ids: string[];
}

/** A call of `im.chat.tabs.delete_tabs`. */
export interface ImChatTabsDeleteTabsRequest {
  /** Path parameters. */
  path: ImChatTabsDeleteTabsPath;
  /** JSON body. */
  data: ImChatTabsDeleteTabsData;
}

/** The data of a successful `im.chat.tabs.delete_tabs`. */
export interface ImChatTabsDeleteTabsResponse {
  /** The tabs left in the chat, from left to right. */
  chat_tabs?: ChatTab[];
}

/**
 * Remove doc or url tabs from a chat
 *
 * Removes one or more custom tabs from a chat for every member and returns the tabs that remain. Only
 * doc and url tabs can be removed; the linked document or page itself is not touched, so a removed tab
 * can be added again with create. The caller must be in the chat and allowed to manage its tabs.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.tabs:write_only`), user (one of `im:chat`, `im:chat.tabs:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.tabs.yaml:188 (`DELETE /open-apis/im/v1/chats/{chat_id}/chat_tabs/delete_tabs`)
 */
export const imChatTabsDeleteTabs = /* @__PURE__ */ defineMethod<ImChatTabsDeleteTabsRequest, ImChatTabsDeleteTabsResponse>(imChatTabsDeleteTabsDescriptor);

/** Path parameters of `im.chat.tabs.list_tabs`. */
export interface ImChatTabsListTabsPath {
  /** ID of the chat (oc_…) whose tabs are listed. */
  chat_id: string;
}

/** A call of `im.chat.tabs.list_tabs`. */
export interface ImChatTabsListTabsRequest {
  /** Path parameters. */
  path: ImChatTabsListTabsPath;
}

/** The data of a successful `im.chat.tabs.list_tabs`. */
export interface ImChatTabsListTabsResponse {
  /** All tabs of the chat, from left to right; the message tab comes first. */
  chat_tabs?: ChatTab[];
}

/**
 * List the tabs of a chat
 *
 * Returns every tab of a chat, built-in and custom, in display order with its ID, name, type and
 * content. The caller must be in the chat; for an internal chat it must also belong to the chat's
 * tenant.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.tabs:read`, `im:chat:readonly`), user (one of `im:chat`, `im:chat.tabs:read`, `im:chat:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.tabs.yaml:331 (`GET /open-apis/im/v1/chats/{chat_id}/chat_tabs/list_tabs`)
 */
export const imChatTabsListTabs = /* @__PURE__ */ defineMethod<ImChatTabsListTabsRequest, ImChatTabsListTabsResponse>(imChatTabsListTabsDescriptor);

/** Path parameters of `im.chat.tabs.sort_tabs`. */
export interface ImChatTabsSortTabsPath {
  /** ID of the chat (oc_…) whose tabs are reordered. */
  chat_id: string;
}

/** JSON body of `im.chat.tabs.sort_tabs`. */
export interface ImChatTabsSortTabsData {
  /**
   * IDs of every tab of the chat in the wanted left-to-right order, taken from list_tabs. The list must
   * be complete and include the message tab.
   */
  tab_ids?: string[];
}

/** A call of `im.chat.tabs.sort_tabs`. */
export interface ImChatTabsSortTabsRequest {
  /** Path parameters. */
  path: ImChatTabsSortTabsPath;
  /** JSON body. */
  data?: ImChatTabsSortTabsData;
}

/** The data of a successful `im.chat.tabs.sort_tabs`. */
export interface ImChatTabsSortTabsResponse {
  /** All tabs of the chat in their new order. */
  chat_tabs?: ChatTab[];
}

/**
 * Reorder the tabs of a chat
 *
 * Sets the left-to-right order of a chat's tabs and returns them in the new order. Pass the IDs of all
 * the chat's tabs, including the message tab, which always stays first whatever its place in the list.
 * The caller must be in the chat and allowed to manage its tabs.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.tabs:write_only`), user (one of `im:chat`, `im:chat.tabs:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.tabs.yaml:446 (`POST /open-apis/im/v1/chats/{chat_id}/chat_tabs/sort_tabs`)
 */
export const imChatTabsSortTabs = /* @__PURE__ */ defineMethod<ImChatTabsSortTabsRequest, ImChatTabsSortTabsResponse>(imChatTabsSortTabsDescriptor);

/** Path parameters of `im.chat.tabs.update_tabs`. */
export interface ImChatTabsUpdateTabsPath {
  /** ID of the chat (oc_…) whose tabs are edited. */
  chat_id: string;
}

/** JSON body of `im.chat.tabs.update_tabs`. */
export interface ImChatTabsUpdateTabsData {
  /**
   * The tabs to change, each with its tab_id, its tab_type (doc or url) and the new values.
   *
   * Constraints: at least 1 items.
   */
  chat_tabs?: ChatTab[];
}

/** A call of `im.chat.tabs.update_tabs`. */
export interface ImChatTabsUpdateTabsRequest {
  /** Path parameters. */
  path: ImChatTabsUpdateTabsPath;
  /** JSON body. */
  data?: ImChatTabsUpdateTabsData;
}

/** The data of a successful `im.chat.tabs.update_tabs`. */
export interface ImChatTabsUpdateTabsResponse {
  /** All tabs of the chat after the change, from left to right. */
  chat_tabs?: ChatTab[];
}

/**
 * Edit the name, link or icon of doc or url tabs
 *
 * Changes the name, content or display options of existing doc and url tabs, named by their tab_id,
 * and returns all of the chat's tabs afterwards. The caller must be in the chat and allowed to manage
 * its tabs; pointing a tab at a document needs access to that document.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.tabs:write_only`), user (one of `im:chat`, `im:chat.tabs:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.tabs.yaml:589 (`POST /open-apis/im/v1/chats/{chat_id}/chat_tabs/update_tabs`)
 */
export const imChatTabsUpdateTabs = /* @__PURE__ */ defineMethod<ImChatTabsUpdateTabsRequest, ImChatTabsUpdateTabsResponse>(imChatTabsUpdateTabsDescriptor);

/**
 * The tabs along the top of a chat: the built-in ones (messages, pins, files, announcement…) and
 * custom doc and url tabs that members or apps add. Through the API you can list every tab, add, edit
 * and remove doc and url tabs, and reorder the lot. Every write answers with the chat's full tab list
 * after the change.
 */
export const imChatTabs = {
  /** Add doc or url tabs to a chat */
  create: imChatTabsCreate,
  /** Remove doc or url tabs from a chat */
  deleteTabs: imChatTabsDeleteTabs,
  /** List the tabs of a chat */
  listTabs: imChatTabsListTabs,
  /** Reorder the tabs of a chat */
  sortTabs: imChatTabsSortTabs,
  /** Edit the name, link or icon of doc or url tabs */
  updateTabs: imChatTabsUpdateTabs,
};
