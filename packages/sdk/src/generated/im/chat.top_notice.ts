// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.top_notice.yaml

import { defineMethod } from '../../core/method.js';
import { imChatTopNoticeDeleteTopNoticeDescriptor } from './descriptors/im.chat.top_notice.delete_top_notice.js';
import { imChatTopNoticePutTopNoticeDescriptor } from './descriptors/im.chat.top_notice.put_top_notice.js';

/** Path parameters of `im.chat.top_notice.delete_top_notice`. */
export interface ImChatTopNoticeDeleteTopNoticePath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** A call of `im.chat.top_notice.delete_top_notice`. */
export interface ImChatTopNoticeDeleteTopNoticeRequest {
  /** Path parameters. */
  path: ImChatTopNoticeDeleteTopNoticePath;
}

/** Empty on success. */
export type ImChatTopNoticeDeleteTopNoticeResponse = Record<string, never>;

/**
 * Take down a chat's top notice
 *
 * Removes whatever message or announcement is shown as the chat's top notice; the message itself is
 * not deleted. The caller must be in the chat and in its tenant, and allowed to manage the top notice.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.top_notice:write_only`), user (one of `im:chat`, `im:chat.top_notice:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.top_notice.yaml:7 (`POST /open-apis/im/v1/chats/{chat_id}/top_notice/delete_top_notice`)
 */
export const imChatTopNoticeDeleteTopNotice = /* @__PURE__ */ defineMethod<ImChatTopNoticeDeleteTopNoticeRequest, ImChatTopNoticeDeleteTopNoticeResponse>(imChatTopNoticeDeleteTopNoticeDescriptor);

/** Path parameters of `im.chat.top_notice.put_top_notice`. */
export interface ImChatTopNoticePutTopNoticePath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** JSON body of `im.chat.top_notice.put_top_notice`. */
export interface ImChatTopNoticePutTopNoticeData {
  /**
   * The notice to show; send a single entry.
   *
   * Constraints: at least 1 items.
   */
  chat_top_notice: ImChatTopNoticePutTopNoticeDataChatTopNoticeItem[];
}

export interface ImChatTopNoticePutTopNoticeDataChatTopNoticeItem {
  /**
   * What to show as the top notice.
   *
   * - `1`: A message of the chat, named by message_id.
   * - `2`: The chat announcement.
   */
  action_type?: '1' | '2';
  /** Id of the message to show (om_…); required when action_type is "1". */
  message_id?: string;
}

/** A call of `im.chat.top_notice.put_top_notice`. */
export interface ImChatTopNoticePutTopNoticeRequest {
  /** Path parameters. */
  path: ImChatTopNoticePutTopNoticePath;
  /** JSON body. */
  data: ImChatTopNoticePutTopNoticeData;
}

/** Empty on success. */
export type ImChatTopNoticePutTopNoticeResponse = Record<string, never>;

/**
 * Show a message or the announcement as a chat's top notice
 *
 * Pins a message of the chat, or the chat announcement, above the conversation as its top notice,
 * replacing any current one. The caller must be in the chat and in its tenant, and allowed to manage
 * the top notice.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.top_notice:write_only`), user (one of `im:chat`, `im:chat.top_notice:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.top_notice.yaml:98 (`POST /open-apis/im/v1/chats/{chat_id}/top_notice/put_top_notice`)
 */
export const imChatTopNoticePutTopNotice = /* @__PURE__ */ defineMethod<ImChatTopNoticePutTopNoticeRequest, ImChatTopNoticePutTopNoticeResponse>(imChatTopNoticePutTopNoticeDescriptor);

/**
 * The top notice of a group chat: a message or the chat announcement shown pinned above the
 * conversation. Set it or take it down.
 */
export const imChatTopNotice = {
  /** Take down a chat's top notice */
  deleteTopNotice: imChatTopNoticeDeleteTopNotice,
  /** Show a message or the announcement as a chat's top notice */
  putTopNotice: imChatTopNoticePutTopNotice,
};
