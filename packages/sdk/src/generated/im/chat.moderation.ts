// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.moderation.yaml

import { defineMethod, definePaged } from '../../core/method.js';
import type { ChatModerationSetting } from './schemas.js';
import { imChatModerationGetDescriptor } from './descriptors/im.chat.moderation.get.js';
import { imChatModerationUpdateDescriptor } from './descriptors/im.chat.moderation.update.js';

/** Path parameters of `im.chat.moderation.get`. */
export interface ImChatModerationGetPath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chat.moderation.get`. */
export interface ImChatModerationGetParams {
  /**
   * Kind of user id returned in items.
   *
   * - `user_id`: The user's employee id within the tenant.
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `open_id`: The user's id within this app (ou_…).
   * @defaultValue "open_id"
   */
  user_id_type?: 'user_id' | 'union_id' | 'open_id';
  /**
   * Number of members per page, 1 to 100.
   *
   * Constraints: minimum 1; maximum 100.
   */
  page_size?: number;
  /** Token from the previous page's answer; leave out for the first page. */
  page_token?: string;
}

/** A call of `im.chat.moderation.get`. */
export interface ImChatModerationGetRequest {
  /** Path parameters. */
  path: ImChatModerationGetPath;
  /** Query parameters. */
  params?: ImChatModerationGetParams;
}

/** The data of a successful `im.chat.moderation.get`. */
export interface ImChatModerationGetResponse {
  moderation_setting?: ChatModerationSetting;
  /** Token for the next page; given while has_more is true. */
  page_token?: string;
  /** Whether more members follow. */
  has_more?: boolean;
  /** Members allowed to post under moderator_list, on this page. */
  items?: ImChatModerationGetResponseItemsItem[];
}

export interface ImChatModerationGetResponseItemsItem {
  /** Kind of id in user_id, matching the request's user_id_type. */
  user_id_type?: string;
  /** Id of a member who may post. */
  user_id?: string;
  /** Key of the tenant the member belongs to. */
  tenant_key?: string;
}

/**
 * Get who may post in a chat
 *
 * Returns the chat's posting rule and, page by page, the members allowed to post when the rule is
 * moderator_list. The caller must be in the chat and in its tenant.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.moderation:read`, `im:chat:readonly`), user (one of `im:chat`, `im:chat.moderation:read`, `im:chat:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/chat.moderation.yaml:7 (`GET /open-apis/im/v1/chats/{chat_id}/moderation`)
 */
export const imChatModerationGet = /* @__PURE__ */ definePaged<ImChatModerationGetRequest, ImChatModerationGetResponse, NonNullable<ImChatModerationGetResponse['items']>[number]>(imChatModerationGetDescriptor);

/** Path parameters of `im.chat.moderation.update`. */
export interface ImChatModerationUpdatePath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chat.moderation.update`. */
export interface ImChatModerationUpdateParams {
  /**
   * Kind of user id used in moderator_added_list and moderator_removed_list.
   *
   * - `user_id`: The user's employee id within the tenant.
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `open_id`: The user's id within this app (ou_…).
   * @defaultValue "open_id"
   */
  user_id_type?: 'user_id' | 'union_id' | 'open_id';
}

/** JSON body of `im.chat.moderation.update`. */
export interface ImChatModerationUpdateData {
  /** The new posting rule; left unchanged when omitted. */
  moderation_setting?: ChatModerationSetting;
  /** Members to put on the list of allowed speakers; used with moderator_list. */
  moderator_added_list?: string[];
  /** Members to take off the list of allowed speakers; used with moderator_list. */
  moderator_removed_list?: string[];
}

/** A call of `im.chat.moderation.update`. */
export interface ImChatModerationUpdateRequest {
  /** Path parameters. */
  path: ImChatModerationUpdatePath;
  /** Query parameters. */
  params?: ImChatModerationUpdateParams;
  /** JSON body. */
  data?: ImChatModerationUpdateData;
}

/** Empty on success. */
export type ImChatModerationUpdateResponse = Record<string, never>;

/**
 * Change who may post in a chat
 *
 * Sets the chat's posting rule and adds members to or removes them from the list of allowed speakers.
 * Only the owner may do it, or the app that created the chat when it holds the operate-as-owner
 * permission and its bot is still in the chat.
 *
 * - Identities: bot (one of `im:chat`, `im:chat:moderation:write_only`), user (one of `im:chat`, `im:chat:moderation:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.moderation.yaml:161 (`PUT /open-apis/im/v1/chats/{chat_id}/moderation`)
 */
export const imChatModerationUpdate = /* @__PURE__ */ defineMethod<ImChatModerationUpdateRequest, ImChatModerationUpdateResponse>(imChatModerationUpdateDescriptor);

/**
 * Posting rights in a group chat: whether everyone, only the owner and managers, or a chosen list of
 * members may send messages, and who is on that list.
 */
export const imChatModeration = {
  /** Get who may post in a chat */
  get: imChatModerationGet,
  /** Change who may post in a chat */
  update: imChatModerationUpdate,
};
