// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import { defineMethod, definePaged } from '../../core/method.js';
import type { FeedGroup, FeedGroupItem, FeedGroupItemFailure } from './schemas.js';
import { imFeedGroupsListDescriptor } from './descriptors/im.feed.groups.list.js';
import { imFeedGroupsCreateDescriptor } from './descriptors/im.feed.groups.create.js';
import { imFeedGroupsUpdateDescriptor } from './descriptors/im.feed.groups.update.js';
import { imFeedGroupsDeleteDescriptor } from './descriptors/im.feed.groups.delete.js';
import { imFeedGroupsBatchQueryDescriptor } from './descriptors/im.feed.groups.batch_query.js';
import { imFeedGroupsListItemDescriptor } from './descriptors/im.feed.groups.list_item.js';
import { imFeedGroupsBatchQueryItemDescriptor } from './descriptors/im.feed.groups.batch_query_item.js';
import { imFeedGroupsBatchAddItemDescriptor } from './descriptors/im.feed.groups.batch_add_item.js';
import { imFeedGroupsBatchRemoveItemDescriptor } from './descriptors/im.feed.groups.batch_remove_item.js';

/** Query parameters of `im.feed.groups.list`. */
export interface ImFeedGroupsListParams {
  /**
   * How many entries to return per page, 1 to 50.
   *
   * Constraints: minimum 1; maximum 50.
   * @defaultValue 50
   */
  page_size?: number;
  /** Token from the previous page; empty or left out for the first page. */
  page_token?: string;
  /**
   * Only entries changed at or after this time (Unix milliseconds).
   *
   * Constraints: format unix-ms.
   */
  start_time?: string;
  /**
   * Only entries changed at or before this time (Unix milliseconds).
   *
   * Constraints: format unix-ms.
   */
  end_time?: string;
}

/** A call of `im.feed.groups.list`. */
export interface ImFeedGroupsListRequest {
  /** Query parameters. */
  params?: ImFeedGroupsListParams;
}

/** The data of a successful `im.feed.groups.list`. */
export interface ImFeedGroupsListResponse {
  /** Live feed groups on this page. */
  groups?: FeedGroup[];
  /** Feed groups deleted within the window, on this page. */
  deleted_groups?: FeedGroup[];
  /** true when more groups follow. */
  has_more?: boolean;
  /** Token for the next page; present when has_more is true. */
  page_token?: string;
}

/**
 * List the signed-in user's feed groups
 *
 * Returns the user's feed groups oldest first, page by page, with the groups deleted in the same time
 * window in deleted_groups. start_time and end_time limit both lists to groups changed within that
 * window.
 *
 * - Identities: user (one of `im:feed_group_v1:read`, `im:feed_group_v1:write`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/feed.groups.yaml:9 (`GET /open-apis/im/v1/groups`)
 */
export const imFeedGroupsList = /* @__PURE__ */ definePaged<ImFeedGroupsListRequest | void, ImFeedGroupsListResponse, NonNullable<ImFeedGroupsListResponse['groups']>[number]>(imFeedGroupsListDescriptor);

/** JSON body of `im.feed.groups.create`. */
export interface ImFeedGroupsCreateData {
  /**
   * Name of the new group, 1 to 60 characters.
   *
   * Constraints: at least 1 characters; at most 60 characters.
   */
  name: string;
}

/** A call of `im.feed.groups.create`. */
export interface ImFeedGroupsCreateRequest {
  /** JSON body. */
  data: ImFeedGroupsCreateData;
}

/** The data of a successful `im.feed.groups.create`. */
export interface ImFeedGroupsCreateResponse {
  /** The group that was created. */
  group?: FeedGroup;
}

/**
 * Create a feed group for the signed-in user
 *
 * Creates a new, empty feed group with the given name. Names are unique among the user's live groups.
 *
 * - Identities: user (`im:feed_group_v1:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed.groups.yaml:102 (`POST /open-apis/im/v1/groups`)
 */
export const imFeedGroupsCreate = /* @__PURE__ */ defineMethod<ImFeedGroupsCreateRequest, ImFeedGroupsCreateResponse>(imFeedGroupsCreateDescriptor);

/** Path parameters of `im.feed.groups.update`. */
export interface ImFeedGroupsUpdatePath {
  /** ID of the feed group (ofg_…). */
  feed_group_id: string;
}

