// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/flags.yaml

import { defineMethod, definePaged } from '../../core/method.js';
import type { FlagItem, FlagItemRef } from './schemas.js';
import { imFlagsCreateDescriptor } from './descriptors/im.flags.create.js';
import { imFlagsCancelDescriptor } from './descriptors/im.flags.cancel.js';
import { imFlagsListDescriptor } from './descriptors/im.flags.list.js';

/** JSON body of `im.flags.create`. */
export interface ImFlagsCreateData {
  /**
   * The items to flag, 1 to 50.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  flag_items: FlagItemRef[];
}

/** A call of `im.flags.create`. */
export interface ImFlagsCreateRequest {
  /** JSON body. */
  data: ImFlagsCreateData;
}

/** The data of a successful `im.flags.create`. */
export interface ImFlagsCreateResponse {
  /** The flags now held for the items given, in request order. */
  flag_items?: FlagItem[];
}

/**
 * Flag messages or threads for the signed-in user
 *
 * Sets up to 50 flags at once. Each item names a message and a layer: item_type default with flag_type
 * message flags the message itself; item_type thread (topic chats) or msg_thread (reply threads in
 * conversation chats) with flag_type feed files the thread in the flagged section of the feed. The
 * user must be a member of the message's chat. Flagging something already flagged succeeds and keeps
 * the original flag.
 *
 * - Identities: user (`im:flag:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/flags.yaml:9 (`POST /open-apis/im/v1/flags`)
 */
export const imFlagsCreate = /* @__PURE__ */ defineMethod<ImFlagsCreateRequest, ImFlagsCreateResponse>(imFlagsCreateDescriptor);

/** JSON body of `im.flags.cancel`. */
export interface ImFlagsCancelData {
  /**
   * The items to unflag, 1 to 50.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  flag_items: FlagItemRef[];
}

/** A call of `im.flags.cancel`. */
export interface ImFlagsCancelRequest {
  /** JSON body. */
  data: ImFlagsCancelData;
}

/** The data of a successful `im.flags.cancel`. */
export interface ImFlagsCancelResponse {
  /** The flags that were removed by this call (items that were not flagged are left out). */
  flag_items?: FlagItem[];
}

/**
 * Remove flags from messages or threads
 *
 * Removes up to 50 flags of the signed-in user. Each item names the message and layer exactly as it
 * was flagged. Removing a flag that is not set succeeds and changes nothing. Removed flags are
 * reported by the flag list in delete_flag_items so that clients can sync.
 *
 * - Identities: user (`im:flag:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/flags.yaml:97 (`POST /open-apis/im/v1/flags/cancel`)
 */
export const imFlagsCancel = /* @__PURE__ */ defineMethod<ImFlagsCancelRequest, ImFlagsCancelResponse>(imFlagsCancelDescriptor);

/** Query parameters of `im.flags.list`. */
export interface ImFlagsListParams {
  /**
   * How many flags to return per page, 1 to 50.
   *
   * Constraints: minimum 1; maximum 50.
   * @defaultValue 50
   */
  page_size?: number;
  /** Token from the previous page's page_token; empty or left out for the first page. */
  page_token?: string;
}

/** A call of `im.flags.list`. */
export interface ImFlagsListRequest {
  /** Query parameters. */
  params?: ImFlagsListParams;
}

/** The data of a successful `im.flags.list`. */
export interface ImFlagsListResponse {
  /** Flags held now, on this page. */
  flag_items?: FlagItem[];
  /** Flags cancelled since they were set, on this page. */
  delete_flag_items?: FlagItem[];
  /** true when more flags follow; request again with page_token. */
  has_more?: boolean;
  /** Token for the next page; present when has_more is true. */
  page_token?: string;
}

/**
 * List the signed-in user's flags
 *
 * Returns the user's flags, oldest first, page by page, together with flags cancelled since they were
 * set (delete_flag_items) so that a client can keep a local copy in sync. Feed-layer entries carry
 * only ids; fetch the messages with mget to show them.
 *
 * - Identities: user (one of `im:flag:read`, `im:flag:write`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/flags.yaml:165 (`GET /open-apis/im/v1/flags`)
 */
export const imFlagsList = /* @__PURE__ */ definePaged<ImFlagsListRequest | void, ImFlagsListResponse, NonNullable<ImFlagsListResponse['flag_items']>[number]>(imFlagsListDescriptor);

/**
 * Flags (bookmarks) a user puts on messages and threads to come back to them later. A flag lives on
 * one of two layers: the message layer (the message itself carries the marker) or the feed layer (the
 * whole thread shows in the flagged section of the feed). Flags belong to the signed-in user, so every
 * method takes a user access token only.
 */
export const imFlags = {
  /** Flag messages or threads for the signed-in user */
  create: imFlagsCreate,
  /** Remove flags from messages or threads */
  cancel: imFlagsCancel,
  /** List the signed-in user's flags */
  list: imFlagsList,
};
