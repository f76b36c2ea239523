// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import { defineMethod, definePaged } from '../../core/method.js';
import type { Emoji, Operator, Reaction } from './schemas.js';
import { imReactionsCreateDescriptor } from './descriptors/im.reactions.create.js';
import { imReactionsDeleteDescriptor } from './descriptors/im.reactions.delete.js';
import { imReactionsListDescriptor } from './descriptors/im.reactions.list.js';
import { imReactionsBatchQueryDescriptor } from './descriptors/im.reactions.batch_query.js';

/** Path parameters of `im.reactions.create`. */
export interface ImReactionsCreatePath {
  /** ID of the message to react to (om_…). */
  message_id: string;
}

/** JSON body of `im.reactions.create`. */
export interface ImReactionsCreateData {
  /** The emoji to add. */
  reaction_type: Emoji;
}

/** A call of `im.reactions.create`. */
export interface ImReactionsCreateRequest {
  /** Path parameters. */
  path: ImReactionsCreatePath;
  /** JSON body. */
  data: ImReactionsCreateData;
}

/** The data of a successful `im.reactions.create`. */
export type ImReactionsCreateResponse = Reaction;

/**
 * Add an emoji reaction to a message
 *
 * Puts an emoji reaction on a message on behalf of the caller and returns the new reaction with its
 * reaction_id. The caller must be in the message's chat; recalled, deleted and system messages take no
 * reactions.
 *
 * - Identities: bot (one of `im:message`, `im:message.reactions:write_only`), user (one of `im:message`, `im:message.reactions:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/reactions.yaml:8 (`POST /open-apis/im/v1/messages/{message_id}/reactions`)
 */
export const imReactionsCreate = /* @__PURE__ */ defineMethod<ImReactionsCreateRequest, ImReactionsCreateResponse>(imReactionsCreateDescriptor);

/** Path parameters of `im.reactions.delete`. */
export interface ImReactionsDeletePath {
  /** ID of the message carrying the reaction (om_…). */
  message_id: string;
  /**
   * ID of the reaction to remove, as returned when it was added or by list. It must belong to
   * message_id.
   */
  reaction_id: string;
}

/** A call of `im.reactions.delete`. */
export interface ImReactionsDeleteRequest {
  /** Path parameters. */
  path: ImReactionsDeletePath;
}

/** The data of a successful `im.reactions.delete`. */
export type ImReactionsDeleteResponse = Reaction;

/**
 * Remove a reaction you added to a message
 *
 * Takes one reaction off a message and returns the reaction that was removed. Callers can only remove
 * reactions they added themselves, and must still be in the message's chat.
 *
 * - Identities: bot (one of `im:message`, `im:message.reactions:write_only`), user (one of `im:message`, `im:message.reactions:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/reactions.yaml:160 (`DELETE /open-apis/im/v1/messages/{message_id}/reactions/{reaction_id}`)
 */
export const imReactionsDelete = /* @__PURE__ */ defineMethod<ImReactionsDeleteRequest, ImReactionsDeleteResponse>(imReactionsDeleteDescriptor);

/** Path parameters of `im.reactions.list`. */
export interface ImReactionsListPath {
  /** ID of the message whose reactions are listed (om_…). */
  message_id: string;
}