/** JSON body of `im.feed.groups.update`. */
export interface ImFeedGroupsUpdateData {
  /**
   * New name, 1 to 60 characters.
   *
   * Constraints: at least 1 characters; at most 60 characters.
   */
  name: string;
}

/** A call of `im.feed.groups.update`. */
export interface ImFeedGroupsUpdateRequest {
  /** Path parameters. */
  path: ImFeedGroupsUpdatePath;
  /** JSON body. */
  data: ImFeedGroupsUpdateData;
}

/** The data of a successful `im.feed.groups.update`. */
export interface ImFeedGroupsUpdateResponse {
  /** The group after the change. */
  group?: FeedGroup;
}

/**
 * Rename a feed group
 *
 * Renames one of the user's custom feed groups. System groups cannot be renamed.
 *
 * - Identities: user (`im:feed_group_v1:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed.groups.yaml:171 (`PATCH /open-apis/im/v1/groups/{feed_group_id}`)
 */
export const imFeedGroupsUpdate = /* @__PURE__ */ defineMethod<ImFeedGroupsUpdateRequest, ImFeedGroupsUpdateResponse>(imFeedGroupsUpdateDescriptor);

/** Path parameters of `im.feed.groups.delete`. */
export interface ImFeedGroupsDeletePath {
  /** ID of the feed group (ofg_…). */
  feed_group_id: string;
}

/** A call of `im.feed.groups.delete`. */
export interface ImFeedGroupsDeleteRequest {
  /** Path parameters. */
  path: ImFeedGroupsDeletePath;
}

/** The data of a successful `im.feed.groups.delete`. */
export type ImFeedGroupsDeleteResponse = Record<string, never>;

/**
 * Delete a feed group
 *
 * Deletes one of the user's custom feed groups. The chats filed in it stay in the feed; only the
 * grouping goes. The group is then reported in deleted_groups by the list.
 *
 * - Identities: user (`im:feed_group_v1:write`)
 * - Risk: high-risk-write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed.groups.yaml:242 (`DELETE /open-apis/im/v1/groups/{feed_group_id}`)
 */
export const imFeedGroupsDelete = /* @__PURE__ */ defineMethod<ImFeedGroupsDeleteRequest, ImFeedGroupsDeleteResponse>(imFeedGroupsDeleteDescriptor);

