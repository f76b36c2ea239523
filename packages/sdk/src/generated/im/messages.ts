// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { defineMethod, definePaged } from '../../core/method.js';
import type { Message, MessageReadUser, UrgentResult } from './schemas.js';
import { imMessagesCreateDescriptor } from './descriptors/im.messages.create.js';
import { imMessagesDeleteDescriptor } from './descriptors/im.messages.delete.js';
import { imMessagesForwardDescriptor } from './descriptors/im.messages.forward.js';
import { imMessagesGetDescriptor } from './descriptors/im.messages.get.js';
import { imMessagesListDescriptor } from './descriptors/im.messages.list.js';
import { imMessagesMergeForwardDescriptor } from './descriptors/im.messages.merge_forward.js';
import { imMessagesPatchDescriptor } from './descriptors/im.messages.patch.js';
import { imMessagesPushFollowUpDescriptor } from './descriptors/im.messages.push_follow_up.js';
import { imMessagesReadUsersDescriptor } from './descriptors/im.messages.read_users.js';
import { imMessagesReadStatusDescriptor } from './descriptors/im.messages.read_status.js';
import { imMessagesReplyDescriptor } from './descriptors/im.messages.reply.js';
import { imMessagesUpdateDescriptor } from './descriptors/im.messages.update.js';
import { imMessagesUrgentAppDescriptor } from './descriptors/im.messages.urgent_app.js';
import { imMessagesUrgentPhoneDescriptor } from './descriptors/im.messages.urgent_phone.js';
import { imMessagesUrgentSmsDescriptor } from './descriptors/im.messages.urgent_sms.js';
import { imMessagesSearchDescriptor } from './descriptors/im.messages.search.js';
import { imMessagesMgetDescriptor } from './descriptors/im.messages.mget.js';

/** Query parameters of `im.messages.create`. */
export interface ImMessagesCreateParams {
  /**
   * Kind of id given in receive_id for the recipient.
   *
   * - `open_id`: receive_id is a user's open_id (ou_…); the message goes to the one-to-one chat with
   *   that user
   * - `user_id`: receive_id is a user's tenant user_id
   * - `union_id`: receive_id is a user's union_id (on_…)
   * - `email`: receive_id is a user's email address
   * - `chat_id`: receive_id is the chat_id (oc_…) of a group or one-to-one chat
   */
  receive_id_type: 'open_id' | 'user_id' | 'union_id' | 'email' | 'chat_id';
}

/** JSON body of `im.messages.create`. */
export interface ImMessagesCreateData {
  /** ID of the recipient user or chat, of the kind named by receive_id_type. */
  receive_id: string;
  /**
   * Type of the message; it decides the shape of content.
   *
   * - `text`: plain text, content {"text":"…"}; <at user_id="ou_…"></at> mentions a user
   * - `post`: rich text, content {"zh_cn":{"title":"…","content":[[{"tag":"text","text":"…"}]]}} (one
   *   entry per language)
   * - `image`: an uploaded image, content {"image_key":"img_…"}
   * - `file`: an uploaded file, content {"file_key":"file_…"}
   * - `audio`: an uploaded opus voice clip, content {"file_key":"file_…"}
   * - `media`: an uploaded mp4 video with a cover image, content
   *   {"file_key":"file_…","image_key":"img_…"}
   * - `sticker`: a sticker, content {"file_key":"…"}; only stickers received in messages can be resent
   * - `interactive`: a card, content is the card JSON or {"type":"template","data":{…}}
   * - `share_chat`: a card inviting to a group chat, content {"chat_id":"oc_…"}
   * - `share_user`: a contact card of a user, content {"user_id":"ou_…"}
   * - `system`: a system notice shown as a divider line in a one-to-one chat with the bot
   */
  msg_type: 'text' | 'post' | 'image' | 'file' | 'audio' | 'media' | 'sticker' | 'interactive' | 'share_chat' | 'share_user' | 'system';
  /**
   * The content as a JSON string (double-encoded inside the body), shaped by msg_type, e.g.
   * "{\"text\":\"Hello team\"}". At most 150 KB for text and 30 KB for post and interactive messages
   * (card template data counts).
   *
   * Constraints: format json.
   */
  content: string;
  /**
   * Idempotency key chosen by the caller, up to 50 characters. Within one hour the platform sends at
   * most one message per uuid, so a retried request with the same uuid does not post a duplicate.
   *
   * Constraints: at most 50 characters.
   */
  uuid?: string;
}

/** A call of `im.messages.create`. */
export interface ImMessagesCreateRequest {
  /** Query parameters. */
  params: ImMessagesCreateParams;
  /** JSON body. */
  data: ImMessagesCreateData;
}

/** The message that was sent. */
export type ImMessagesCreateResponse = Message;

/**
 * Send a message to a user or a chat
 *
 * Post a new message as the bot or as the signed-in user. Address it to a user (open_id, user_id,
 * union_id or email) or to a chat (chat_id), pick a msg_type and pass content as a JSON string shaped
 * for that type. The bot must belong to the target group and a user recipient must be inside the app's
 * availability range; images, files and media must first be uploaded by the same app.
 *
 * - Identities: bot (`im:message:send_as_bot`), user (`im:message.send_as_user` and `im:message`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 * - Idempotency key: `uuid` (body); a fresh one is generated when none is given, so retries are safe
 *
 * @see specs/im/resources/messages.yaml:7 (`POST /open-apis/im/v1/messages`)
 */
export const imMessagesCreate = /* @__PURE__ */ defineMethod<ImMessagesCreateRequest, ImMessagesCreateResponse>(imMessagesCreateDescriptor);

/** Path parameters of `im.messages.delete`. */
export interface ImMessagesDeletePath {
  /** ID of the message to recall (om_…). */
  message_id: string;
}

