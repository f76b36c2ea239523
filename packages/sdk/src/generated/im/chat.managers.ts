// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.managers.yaml

import { defineMethod } from '../../core/method.js';
import type { ChatManagers } from './schemas.js';
import { imChatManagersAddManagersDescriptor } from './descriptors/im.chat.managers.add_managers.js';
import { imChatManagersDeleteManagersDescriptor } from './descriptors/im.chat.managers.delete_managers.js';

/** Path parameters of `im.chat.managers.add_managers`. */
export interface ImChatManagersAddManagersPath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chat.managers.add_managers`. */
export interface ImChatManagersAddManagersParams {
  /**
   * Kind of id in manager_ids and in the answer; use app_id for bots.
   *
   * - `user_id`: The user's employee id within the tenant.
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `open_id`: The user's id within this app (ou_…).
   * - `app_id`: The app id of a bot (cli_…).
   * @defaultValue "open_id"
   */
  member_id_type?: 'user_id' | 'union_id' | 'open_id' | 'app_id';
}

/** JSON body of `im.chat.managers.add_managers`. */
export interface ImChatManagersAddManagersData {
  /**
   * Ids of the members to appoint, in the kind named by member_id_type; at most 50 users or 5 bots per
   * request. They must already be members of the chat.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  manager_ids?: string[];
}

/** A call of `im.chat.managers.add_managers`. */
export interface ImChatManagersAddManagersRequest {
  /** Path parameters. */
  path: ImChatManagersAddManagersPath;
  /** Query parameters. */
  params?: ImChatManagersAddManagersParams;
  /** JSON body. */
  data?: ImChatManagersAddManagersData;
}

/** The data of a successful `im.chat.managers.add_managers`. */
export type ImChatManagersAddManagersResponse = ChatManagers;

/**
 * Make chat members managers
 *
 * Appoints members of the chat as managers and returns the resulting manager lists. Only the owner may
 * call it. A chat has at most 10 managers (20 in a very large chat), and users and bots go in separate
 * requests because one member_id_type applies to the whole list.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.managers:write_only`), user (one of `im:chat`, `im:chat.managers:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.managers.yaml:7 (`POST /open-apis/im/v1/chats/{chat_id}/managers/add_managers`)
 */
export const imChatManagersAddManagers = /* @__PURE__ */ defineMethod<ImChatManagersAddManagersRequest, ImChatManagersAddManagersResponse>(imChatManagersAddManagersDescriptor);

/** Path parameters of `im.chat.managers.delete_managers`. */
export interface ImChatManagersDeleteManagersPath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chat.managers.delete_managers`. */
export interface ImChatManagersDeleteManagersParams {
  /**
   * Kind of id in manager_ids and in the answer; use app_id for bots.
   *
   * - `user_id`: The user's employee id within the tenant.
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `open_id`: The user's id within this app (ou_…).
   * - `app_id`: The app id of a bot (cli_…).
   * @defaultValue "open_id"
   */
  member_id_type?: 'user_id' | 'union_id' | 'open_id' | 'app_id';
}

/** JSON body of `im.chat.managers.delete_managers`. */
export interface ImChatManagersDeleteManagersData {
  /**
   * Ids of the managers to dismiss, in the kind named by member_id_type; at most 50 users or 5 bots per
   * request.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  manager_ids?: string[];
}

/** A call of `im.chat.managers.delete_managers`. */
export interface ImChatManagersDeleteManagersRequest {
  /** Path parameters. */
  path: ImChatManagersDeleteManagersPath;
  /** Query parameters. */
  params?: ImChatManagersDeleteManagersParams;
  /** JSON body. */
  data?: ImChatManagersDeleteManagersData;
}

/** The data of a successful `im.chat.managers.delete_managers`. */
export type ImChatManagersDeleteManagersResponse = ChatManagers;

/**
 * Dismiss chat managers
 *
 * Takes the manager role away from the given members, who stay in the chat, and returns the remaining
 * manager lists. Only the owner may call it. Users and bots go in separate requests.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.managers:write_only`), user (one of `im:chat`, `im:chat.managers:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.managers.yaml:170 (`POST /open-apis/im/v1/chats/{chat_id}/managers/delete_managers`)
 */
export const imChatManagersDeleteManagers = /* @__PURE__ */ defineMethod<ImChatManagersDeleteManagersRequest, ImChatManagersDeleteManagersResponse>(imChatManagersDeleteManagersDescriptor);

/**
 * The managers of a group chat: members, users or bots, who share most of the owner's rights to manage
 * the chat. Only the owner can appoint or dismiss them.
 */
export const imChatManagers = {
  /** Make chat members managers */
  addManagers: imChatManagersAddManagers,
  /** Dismiss chat managers */
  deleteManagers: imChatManagersDeleteManagers,
};
