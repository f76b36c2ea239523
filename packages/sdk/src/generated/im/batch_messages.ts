// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/batch_messages.yaml

import { defineMethod } from '../../core/method.js';
import { imBatchMessagesDeleteDescriptor } from './descriptors/im.batch_messages.delete.js';
import { imBatchMessagesGetProgressDescriptor } from './descriptors/im.batch_messages.get_progress.js';
import { imBatchMessagesReadUserDescriptor } from './descriptors/im.batch_messages.read_user.js';

/** Path parameters of `im.batch_messages.delete`. */
export interface ImBatchMessagesDeletePath {
  /** ID of the batch returned when the batch message was sent (bm-…). */
  batch_message_id: string;
}

/** A call of `im.batch_messages.delete`. */
export interface ImBatchMessagesDeleteRequest {
  /** Path parameters. */
  path: ImBatchMessagesDeletePath;
}

/** Empty once the recall has been accepted. */
export type ImBatchMessagesDeleteResponse = Record<string, never>;

/**
 * Recall every message of a batch send
 *
 * Recall all messages delivered by one batch send, for every recipient; it cannot be undone. The
 * recall runs asynchronously; watch it with get_progress. Only the sending app may recall, within the
 * recall window set by the tenant administrator.
 *
 * - Identities: bot (one of `im:message:send_multi_depts`, `im:message:send_multi_users`)
 * - Risk: high-risk-write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/batch_messages.yaml:7 (`DELETE /open-apis/im/v1/batch_messages/{batch_message_id}`)
 */
export const imBatchMessagesDelete = /* @__PURE__ */ defineMethod<ImBatchMessagesDeleteRequest, ImBatchMessagesDeleteResponse>(imBatchMessagesDeleteDescriptor);

/** Path parameters of `im.batch_messages.get_progress`. */
export interface ImBatchMessagesGetProgressPath {
  /** ID of the batch returned when the batch message was sent (bm-…). */
  batch_message_id: string;
}

/** A call of `im.batch_messages.get_progress`. */
export interface ImBatchMessagesGetProgressRequest {
  /** Path parameters. */
  path: ImBatchMessagesGetProgressPath;
}

/** The data of a successful `im.batch_messages.get_progress`. */
export interface ImBatchMessagesGetProgressResponse {
  /** Delivery figures. */
  batch_message_send_progress?: ImBatchMessagesGetProgressResponseBatchMessageSendProgress;
  /** Recall figures. */
  batch_message_recall_progress?: ImBatchMessagesGetProgressResponseBatchMessageRecallProgress;
}

export interface ImBatchMessagesGetProgressResponseBatchMessageSendProgress {
  /** Recipients that could be addressed after expanding departments and dropping invalid ids. */
  valid_user_ids_count?: number;
  /** Recipients the message was delivered to so far. */
  success_user_ids_count?: number;
  /** Recipients who have read it so far. */
  read_user_ids_count?: number;
}

export interface ImBatchMessagesGetProgressResponseBatchMessageRecallProgress {
  /** True when the batch has been recalled. */
  recall?: boolean;
  /** Messages recalled so far. */
  recall_count?: number;
}

/**
 * Get delivery and recall progress of a batch send
 *
 * Report how far a batch send has got: how many recipients were valid, received and read it, and
 * whether and how far a recall has gone. Works for batches sent in the last 30 days; the figures are a
 * snapshot.
 *
 * - Identities: bot (one of `im:message:send_multi_depts`, `im:message:send_multi_users`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/batch_messages.yaml:85 (`GET /open-apis/im/v1/batch_messages/{batch_message_id}/get_progress`)
 */
export const imBatchMessagesGetProgress = /* @__PURE__ */ defineMethod<ImBatchMessagesGetProgressRequest, ImBatchMessagesGetProgressResponse>(imBatchMessagesGetProgressDescriptor);

/** Path parameters of `im.batch_messages.read_user`. */
export interface ImBatchMessagesReadUserPath {
  /** ID of the batch returned when the batch message was sent (bm-…). */
  batch_message_id: string;
}

/** A call of `im.batch_messages.read_user`. */
export interface ImBatchMessagesReadUserRequest {
  /** Path parameters. */
  path: ImBatchMessagesReadUserPath;
}

/** The data of a successful `im.batch_messages.read_user`. */
export interface ImBatchMessagesReadUserResponse {
  /** Reading figures. */
  read_user?: ImBatchMessagesReadUserResponseReadUser;
}

export interface ImBatchMessagesReadUserResponseReadUser {
  /** Recipients who have read the message, as a decimal string. */
  read_count: string;
  /** Recipients the message was sent to, as a decimal string. */
  total_count: string;
}

/**
 * Count how many recipients read a batch message
 *
 * Return how many recipients of a batch send have read it out of how many received it. Works for
 * batches sent in the last 30 days; the figures are a snapshot.
 *
 * - Identities: bot (one of `im:message:send_multi_depts`, `im:message:send_multi_users`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/batch_messages.yaml:184 (`GET /open-apis/im/v1/batch_messages/{batch_message_id}/read_user`)
 */
export const imBatchMessagesReadUser = /* @__PURE__ */ defineMethod<ImBatchMessagesReadUserRequest, ImBatchMessagesReadUserResponse>(imBatchMessagesReadUserDescriptor);

/**
 * Messages the app sent to many users or departments at once through the batch send API: recall them
 * and follow their delivery and reading.
 */
export const imBatchMessages = {
  /** Recall every message of a batch send */
  delete: imBatchMessagesDelete,
  /** Get delivery and recall progress of a batch send */
  getProgress: imBatchMessagesGetProgress,
  /** Count how many recipients read a batch message */
  readUser: imBatchMessagesReadUser,
};