/** A call of `im.messages.delete`. */
export interface ImMessagesDeleteRequest {
  /** Path parameters. */
  path: ImMessagesDeletePath;
}

/** Empty on success. */
export type ImMessagesDeleteResponse = Record<string, never>;

/**
 * Recall (delete) a sent message
 *
 * Recall a message so it disappears for everyone in the chat; it cannot be undone. The bot or user may
 * recall its own messages within the recall window set by the tenant administrator; a chat owner or
 * manager may also recall other members' messages.
 *
 * - Identities: bot (one of `im:message`, `im:message:recall`, `im:message:send_as_bot`), user (one of `im:message`, `im:message:recall`, `im:message:send_as_bot`)
 * - Risk: high-risk-write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/messages.yaml:354 (`DELETE /open-apis/im/v1/messages/{message_id}`)
 */
export const imMessagesDelete = /* @__PURE__ */ defineMethod<ImMessagesDeleteRequest, ImMessagesDeleteResponse>(imMessagesDeleteDescriptor);

/** Path parameters of `im.messages.forward`. */
export interface ImMessagesForwardPath {
  /** ID of the message to forward (om_…). */
  message_id: string;
}

/** Query parameters of `im.messages.forward`. */
export interface ImMessagesForwardParams {
  /**
   * Kind of id given in receive_id for the destination.
   *
   * - `open_id`: receive_id is a user's open_id (ou_…); the message goes to the one-to-one chat with
   *   that user
   * - `user_id`: receive_id is a user's tenant user_id
   * - `union_id`: receive_id is a user's union_id (on_…)
   * - `email`: receive_id is a user's email address
   * - `chat_id`: receive_id is the chat_id (oc_…) of a group or one-to-one chat
   * - `thread_id`: receive_id is a thread_id (omt_…); the result is posted as a reply in that thread
   */
  receive_id_type: 'open_id' | 'user_id' | 'union_id' | 'email' | 'chat_id' | 'thread_id';
  /**
   * Idempotency key chosen by the caller, up to 50 characters. Within one hour the platform sends at
   * most one message per uuid, so a retried request with the same uuid does not post a duplicate.
   *
   * Constraints: at most 50 characters.
   */
  uuid?: string;
}

/** JSON body of `im.messages.forward`. */
export interface ImMessagesForwardData {
  /** ID of the destination user, chat or thread, of the kind named by receive_id_type. */
  receive_id: string;
}

/** A call of `im.messages.forward`. */
export interface ImMessagesForwardRequest {
  /** Path parameters. */
  path: ImMessagesForwardPath;
  /** Query parameters. */
  params: ImMessagesForwardParams;
  /** JSON body. */
  data: ImMessagesForwardData;
}

/** The new message created at the destination. */
export type ImMessagesForwardResponse = Message;

/**
 * Forward one message to a user, chat or thread
 *
 * Send a copy of an existing message to another user, chat or thread, as the bot or as the signed-in
 * user. The caller must be able to see the source message and be allowed to post at the destination.
 * Some types (red packets, votes, audio, system messages) and messages nested in a merged forward
 * cannot be forwarded.
 *
 * - Identities: bot (one of `im:message`, `im:message:send_as_bot`), user (`im:message`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 * - Idempotency key: `uuid` (query); a fresh one is generated when none is given, so retries are safe
 *
 * @see specs/im/resources/messages.yaml:473 (`POST /open-apis/im/v1/messages/{message_id}/forward`)
 */
export const imMessagesForward = /* @__PURE__ */ defineMethod<ImMessagesForwardRequest, ImMessagesForwardResponse>(imMessagesForwardDescriptor);

/** Path parameters of `im.messages.get`. */
export interface ImMessagesGetPath {
  /** ID of the message to read (om_…). */
  message_id: string;
}

/** Query parameters of `im.messages.get`. */
export interface ImMessagesGetParams {
  /**
   * Kind of user id used for senders and mentions in the answer.
   *
   * - `user_id`: user_id, the id assigned by the tenant
   * - `union_id`: union_id (on_…), the same for all apps of one developer
   * - `open_id`: open_id (ou_…), the id of a user within this app
   * @defaultValue "open_id"
   */
  user_id_type?: 'user_id' | 'union_id' | 'open_id';
  /**
   * How to return the content of card (interactive) messages. raw_card_content returns the card JSON as
   * it was sent; user_card_content returns the card as users see it, including cards built with card
   * JSON 2.0 or from templates. Without it the platform returns a legacy rendering that for newer cards
   * may be only an "upgrade your client" placeholder.
   *
   * - `raw_card_content`: the card JSON as sent
   * - `user_card_content`: the card as rendered for users
   */
  card_msg_content_type?: 'raw_card_content' | 'user_card_content';
  /**
   * When true, fill sender.sender_name (and localised names) for each message returned.
   * @defaultValue false
   */
  with_sender_name?: boolean;
}

/** A call of `im.messages.get`. */
export interface ImMessagesGetRequest {
  /** Path parameters. */
  path: ImMessagesGetPath;
  /** Query parameters. */
  params?: ImMessagesGetParams;
}

/** The data of a successful `im.messages.get`. */
export interface ImMessagesGetResponse {
  /**
   * The message; for a merge_forward message, the merged message followed by the messages it contains
   * (each with upper_message_id set).
   */
  items?: Message[];
}

/**
 * Get one message by id
 *
 * Read a single message: its type, content, sender and position in chats and threads. The caller must
 * be able to see the message (the bot must be in the chat). The answer is a list with one entry, or
 * with the nested messages when the id is a merged forward.
 *
 * - Identities: bot (`im:message.group_msg` and `im:message.p2p_msg:readonly`), user (`im:message.group_msg:get_as_user` and `im:message.p2p_msg:get_as_user`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/messages.yaml:721 (`GET /open-apis/im/v1/messages/{message_id}`)
 */