/** Query parameters of `im.reactions.list`. */
export interface ImReactionsListParams {
  /** Only return reactions with this emoji_type, e.g. THUMBSUP. Leave it out to get every reaction. */
  reaction_type?: string;
  /** Token from the previous page's page_token to continue listing; leave it out for the first page. */
  page_token?: string;
  /**
   * How many reactions to return per page, 1 to 50.
   *
   * Constraints: minimum 1; maximum 50.
   * @defaultValue 20
   */
  page_size?: number;
  /**
   * Kind of ID used for users in operator.operator_id. user_id additionally needs the
   * contact:user.employee_id:readonly scope.
   *
   * - `open_id`: The user's ID within this app (ou_…).
   * - `union_id`: The user's ID across the developer's apps (on_…).
   * - `user_id`: The user's ID within the tenant.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
}

/** A call of `im.reactions.list`. */
export interface ImReactionsListRequest {
  /** Path parameters. */
  path: ImReactionsListPath;
  /** Query parameters. */
  params?: ImReactionsListParams;
}

/** The data of a successful `im.reactions.list`. */
export interface ImReactionsListResponse {
  /** Reactions on this page. */
  items: Reaction[];
  /** true when more reactions follow; request again with page_token. */
  has_more: boolean;
  /** Token for the next page; present when has_more is true. */
  page_token?: string;
}

/**
 * List the reactions on a message
 *
 * Returns the reactions on one message, page by page, optionally only those of one emoji type. Each
 * entry says who reacted and when. The caller must be in the message's chat; recalled messages return
 * no reactions.
 *
 * - Identities: bot (one of `im:message.reactions:read`, `im:message:readonly`), user (one of `im:message.reactions:read`, `im:message:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/reactions.yaml:311 (`GET /open-apis/im/v1/messages/{message_id}/reactions`)
 */
export const imReactionsList = /* @__PURE__ */ definePaged<ImReactionsListRequest, ImReactionsListResponse, NonNullable<ImReactionsListResponse['items']>[number]>(imReactionsListDescriptor);

/** Query parameters of `im.reactions.batch_query`. */
export interface ImReactionsBatchQueryParams {
  /**
   * Kind of ID used for users in operator.operator_id. user_id additionally needs the
   * contact:user.employee_id:readonly scope.
   *
   * - `open_id`: The user's ID within this app (ou_…).
   * - `union_id`: The user's ID across the developer's apps (on_…).
   * - `user_id`: The user's ID within the tenant.
   * @defaultValue "open_id"
   */
  user_id_type?: 'user_id' | 'union_id' | 'open_id';
}

/** JSON body of `im.reactions.batch_query`. */
export interface ImReactionsBatchQueryData {
  /**
   * The messages to look up, 1 to 20 of them.
   *
   * Constraints: at least 1 items; at most 20 items.
   */
  queries: ImReactionsBatchQueryDataQueriesItem[];
  /**
   * How many reactions to return per message, 1 to 10.
   *
   * Constraints: minimum 1; maximum 10.
   * @defaultValue 10
   */
  page_size_per_message?: number;
  /** Only return reactions with this emoji_type, e.g. LAUGH; leave it out for all reactions. */
  reaction_type?: string;
}

export interface ImReactionsBatchQueryDataQueriesItem {
  /** ID of a message (om_…). */
  message_id?: string;
  /**
   * page_token returned for this message by an earlier call, to get its next page of reactions; leave it
   * out for the first page.
   */
  page_token?: string;
}

/** A call of `im.reactions.batch_query`. */
export interface ImReactionsBatchQueryRequest {
  /** Query parameters. */
  params?: ImReactionsBatchQueryParams;
  /** JSON body. */
  data: ImReactionsBatchQueryData;
}

/** The data of a successful `im.reactions.batch_query`. */
export interface ImReactionsBatchQueryResponse {
  /** A page of reactions for each message that could be read. */
  success_msg_reaction_details?: ImReactionsBatchQueryResponseSuccessMsgReactionDetailsItem[];
  /** Number of reactions per emoji for each message that could be read. */
  success_msg_reaction_counts?: ImReactionsBatchQueryResponseSuccessMsgReactionCountsItem[];
  /** Messages whose reactions could not be read, with the reason. */
  fail_msg_reaction_details?: ImReactionsBatchQueryResponseFailMsgReactionDetailsItem[];
}

export interface ImReactionsBatchQueryResponseSuccessMsgReactionDetailsItem {
  /** ID of the message. */
  message_id?: string;
  /** true when the message has more reactions than returned here. */
  has_more?: boolean;
  /**
   * Pass it back in queries[].page_token for this message to get the next page; present when has_more is
   * true.
   */
  page_token?: string;
  /** Reactions on this page. */
  message_reaction_items?: ImReactionsBatchQueryResponseSuccessMsgReactionDetailsItemMessageReactionItemsItem[];
}

export interface ImReactionsBatchQueryResponseSuccessMsgReactionDetailsItemMessageReactionItemsItem {
  /** ID of the reaction. */
  reaction_id?: string;
  /** The user or app that added the reaction. */
  operator?: Operator;
  /**
   * When the reaction was added, as a Unix timestamp in milliseconds.
   *
   * Constraints: format unix-ms.
   */
  action_time?: string;
  /** Emoji name of the reaction, e.g. THUMBSUP. */
  emoji_type?: string;
}

export interface ImReactionsBatchQueryResponseSuccessMsgReactionCountsItem {
  /** ID of the message. */
  message_id?: string;
  /** One entry per emoji used on the message. */
  reaction_count?: ImReactionsBatchQueryResponseSuccessMsgReactionCountsItemReactionCountItem[];
}

export interface ImReactionsBatchQueryResponseSuccessMsgReactionCountsItemReactionCountItem {
  /** Emoji name, e.g. THUMBSUP. */
  reaction_type?: string;
  /**
   * How many reactions with this emoji the message has, as a decimal string.
   *
   * Constraints: format int64.
   */
  count?: string;
}

export interface ImReactionsBatchQueryResponseFailMsgReactionDetailsItem {
  /** ID of the message. */
  message_id?: string;
  /**
   * Why the reactions of this message were not returned.
   *
   * - `invalid`: The message ID is not valid.
   * - `invalid_page_token`: The page_token given for this message is not valid.
   * - `no_permission`: The caller may not read this message.
   */
  fail_reason?: 'invalid' | 'invalid_page_token' | 'no_permission';
}

/**
 * Get reactions and reaction counts for up to 20 messages
 *
 * Returns, for each of up to 20 messages, a page of its reactions and the number of reactions per
 * emoji, so a message list can be decorated in one call. Messages that cannot be read are reported in
 * fail_msg_reaction_details instead of failing the whole call. The caller must be in each message's
 * chat.
 *
 * - Identities: bot (one of `im:message.reactions:read`, `im:message:readonly`), user (one of `im:message.reactions:read`, `im:message:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/reactions.yaml:458 (`POST /open-apis/im/v1/messages/reactions/batch_query`)
 */
export const imReactionsBatchQuery = /* @__PURE__ */ defineMethod<ImReactionsBatchQueryRequest, ImReactionsBatchQueryResponse>(imReactionsBatchQueryDescriptor);

/**
 * Emoji reactions on messages. A user or bot in the message's chat can add reactions, remove the ones
 * it added itself, and read who reacted with what, one message at a time or for up to 20 messages in
 * one call.
 */
export const imReactions = {
  /** Add an emoji reaction to a message */
  create: imReactionsCreate,
  /** Remove a reaction you added to a message */
  delete: imReactionsDelete,
  /** List the reactions on a message */
  list: imReactionsList,
  /** Get reactions and reaction counts for up to 20 messages */
  batchQuery: imReactionsBatchQuery,
};
