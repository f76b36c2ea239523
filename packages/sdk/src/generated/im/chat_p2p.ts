// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat_p2p.yaml

import { defineMethod } from '../../core/method.js';
import { imChatP2pBatchQueryDescriptor } from './descriptors/im.chat_p2p.batch_query.js';

/** Query parameters of `im.chat_p2p.batch_query`. */
export interface ImChatP2pBatchQueryParams {
  /**
   * Kind of id used in chatter_ids and in the answer's chatter_id.
   *
   * - `open_id`: The partner's id within this app (ou_…).
   * @defaultValue "open_id"
   */
  chatter_id_type?: 'open_id';
}

/** JSON body of `im.chat_p2p.batch_query`. */
export interface ImChatP2pBatchQueryData {
  /**
   * Ids of the chat partners, in the kind named by chatter_id_type. A bot is named by its open_id.
   *
   * Constraints: at least 1 items.
   */
  chatter_ids: string[];
}

/** A call of `im.chat_p2p.batch_query`. */
export interface ImChatP2pBatchQueryRequest {
  /** Query parameters. */
  params?: ImChatP2pBatchQueryParams;
  /** JSON body. */
  data: ImChatP2pBatchQueryData;
}

/** The data of a successful `im.chat_p2p.batch_query`. */
export interface ImChatP2pBatchQueryResponse {
  /** One entry per partner with whom a one-to-one chat exists. */
  p2p_chats?: ImChatP2pBatchQueryResponseP2pChatsItem[];
}

export interface ImChatP2pBatchQueryResponseP2pChatsItem {
  /** Id of the one-to-one chat (oc_…). */
  chat_id?: string;
  /** Id of the partner this chat is with, in the kind named by chatter_id_type. */
  chatter_id?: string;
}

/**
 * Find the one-to-one chats between the signed-in user and given users
 *
 * Looks up the one-to-one chat between the signed-in user and each of the given users or bots and
 * returns their chat ids. Partners with whom the user has never chatted are simply absent from the
 * answer. User identity only; the +chat-messages-list shortcut uses it to turn --user-id into a chat
 * id.
 *
 * - Identities: user (`im:chat:read`)
 * - Risk: read
 *
 * @see specs/im/resources/chat_p2p.yaml:8 (`POST /open-apis/im/v1/chat_p2p/batch_query`)
 */
export const imChatP2pBatchQuery = /* @__PURE__ */ defineMethod<ImChatP2pBatchQueryRequest, ImChatP2pBatchQueryResponse>(imChatP2pBatchQueryDescriptor);

/**
 * One-to-one (p2p) chats seen from the signed-in user: find the chat_id of the private conversation
 * between the user and another user or a bot, so its messages can be read like any other chat.
 */
export const imChatP2p = {
  /** Find the one-to-one chats between the signed-in user and given users */
  batchQuery: imChatP2pBatchQuery,
};