export const imMessagesGet = /* @__PURE__ */ defineMethod<ImMessagesGetRequest, ImMessagesGetResponse>(imMessagesGetDescriptor);

/** Query parameters of `im.messages.list`. */
export interface ImMessagesListParams {
  /**
   * What container_id names.
   *
   * - `chat`: a group or one-to-one chat (oc_…)
   * - `thread`: a thread (omt_…)
   */
  container_id_type: 'chat' | 'thread';
  /** ID of the chat (oc_…) or thread (omt_…) whose messages to list. */
  container_id: string;
  /**
   * Only messages sent at or after this time, in seconds since the Unix epoch. Not supported when
   * container_id_type is thread.
   *
   * Constraints: format unix-seconds.
   */
  start_time?: string;
  /**
   * Only messages sent at or before this time, in seconds since the Unix epoch. Not supported when
   * container_id_type is thread.
   *
   * Constraints: format unix-seconds.
   */
  end_time?: string;
  /**
   * Order of the results by creation time.
   *
   * - `ByCreateTimeAsc`: oldest first
   * - `ByCreateTimeDesc`: newest first
   * @defaultValue "ByCreateTimeAsc"
   */
  sort_type?: 'ByCreateTimeAsc' | 'ByCreateTimeDesc';
  /**
   * Number of messages per page, 1 to 50.
   *
   * Constraints: minimum 1; maximum 50.
   * @defaultValue 20
   */
  page_size?: number;
  /** Token from the previous page's page_token; omit it for the first page. */
  page_token?: string;
  /**
   * How to return the content of card (interactive) messages. raw_card_content returns the card JSON as
   * it was sent; user_card_content returns the card as users see it, including cards built with card
   * JSON 2.0 or from templates. Without it the platform returns a legacy rendering that for newer cards
   * may be only an "upgrade your client" placeholder.
   *
   * - `raw_card_content`: the card JSON as sent
   * - `user_card_content`: the card as rendered for users
   */
  card_msg_content_type?: 'raw_card_content' | 'user_card_content';
  /**
   * With container_id_type chat: when true, return only messages that start a thread. Known from the
   * official SDK only; the public reference does not describe it.
   * @defaultValue false
   */
  only_thread_root_messages?: boolean;
  /**
   * When true, fill sender.sender_name (and localised names) for each message returned.
   * @defaultValue false
   */
  with_sender_name?: boolean;
}

/** A call of `im.messages.list`. */
export interface ImMessagesListRequest {
  /** Query parameters. */
  params: ImMessagesListParams;
}

/** The data of a successful `im.messages.list`. */
export interface ImMessagesListResponse {
  /** True when more messages follow this page. */
  has_more?: boolean;
  /** Token for the next page; present when has_more is true. */
  page_token?: string;
  /** The messages of this page, in the requested order. */
  items?: Message[];
}

/**
 * List the messages of a chat or thread
 *
 * Page through the history of a chat or of one thread, oldest first by default, optionally limited to
 * a time range. The bot must be a member of the chat; a user sees what their own history shows. A chat
 * listing shows each thread only by its root message; list the thread itself to read its replies.
 *
 * - Identities: bot (`im:message.group_msg` and `im:message.p2p_msg:readonly`), user (`im:message.group_msg:get_as_user` and `im:message.p2p_msg:get_as_user`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/messages.yaml:887 (`GET /open-apis/im/v1/messages`)
 */
export const imMessagesList = /* @__PURE__ */ definePaged<ImMessagesListRequest, ImMessagesListResponse, NonNullable<ImMessagesListResponse['items']>[number]>(imMessagesListDescriptor);

/** Query parameters of `im.messages.merge_forward`. */
export interface ImMessagesMergeForwardParams {
  /**
   * Kind of id given in receive_id for the destination.
   *
   * - `open_id`: receive_id is a user's open_id (ou_…); the message goes to the one-to-one chat with
   *   that user
   * - `user_id`: receive_id is a user's tenant user_id
   * - `union_id`: receive_id is a user's union_id (on_…)
   * - `email`: receive_id is a user's email address
   * - `chat_id`: receive_id is the chat_id (oc_…) of a group or one-to-one chat
   * - `thread_id`: receive_id is a thread_id (omt_…); the result is posted as a reply in that thread
   */
  receive_id_type: 'open_id' | 'user_id' | 'union_id' | 'email' | 'chat_id' | 'thread_id';
  /**
   * Idempotency key chosen by the caller, up to 50 characters. Within one hour the platform sends at
   * most one message per uuid, so a retried request with the same uuid does not post a duplicate.
   *
   * Constraints: at most 50 characters.
   */
  uuid?: string;
}

/** JSON body of `im.messages.merge_forward`. */
export interface ImMessagesMergeForwardData {
  /** ID of the destination user, chat or thread, of the kind named by receive_id_type. */
  receive_id: string;
  /**
   * IDs of the messages to merge (om_…), all from the same chat, in the order they should appear.
   *
   * Constraints: at least 1 items.
   */
  message_id_list: string[];
}

/** A call of `im.messages.merge_forward`. */
export interface ImMessagesMergeForwardRequest {
  /** Query parameters. */
  params: ImMessagesMergeForwardParams;
  /** JSON body. */
  data: ImMessagesMergeForwardData;
}

/** The data of a successful `im.messages.merge_forward`. */
export interface ImMessagesMergeForwardResponse {
  /** The merge_forward message created at the destination. */
  message?: Message;
  /**
   * IDs from message_id_list that were left out, for example because they were recalled or are not
   * visible to the bot.
   */
  invalid_message_id_list?: string[];
}

