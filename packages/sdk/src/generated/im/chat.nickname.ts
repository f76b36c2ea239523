// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.nickname.yaml

import { defineMethod } from '../../core/method.js';
import { imChatNicknameGetDescriptor } from './descriptors/im.chat.nickname.get.js';
import { imChatNicknameUpdateDescriptor } from './descriptors/im.chat.nickname.update.js';
import { imChatNicknameDeleteDescriptor } from './descriptors/im.chat.nickname.delete.js';

/** Path parameters of `im.chat.nickname.get`. */
export interface ImChatNicknameGetPath {
  /**
   * Id of the group chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** A call of `im.chat.nickname.get`. */
export interface ImChatNicknameGetRequest {
  /** Path parameters. */
  path: ImChatNicknameGetPath;
}

/** The data of a successful `im.chat.nickname.get`. */
export interface ImChatNicknameGetResponse {
  /** The chat. */
  chat_id?: string;
  /** The nickname, or an empty string when none is set. */
  nickname?: string;
}

/**
 * Read the signed-in user's nickname in a chat
 *
 * Returns the user's nickname in the chat; an empty string when none is set.
 *
 * - Identities: user (one of `im:chat.user_setting:read`, `im:chat.user_setting:write`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.nickname.yaml:7 (`GET /open-apis/im/v1/chats/{chat_id}/nickname`)
 */
export const imChatNicknameGet = /* @__PURE__ */ defineMethod<ImChatNicknameGetRequest, ImChatNicknameGetResponse>(imChatNicknameGetDescriptor);

/** Path parameters of `im.chat.nickname.update`. */
export interface ImChatNicknameUpdatePath {
  /**
   * Id of the group chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** JSON body of `im.chat.nickname.update`. */
export interface ImChatNicknameUpdateData {
  /**
   * The new nickname, 1 to 300 bytes (UTF-8), not only spaces.
   *
   * Constraints: at least 1 characters.
   */
  nickname: string;
}

/** A call of `im.chat.nickname.update`. */
export interface ImChatNicknameUpdateRequest {
  /** Path parameters. */
  path: ImChatNicknameUpdatePath;
  /** JSON body. */
  data: ImChatNicknameUpdateData;
}

/** The data of a successful `im.chat.nickname.update`. */
export interface ImChatNicknameUpdateResponse {
  /** The chat. */
  chat_id?: string;
  /** The nickname now set. */
  nickname?: string;
}

/**
 * Set the signed-in user's nickname in a chat
 *
 * Sets or replaces the user's nickname in a group chat; at most 300 bytes of UTF-8.
 *
 * - Identities: user (`im:chat.user_setting:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.nickname.yaml:70 (`PUT /open-apis/im/v1/chats/{chat_id}/nickname`)
 */
export const imChatNicknameUpdate = /* @__PURE__ */ defineMethod<ImChatNicknameUpdateRequest, ImChatNicknameUpdateResponse>(imChatNicknameUpdateDescriptor);

/** Path parameters of `im.chat.nickname.delete`. */
export interface ImChatNicknameDeletePath {
  /**
   * Id of the group chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** A call of `im.chat.nickname.delete`. */
export interface ImChatNicknameDeleteRequest {
  /** Path parameters. */
  path: ImChatNicknameDeletePath;
}

/** The data of a successful `im.chat.nickname.delete`. */
export type ImChatNicknameDeleteResponse = Record<string, never>;

/**
 * Clear the signed-in user's nickname in a chat
 *
 * Removes the user's nickname in the chat; succeeds when none was set.
 *
 * - Identities: user (`im:chat.user_setting:write`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.nickname.yaml:151 (`DELETE /open-apis/im/v1/chats/{chat_id}/nickname`)
 */
export const imChatNicknameDelete = /* @__PURE__ */ defineMethod<ImChatNicknameDeleteRequest, ImChatNicknameDeleteResponse>(imChatNicknameDeleteDescriptor);

/**
 * The signed-in user's nickname in one group chat (the name shown for them there instead of their
 * profile name). A user can only read and change their own. Personal, so user access tokens only.
 */
export const imChatNickname = {
  /** Read the signed-in user's nickname in a chat */
  get: imChatNicknameGet,
  /** Set the signed-in user's nickname in a chat */
  update: imChatNicknameUpdate,
  /** Clear the signed-in user's nickname in a chat */
  delete: imChatNicknameDelete,
};
