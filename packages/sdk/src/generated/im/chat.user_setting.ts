// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.user_setting.yaml

import { defineMethod } from '../../core/method.js';
import { imChatUserSettingBatchQueryDescriptor } from './descriptors/im.chat.user_setting.batch_query.js';
import { imChatUserSettingBatchUpdateDescriptor } from './descriptors/im.chat.user_setting.batch_update.js';

/** JSON body of `im.chat.user_setting.batch_query`. */
export interface ImChatUserSettingBatchQueryData {
  /**
   * Chat ids (oc_…), 1 to 10.
   *
   * Constraints: at least 1 items; at most 10 items.
   */
  chat_ids: string[];
}

/** A call of `im.chat.user_setting.batch_query`. */
export interface ImChatUserSettingBatchQueryRequest {
  /** JSON body. */
  data: ImChatUserSettingBatchQueryData;
}

/** The data of a successful `im.chat.user_setting.batch_query`. */
export interface ImChatUserSettingBatchQueryResponse {
  /** One entry per readable chat, in request order. */
  items?: ImChatUserSettingBatchQueryResponseItemsItem[];
  /** Chats the user is not in, or that do not exist or are dissolved. */
  invalid_chat_ids?: string[];
}

export interface ImChatUserSettingBatchQueryResponseItemsItem {
  /** The chat (oc_…). */
  chat_id: string;
  /** Whether the chat is muted (no notifications). */
  is_muted: boolean;
  /** Whether @all mentions in the chat are muted. */
  is_mute_at_all: boolean;
}

/**
 * Read the signed-in user's mute settings of up to 10 chats
 *
 * Returns the user's settings for each chat given. Chats the user is not in, unknown or dissolved
 * chats are listed in invalid_chat_ids.
 *
 * - Identities: user (one of `im:chat.user_setting:read`, `im:chat.user_setting:write`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.user_setting.yaml:7 (`POST /open-apis/im/v1/chats/user_setting/batch_query`)
 */
export const imChatUserSettingBatchQuery = /* @__PURE__ */ defineMethod<ImChatUserSettingBatchQueryRequest, ImChatUserSettingBatchQueryResponse>(imChatUserSettingBatchQueryDescriptor);

/** JSON body of `im.chat.user_setting.batch_update`. */
export interface ImChatUserSettingBatchUpdateData {
  /**
   * The changes, 1 to 10 chats.
   *
   * Constraints: at least 1 items; at most 10 items.
   */
  settings: ImChatUserSettingBatchUpdateDataSettingsItem[];
}

export interface ImChatUserSettingBatchUpdateDataSettingsItem {
  /** The chat (oc_…). */
  chat_id: string;
  /** Mute (true) or unmute (false) the chat. */
  is_muted?: boolean;
  /** Mute (true) or unmute (false) @all mentions. */
  is_mute_at_all?: boolean;
}

/** A call of `im.chat.user_setting.batch_update`. */
export interface ImChatUserSettingBatchUpdateRequest {
  /** JSON body. */
  data: ImChatUserSettingBatchUpdateData;
}

/** The data of a successful `im.chat.user_setting.batch_update`. */
export interface ImChatUserSettingBatchUpdateResponse {
  /** The settings after the change, one per changed chat. */
  items?: ImChatUserSettingBatchUpdateResponseItemsItem[];
  /** Chats that were not changed because the user is not in them or they do not exist. */
  invalid_chat_ids?: string[];
}

export interface ImChatUserSettingBatchUpdateResponseItemsItem {
  /** The chat (oc_…). */
  chat_id: string;
  /** Whether the chat is muted. */
  is_muted: boolean;
  /** Whether @all mentions are muted. */
  is_mute_at_all: boolean;
}

/**
 * Mute or unmute up to 10 chats for the signed-in user
 *
 * Changes the user's settings of up to 10 chats; only the fields given for a chat change. Chats the
 * user is not in, unknown or dissolved chats are listed in invalid_chat_ids and left alone; the others
 * are changed.
 *
 * - Identities: user (`im:chat.user_setting:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.user_setting.yaml:89 (`POST /open-apis/im/v1/chats/user_setting/batch_update`)
 */
export const imChatUserSettingBatchUpdate = /* @__PURE__ */ defineMethod<ImChatUserSettingBatchUpdateRequest, ImChatUserSettingBatchUpdateResponse>(imChatUserSettingBatchUpdateDescriptor);

/**
 * The signed-in user's own settings for chats they are in: whether a chat is muted and whether @all
 * mentions in it are muted. Personal, so user access tokens only.
 */
export const imChatUserSetting = {
  /** Read the signed-in user's mute settings of up to 10 chats */
  batchQuery: imChatUserSettingBatchQuery,
  /** Mute or unmute up to 10 chats for the signed-in user */
  batchUpdate: imChatUserSettingBatchUpdate,
};
