// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_shortcuts.yaml

import { defineMethod } from '../../core/method.js';
import type { FeedShortcutFailure, FeedShortcutRef } from './schemas.js';
import { imFeedShortcutsCreateDescriptor } from './descriptors/im.feed_shortcuts.create.js';
import { imFeedShortcutsRemoveDescriptor } from './descriptors/im.feed_shortcuts.remove.js';
import { imFeedShortcutsListDescriptor } from './descriptors/im.feed_shortcuts.list.js';

/** JSON body of `im.feed_shortcuts.create`. */
export interface ImFeedShortcutsCreateData {
  /**
   * The entries to pin, 1 to 10, in the order they should appear.
   *
   * Constraints: at least 1 items; at most 10 items.
   */
  shortcuts: FeedShortcutRef[];
  /**
   * true (default) puts the new entries at the head of the bar, false at its tail.
   * @defaultValue true
   */
  is_header?: boolean;
}

/** A call of `im.feed_shortcuts.create`. */
export interface ImFeedShortcutsCreateRequest {
  /** JSON body. */
  data: ImFeedShortcutsCreateData;
}

/** The data of a successful `im.feed_shortcuts.create`. */
export interface ImFeedShortcutsCreateResponse {
  /** Entries that were not pinned, with the reason; empty when all succeeded. */
  failed_shortcuts?: FeedShortcutFailure[];
}

/**
 * Pin chats to the signed-in user's feed shortcut bar
 *
 * Adds up to 10 chats to the user's shortcut bar, at the head (is_header true, the default) or at the
 * tail. The user must be a member of each chat. Chats already on the bar stay where they are. Entries
 * that cannot be pinned are reported in failed_shortcuts; the others are pinned.
 *
 * - Identities: user (`im:feed_shortcut:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed_shortcuts.yaml:7 (`POST /open-apis/im/v2/feed_shortcuts`)
 */
export const imFeedShortcutsCreate = /* @__PURE__ */ defineMethod<ImFeedShortcutsCreateRequest, ImFeedShortcutsCreateResponse>(imFeedShortcutsCreateDescriptor);

/** JSON body of `im.feed_shortcuts.remove`. */
export interface ImFeedShortcutsRemoveData {
  /**
   * The entries to unpin, 1 to 10.
   *
   * Constraints: at least 1 items; at most 10 items.
   */
  shortcuts: FeedShortcutRef[];
}

/** A call of `im.feed_shortcuts.remove`. */
export interface ImFeedShortcutsRemoveRequest {
  /** JSON body. */
  data: ImFeedShortcutsRemoveData;
}

/** The data of a successful `im.feed_shortcuts.remove`. */
export interface ImFeedShortcutsRemoveResponse {
  /** Entries that could not be removed, with the reason; empty when all succeeded. */
  failed_shortcuts?: FeedShortcutFailure[];
}

/**
 * Unpin chats from the signed-in user's feed shortcut bar
 *
 * Removes up to 10 entries from the user's shortcut bar. Removing an entry that is not on the bar
 * succeeds. Entries that name something that is not a chat are reported in failed_shortcuts.
 *
 * - Identities: user (`im:feed_shortcut:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed_shortcuts.yaml:75 (`POST /open-apis/im/v2/feed_shortcuts/remove`)
 */
export const imFeedShortcutsRemove = /* @__PURE__ */ defineMethod<ImFeedShortcutsRemoveRequest, ImFeedShortcutsRemoveResponse>(imFeedShortcutsRemoveDescriptor);

/** Query parameters of `im.feed_shortcuts.list`. */
export interface ImFeedShortcutsListParams {
  /** Token from the previous page; leave it out for the first page. */
  page_token?: string;
}

/** A call of `im.feed_shortcuts.list`. */
export interface ImFeedShortcutsListRequest {
  /** Query parameters. */
  params?: ImFeedShortcutsListParams;
}

/** The data of a successful `im.feed_shortcuts.list`. */
export interface ImFeedShortcutsListResponse {
  /** Entries on this page, in display order. */
  shortcuts?: FeedShortcutRef[];
  /** true when more entries follow. */
  has_more?: boolean;
  /** Token for the next page; present when has_more is true. */
  page_token?: string;
}

/**
 * List the signed-in user's feed shortcut bar
 *
 * Returns the entries of the user's shortcut bar in display order, 20 per page. The page token is tied
 * to the bar as it was when the first page was read: if the bar changes in between, the token is
 * refused and the listing must start again without it.
 *
 * - Identities: user (one of `im:feed_shortcut:read`, `im:feed_shortcut:write`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed_shortcuts.yaml:136 (`GET /open-apis/im/v2/feed_shortcuts`)
 */
export const imFeedShortcutsList = /* @__PURE__ */ defineMethod<ImFeedShortcutsListRequest | void, ImFeedShortcutsListResponse>(imFeedShortcutsListDescriptor);

/**
 * The shortcut bar at the top of a user's feed: chats the user pinned there to reach them in one
 * click. Personal to the signed-in user, so every method takes a user access token only.
 */
export const imFeedShortcuts = {
  /** Pin chats to the signed-in user's feed shortcut bar */
  create: imFeedShortcutsCreate,
  /** Unpin chats from the signed-in user's feed shortcut bar */
  remove: imFeedShortcutsRemove,
  /** List the signed-in user's feed shortcut bar */
  list: imFeedShortcutsList,
};
