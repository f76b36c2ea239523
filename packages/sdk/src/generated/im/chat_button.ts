// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat_button.yaml

import { defineMethod } from '../../core/method.js';
import { imChatButtonUpdateDescriptor } from './descriptors/im.chat_button.update.js';

/** Query parameters of `im.chat_button.update`. */
export interface ImChatButtonUpdateParams {
  /**
   * Which kind of id user_ids holds and failed_user_reasons reports.
   *
   * - `open_id`: The id of the user as seen by this app (ou_…).
   * - `union_id`: The id shared by all apps of the same developer (on_…).
   * - `user_id`: The tenant-wide employee id; store apps cannot use it.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
}

/** JSON body of `im.chat_button.update`. */
export interface ImChatButtonUpdateData {
  /**
   * Id of the bot to act as. Present only in the official SDK's request types and not described by the
   * platform; leave it out unless you know you need it.
   */
  bot_id?: string;
  /** Members of the chat whose feed entry gets the buttons, as ids of the type given by user_id_type. */
  user_ids?: string[];
  /** The group chat whose feed entry carries the buttons (oc_…). */
  chat_id: string;
  /** The buttons to show. Leave it out for no buttons; at most 2 are shown. */
  buttons?: ImChatButtonUpdateDataButtons;
}

export interface ImChatButtonUpdateDataButtons {
  /**
   * The complete new set of buttons, in display order. It replaces the current set: buttons left out are
   * removed.
   */
  buttons: ImChatButtonUpdateDataButtonsButtonsItem[];
}

export interface ImChatButtonUpdateDataButtonsButtonsItem {
  /**
   * Where a url_page button leads. url applies everywhere unless a per-platform link is given; HTTPS
   * links only.
   */
  multi_url?: ImChatButtonUpdateDataButtonsButtonsItemMultiUrl;
  /**
   * What pressing the button does.
   *
   * - `url_page`: Opens the page given in multi_url.
   * - `webhook`: Sends a callback with action_map to the app's event endpoint.
   */
  action_type: 'url_page' | 'webhook';
  /** Label of the button. */
  text: ImChatButtonUpdateDataButtonsButtonsItemText;
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

export interface ImChatButtonUpdateDataButtonsButtonsItemMultiUrl {
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

export interface ImChatButtonUpdateDataButtonsButtonsItemText {
  /** The label text. */
  text: string;
}

/** A call of `im.chat_button.update`. */
export interface ImChatButtonUpdateRequest {
  /** Query parameters. */
  params?: ImChatButtonUpdateParams;
  /** JSON body. */
  data: ImChatButtonUpdateData;
}

/** The data of a successful `im.chat_button.update`. */
export interface ImChatButtonUpdateResponse {
  /** One entry per user the buttons could not be set for; empty or absent when all succeeded. */
  failed_user_reasons?: ImChatButtonUpdateResponseFailedUserReasonsItem[];
}

export interface ImChatButtonUpdateResponseFailedUserReasonsItem {
  /** Platform error code for this user. */
  error_code?: number;
  /** Platform error message for this user. */
  error_message?: string;
  /** The user it failed for, as an id of the requested type. */
  user_id?: string;
}

/**
 * Set the shortcut buttons on a group chat's feed entry
 *
 * Adds, changes or removes the buttons shown on a group chat's feed entry for the listed users. The
 * buttons sent replace the current set as a whole: keep existing buttons in the list to keep them, and
 * send an empty list to remove them all. Bot identity only; the bot must be a member of the chat.
 * Users it could not apply to are listed in failed_user_reasons.
 *
 * - Identities: bot (`im:app_feed_card:write`)
 * - Risk: write
 * - Rate limit: 10/s
 *
 * @see specs/im/resources/chat_button.yaml:7 (`PUT /open-apis/im/v2/chat_button`)
 */
export const imChatButtonUpdate = /* @__PURE__ */ defineMethod<ImChatButtonUpdateRequest, ImChatButtonUpdateResponse>(imChatButtonUpdateDescriptor);

/**
 * Shortcut buttons shown on a group chat's entry in users' feed (chat list), so people can act on the
 * chat (open a page, trigger the app) without opening it.
 */
export const imChatButton = {
  /** Set the shortcut buttons on a group chat's feed entry */
  update: imChatButtonUpdate,
};