/**
 * Forward several messages as one merged message
 *
 * Bundle several messages of one chat into a single merge_forward message and send it to a user, chat
 * or thread, as the bot. All messages must come from the same chat, and either all from one thread or
 * all from outside threads; system messages are not allowed.
 *
 * - Identities: bot (one of `im:message`, `im:message:send_as_bot`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 * - Idempotency key: `uuid` (query); a fresh one is generated when none is given, so retries are safe
 *
 * @see specs/im/resources/messages.yaml:1142 (`POST /open-apis/im/v1/messages/merge_forward`)
 */
export const imMessagesMergeForward = /* @__PURE__ */ defineMethod<ImMessagesMergeForwardRequest, ImMessagesMergeForwardResponse>(imMessagesMergeForwardDescriptor);

/** Path parameters of `im.messages.patch`. */
export interface ImMessagesPatchPath {
  /** ID of the card message to update (om_…). */
  message_id: string;
}

/** JSON body of `im.messages.patch`. */
export interface ImMessagesPatchData {
  /**
   * The new card as a JSON string (double-encoded inside the body), either full card JSON or
   * {"type":"template","data":{…}}. It must keep "update_multi": true in its config. At most 30 KB.
   *
   * Constraints: format json.
   */
  content: string;
}

/** A call of `im.messages.patch`. */
export interface ImMessagesPatchRequest {
  /** Path parameters. */
  path: ImMessagesPatchPath;
  /** JSON body. */
  data: ImMessagesPatchData;
}

/** Empty on success. */
export type ImMessagesPatchResponse = Record<string, never>;

/**
 * Update the content of a sent card
 *
 * Replace the content of an interactive (card) message that the caller sent, for everyone who sees it.
 * The card must have been sent with "update_multi": true in its config and must keep it; the caller
 * must be the sender. Only cards sent in the last 14 days can be updated.
 *
 * - Identities: bot (one of `im:message`, `im:message:send_as_bot`, `im:message:update`), user (one of `im:message`, `im:message:send_as_bot`, `im:message:update`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/messages.yaml:1397 (`PATCH /open-apis/im/v1/messages/{message_id}`)
 */
export const imMessagesPatch = /* @__PURE__ */ defineMethod<ImMessagesPatchRequest, ImMessagesPatchResponse>(imMessagesPatchDescriptor);

/** Path parameters of `im.messages.push_follow_up`. */
export interface ImMessagesPushFollowUpPath {
  /** ID of the bot message to attach the bubbles to (om_…). */
  message_id: string;
}

/** JSON body of `im.messages.push_follow_up`. */
export interface ImMessagesPushFollowUpData {
  /**
   * The suggestions, shown in this order.
   *
   * Constraints: at least 1 items.
   */
  follow_ups: ImMessagesPushFollowUpDataFollowUpsItem[];
}

export interface ImMessagesPushFollowUpDataFollowUpsItem {
  /** Text of the bubble, also the text sent when the user taps it. */
  content: string;
  /**
   * Translations of content; the client shows the one matching the user's language and falls back to
   * content.
   */
  i18n_contents?: ImMessagesPushFollowUpDataFollowUpsItemI18nContentsItem[];
}

export interface ImMessagesPushFollowUpDataFollowUpsItemI18nContentsItem {
  /** Text in this language. */
  content: string;
  /** Language of this text. */
  language: 'en_us' | 'zh_cn' | 'zh_hk' | 'zh_tw' | 'ja_jp' | 'id_id' | 'vi_vn' | 'th_th' | 'pt_br' | 'es_es' | 'ko_kr' | 'de_de' | 'fr_fr' | 'it_it' | 'ru_ru' | 'ms_my';
}

/** A call of `im.messages.push_follow_up`. */
export interface ImMessagesPushFollowUpRequest {
  /** Path parameters. */
  path: ImMessagesPushFollowUpPath;
  /** JSON body. */
  data: ImMessagesPushFollowUpData;
}

/** Empty on success. */
export type ImMessagesPushFollowUpResponse = Record<string, never>;

/**
 * Add suggested follow-up bubbles under a bot message
 *
 * Attach clickable follow-up suggestions below the bot's latest message in a one-to-one chat; when the
 * user taps one, its text is sent back to the bot. Only works on the newest message, within 600
 * seconds of sending, and once per message.
 *
 * - Identities: bot (one of `im:message`, `im:message:send_as_bot`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/messages.yaml:1542 (`POST /open-apis/im/v1/messages/{message_id}/push_follow_up`)
 */
export const imMessagesPushFollowUp = /* @__PURE__ */ defineMethod<ImMessagesPushFollowUpRequest, ImMessagesPushFollowUpResponse>(imMessagesPushFollowUpDescriptor);

/** Path parameters of `im.messages.read_users`. */
export interface ImMessagesReadUsersPath {
  /** ID of a message the bot sent (om_…). */
  message_id: string;
}

/** Query parameters of `im.messages.read_users`. */
export interface ImMessagesReadUsersParams {
  /**
   * Kind of user id returned for each reader.
   *
   * - `user_id`: user_id, the id assigned by the tenant
   * - `union_id`: union_id (on_…), the same for all apps of one developer
   * - `open_id`: open_id (ou_…), the id of a user within this app
   */
  user_id_type: 'user_id' | 'union_id' | 'open_id';
  /**
   * Number of readers per page, 1 to 100.
   *
   * Constraints: minimum 1; maximum 100.
   */
  page_size?: number;
  /** Token from the previous page's page_token; omit it for the first page. */
  page_token?: string;
}

/** A call of `im.messages.read_users`. */
export interface ImMessagesReadUsersRequest {
  /** Path parameters. */
  path: ImMessagesReadUsersPath;
  /** Query parameters. */
  params: ImMessagesReadUsersParams;
}

/** The data of a successful `im.messages.read_users`. */
export interface ImMessagesReadUsersResponse {
  /** Readers on this page. */
  items?: MessageReadUser[];
  /** True when more readers follow. */
  has_more: boolean;
  /** Token for the next page; present when has_more is true. */
  page_token?: string;
}

