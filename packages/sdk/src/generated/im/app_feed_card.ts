// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/app_feed_card.yaml

import { defineMethod } from '../../core/method.js';
import { imAppFeedCardCreateDescriptor } from './descriptors/im.app_feed_card.create.js';

/** Query parameters of `im.app_feed_card.create`. */
export interface ImAppFeedCardCreateParams {
  /**
   * Which kind of id user_ids holds and failed_cards reports.
   *
   * - `open_id`: The id of the user as seen by this app (ou_…).
   * - `union_id`: The id shared by all apps of the same developer (on_…).
   * - `user_id`: The tenant-wide employee id; store apps cannot use it.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
}

/** JSON body of `im.app_feed_card.create`. */
export interface ImAppFeedCardCreateData {
  /** Content and behaviour of the card to create. */
  app_feed_card: ImAppFeedCardCreateDataAppFeedCard;
  /** Users who receive the card, as ids of the type given by user_id_type. */
  user_ids?: string[];
}

export interface ImAppFeedCardCreateDataAppFeedCard {
  /**
   * Your own id for the card, used later to update or delete it. Leave it out and the platform assigns
   * one, returned in the answer.
   */
  biz_id?: string;
  /** Card title, shown on a single line and cut off when too long; no styling. */
  title?: string;
  /** image_key of the picture shown as the card's avatar, from an image upload. */
  avatar_key?: string;
  /**
   * One line of preview text under the title, cut off when too long; may combine several values, special
   * characters and emoji, but no styling.
   */
  preview?: string;
  /** Coloured status tag shown on the card. Without it the card shows the time it was delivered. */
  status_label?: ImAppFeedCardCreateDataAppFeedCardStatusLabel;
  /** Action buttons on the card. Leave it out for no buttons; at most 2 are shown. */
  buttons?: ImAppFeedCardCreateDataAppFeedCardButtons;
  /** Where tapping the card leads. Required when creating a card. */
  link: ImAppFeedCardCreateDataAppFeedCardLink;
  /**
   * true pins the card for a while at the top of the feed (instant reminder); false keeps it in normal
   * order.
   * @defaultValue false
   */
  time_sensitive?: boolean;
  /** How the card's arrival is announced. */
  notify?: ImAppFeedCardCreateDataAppFeedCardNotify;
}

export interface ImAppFeedCardCreateDataAppFeedCardStatusLabel {
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

export interface ImAppFeedCardCreateDataAppFeedCardButtons {
  /** The buttons, in display order. */
  buttons: ImAppFeedCardCreateDataAppFeedCardButtonsButtonsItem[];
}

export interface ImAppFeedCardCreateDataAppFeedCardButtonsButtonsItem {
  /**
   * Where a url_page button leads. url applies everywhere unless a per-platform link is given; HTTPS
   * links only.
   */
  multi_url?: ImAppFeedCardCreateDataAppFeedCardButtonsButtonsItemMultiUrl;
  /**
   * What pressing the button does.
   *
   * - `url_page`: Opens the page given in multi_url.
   * - `webhook`: Sends a callback with action_map to the app's event endpoint.
   */
  action_type: 'url_page' | 'webhook';
  /** Label of the button. */
  text: ImAppFeedCardCreateDataAppFeedCardButtonsButtonsItemText;
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

export interface ImAppFeedCardCreateDataAppFeedCardButtonsButtonsItemMultiUrl {
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

export interface ImAppFeedCardCreateDataAppFeedCardButtonsButtonsItemText {
  /** The label text. */
  text: string;
}

export interface ImAppFeedCardCreateDataAppFeedCardLink {
  /**
   * An HTTPS link, or an AppLink to one of the app's web apps or mini programs (its app id is checked).
   *
   * Constraints: format uri; at most 700 characters.
   */
  link?: string;
}

export interface ImAppFeedCardCreateDataAppFeedCardNotify {
  /** true delivers the card silently, without a notification. */
  close_notify?: boolean;
  /**
   * Text spoken as a custom notification sound on mobile devices (up to 20 characters).
   *
   * Constraints: at most 20 characters.
   */
  custom_sound_text?: string;
  /** Whether mobile devices play the custom spoken sound; only the default voice is available. */
  with_custom_sound?: boolean;
}

/** A call of `im.app_feed_card.create`. */
export interface ImAppFeedCardCreateRequest {
  /** Query parameters. */
  params?: ImAppFeedCardCreateParams;
  /** JSON body. */
  data?: ImAppFeedCardCreateData;
}

/** The data of a successful `im.app_feed_card.create`. */
export interface ImAppFeedCardCreateResponse {
  /** One entry per user who did not receive the card; empty or absent when every delivery worked. */
  failed_cards?: ImAppFeedCardCreateResponseFailedCardsItem[];
  /** Business id of the new card, either the one you sent or the one the platform assigned. */
  biz_id?: string;
}

export interface ImAppFeedCardCreateResponseFailedCardsItem {
  /** Business id of the card that failed. */
  biz_id: string;
  /** The user it failed for, as an id of the requested type. */
  user_id: string;
  /**
   * Why delivery failed, as a numeric code carried in a string.
   *
   * - `0`: Unknown cause.
   * - `1`: The app may not reach this user (no permission).
   * - `2`: The card was not created, or does not exist, for this user.
   * - `3`: Too many requests; retry later.
   * - `4`: The same card already exists for this user.
   */
  reason?: '0' | '1' | '2' | '3' | '4';
}

/**
 * Place an app feed card in the feed of one or more users
 *
 * Creates one feed card and delivers it to every listed user, so it appears in their chat list like a
 * conversation. Bot identity only. The call succeeds as a whole even when some users could not receive
 * the card: check failed_cards in the answer. Clients older than 7.6 do not show app feed cards.
 *
 * - Identities: bot (`im:app_feed_card:write`)
 * - Risk: write
 * - Rate limit: 10/s
 *
 * @see specs/im/resources/app_feed_card.yaml:9 (`POST /open-apis/im/v2/app_feed_card`)
 */
export const imAppFeedCardCreate = /* @__PURE__ */ defineMethod<ImAppFeedCardCreateRequest | void, ImAppFeedCardCreateResponse>(imAppFeedCardCreateDescriptor);

/**
 * App feed cards: entries an app places directly in users' feed (chat list), beside their chats, with
 * a title, preview text, status label, buttons and a link. A card is named by the biz_id the app chose
 * (or the platform assigned) together with the user who received it; use app_feed_card.batch to update
 * or remove cards.
 */
export const imAppFeedCard = {
  /** Place an app feed card in the feed of one or more users */
  create: imAppFeedCardCreate,
};
