// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_cards.yaml

import { defineMethod } from '../../core/method.js';
import { imFeedCardsBotTimeSentiveDescriptor } from './descriptors/im.feed_cards.bot_time_sentive.js';
import { imFeedCardsPatchDescriptor } from './descriptors/im.feed_cards.patch.js';

/** Query parameters of `im.feed_cards.bot_time_sentive`. */
export interface ImFeedCardsBotTimeSentiveParams {
  /**
   * Which kind of id user_ids holds and failed_user_reasons reports.
   *
   * - `open_id`: The id of the user as seen by this app (ou_…).
   * - `user_id`: The tenant-wide employee id; store apps cannot use it.
   * - `union_id`: The id shared by all apps of the same developer (on_…).
   */
  user_id_type: 'open_id' | 'user_id' | 'union_id';
}

/** JSON body of `im.feed_cards.bot_time_sentive`. */
export interface ImFeedCardsBotTimeSentiveData {
  /**
   * Id of the bot to act as. Present only in the official SDK's request types and not described by the
   * platform; leave it out unless you know you need it.
   */
  bot_id?: string;
  /** true pins the bot chat at the top of each user's feed; false releases it. */
  time_sensitive: boolean;
  /**
   * Users whose feed changes, as ids of the type given by user_id_type.
   *
   * Constraints: at least 1 items.
   */
  user_ids: string[];
}

/** A call of `im.feed_cards.bot_time_sentive`. */
export interface ImFeedCardsBotTimeSentiveRequest {
  /** Query parameters. */
  params: ImFeedCardsBotTimeSentiveParams;
  /** JSON body. */
  data: ImFeedCardsBotTimeSentiveData;
}

/** The data of a successful `im.feed_cards.bot_time_sentive`. */
export interface ImFeedCardsBotTimeSentiveResponse {
  /** One entry per user the change could not be applied to; empty or absent when all succeeded. */
  failed_user_reasons?: ImFeedCardsBotTimeSentiveResponseFailedUserReasonsItem[];
}

export interface ImFeedCardsBotTimeSentiveResponseFailedUserReasonsItem {
  /** Platform error code for this user. */
  error_code?: number;
  /** Platform error message for this user. */
  error_message?: string;
  /** The user it failed for, as an id of the requested type. */
  user_id?: string;
}

/**
 * Pin or unpin the bot's own chat at the top of users' feeds
 *
 * Turns the instant reminder on or off for the one-to-one chat between the calling bot and each listed
 * user, so that chat is pinned at (or released from) the top of their feed. Bot identity only. Users
 * it could not apply to are listed in failed_user_reasons. The path keeps the platform's spelling
 * "sentive".
 *
 * - Identities: bot (`im:datasync.feed_card.time_sensitive:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed_cards.yaml:8 (`PATCH /open-apis/im/v2/feed_cards/bot_time_sentive`)
 */
export const imFeedCardsBotTimeSentive = /* @__PURE__ */ defineMethod<ImFeedCardsBotTimeSentiveRequest, ImFeedCardsBotTimeSentiveResponse>(imFeedCardsBotTimeSentiveDescriptor);

/** Path parameters of `im.feed_cards.patch`. */
export interface ImFeedCardsPatchPath {
  /** The feed entry to change; currently only group chats are supported, so this is a chat_id (oc_…). */
  feed_card_id: string;
}

/** Query parameters of `im.feed_cards.patch`. */
export interface ImFeedCardsPatchParams {
  /**
   * Which kind of id user_ids holds and failed_user_reasons reports.
   *
   * - `open_id`: The id of the user as seen by this app (ou_…).
   * - `user_id`: The tenant-wide employee id; store apps cannot use it.
   * - `union_id`: The id shared by all apps of the same developer (on_…).
   */
  user_id_type: 'open_id' | 'user_id' | 'union_id';
}

/** JSON body of `im.feed_cards.patch`. */
export interface ImFeedCardsPatchData {
  /** true pins the chat at the top of each user's feed; false releases it. */
  time_sensitive: boolean;
  /**
   * Members of the chat whose feed changes, as ids of the type given by user_id_type.
   *
   * Constraints: at least 1 items.
   */
  user_ids: string[];
}

/** A call of `im.feed_cards.patch`. */
export interface ImFeedCardsPatchRequest {
  /** Path parameters. */
  path: ImFeedCardsPatchPath;
  /** Query parameters. */
  params: ImFeedCardsPatchParams;
  /** JSON body. */
  data: ImFeedCardsPatchData;
}

/** The data of a successful `im.feed_cards.patch`. */
export interface ImFeedCardsPatchResponse {
  /** One entry per user the change could not be applied to; empty or absent when all succeeded. */
  failed_user_reasons?: ImFeedCardsPatchResponseFailedUserReasonsItem[];
}

export interface ImFeedCardsPatchResponseFailedUserReasonsItem {
  /** Platform error code for this user. */
  error_code?: number;
  /** Platform error message for this user. */
  error_message?: string;
  /** The user it failed for, as an id of the requested type. */
  user_id?: string;
}

/**
 * Pin or unpin a group chat at the top of users' feeds
 *
 * Turns the instant reminder on or off for one group chat in the feed of each listed user, so the chat
 * is pinned at (or released from) the top of their chat list. Bot identity only, and the bot must be a
 * member of the chat. Users it could not apply to are listed in failed_user_reasons.
 *
 * - Identities: bot (`im:datasync.feed_card.time_sensitive:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/feed_cards.yaml:117 (`PATCH /open-apis/im/v2/feed_cards/{feed_card_id}`)
 */
export const imFeedCardsPatch = /* @__PURE__ */ defineMethod<ImFeedCardsPatchRequest, ImFeedCardsPatchResponse>(imFeedCardsPatchDescriptor);

/**
 * Entries of users' feed (chat list) for group chats and bot chats. An app can switch on the "instant
 * reminder" state, which keeps an entry pinned at the top of chosen users' feeds for a while so an
 * urgent matter is seen first, and switch it off again.
 */
export const imFeedCards = {
  /** Pin or unpin the bot's own chat at the top of users' feeds */
  botTimeSentive: imFeedCardsBotTimeSentive,
  /** Pin or unpin a group chat at the top of users' feeds */
  patch: imFeedCardsPatch,
};
