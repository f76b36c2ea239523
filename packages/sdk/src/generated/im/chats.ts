// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import { defineMethod, definePaged } from '../../core/method.js';
import type { Chat, ChatGroupMessageType, ChatListItem, ChatMembershipApproval, ChatMessageVisibility, ChatPermissionLevel, ChatShareCardPermission, ChatStatus, GroupChatType, I18nNames, RestrictedModeSetting } from './schemas.js';
import { imChatsCreateDescriptor } from './descriptors/im.chats.create.js';
import { imChatsDeleteDescriptor } from './descriptors/im.chats.delete.js';
import { imChatsGetDescriptor } from './descriptors/im.chats.get.js';
import { imChatsLinkDescriptor } from './descriptors/im.chats.link.js';
import { imChatsListDescriptor } from './descriptors/im.chats.list.js';
import { imChatsSearchDescriptor } from './descriptors/im.chats.search.js';
import { imChatsUpdateDescriptor } from './descriptors/im.chats.update.js';
import { imChatsSearchV2Descriptor } from './descriptors/im.chats.search_v2.js';
import { imChatsBatchQueryDescriptor } from './descriptors/im.chats.batch_query.js';

/** Query parameters of `im.chats.create`. */
export interface ImChatsCreateParams {
  /**
   * Kind of user id used in owner_id and user_id_list, and returned in the answer.
   *
   * - `open_id`: The user's id within this app (ou_…).
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `user_id`: The user's employee id within the tenant.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
  /**
   * When true, the bot that creates the chat is also made a chat manager, which keeps its management
   * rights after ownership goes to a user. Only meaningful with bot identity.
   * @defaultValue false
   */
  set_bot_manager?: boolean;
  /**
   * Idempotency key of up to 50 characters. Requests carrying the same uuid (and the same owner_id)
   * within 10 hours create at most one chat, so a retry after a timeout does not produce a duplicate.
   *
   * Constraints: at most 50 characters.
   */
  uuid?: string;
}

/** JSON body of `im.chats.create`. */
export interface ImChatsCreateData {
  /**
   * Image key of the chat avatar, from an image uploaded with image_type avatar. A default avatar is
   * used when left out.
   */
  avatar?: string;
  /**
   * Name of the chat, at most 60 characters. A public chat needs a name of at least 2 characters; a
   * private chat without one gets a placeholder name.
   *
   * Constraints: at most 60 characters.
   */
  name?: string;
  /**
   * Description of the chat, at most 100 characters.
   *
   * Constraints: at most 100 characters.
   */
  description?: string;
  i18n_names?: I18nNames;
  /**
   * Id of the user who will own the chat, in the kind named by user_id_type. The owner must belong to
   * the caller's tenant. When left out, the caller owns the chat.
   */
  owner_id?: string;
  /**
   * Users to invite, in the kind named by user_id_type; at most 50. Each must be visible to the app (bot
   * identity) or reachable by the signed-in user.
   *
   * Constraints: at most 50 items.
   */
  user_id_list?: string[];
  /**
   * App ids (cli_…) of bots to add; at most 5 per request, and a chat holds at most 15 bots.
   *
   * Constraints: at most 5 items.
   */
  bot_id_list?: string[];
  /** Whether the chat is a conversation chat or a topic chat. Defaults to chat. */
  group_message_type?: ChatGroupMessageType;
  /**
   * Kind of chat to create: a group chat, or a topic chat where every message starts a topic that
   * members reply to. Never inferred from group_message_type.
   *
   * - `group`: A group chat.
   * - `topic`: A topic chat; every message opens a topic with its own replies.
   * @defaultValue "group"
   */
  chat_mode?: 'group' | 'topic';
  /**
   * Whether the chat is private or public; private when left out. External chats cannot be public, and
   * some tenants forbid public chats.
   */
  chat_type?: GroupChatType;
  /**
   * Create an external chat, which may hold users and bots of other tenants. The app needs permission to
   * manage external chats.
   * @defaultValue false
   */
  external?: boolean;
  /** Who sees the notice posted when someone joins. Defaults to all_members. */
  join_message_visibility?: ChatMessageVisibility;
  /** Who sees the notice posted when someone leaves. Defaults to all_members. */
  leave_message_visibility?: ChatMessageVisibility;
  /** Whether joining needs approval. Defaults to no_approval_required. */
  membership_approval?: ChatMembershipApproval;
  /** Labels to attach to the chat; managing labels needs an extra permission of the app. */
  labels?: string[];
  /** Ids of toolkits (quick tools) to attach to the chat. */
  toolkit_ids?: string[];
  /** Restricted (leak-protection) mode to start the chat with; the tenant must be entitled to it. */
  restricted_mode_setting?: RestrictedModeSetting;
  /** Who may send buzz (urgent) notifications in the chat. */
  urgent_setting?: ChatPermissionLevel;
  /** Who may start a video meeting from the chat. */
  video_conference_setting?: ChatPermissionLevel;
  /** Who may edit the chat's information. */
  edit_permission?: ChatPermissionLevel;
  /** Tags to mark the chat with. Some tag kinds need an extra permission of the app (see error 232095). */
  chat_tags?: string[];
  /** Who may pin messages and manage the chat's pins. */
  pin_manage_setting?: ChatPermissionLevel;
  /** Who can see how many members the chat has; the tenant must be entitled to the setting. */
  hide_member_count_setting?: ChatPermissionLevel;
}