/**
 * List the users who have read a message the caller sent
 *
 * Page through the users who have read a message the caller sent in the last 7 days, with the time
 * each read it. Only the sender may ask: the bot for its own messages, a user for theirs.
 *
 * - Identities: bot (one of `im:message`, `im:message:readonly`), user (one of `im:message`, `im:message:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/messages.yaml:1686 (`GET /open-apis/im/v1/messages/{message_id}/read_users`)
 */
export const imMessagesReadUsers = /* @__PURE__ */ definePaged<ImMessagesReadUsersRequest, ImMessagesReadUsersResponse, NonNullable<ImMessagesReadUsersResponse['items']>[number]>(imMessagesReadUsersDescriptor);

/** JSON body of `im.messages.read_status`. */
export interface ImMessagesReadStatusData {
  /**
   * Message ids (om_…), 1 to 50.
   *
   * Constraints: at least 1 items; at most 50 items.
   */
  message_ids: string[];
}

/** A call of `im.messages.read_status`. */
export interface ImMessagesReadStatusRequest {
  /** JSON body. */
  data: ImMessagesReadStatusData;
}

/** The data of a successful `im.messages.read_status`. */
export interface ImMessagesReadStatusResponse {
  /** The read state of each readable message, in request order. */
  items?: ImMessagesReadStatusResponseItemsItem[];
  /** Ids the user cannot see or that name no message. */
  invalid_message_ids?: string[];
}

export interface ImMessagesReadStatusResponseItemsItem {
  /** The message id (om_…). */
  message_id: string;
  /** The message's chat (oc_…). */
  chat_id?: string;
  /** Whether the user has read the message. */
  read: boolean;
  /**
   * When the user read it, in milliseconds; absent while unread.
   *
   * Constraints: format unix-ms.
   */
  read_time?: string;
}

/**
 * Whether the signed-in user has read given messages
 *
 * For 1 to 50 message ids, tells whether the signed-in user has read each message and when. Messages
 * the user sent count as read. Ids that do not name a message the user can see (not in the chat,
 * unknown, recalled) are listed in invalid_message_ids instead of failing the call.
 *
 * - Identities: user (one of `im:message:readonly`, `im:message`, `im:message:get_as_user`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/messages.yaml:1834 (`POST /open-apis/im/v1/messages/read_status`)
 */
export const imMessagesReadStatus = /* @__PURE__ */ defineMethod<ImMessagesReadStatusRequest, ImMessagesReadStatusResponse>(imMessagesReadStatusDescriptor);

/** Path parameters of `im.messages.reply`. */
export interface ImMessagesReplyPath {
  /** ID of the message to reply to (om_…). */
  message_id: string;
}

/** JSON body of `im.messages.reply`. */
export interface ImMessagesReplyData {
  /**
   * The content as a JSON string (double-encoded inside the body), shaped by msg_type, e.g.
   * "{\"text\":\"Hello team\"}". At most 150 KB for text and 30 KB for post and interactive messages
   * (card template data counts).
   *
   * Constraints: format json.
   */
  content: string;
  /**
   * Type of the message; it decides the shape of content.
   *
   * - `text`: plain text, content {"text":"…"}; <at user_id="ou_…"></at> mentions a user
   * - `post`: rich text, content {"zh_cn":{"title":"…","content":[[{"tag":"text","text":"…"}]]}} (one
   *   entry per language)
   * - `image`: an uploaded image, content {"image_key":"img_…"}
   * - `file`: an uploaded file, content {"file_key":"file_…"}
   * - `audio`: an uploaded opus voice clip, content {"file_key":"file_…"}
   * - `media`: an uploaded mp4 video with a cover image, content
   *   {"file_key":"file_…","image_key":"img_…"}
   * - `sticker`: a sticker, content {"file_key":"…"}; only stickers received in messages can be resent
   * - `interactive`: a card, content is the card JSON or {"type":"template","data":{…}}
   * - `share_chat`: a card inviting to a group chat, content {"chat_id":"oc_…"}
   * - `share_user`: a contact card of a user, content {"user_id":"ou_…"}
   */
  msg_type: 'text' | 'post' | 'image' | 'file' | 'audio' | 'media' | 'sticker' | 'interactive' | 'share_chat' | 'share_user';
  /**
   * When true, post the reply inside the message's thread, creating the thread if there is none; when
   * false, the reply appears in the main chat quoting the message.
   * @defaultValue false
   */
  reply_in_thread?: boolean;
  /**
   * Idempotency key chosen by the caller, up to 50 characters. Within one hour the platform sends at
   * most one message per uuid, so a retried request with the same uuid does not post a duplicate.
   *
   * Constraints: at most 50 characters.
   */
  uuid?: string;
}

/** A call of `im.messages.reply`. */
export interface ImMessagesReplyRequest {
  /** Path parameters. */
  path: ImMessagesReplyPath;
  /** JSON body. */
  data: ImMessagesReplyData;
}

/** The reply that was posted. */
export type ImMessagesReplyResponse = Message;

/**
 * Reply to a message
 *
 * Post a reply to an existing message in the same chat, as the bot or as the signed-in user; with
 * reply_in_thread the reply goes into (or starts) the message's thread. Content rules match create:
 * content is a JSON string shaped by msg_type. The caller must be a member of the chat and able to see
 * the message.
 *
 * - Identities: bot (`im:message:send_as_bot`), user (`im:message.send_as_user` and `im:message`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 * - Idempotency key: `uuid` (body); a fresh one is generated when none is given, so retries are safe
 *
 * @see specs/im/resources/messages.yaml:1924 (`POST /open-apis/im/v1/messages/{message_id}/reply`)
 */
