// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/app_feed_card.batch.yaml

import { defineMethod } from '../../core/method.js';
import { imAppFeedCardBatchDeleteDescriptor } from './descriptors/im.app_feed_card.batch.delete.js';
import { imAppFeedCardBatchUpdateDescriptor } from './descriptors/im.app_feed_card.batch.update.js';

/** Query parameters of `im.app_feed_card.batch.delete`. */
export interface ImAppFeedCardBatchDeleteParams {
  /**
   * Which kind of id each feed_cards[].user_id holds.
   *
   * - `open_id`: The id of the user as seen by this app (ou_…).
   * - `user_id`: The tenant-wide employee id; store apps cannot use it.
   * - `union_id`: The id shared by all apps of the same developer (on_…).
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'user_id' | 'union_id';
}

/** JSON body of `im.app_feed_card.batch.delete`. */
export interface ImAppFeedCardBatchDeleteData {
  /** The cards to remove, one entry per card and recipient. */
  feed_cards?: ImAppFeedCardBatchDeleteDataFeedCardsItem[];
}

export interface ImAppFeedCardBatchDeleteDataFeedCardsItem {
  /** Business id of the card, as set or returned when it was created. */
  biz_id: string;
  /** The recipient whose copy is removed, as an id of the type given by user_id_type. */
  user_id: string;
}

/** A call of `im.app_feed_card.batch.delete`. */
export interface ImAppFeedCardBatchDeleteRequest {
  /** Query parameters. */
  params?: ImAppFeedCardBatchDeleteParams;
  /** JSON body. */
  data?: ImAppFeedCardBatchDeleteData;
}

/** The data of a successful `im.app_feed_card.batch.delete`. */
export interface ImAppFeedCardBatchDeleteResponse {
  /** Entries that could not be removed; empty or absent when all succeeded. */
  failed_cards?: ImAppFeedCardBatchDeleteResponseFailedCardsItem[];
}

export interface ImAppFeedCardBatchDeleteResponseFailedCardsItem {
  /** Business id of the card that failed. */
  biz_id: string;
  /** The user it failed for, as an id of the requested type. */
  user_id: string;
  /**
   * Why the entry failed, as a numeric code carried in a string.
   *
   * - `0`: Unknown cause.
   * - `1`: The app may not act on this user's card (no permission).
   * - `2`: The card was not created, or does not exist, for this user.
   * - `3`: Too many requests; retry later.
   * - `4`: Duplicate entry.
   */
  reason?: '0' | '1' | '2' | '3' | '4';
}

/**
 * Remove app feed cards from users' feeds
 *
 * Removes the listed cards from the listed users' chat lists. Bot identity only, and only for cards
 * the same app created. Removed cards cannot be restored; create them again if needed. Entries that
 * fail are reported in failed_cards while the call itself returns code 0.
 *
 * - Identities: bot (`im:app_feed_card:write`)
 * - Risk: high-risk-write
 * - Rate limit: 10/s
 *
 * @see specs/im/resources/app_feed_card.batch.yaml:8 (`DELETE /open-apis/im/v2/app_feed_card/batch`)
 */
export const imAppFeedCardBatchDelete = /* @__PURE__ */ defineMethod<ImAppFeedCardBatchDeleteRequest | void, ImAppFeedCardBatchDeleteResponse>(imAppFeedCardBatchDeleteDescriptor);

/** Query parameters of `im.app_feed_card.batch.update`. */
export interface ImAppFeedCardBatchUpdateParams {
  /**
   * Which kind of id each feed_cards[].user_id holds.
   *
   * - `open_id`: The id of the user as seen by this app (ou_…).
   * - `user_id`: The tenant-wide employee id; store apps cannot use it.
   * - `union_id`: The id shared by all apps of the same developer (on_…).
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'user_id' | 'union_id';
}

/** JSON body of `im.app_feed_card.batch.update`. */
export interface ImAppFeedCardBatchUpdateData {
  /** The changes, one entry per card and recipient. */
  feed_cards?: ImAppFeedCardBatchUpdateDataFeedCardsItem[];
}

export interface ImAppFeedCardBatchUpdateDataFeedCardsItem {
  /**
   * New values for the card. biz_id names the card; of the other members only those selected by
   * update_fields are applied.
   */
  app_feed_card: ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCard;
  /** The recipient whose copy is changed, as an id of the type given by user_id_type. */
  user_id: string;
  /**
   * Which parts of the card to change, as numeric codes carried in strings. Parts not listed keep their
   * current value.
   *
   * Constraints: at least 1 items.
   */
  update_fields: Array<'1' | '2' | '3' | '10' | '11' | '12' | '13' | '101' | '102' | '103'>;
}

export interface ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCard {
  /** Business id of the card to change. */
  biz_id?: string;
  /** New title, shown on a single line and cut off when too long. */
  title?: string;
  /** image_key of a new avatar picture, from an image upload. */
  avatar_key?: string;
  /** New one-line preview text, cut off when too long; emoji allowed. */
  preview?: string;
  /** New status label; without a label the card shows its delivery time. */
  status_label?: ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardStatusLabel;
  /** New set of buttons; it replaces the old set as a whole. At most 2 are shown. */
  buttons?: ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardButtons;
  /** New target for a tap on the card. */
  link?: ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardLink;
  /** true pins the card for a while at the top of the feed; false releases it. */
  time_sensitive?: boolean;
  /** How this update is announced to the user. */
  notify?: ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardNotify;
}

export interface ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardStatusLabel {
  /** Text of the label. */
  text: string;
  /**
   * Visual style of the label.
   *
   * - `primary`: Highlighted style for the main state.
   * - `secondary`: Muted style for a neutral state.
   * - `success`: Positive style, e.g. done or approved.
   * - `danger`: Alarming style, e.g. rejected or overdue.
   */
  type: 'primary' | 'secondary' | 'success' | 'danger';
}

export interface ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardButtons {
  /** The buttons, in display order. */
  buttons: ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardButtonsButtonsItem[];
}

export interface ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardButtonsButtonsItem {
  /**
   * Where a url_page button leads. url applies everywhere unless a per-platform link is given; HTTPS
   * links only.
   */
  multi_url?: ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardButtonsButtonsItemMultiUrl;
  /**
   * What pressing the button does.
   *
   * - `url_page`: Opens the page given in multi_url.
   * - `webhook`: Sends a callback with action_map to the app's event endpoint.
   */
  action_type: 'url_page' | 'webhook';
  /** Label of the button. */
  text: ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardButtonsButtonsItemText;
  /**
   * Visual style of the button.
   *
   * - `default`: Plain button.
   * - `primary`: Highlighted button for the main action.
   * - `success`: Positive-style button, e.g. approve.
   * @defaultValue "default"
   */
  button_type?: 'default' | 'primary' | 'success';
  /** Key–value strings handed back in the callback of a webhook button. */
  action_map?: Record<string, string>;
}

export interface ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardButtonsButtonsItemMultiUrl {
  /**
   * Default link for every platform.
   *
   * Constraints: format uri; at most 700 characters.
   */
  url?: string;
  /**
   * Link used on Android.
   *
   * Constraints: format uri; at most 700 characters.
   */
  android_url?: string;
  /**
   * Link used on iOS.
   *
   * Constraints: format uri; at most 700 characters.
   */
  ios_url?: string;
  /**
   * Link used on desktop clients.
   *
   * Constraints: format uri; at most 700 characters.
   */
  pc_url?: string;
}

export interface ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardButtonsButtonsItemText {
  /** The label text. */
  text: string;
}

export interface ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardLink {
  /**
   * An HTTPS link, or an AppLink to one of the app's web apps or mini programs.
   *
   * Constraints: format uri; at most 700 characters.
   */
  link?: string;
}

export interface ImAppFeedCardBatchUpdateDataFeedCardsItemAppFeedCardNotify {
  /** true applies the update silently, without a notification. */
  close_notify?: boolean;
  /**
   * Text spoken as a custom notification sound on mobile devices (up to 20 characters).
   *
   * Constraints: at most 20 characters.
   */
  custom_sound_text?: string;
  /** Whether mobile devices play the custom spoken sound. */
  with_custom_sound?: boolean;
}

/** A call of `im.app_feed_card.batch.update`. */
export interface ImAppFeedCardBatchUpdateRequest {
  /** Query parameters. */
  params?: ImAppFeedCardBatchUpdateParams;
  /** JSON body. */
  data?: ImAppFeedCardBatchUpdateData;
}

/** The data of a successful `im.app_feed_card.batch.update`. */
export interface ImAppFeedCardBatchUpdateResponse {
  /** Entries that could not be applied; empty or absent when all succeeded. */
  failed_cards?: ImAppFeedCardBatchUpdateResponseFailedCardsItem[];
}

export interface ImAppFeedCardBatchUpdateResponseFailedCardsItem {
  /** Business id of the card that failed. */
  biz_id: string;
  /** The user it failed for, as an id of the requested type. */
  user_id: string;
  /**
   * Why the entry failed, as a numeric code carried in a string.
   *
   * - `0`: Unknown cause.
   * - `1`: The app may not act on this user's card (no permission).
   * - `2`: The card was not created, or does not exist, for this user.
   * - `3`: Too many requests; retry later.
   * - `4`: Duplicate entry.
   */
  reason?: '0' | '1' | '2' | '3' | '4';
}

/**
 * Update app feed cards already delivered to users
 *
 * Changes the content or behaviour of delivered cards, per card and recipient. Only the parts named in
 * each entry's update_fields are changed; other values in app_feed_card are ignored. Bot identity
 * only, for cards the same app created. Entries that fail are reported in failed_cards while the call
 * itself returns code 0.
 *
 * - Identities: bot (`im:app_feed_card:write`)
 * - Risk: write
 * - Rate limit: 10/s
 *
 * @see specs/im/resources/app_feed_card.batch.yaml:119 (`PUT /open-apis/im/v2/app_feed_card/batch`)
 */
export const imAppFeedCardBatchUpdate = /* @__PURE__ */ defineMethod<ImAppFeedCardBatchUpdateRequest | void, ImAppFeedCardBatchUpdateResponse>(imAppFeedCardBatchUpdateDescriptor);

/**
 * Bulk changes to app feed cards already delivered to users. Each entry names one card by its biz_id
 * and one recipient, so the same card can be updated or removed for some users and kept for others.
 */
export const imAppFeedCardBatch = {
  /** Remove app feed cards from users' feeds */
  delete: imAppFeedCardBatchDelete,
  /** Update app feed cards already delivered to users */
  update: imAppFeedCardBatchUpdate,
};