/** A call of `im.chats.create`. */
export interface ImChatsCreateRequest {
  /** Query parameters. */
  params?: ImChatsCreateParams;
  /** JSON body. */
  data?: ImChatsCreateData;
}

/** The new chat, with its id and settings. */
export type ImChatsCreateResponse = Chat;

/**
 * Create a group chat and invite users and bots into it
 *
 * Creates a group chat with the given name, settings and first members, and returns the new chat. As a
 * bot, the bot becomes the owner unless owner_id names someone else; as a user, the signed-in user
 * creates the chat. Every invited user must be visible to the app, and the call can be made idempotent
 * with uuid.
 *
 * - Identities: bot (`im:chat:create`), user (`im:chat:create_by_user`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 * - Idempotency key: `uuid` (query); a fresh one is generated when none is given, so retries are safe
 *
 * @see specs/im/resources/chats.yaml:8 (`POST /open-apis/im/v1/chats`)
 */
export const imChatsCreate = /* @__PURE__ */ defineMethod<ImChatsCreateRequest | void, ImChatsCreateResponse>(imChatsCreateDescriptor);

/** Path parameters of `im.chats.delete`. */
export interface ImChatsDeletePath {
  /**
   * Id of the chat to dissolve (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** A call of `im.chats.delete`. */
export interface ImChatsDeleteRequest {
  /** Path parameters. */
  path: ImChatsDeletePath;
}

/** Empty on success. */
export type ImChatsDeleteResponse = Record<string, never>;

/**
 * Dissolve a group chat
 *
 * Dissolves the chat: every member is removed and the chat can no longer be used. This cannot be
 * undone. Only the owner may do it, or the app that created the chat when it holds the
 * operate-as-owner permission.
 *
 * - Identities: bot (one of `im:chat`, `im:chat:delete`), user (one of `im:chat`, `im:chat:delete`)
 * - Risk: high-risk-write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chats.yaml:383 (`DELETE /open-apis/im/v1/chats/{chat_id}`)
 */
export const imChatsDelete = /* @__PURE__ */ defineMethod<ImChatsDeleteRequest, ImChatsDeleteResponse>(imChatsDeleteDescriptor);

/** Path parameters of `im.chats.get`. */
export interface ImChatsGetPath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chats.get`. */
export interface ImChatsGetParams {
  /**
   * Kind of user id used for the owner and the managers in the answer.
   *
   * - `open_id`: The user's id within this app (ou_…).
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `user_id`: The user's employee id within the tenant.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
}

/** A call of `im.chats.get`. */
export interface ImChatsGetRequest {
  /** Path parameters. */
  path: ImChatsGetPath;
  /** Query parameters. */
  params?: ImChatsGetParams;
}

/** The chat's information and settings. */
export type ImChatsGetResponse = Chat;

/**
 * Get a chat's information and settings
 *
 * Returns the name, owner, managers, member counts and every setting of a chat. The caller should be a
 * member: someone outside the chat gets only the basic fields. For an internal chat the caller must
 * belong to the chat's tenant.
 *
 * - Identities: bot (one of `im:chat`, `im:chat:read`, `im:chat:readonly`), user (one of `im:chat`, `im:chat:read`, `im:chat:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chats.yaml:492 (`GET /open-apis/im/v1/chats/{chat_id}`)
 */
export const imChatsGet = /* @__PURE__ */ defineMethod<ImChatsGetRequest, ImChatsGetResponse>(imChatsGetDescriptor);

/** Path parameters of `im.chats.link`. */
export interface ImChatsLinkPath {
  /**
   * Id of the chat to share (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** JSON body of `im.chats.link`. */
export interface ImChatsLinkData {
  /**
   * How long the link stays valid.
   *
   * - `week`: Seven days.
   * - `year`: One year.
   * - `permanently`: The link never expires.
   * @defaultValue "week"
   */
  validity_period?: 'week' | 'year' | 'permanently';
}

/** A call of `im.chats.link`. */
export interface ImChatsLinkRequest {
  /** Path parameters. */
  path: ImChatsLinkPath;
  /** JSON body. */
  data?: ImChatsLinkData;
}

/** The data of a successful `im.chats.link`. */
export interface ImChatsLinkResponse {
  /**
   * The link that opens the chat's join page.
   *
   * Constraints: format uri.
   */
  share_link?: string;
  /**
   * When the link expires, in Unix seconds; not meaningful for a permanent link.
   *
   * Constraints: format unix-seconds.
   */
  expire_time?: string;
  /** Whether the link never expires. */
  is_permanent?: boolean;
}

/**
 * Get a share link that lets people join a chat
 *
 * Creates a share link for a group chat; whoever opens it can ask to join. The link lasts a week, a
 * year or forever. The caller must be in the chat and, when only the owner and managers may add
 * members, must be one of them.
 *
 * - Identities: bot (one of `im:chat`, `im:chat:read`, `im:chat:readonly`), user (one of `im:chat`, `im:chat:read`, `im:chat:readonly`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chats.yaml:630 (`POST /open-apis/im/v1/chats/{chat_id}/link`)
 */
export const imChatsLink = /* @__PURE__ */ defineMethod<ImChatsLinkRequest, ImChatsLinkResponse>(imChatsLinkDescriptor);

/** Query parameters of `im.chats.list`. */
export interface ImChatsListParams {
  /**
   * Kind of user id used for owner_id in the answer.
   *
   * - `open_id`: The user's id within this app (ou_…).
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `user_id`: The user's employee id within the tenant.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
  /**
   * Order of the chats.
   *
   * - `ByCreateTimeAsc`: Oldest chat first, by creation time.
   * - `ByActiveTimeDesc`: Most recently active chat first. New activity can move chats between pages
   *   during a long walk.
   * @defaultValue "ByCreateTimeAsc"
   */
  sort_type?: 'ByCreateTimeAsc' | 'ByActiveTimeDesc';
  /** Token from the previous page's answer; leave out for the first page. */
  page_token?: string;
  /**
   * Number of chats per page, 1 to 100.
   *
   * Constraints: minimum 1; maximum 100.
   * @defaultValue 20
   */
  page_size?: number;
  /**
   * Comma-separated kinds of chat to include: group, p2p, or both (group,p2p). Only group chats when
   * left out. One-to-one chats can only be listed with user identity.
   */
  types?: string;
}

/** A call of `im.chats.list`. */
export interface ImChatsListRequest {
  /** Query parameters. */
  params?: ImChatsListParams;
}

/** The data of a successful `im.chats.list`. */
export interface ImChatsListResponse {
  /** The chats on this page. */
  items?: ChatListItem[];
  /** Token for the next page; given while has_more is true. */
  page_token?: string;
  /** Whether more chats follow. */
  has_more?: boolean;
}

/**
 * List the chats the caller belongs to
 *
 * Lists, page by page, the chats that the bot or the signed-in user is a member of. Group chats are
 * returned by default; a user can ask for one-to-one chats too with types. Each entry carries the id,
 * name, owner and kind; call chats get for the settings.
 *
 * - Identities: bot (one of `im:chat`, `im:chat:read`, `im:chat:readonly`, `im:chat.group_info:readonly`), user (one of `im:chat`, `im:chat:read`, `im:chat:readonly`, `im:chat.group_info:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/chats.yaml:787 (`GET /open-apis/im/v1/chats`)
 */
export const imChatsList = /* @__PURE__ */ definePaged<ImChatsListRequest | void, ImChatsListResponse, NonNullable<ImChatsListResponse['items']>[number]>(imChatsListDescriptor);

/** Query parameters of `im.chats.search`. */
export interface ImChatsSearchParams {
  /**
   * Kind of user id used for owner_id in the answer.
   *
   * - `open_id`: The user's id within this app (ou_…).
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `user_id`: The user's employee id within the tenant.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
  /**
   * Keyword matched against chat names (in every language) and member names; pinyin and prefixes also
   * match. Leave empty to list the caller's own chats.
   */
  query?: string;
  /** Token from the previous page's answer; leave out for the first page. */
  page_token?: string;
  /**
   * Number of chats per page, 1 to 100.
   *
   * Constraints: minimum 1; maximum 100.
   * @defaultValue 20
   */
  page_size?: number;
}

/** A call of `im.chats.search`. */
export interface ImChatsSearchRequest {
  /** Query parameters. */
  params?: ImChatsSearchParams;
}

/** The data of a successful `im.chats.search`. */
export interface ImChatsSearchResponse {
  /** The matching chats on this page. */
  items?: ChatListItem[];
  /** Token for the next page; given while has_more is true. */
  page_token?: string;
  /** Whether more results follow. */
  has_more?: boolean;
}

/**
 * Search visible chats by keyword (v1)
 *
 * Finds chats the caller can see, that is chats it belongs to and public chats open to it, whose name
 * or member names match a keyword. Without a keyword it returns the caller's own chats. The v2 search
 * (search_v2) offers filters and sorting and is preferred.
 *
 * - Identities: bot (one of `im:chat`, `im:chat:read`, `im:chat:readonly`, `im:chat.group_info:readonly`), user (one of `im:chat`, `im:chat:read`, `im:chat:readonly`, `im:chat.group_info:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/chats.yaml:962 (`GET /open-apis/im/v1/chats/search`)
 */
export const imChatsSearch = /* @__PURE__ */ definePaged<ImChatsSearchRequest | void, ImChatsSearchResponse, NonNullable<ImChatsSearchResponse['items']>[number]>(imChatsSearchDescriptor);

/** Path parameters of `im.chats.update`. */
export interface ImChatsUpdatePath {
  /**
   * Id of the chat to change (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chats.update`. */
export interface ImChatsUpdateParams {
  /**
   * Kind of user id used in owner_id.
   *
   * - `open_id`: The user's id within this app (ou_…).
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `user_id`: The user's employee id within the tenant.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
}

/** JSON body of `im.chats.update`. */
export interface ImChatsUpdateData {
  /** Image key of the new avatar, from an image uploaded with image_type avatar. */
  avatar?: string;
  /**
   * New name, at most 60 characters; public chat names must be unique and at least 2 characters.
   *
   * Constraints: at most 60 characters.
   */
  name?: string;
  /**
   * New description, at most 100 characters.
   *
   * Constraints: at most 100 characters.
   */
  description?: string;
  i18n_names?: I18nNames;
  /**
   * Who may add users or bots. It is tied to share_card_permission - only_owner goes with not_allowed
   * and all_members with allowed.
   */
  add_member_permission?: ChatPermissionLevel;
  /**
   * Whether the chat may be shared; must agree with add_member_permission (allowed with all_members,
   * not_allowed with only_owner).
   */
  share_card_permission?: ChatShareCardPermission;
  /** Who may mention everyone (@all). */
  at_all_permission?: ChatPermissionLevel;
  /** Who may edit the chat's information. */
  edit_permission?: ChatPermissionLevel;
  /**
   * Id of the new owner, in the kind named by user_id_type. The new owner must be a member and belong to
   * the chat's tenant; only the current owner may transfer ownership.
   */
  owner_id?: string;
  /** Who sees the notice posted when someone joins. */
  join_message_visibility?: ChatMessageVisibility;
  /** Who sees the notice posted when someone leaves. */
  leave_message_visibility?: ChatMessageVisibility;
  membership_approval?: ChatMembershipApproval;
  /** Labels of the chat, replacing the current ones; needs the permission to manage chat labels. */
  labels?: string[];
  /** Ids of the toolkits (quick tools) attached to the chat, replacing the current ones. */
  toolkit_ids?: string[];
  /** Restricted (leak-protection) mode; the tenant must be entitled to it. */
  restricted_mode_setting?: RestrictedModeSetting;
  /** Make the chat private or public. External chats cannot become public. */
  chat_type?: GroupChatType;
  /** Switch the chat between conversation and topic mode. */
  group_message_type?: ChatGroupMessageType;
  /** Who may send buzz (urgent) notifications. */
  urgent_setting?: ChatPermissionLevel;
  /** Who may start a video meeting from the chat. */
  video_conference_setting?: ChatPermissionLevel;
  /** Who may pin messages and manage the chat's pins. */
  pin_manage_setting?: ChatPermissionLevel;
  /** Who can see how many members the chat has; the tenant must be entitled to the setting. */
  hide_member_count_setting?: ChatPermissionLevel;
}

/** A call of `im.chats.update`. */
export interface ImChatsUpdateRequest {
  /** Path parameters. */
  path: ImChatsUpdatePath;
  /** Query parameters. */
  params?: ImChatsUpdateParams;
  /** JSON body. */
  data?: ImChatsUpdateData;
}

/** Empty on success. */
export type ImChatsUpdateResponse = Record<string, never>;

/**
 * Change a chat's name, owner or settings
 *
 * Updates the fields given in the body and leaves the others unchanged; the call can also hand
 * ownership to another member. The owner and managers may change everything; other members may change
 * only the avatar, name, description and localized names, and only when edit_permission is
 * all_members.
 *
 * - Identities: bot (one of `im:chat`, `im:chat:update`), user (one of `im:chat`, `im:chat:update`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chats.yaml:1085 (`PUT /open-apis/im/v1/chats/{chat_id}`)
 */
export const imChatsUpdate = /* @__PURE__ */ defineMethod<ImChatsUpdateRequest, ImChatsUpdateResponse>(imChatsUpdateDescriptor);

/** Query parameters of `im.chats.search_v2`. */
export interface ImChatsSearchV2Params {
  /**
   * Number of results per page, 1 to 100.
   *
   * Constraints: minimum 1; maximum 100.
   * @defaultValue 20
   */
  page_size?: number;
  /** Token from the previous page's answer; leave out for the first page. */
  page_token?: string;
  /**
   * Kind of user id used for owner_id in the answer.
   *
   * - `open_id`: The user's id within this app (ou_…).
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `user_id`: The user's employee id within the tenant.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
}

/** JSON body of `im.chats.search_v2`. */
export interface ImChatsSearchV2Data {
  /**
   * Search keyword, at most 64 characters. Wrap a keyword containing a hyphen in double quotes for an
   * exact match (the +chat-search shortcut does this). Give query, member_ids or both.
   *
   * Constraints: at most 64 characters.
   */
  query?: string;
  /** Conditions every result must meet. */
  filter?: ImChatsSearchV2DataFilter;
  /**
   * Sort order of the results, always descending; the service's own ranking when left out.
   *
   * - `create_time_desc`: Newest chat first.
   * - `update_time_desc`: Most recently updated chat first.
   * - `member_count_desc`: Largest chat first.
   */
  sorter?: 'create_time_desc' | 'update_time_desc' | 'member_count_desc';
}

export interface ImChatsSearchV2DataFilter {
  /** Kinds of chat to include; all kinds when left out. */
  search_types?: Array<'private' | 'external' | 'public_joined' | 'public_not_joined'>;
  /**
   * Open ids (ou_…) of users who must be members of the chat; at most 50.
   *
   * Constraints: at most 50 items.
   */
  member_ids?: string[];
  /** Only chats the caller owns or manages. */
  is_manager?: boolean;
  /**
   * Match the keyword against chat names only. By default member names are matched first, then chat
   * names.
   */
  disable_search_by_user?: boolean;
  /** Chat modes to include; both when left out. */
  chat_modes?: Array<'default' | 'thread'>;
}

/** A call of `im.chats.search_v2`. */
export interface ImChatsSearchV2Request {
  /** Query parameters. */
  params?: ImChatsSearchV2Params;
  /** JSON body. */
  data?: ImChatsSearchV2Data;
}

/** The data of a successful `im.chats.search_v2`. */
export interface ImChatsSearchV2Response {
  /** The matching chats on this page. */
  items: ImChatsSearchV2ResponseItemsItem[];
  /** Total number of matches across all pages, when the service reports it. */
  total?: number;
  /** Whether more results follow. */
  has_more: boolean;
  /** Token for the next page; given while has_more is true. */
  page_token?: string;
  /** Remark from the search service, for example that the keyword was too long and was cut. */
  notice?: string;
}

export interface ImChatsSearchV2ResponseItemsItem {
  /** Identifier of the search hit; address the chat with meta_data.chat_id. */
  id: string;
  /**
   * Text the search service renders for the hit, which may carry highlight markup around the matched
   * words.
   */
  display_info?: string;
  /** The chat that matched. */
  meta_data?: ImChatsSearchV2ResponseItemsItemMetaData;
}

export interface ImChatsSearchV2ResponseItemsItemMetaData {
  /** Id of the chat (oc_…). */
  chat_id: string;
  /** When the chat was created, as a timestamp string. */
  create_time?: string;
  /** When the chat was last updated, as a timestamp string. */
  update_time?: string;
  /** Whether the chat is external. */
  external?: boolean;
  /** Mode of the chat, such as group or topic. */
  chat_mode?: string;
  /** Description of the chat. */
  description?: string;
  /** Avatar of the chat. */
  avatar?: string;
  /** Name of the chat. */
  name?: string;
  /** Id of the owner, in the kind named by owner_id_type. */
  owner_id?: string;
  /** Kind of id in owner_id, matching the request's user_id_type. */
  owner_id_type?: string;
  /** Key of the tenant the chat belongs to. */
  tenant_key?: string;
  chat_status?: ChatStatus;
}

/**
 * Search visible group chats by keyword, member and kind
 *
 * Finds group chats visible to the caller by keyword and/or members, with filters on the kind of chat,
 * managed chats and chat mode, and a choice of sort order. The keyword matches member names first and
 * then chat names unless disable_search_by_user is set. This is the search used by the +chat-search
 * shortcut.
 *
 * - Identities: bot (`im:chat:read`), user (`im:chat:read`)
 * - Risk: read
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/chats.yaml:1387 (`POST /open-apis/im/v2/chats/search`)
 */
export const imChatsSearchV2 = /* @__PURE__ */ definePaged<ImChatsSearchV2Request | void, ImChatsSearchV2Response, NonNullable<ImChatsSearchV2Response['items']>[number]>(imChatsSearchV2Descriptor);

/** Query parameters of `im.chats.batch_query`. */
export interface ImChatsBatchQueryParams {
  /**
   * Kind of user id used for owner_id and p2p_target_id in the answer.
   *
   * - `open_id`: The user's id within this app (ou_…).
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `user_id`: The user's employee id within the tenant.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
}

/** JSON body of `im.chats.batch_query`. */
export interface ImChatsBatchQueryData {
  /**
   * Ids of the chats to look up (oc_…), 1 to 50.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  chat_ids: string[];
}

/** A call of `im.chats.batch_query`. */
export interface ImChatsBatchQueryRequest {
  /** Query parameters. */
  params?: ImChatsBatchQueryParams;
  /** JSON body. */
  data: ImChatsBatchQueryData;
}

/** The data of a successful `im.chats.batch_query`. */
export interface ImChatsBatchQueryResponse {
  /**
   * One entry per chat found. A one-to-one chat has an empty name and names the other participant in
   * p2p_target_id.
   */
  items?: ChatListItem[];
}

/**
 * Get basic information for up to 50 chats by id
 *
 * Returns the id, name, kind and owner or partner of each listed chat, including one-to-one chats, in
 * one call. Only user identity is supported; chats the user cannot see are left out of the answer.
 *
 * - Identities: user (`im:chat:read`)
 * - Risk: read
 *
 * @see specs/im/resources/chats.yaml:1665 (`POST /open-apis/im/v1/chats/batch_query`)
 */
export const imChatsBatchQuery = /* @__PURE__ */ defineMethod<ImChatsBatchQueryRequest, ImChatsBatchQueryResponse>(imChatsBatchQueryDescriptor);

/**
 * Group chats as a whole: create and dissolve them, read and change their information and settings,
 * get a share link, and find chats by listing, keyword search or id. Members, managers, announcements,
 * posting rights and the top notice are separate sub-resources of a chat.
 */
export const imChats = {
  /** Create a group chat and invite users and bots into it */
  create: imChatsCreate,
  /** Dissolve a group chat */
  delete: imChatsDelete,
  /** Get a chat's information and settings */
  get: imChatsGet,
  /** Get a share link that lets people join a chat */
  link: imChatsLink,
  /** List the chats the caller belongs to */
  list: imChatsList,
  /** Search visible chats by keyword (v1) */
  search: imChatsSearch,
  /** Change a chat's name, owner or settings */
  update: imChatsUpdate,
  /** Search visible group chats by keyword, member and kind */
  searchV2: imChatsSearchV2,
  /** Get basic information for up to 50 chats by id */
  batchQuery: imChatsBatchQuery,
};