export const imMessagesReply = /* @__PURE__ */ defineMethod<ImMessagesReplyRequest, ImMessagesReplyResponse>(imMessagesReplyDescriptor);

/** Path parameters of `im.messages.update`. */
export interface ImMessagesUpdatePath {
  /** ID of the message to edit (om_…). */
  message_id: string;
}

/** JSON body of `im.messages.update`. */
export interface ImMessagesUpdateData {
  /**
   * Type of the new content; it may differ from the original between text and post.
   *
   * - `text`: plain text, content {"text":"…"}; <at user_id="ou_…"></at> mentions a user
   * - `post`: rich text, content {"zh_cn":{"title":"…","content":[[{"tag":"text","text":"…"}]]}} (one
   *   entry per language)
   */
  msg_type: 'text' | 'post';
  /**
   * The new content as a JSON string (double-encoded inside the body), shaped by msg_type. At most 150
   * KB for text and 30 KB for post.
   *
   * Constraints: format json.
   */
  content: string;
}

/** A call of `im.messages.update`. */
export interface ImMessagesUpdateRequest {
  /** Path parameters. */
  path: ImMessagesUpdatePath;
  /** JSON body. */
  data: ImMessagesUpdateData;
}

/** The message after the edit. */
export type ImMessagesUpdateResponse = Message;

/**
 * Edit a sent text or post message
 *
 * Replace the content of a text or post message the bot sent; the chat shows it as edited. Each
 * message can be edited at most 20 times and only within the edit window set by the tenant
 * administrator. Cards are updated with patch instead.
 *
 * - Identities: bot (one of `im:message`, `im:message:send_as_bot`, `im:message:update`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/messages.yaml:2230 (`PUT /open-apis/im/v1/messages/{message_id}`)
 */
export const imMessagesUpdate = /* @__PURE__ */ defineMethod<ImMessagesUpdateRequest, ImMessagesUpdateResponse>(imMessagesUpdateDescriptor);

/** Path parameters of `im.messages.urgent_app`. */
export interface ImMessagesUrgentAppPath {
  /** ID of a message the bot sent (om_…). */
  message_id: string;
}

/** Query parameters of `im.messages.urgent_app`. */
export interface ImMessagesUrgentAppParams {
  /**
   * Kind of user id used in user_id_list.
   *
   * - `user_id`: user_id, the id assigned by the tenant
   * - `union_id`: union_id (on_…), the same for all apps of one developer
   * - `open_id`: open_id (ou_…), the id of a user within this app
   */
  user_id_type: 'user_id' | 'union_id' | 'open_id';
}

/** JSON body of `im.messages.urgent_app`. */
export interface ImMessagesUrgentAppData {
  /**
   * Users to notify by in-app, as ids of the kind named by user_id_type; they must be members of the
   * message's chat.
   *
   * Constraints: at least 1 items.
   */
  user_id_list: string[];
}

/** A call of `im.messages.urgent_app`. */
export interface ImMessagesUrgentAppRequest {
  /** Path parameters. */
  path: ImMessagesUrgentAppPath;
  /** Query parameters. */
  params: ImMessagesUrgentAppParams;
  /** JSON body. */
  data: ImMessagesUrgentAppData;
}

/** The data of a successful `im.messages.urgent_app`. */
export type ImMessagesUrgentAppResponse = UrgentResult;

/**
 * Buzz users in the app about a bot message
 *
 * Buzz users about a message the bot sent: they get an in-app urgent notification that stays until
 * they read it. The users must be members of the message's chat.
 *
 * - Identities: bot (`im:message.urgent`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/messages.yaml:2441 (`PATCH /open-apis/im/v1/messages/{message_id}/urgent_app`)
 */
export const imMessagesUrgentApp = /* @__PURE__ */ defineMethod<ImMessagesUrgentAppRequest, ImMessagesUrgentAppResponse>(imMessagesUrgentAppDescriptor);

/** Path parameters of `im.messages.urgent_phone`. */
export interface ImMessagesUrgentPhonePath {
  /** ID of a message the bot sent (om_…). */
  message_id: string;
}

/** Query parameters of `im.messages.urgent_phone`. */
export interface ImMessagesUrgentPhoneParams {
  /**
   * Kind of user id used in user_id_list.
   *
   * - `user_id`: user_id, the id assigned by the tenant
   * - `union_id`: union_id (on_…), the same for all apps of one developer
   * - `open_id`: open_id (ou_…), the id of a user within this app
   */
  user_id_type: 'user_id' | 'union_id' | 'open_id';
}

/** JSON body of `im.messages.urgent_phone`. */
export interface ImMessagesUrgentPhoneData {
  /**
   * Users to notify by phone call, as ids of the kind named by user_id_type; they must be members of the
   * message's chat.
   *
   * Constraints: at least 1 items.
   */
  user_id_list: string[];
}

/** A call of `im.messages.urgent_phone`. */
export interface ImMessagesUrgentPhoneRequest {
  /** Path parameters. */
  path: ImMessagesUrgentPhonePath;
  /** Query parameters. */
  params: ImMessagesUrgentPhoneParams;
  /** JSON body. */
  data: ImMessagesUrgentPhoneData;
}

/** The data of a successful `im.messages.urgent_phone`. */
export type ImMessagesUrgentPhoneResponse = UrgentResult;

/**
 * Buzz users about a bot message by phone call
 *
 * Buzz users about a message the bot sent with an automated phone call, on top of the in-app
 * notification. Each call uses the tenant's urgent quota; the users must be members of the message's
 * chat.
 *
 * - Identities: bot (`im:message.urgent:phone`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/messages.yaml:2577 (`PATCH /open-apis/im/v1/messages/{message_id}/urgent_phone`)
 */
export const imMessagesUrgentPhone = /* @__PURE__ */ defineMethod<ImMessagesUrgentPhoneRequest, ImMessagesUrgentPhoneResponse>(imMessagesUrgentPhoneDescriptor);