/** JSON body of `im.feed.groups.batch_query`. */
export interface ImFeedGroupsBatchQueryData {
  /**
   * Feed group ids (ofg_…), 1 to 50.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  group_ids: string[];
}

/** A call of `im.feed.groups.batch_query`. */
export interface ImFeedGroupsBatchQueryRequest {
  /** JSON body. */
  data: ImFeedGroupsBatchQueryData;
}

/** The data of a successful `im.feed.groups.batch_query`. */
export interface ImFeedGroupsBatchQueryResponse {
  /** The groups found, in request order. */
  groups?: FeedGroup[];
  /** Ids that name no live group of the user. */
  invalid_group_ids?: string[];
}

/**
 * Look up feed groups by id
 *
 * Returns the user's feed groups named in group_ids; ids that name no live group of the user are
 * listed in invalid_group_ids.
 *
 * - Identities: user (one of `im:feed_group_v1:read`, `im:feed_group_v1:write`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed.groups.yaml:284 (`POST /open-apis/im/v1/groups/batch_query`)
 */
export const imFeedGroupsBatchQuery = /* @__PURE__ */ defineMethod<ImFeedGroupsBatchQueryRequest, ImFeedGroupsBatchQueryResponse>(imFeedGroupsBatchQueryDescriptor);

/** Path parameters of `im.feed.groups.list_item`. */
export interface ImFeedGroupsListItemPath {
  /** ID of the feed group (ofg_…). */
  feed_group_id: string;
}

/** Query parameters of `im.feed.groups.list_item`. */
export interface ImFeedGroupsListItemParams {
  /**
   * How many entries to return per page, 1 to 50.
   *
   * Constraints: minimum 1; maximum 50.
   * @defaultValue 50
   */
  page_size?: number;
  /** Token from the previous page; empty or left out for the first page. */
  page_token?: string;
  /**
   * Only entries changed at or after this time (Unix milliseconds).
   *
   * Constraints: format unix-ms.
   */
  start_time?: string;
  /**
   * Only entries changed at or before this time (Unix milliseconds).
   *
   * Constraints: format unix-ms.
   */
  end_time?: string;
}

/** A call of `im.feed.groups.list_item`. */
export interface ImFeedGroupsListItemRequest {
  /** Path parameters. */
  path: ImFeedGroupsListItemPath;
  /** Query parameters. */
  params?: ImFeedGroupsListItemParams;
}

/** The data of a successful `im.feed.groups.list_item`. */
export interface ImFeedGroupsListItemResponse {
  /** Entries in the group, on this page. */
  items?: FeedGroupItem[];
  /** Entries removed from the group within the window, on this page. */
  deleted_items?: FeedGroupItem[];
  /** true when more entries follow. */
  has_more?: boolean;
  /** Token for the next page; present when has_more is true. */
  page_token?: string;
}

/**
 * List the chats filed in a feed group
 *
 * Returns the entries of one feed group oldest first, page by page, with the entries removed within
 * the same time window in deleted_items.
 *
 * - Identities: user (one of `im:feed_group_v1:read`, `im:feed_group_v1:write`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/feed.groups.yaml:347 (`GET /open-apis/im/v1/groups/{feed_group_id}/list_item`)
 */
export const imFeedGroupsListItem = /* @__PURE__ */ definePaged<ImFeedGroupsListItemRequest, ImFeedGroupsListItemResponse, NonNullable<ImFeedGroupsListItemResponse['items']>[number]>(imFeedGroupsListItemDescriptor);

/** Path parameters of `im.feed.groups.batch_query_item`. */
export interface ImFeedGroupsBatchQueryItemPath {
  /** ID of the feed group (ofg_…). */
  feed_group_id: string;
}

/** JSON body of `im.feed.groups.batch_query_item`. */
export interface ImFeedGroupsBatchQueryItemData {
  /**
   * The chats to look up, 1 to 50.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  items: ImFeedGroupsBatchQueryItemDataItemsItem[];
}

export interface ImFeedGroupsBatchQueryItemDataItemsItem {
  /** The chat's id (oc_…). */
  feed_id: string;
  /**
   * Kind of entry; only chat.
   *
   * - `chat`: A chat; feed_id is its chat_id.
   */
  feed_type: 'chat';
}

/** A call of `im.feed.groups.batch_query_item`. */
export interface ImFeedGroupsBatchQueryItemRequest {
  /** Path parameters. */
  path: ImFeedGroupsBatchQueryItemPath;
  /** JSON body. */
  data: ImFeedGroupsBatchQueryItemData;
}

/** The data of a successful `im.feed.groups.batch_query_item`. */
export interface ImFeedGroupsBatchQueryItemResponse {
  /** The entries found in the group, in request order. */
  items?: FeedGroupItem[];
  /** The entries asked about that are not in the group. */
  invalid_items?: FeedGroupItem[];
}

/**
 * Check whether given chats are filed in a feed group
 *
 * Returns, of the entries asked about, those that are filed in the group; the others are left out of
 * items and listed in invalid_items.
 *
 * - Identities: user (one of `im:feed_group_v1:read`, `im:feed_group_v1:write`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed.groups.yaml:444 (`POST /open-apis/im/v1/groups/{feed_group_id}/batch_query_item`)
 */
export const imFeedGroupsBatchQueryItem = /* @__PURE__ */ defineMethod<ImFeedGroupsBatchQueryItemRequest, ImFeedGroupsBatchQueryItemResponse>(imFeedGroupsBatchQueryItemDescriptor);

/** Path parameters of `im.feed.groups.batch_add_item`. */
export interface ImFeedGroupsBatchAddItemPath {
  /** ID of the feed group (ofg_…). */
  feed_group_id: string;
}

/** JSON body of `im.feed.groups.batch_add_item`. */
export interface ImFeedGroupsBatchAddItemData {
  /**
   * The chats to add, 1 to 50.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  items: ImFeedGroupsBatchAddItemDataItemsItem[];
}

export interface ImFeedGroupsBatchAddItemDataItemsItem {
  /** The chat's id (oc_…). */
  feed_id: string;
  /**
   * Kind of entry; only chat.
   *
   * - `chat`: A chat; feed_id is its chat_id.
   */
  feed_type: 'chat';
}

/** A call of `im.feed.groups.batch_add_item`. */
export interface ImFeedGroupsBatchAddItemRequest {
  /** Path parameters. */
  path: ImFeedGroupsBatchAddItemPath;
  /** JSON body. */
  data: ImFeedGroupsBatchAddItemData;
}

/** The data of a successful `im.feed.groups.batch_add_item`. */
export interface ImFeedGroupsBatchAddItemResponse {
  /** Entries that were not added, with the reason; empty when all succeeded. */
  failed_items?: FeedGroupItemFailure[];
}

/**
 * File chats into a feed group
 *
 * Adds up to 50 chats to one of the user's feed groups. The user must be a member of each chat;
 * entries that cannot be added are reported in failed_items and the rest are added. Adding a chat
 * already in the group succeeds.
 *
 * - Identities: user (`im:feed_group_v1:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed.groups.yaml:535 (`POST /open-apis/im/v1/groups/{feed_group_id}/batch_add_item`)
 */
export const imFeedGroupsBatchAddItem = /* @__PURE__ */ defineMethod<ImFeedGroupsBatchAddItemRequest, ImFeedGroupsBatchAddItemResponse>(imFeedGroupsBatchAddItemDescriptor);

/** Path parameters of `im.feed.groups.batch_remove_item`. */
export interface ImFeedGroupsBatchRemoveItemPath {
  /** ID of the feed group (ofg_…). */
  feed_group_id: string;
}

/** JSON body of `im.feed.groups.batch_remove_item`. */
export interface ImFeedGroupsBatchRemoveItemData {
  /**
   * The chats to remove, 1 to 50.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  items: ImFeedGroupsBatchRemoveItemDataItemsItem[];
}

export interface ImFeedGroupsBatchRemoveItemDataItemsItem {
  /** The chat's id (oc_…). */
  feed_id: string;
  /**
   * Kind of entry; only chat.
   *
   * - `chat`: A chat; feed_id is its chat_id.
   */
  feed_type: 'chat';
}

/** A call of `im.feed.groups.batch_remove_item`. */
export interface ImFeedGroupsBatchRemoveItemRequest {
  /** Path parameters. */
  path: ImFeedGroupsBatchRemoveItemPath;
  /** JSON body. */
  data: ImFeedGroupsBatchRemoveItemData;
}

/** The data of a successful `im.feed.groups.batch_remove_item`. */
export interface ImFeedGroupsBatchRemoveItemResponse {
  /** Entries that could not be removed, with the reason; empty when all succeeded. */
  failed_items?: FeedGroupItemFailure[];
}

/**
 * Take chats out of a feed group
 *
 * Removes up to 50 entries from one of the user's feed groups. Removing an entry that is not in the
 * group succeeds. Removed entries are reported by list_item in deleted_items.
 *
 * - Identities: user (`im:feed_group_v1:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed.groups.yaml:620 (`POST /open-apis/im/v1/groups/{feed_group_id}/batch_remove_item`)
 */
export const imFeedGroupsBatchRemoveItem = /* @__PURE__ */ defineMethod<ImFeedGroupsBatchRemoveItemRequest, ImFeedGroupsBatchRemoveItemResponse>(imFeedGroupsBatchRemoveItemDescriptor);

/**
 * Feed groups: tags a user makes to sort chats into sections of their feed ("Work", "Family"). A user
 * owns their groups and files chats into them; deleted groups and removed entries stay visible for a
 * while in deleted_groups / deleted_items so that clients can sync. Personal to the signed-in user, so
 * every method takes a user access token only.
 */
export const imFeedGroups = {
  /** List the signed-in user's feed groups */
  list: imFeedGroupsList,
  /** Create a feed group for the signed-in user */
  create: imFeedGroupsCreate,
  /** Rename a feed group */
  update: imFeedGroupsUpdate,
  /** Delete a feed group */
  delete: imFeedGroupsDelete,
  /** Look up feed groups by id */
  batchQuery: imFeedGroupsBatchQuery,
  /** List the chats filed in a feed group */
  listItem: imFeedGroupsListItem,
  /** Check whether given chats are filed in a feed group */
  batchQueryItem: imFeedGroupsBatchQueryItem,
  /** File chats into a feed group */
  batchAddItem: imFeedGroupsBatchAddItem,
  /** Take chats out of a feed group */
  batchRemoveItem: imFeedGroupsBatchRemoveItem,
};
