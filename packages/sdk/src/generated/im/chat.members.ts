// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import { defineMethod, definePaged } from '../../core/method.js';
import type { ChatMember } from './schemas.js';
import { imChatMembersCreateDescriptor } from './descriptors/im.chat.members.create.js';
import { imChatMembersDeleteDescriptor } from './descriptors/im.chat.members.delete.js';
import { imChatMembersGetDescriptor } from './descriptors/im.chat.members.get.js';
import { imChatMembersIsInChatDescriptor } from './descriptors/im.chat.members.is_in_chat.js';
import { imChatMembersMeJoinDescriptor } from './descriptors/im.chat.members.me_join.js';
import { imChatMembersListDescriptor } from './descriptors/im.chat.members.list.js';
import { imChatMembersBotsDescriptor } from './descriptors/im.chat.members.bots.js';

/** Path parameters of `im.chat.members.create`. */
export interface ImChatMembersCreatePath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chat.members.create`. */
export interface ImChatMembersCreateParams {
  /**
   * Kind of id in id_list; use app_id to add bots.
   *
   * - `user_id`: The user's employee id within the tenant.
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `open_id`: The user's id within this app (ou_…).
   * - `app_id`: The app id of a bot (cli_…).
   * @defaultValue "open_id"
   */
  member_id_type?: 'user_id' | 'union_id' | 'open_id' | 'app_id';
  /**
   * What to do when some ids cannot be added.
   *
   * - `0`: Fail the whole request if an id does not exist or is not visible; resigned users are skipped
   *   and listed in invalid_id_list.
   * - `1`: Add every usable id and list the others in invalid_id_list and not_existed_id_list.
   * - `2`: Fail the whole request if any id is unusable, and list the offending ids.
   * @defaultValue 0
   */
  succeed_type?: 0 | 1 | 2;
}

/** JSON body of `im.chat.members.create`. */
export interface ImChatMembersCreateData {
  /**
   * Ids of the members to add, in the kind named by member_id_type: at most 50 users, or at most 5 bots.
   * A chat holds at most 15 bots.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  id_list?: string[];
}

/** A call of `im.chat.members.create`. */
export interface ImChatMembersCreateRequest {
  /** Path parameters. */
  path: ImChatMembersCreatePath;
  /** Query parameters. */
  params?: ImChatMembersCreateParams;
  /** JSON body. */
  data?: ImChatMembersCreateData;
}

/** The data of a successful `im.chat.members.create`. */
export interface ImChatMembersCreateResponse {
  /**
   * Ids that were not added: resigned users, and with succeed_type 1 also users the caller cannot see
   * and bots whose app is not active.
   */
  invalid_id_list?: string[];
  /** Ids that do not name any user or bot. */
  not_existed_id_list?: string[];
  /**
   * Ids whose addition waits for the owner or a manager to approve, because the chat requires approval
   * to join.
   */
  pending_approval_id_list?: string[];
}

/**
 * Add users or bots to a chat
 *
 * Adds up to 50 users or 5 bots to a group chat and reports the ids that could not be added. The
 * caller must be in the chat; when add_member_permission is only_owner, only the owner and managers
 * may add. Users and bots go in separate requests, since one member_id_type applies to the whole list.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.members:write_only`), user (one of `im:chat`, `im:chat.members:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.members.yaml:7 (`POST /open-apis/im/v1/chats/{chat_id}/members`)
 */
export const imChatMembersCreate = /* @__PURE__ */ defineMethod<ImChatMembersCreateRequest, ImChatMembersCreateResponse>(imChatMembersCreateDescriptor);

/** Path parameters of `im.chat.members.delete`. */
export interface ImChatMembersDeletePath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chat.members.delete`. */
export interface ImChatMembersDeleteParams {
  /**
   * Kind of id in id_list; use app_id to remove bots.
   *
   * - `user_id`: The user's employee id within the tenant.
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `open_id`: The user's id within this app (ou_…).
   * - `app_id`: The app id of a bot (cli_…).
   * @defaultValue "open_id"
   */
  member_id_type?: 'user_id' | 'union_id' | 'open_id' | 'app_id';
}

/** JSON body of `im.chat.members.delete`. */
export interface ImChatMembersDeleteData {
  /**
   * Ids of the members to remove, in the kind named by member_id_type: at most 50 users, or at most 5
   * bots.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  id_list?: string[];
}

/** A call of `im.chat.members.delete`. */
export interface ImChatMembersDeleteRequest {
  /** Path parameters. */
  path: ImChatMembersDeletePath;
  /** Query parameters. */
  params?: ImChatMembersDeleteParams;
  /** JSON body. */
  data?: ImChatMembersDeleteData;
}

/** The data of a successful `im.chat.members.delete`. */
export interface ImChatMembersDeleteResponse {
  /** Ids that were not removed, for example because they are not valid or not in the chat. */
  invalid_id_list?: string[];
}

/**
 * Remove users or bots from a chat
 *
 * Removes up to 50 users or 5 bots from a group chat. Only the owner, a manager, or the bot that
 * created the chat may remove others, and the owner cannot be removed. Removed members lose access to
 * the chat at once.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.members:write_only`), user (one of `im:chat`, `im:chat.members:write_only`)
 * - Risk: high-risk-write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.members.yaml:250 (`DELETE /open-apis/im/v1/chats/{chat_id}/members`)
 */
export const imChatMembersDelete = /* @__PURE__ */ defineMethod<ImChatMembersDeleteRequest, ImChatMembersDeleteResponse>(imChatMembersDeleteDescriptor);

/** Path parameters of `im.chat.members.get`. */
export interface ImChatMembersGetPath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chat.members.get`. */
export interface ImChatMembersGetParams {
  /**
   * Kind of user id returned in member_id.
   *
   * - `user_id`: The user's employee id within the tenant.
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `open_id`: The user's id within this app (ou_…).
   * @defaultValue "open_id"
   */
  member_id_type?: 'user_id' | 'union_id' | 'open_id';
  /**
   * Number of members per page, 1 to 100.
   *
   * Constraints: minimum 1; maximum 100.
   * @defaultValue 20
   */
  page_size?: number;
  /** Token from the previous page's answer; leave out for the first page. */
  page_token?: string;
  /**
   * Apply the tenant's security setting that caps how many members may be listed, and report in the
   * answer whether the cap was hit.
   */
  check_security_conf?: boolean;
}

/** A call of `im.chat.members.get`. */
export interface ImChatMembersGetRequest {
  /** Path parameters. */
  path: ImChatMembersGetPath;
  /** Query parameters. */
  params?: ImChatMembersGetParams;
}

/** The data of a successful `im.chat.members.get`. */
export interface ImChatMembersGetResponse {
  /** The user members on this page. */
  items?: ChatMember[];
  /** Token for the next page; given while has_more is true. */
  page_token?: string;
  /** Whether more members follow. */
  has_more?: boolean;
  /** Number of members of the chat, independent of paging. */
  member_total?: number;
  /** With check_security_conf, whether the tenant's listing cap cut the list short. */
  trigger_security_conf_limit?: boolean;
  /** With check_security_conf, the tenant's cap on how many members may be listed. */
  security_conf_limit?: number;
}

/**
 * List the user members of a chat
 *
 * Lists, page by page, the users in a chat with their names and tenants. Bots are not listed, so a
 * page may hold fewer entries than page_size. The caller must be in the chat, and in the chat's tenant
 * for an internal chat.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.members:read`, `im:chat:readonly`, `im:chat.group_info:readonly`), user (one of `im:chat`, `im:chat.members:read`, `im:chat:readonly`, `im:chat.group_info:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/chat.members.yaml:415 (`GET /open-apis/im/v1/chats/{chat_id}/members`)
 */
export const imChatMembersGet = /* @__PURE__ */ definePaged<ImChatMembersGetRequest, ImChatMembersGetResponse, NonNullable<ImChatMembersGetResponse['items']>[number]>(imChatMembersGetDescriptor);

/** Path parameters of `im.chat.members.is_in_chat`. */
export interface ImChatMembersIsInChatPath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** A call of `im.chat.members.is_in_chat`. */
export interface ImChatMembersIsInChatRequest {
  /** Path parameters. */
  path: ImChatMembersIsInChatPath;
}

/** The data of a successful `im.chat.members.is_in_chat`. */
export interface ImChatMembersIsInChatResponse {
  /** Whether the caller is a member of the chat. */
  is_in_chat?: boolean;
}

/**
 * Check whether the caller is a member of a chat
 *
 * Tells whether the bot or the signed-in user making the call belongs to the chat. It cannot check
 * other users; list the members for that. For an internal chat the caller must belong to the chat's
 * tenant.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.members:read`, `im:chat:readonly`, `im:chat.group_info:readonly`), user (one of `im:chat`, `im:chat.members:read`, `im:chat:readonly`, `im:chat.group_info:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.members.yaml:587 (`GET /open-apis/im/v1/chats/{chat_id}/members/is_in_chat`)
 */
export const imChatMembersIsInChat = /* @__PURE__ */ defineMethod<ImChatMembersIsInChatRequest, ImChatMembersIsInChatResponse>(imChatMembersIsInChatDescriptor);

/** Path parameters of `im.chat.members.me_join`. */
export interface ImChatMembersMeJoinPath {
  /**
   * Id of the public chat to join (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** A call of `im.chat.members.me_join`. */
export interface ImChatMembersMeJoinRequest {
  /** Path parameters. */
  path: ImChatMembersMeJoinPath;
}

/** Empty on success. */
export type ImChatMembersMeJoinResponse = Record<string, never>;

/**
 * Join a public chat as the caller
 *
 * Adds the calling bot or signed-in user to a public group chat. Private chats cannot be joined this
 * way, nor public chats that require approval to join.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.members:write_only`), user (one of `im:chat`, `im:chat.members:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.members.yaml:671 (`PATCH /open-apis/im/v1/chats/{chat_id}/members/me_join`)
 */
export const imChatMembersMeJoin = /* @__PURE__ */ defineMethod<ImChatMembersMeJoinRequest, ImChatMembersMeJoinResponse>(imChatMembersMeJoinDescriptor);

/** Path parameters of `im.chat.members.list`. */
export interface ImChatMembersListPath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chat.members.list`. */
export interface ImChatMembersListParams {
  /**
   * Kind of user id returned in member_id for users (bots always carry their app_id).
   *
   * - `user_id`: The user's employee id within the tenant.
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `open_id`: The user's id within this app (ou_…).
   * @defaultValue "open_id"
   */
  member_id_type?: 'user_id' | 'union_id' | 'open_id';
  /**
   * Only members of these kinds (user, bot); both when left out.
   *
   * - `user`: People.
   * - `bot`: Apps' bots.
   *
   * Constraints: sent as repeated query keys.
   */
  member_types?: Array<'user' | 'bot'>;
  /**
   * Number of members per page, 1 to 100.
   *
   * Constraints: minimum 1; maximum 100.
   * @defaultValue 20
   */
  page_size?: number;
  /** Token from the previous page's answer; leave out for the first page. */
  page_token?: string;
}

/** A call of `im.chat.members.list`. */
export interface ImChatMembersListRequest {
  /** Path parameters. */
  path: ImChatMembersListPath;
  /** Query parameters. */
  params?: ImChatMembersListParams;
}

/** The data of a successful `im.chat.members.list`. */
export interface ImChatMembersListResponse {
  /** The members on this page. */
  items?: ImChatMembersListResponseItemsItem[];
  /** Token for the next page; given while has_more is true. */
  page_token?: string;
  /** Whether more members follow. */
  has_more?: boolean;
  /** Number of members of the requested kinds, independent of paging. */
  member_total?: number;
}

export interface ImChatMembersListResponseItemsItem {
  /**
   * user or bot.
   *
   * - `user`: A person; member_id is of member_id_type.
   * - `bot`: A bot; member_id is its app_id (cli_…).
   */
  member_type: 'user' | 'bot';
  /** The member's id (a user id of member_id_type, or a bot's app_id). */
  member_id: string;
  /** Kind of id in member_id (open_id, union_id, user_id or app_id). */
  member_id_type?: string;
  /** Display name of the member. */
  name?: string;
  /** Tenant of the member. */
  tenant_key?: string;
}

/**
 * List every member of a chat, users and bots together
 *
 * Lists, page by page, all members of a chat — users first, then bots — each tagged with its
 * member_type, so one walk returns everyone. member_types narrows the list to users or bots. The
 * caller must be in the chat.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.members:read`, `im:chat:readonly`), user (one of `im:chat`, `im:chat.members:read`, `im:chat:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/chat.members.yaml:769 (`GET /open-apis/im/v1/chats/{chat_id}/members/list`)
 */
export const imChatMembersList = /* @__PURE__ */ definePaged<ImChatMembersListRequest, ImChatMembersListResponse, NonNullable<ImChatMembersListResponse['items']>[number]>(imChatMembersListDescriptor);

/** Path parameters of `im.chat.members.bots`. */
export interface ImChatMembersBotsPath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chat.members.bots`. */
export interface ImChatMembersBotsParams {
  /**
   * Number of bots per page, 1 to 100.
   *
   * Constraints: minimum 1; maximum 100.
   * @defaultValue 20
   */
  page_size?: number;
  /** Token from the previous page's answer; leave out for the first page. */
  page_token?: string;
}

/** A call of `im.chat.members.bots`. */
export interface ImChatMembersBotsRequest {
  /** Path parameters. */
  path: ImChatMembersBotsPath;
  /** Query parameters. */
  params?: ImChatMembersBotsParams;
}

/** The data of a successful `im.chat.members.bots`. */
export interface ImChatMembersBotsResponse {
  /** The bots on this page, in the order they joined. */
  items?: ImChatMembersBotsResponseItemsItem[];
  /** Token for the next page; given while has_more is true. */
  page_token?: string;
  /** Whether more bots follow. */
  has_more?: boolean;
  /** Number of bots in the chat, independent of paging. */
  member_total?: number;
}

export interface ImChatMembersBotsResponseItemsItem {
  /** The bot's app_id (cli_…). */
  member_id: string;
  /** Always app_id. */
  member_id_type?: string;
  /** Display name of the bot. */
  name?: string;
  /** Tenant of the bot's app. */
  tenant_key?: string;
}

/**
 * List the bots in a chat
 *
 * Lists, page by page, the bots that are members of a chat, each with its app_id and name. The caller
 * must be in the chat. The users are listed by get, and users and bots together by list.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.members:read`, `im:chat:readonly`), user (one of `im:chat`, `im:chat.members:read`, `im:chat:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/chat.members.yaml:934 (`GET /open-apis/im/v1/chats/{chat_id}/members/bots`)
 */
export const imChatMembersBots = /* @__PURE__ */ definePaged<ImChatMembersBotsRequest, ImChatMembersBotsResponse, NonNullable<ImChatMembersBotsResponse['items']>[number]>(imChatMembersBotsDescriptor);

/**
 * The members of a group chat: users and bots. Add and remove members, list the user members, check
 * whether the caller is in a chat, and let the caller join a public chat.
 */
export const imChatMembers = {
  /** Add users or bots to a chat */
  create: imChatMembersCreate,
  /** Remove users or bots from a chat */
  delete: imChatMembersDelete,
  /** List the user members of a chat */
  get: imChatMembersGet,
  /** Check whether the caller is a member of a chat */
  isInChat: imChatMembersIsInChat,
  /** Join a public chat as the caller */
  meJoin: imChatMembersMeJoin,
  /** List every member of a chat, users and bots together */
  list: imChatMembersList,
  /** List the bots in a chat */
  bots: imChatMembersBots,
};