/** Path parameters of `im.messages.urgent_sms`. */
export interface ImMessagesUrgentSmsPath {
  /** ID of a message the bot sent (om_…). */
  message_id: string;
}

/** Query parameters of `im.messages.urgent_sms`. */
export interface ImMessagesUrgentSmsParams {
  /**
   * Kind of user id used in user_id_list.
   *
   * - `user_id`: user_id, the id assigned by the tenant
   * - `union_id`: union_id (on_…), the same for all apps of one developer
   * - `open_id`: open_id (ou_…), the id of a user within this app
   */
  user_id_type: 'user_id' | 'union_id' | 'open_id';
}

/** JSON body of `im.messages.urgent_sms`. */
export interface ImMessagesUrgentSmsData {
  /**
   * Users to notify by SMS, as ids of the kind named by user_id_type; they must be members of the
   * message's chat.
   *
   * Constraints: at least 1 items.
   */
  user_id_list: string[];
}

/** A call of `im.messages.urgent_sms`. */
export interface ImMessagesUrgentSmsRequest {
  /** Path parameters. */
  path: ImMessagesUrgentSmsPath;
  /** Query parameters. */
  params: ImMessagesUrgentSmsParams;
  /** JSON body. */
  data: ImMessagesUrgentSmsData;
}

/** The data of a successful `im.messages.urgent_sms`. */
export type ImMessagesUrgentSmsResponse = UrgentResult;

/**
 * Buzz users about a bot message by SMS
 *
 * Buzz users about a message the bot sent with a text message to their phone, on top of the in-app
 * notification. Each SMS uses the tenant's urgent quota; the users must be members of the message's
 * chat.
 *
 * - Identities: bot (`im:message.urgent:sms`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/messages.yaml:2713 (`PATCH /open-apis/im/v1/messages/{message_id}/urgent_sms`)
 */
export const imMessagesUrgentSms = /* @__PURE__ */ defineMethod<ImMessagesUrgentSmsRequest, ImMessagesUrgentSmsResponse>(imMessagesUrgentSmsDescriptor);

/** Query parameters of `im.messages.search`. */
export interface ImMessagesSearchParams {
  /**
   * Number of results per page, 1 to 50.
   *
   * Constraints: minimum 1; maximum 50.
   * @defaultValue 20
   */
  page_size?: number;
  /** Token from the previous page's page_token; omit it for the first page. */
  page_token?: string;
  /**
   * Kind of user id used in the filter and in the results.
   *
   * - `user_id`: user_id, the id assigned by the tenant
   * - `union_id`: union_id (on_…), the same for all apps of one developer
   * - `open_id`: open_id (ou_…), the id of a user within this app
   * @defaultValue "open_id"
   */
  user_id_type?: 'user_id' | 'union_id' | 'open_id';
}

/** JSON body of `im.messages.search`. */
export interface ImMessagesSearchData {
  /**
   * Keywords to look for. Wrap a phrase containing "-" in double quotes. May be empty when filter
   * narrows the search.
   */
  query?: string;
  /** Conditions every result must meet; all given conditions apply together. */
  filter?: ImMessagesSearchDataFilter;
}

export interface ImMessagesSearchDataFilter {
  /** Only messages sent by these users (ids of user_id_type). */
  from_ids?: string[];
  /** Only messages in these chats (oc_…). */
  chat_ids?: string[];
  /** Only messages sent within this period. */
  time_range?: ImMessagesSearchDataFilterTimeRange;
  /** Only messages carrying one of these attachment kinds. */
  include_attachment_types?: Array<'image' | 'video' | 'file' | 'link'>;
  /** Only messages from these kinds of sender. */
  from_types?: Array<'user' | 'bot'>;
  /** Only messages that mention one of these users; messages mentioning everyone match too. */
  at_chatter_ids?: string[];
  /**
   * Only messages in this kind of chat.
   *
   * - `group`: group chats
   * - `p2p`: one-to-one chats
   */
  chat_type?: 'group' | 'p2p';
  /** When true, only messages that mention the signed-in user. */
  is_at_me?: boolean;
  /** Leave out messages from these kinds of sender; must not repeat a value of from_types. */
  exclude_from_types?: Array<'user' | 'bot'>;
}

export interface ImMessagesSearchDataFilterTimeRange {
  /**
   * Start of the period, an ISO 8601 date-time with a UTC offset, e.g. 2026-01-01T00:00:00+08:00.
   *
   * Constraints: format date-time.
   */
  start_time?: string;
  /**
   * End of the period, an ISO 8601 date-time with a UTC offset; not before start_time.
   *
   * Constraints: format date-time.
   */
  end_time?: string;
}

/** A call of `im.messages.search`. */
export interface ImMessagesSearchRequest {
  /** Query parameters. */
  params?: ImMessagesSearchParams;
  /** JSON body. */
  data?: ImMessagesSearchData;
}

/** The data of a successful `im.messages.search`. */
export interface ImMessagesSearchResponse {
  /** The matches of this page, best first. */
  items: ImMessagesSearchResponseItemsItem[];
  /** Estimated number of matches in all pages. */
  total?: number;
  /** True when more matches follow. */
  has_more: boolean;
  /** Token for the next page; present when has_more is true. */
  page_token?: string;
  /** A remark from the search service, e.g. that results were limited. */
  notice?: string;
}

export interface ImMessagesSearchResponseItemsItem {
  /** ID of the matching message (om_…). */
  id: string;
  /** A short preview of the match, when provided. */
  display_info?: string;
  /** Where and when the matching message was posted. */
  meta_data?: ImMessagesSearchResponseItemsItemMetaData;
}

export interface ImMessagesSearchResponseItemsItemMetaData {
  /** ID of the message (om_…); pass it to mget for the full message. */
  message_id: string;
  /** Kind of message, in the search service's own naming. */
  type?: 'unknown' | 'post' | 'file' | 'text' | 'image' | 'system' | 'audio' | 'email' | 'share_group_chat' | 'sticker' | 'merge_forward' | 'calendar' | 'cloud_file' | 'card' | 'media' | 'share_calendar_event' | 'hongbao' | 'general_calendar' | 'video_chat' | 'location' | 'commercialized_hongbao' | 'share_user_card' | 'todo' | 'folder' | 'diagnose' | 'vote' | 'link';
  /** When the message was sent, as a timestamp string. */
  create_time?: string;
  /** When the message was last changed, as a timestamp string. */
  update_time?: string;
  /** Sequence number of the message in its chat. */
  position?: number;
  /** ID of the chat holding the message (oc_…). */
  chat_id?: string;
  /** ID of the sender. */
  from_id?: string;
  /** ID of the thread (omt_…) when the message is in one. */
  thread_id?: string;
  /** Sequence number of the message in its thread. */
  thread_position?: number;
  /** True when the chat is a one-to-one chat. */
  is_p2p_chat?: boolean;
}

/**
 * Search messages visible to the signed-in user
 *
 * Full-text search over the messages the signed-in user can see, narrowed by chats, senders, mentions,
 * attachment types and time range. Returns message ids with light metadata, page by page; fetch the
 * full messages with mget. User identity only.
 *
 * - Identities: user (`search:message`)
 * - Risk: read
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/messages.yaml:2850 (`POST /open-apis/im/v1/messages/search`)
 */
export const imMessagesSearch = /* @__PURE__ */ definePaged<ImMessagesSearchRequest | void, ImMessagesSearchResponse, NonNullable<ImMessagesSearchResponse['items']>[number]>(imMessagesSearchDescriptor);

/** Query parameters of `im.messages.mget`. */
export interface ImMessagesMgetParams {
  /**
   * IDs of the messages to read (om_…), sent as repeated keys (message_ids=om_a&message_ids=om_b); at
   * most 50.
   *
   * Constraints: at least 1 items; at most 50 items; sent as repeated query keys.
   */
  message_ids: string[];
  /**
   * How to return the content of card (interactive) messages. raw_card_content returns the card JSON as
   * it was sent; user_card_content returns the card as users see it, including cards built with card
   * JSON 2.0 or from templates. Without it the platform returns a legacy rendering that for newer cards
   * may be only an "upgrade your client" placeholder.
   *
   * - `raw_card_content`: the card JSON as sent
   * - `user_card_content`: the card as rendered for users
   */
  card_msg_content_type?: 'raw_card_content' | 'user_card_content';
  /**
   * When true, fill sender.sender_name (and localised names) for each message returned.
   * @defaultValue false
   */
  with_sender_name?: boolean;
  /**
   * Kind of user id used for senders and mentions in the answer.
   *
   * - `user_id`: user_id, the id assigned by the tenant
   * - `union_id`: union_id (on_…), the same for all apps of one developer
   * - `open_id`: open_id (ou_…), the id of a user within this app
   * @defaultValue "open_id"
   */
  user_id_type?: 'user_id' | 'union_id' | 'open_id';
}

/** A call of `im.messages.mget`. */
export interface ImMessagesMgetRequest {
  /** Query parameters. */
  params: ImMessagesMgetParams;
}

/** The data of a successful `im.messages.mget`. */
export interface ImMessagesMgetResponse {
  /** The messages found, one per requested id that the caller may see. */
  items?: Message[];
}

/**
 * Get up to 50 messages by id in one call
 *
 * Read several messages at once by their ids, for example the ids returned by search. Each message is
 * returned only if the caller can see it; the bot must be a member of the chats involved.
 *
 * - Identities: bot (`im:message.group_msg` and `im:message.p2p_msg:readonly`), user (`im:message.group_msg:get_as_user` and `im:message.p2p_msg:get_as_user`)
 * - Risk: read
 *
 * @see specs/im/resources/messages.yaml:3106 (`GET /open-apis/im/v1/messages/mget`)
 */
export const imMessagesMget = /* @__PURE__ */ defineMethod<ImMessagesMgetRequest, ImMessagesMgetResponse>(imMessagesMgetDescriptor);

/**
 * Messages in chats: send, reply, edit, recall, forward and read them, list a chat or thread, search
 * what a user can see, and buzz users about important messages.
 */
export const imMessages = {
  /** Send a message to a user or a chat */
  create: imMessagesCreate,
  /** Recall (delete) a sent message */
  delete: imMessagesDelete,
  /** Forward one message to a user, chat or thread */
  forward: imMessagesForward,
  /** Get one message by id */
  get: imMessagesGet,
  /** List the messages of a chat or thread */
  list: imMessagesList,
  /** Forward several messages as one merged message */
  mergeForward: imMessagesMergeForward,
  /** Update the content of a sent card */
  patch: imMessagesPatch,
  /** Add suggested follow-up bubbles under a bot message */
  pushFollowUp: imMessagesPushFollowUp,
  /** List the users who have read a message the caller sent */
  readUsers: imMessagesReadUsers,
  /** Whether the signed-in user has read given messages */
  readStatus: imMessagesReadStatus,
  /** Reply to a message */
  reply: imMessagesReply,
  /** Edit a sent text or post message */
  update: imMessagesUpdate,
  /** Buzz users in the app about a bot message */
  urgentApp: imMessagesUrgentApp,
  /** Buzz users about a bot message by phone call */
  urgentPhone: imMessagesUrgentPhone,
  /** Buzz users about a bot message by SMS */
  urgentSms: imMessagesUrgentSms,
  /** Search messages visible to the signed-in user */
  search: imMessagesSearch,
  /** Get up to 50 messages by id in one call */
  mget: imMessagesMget,
};
