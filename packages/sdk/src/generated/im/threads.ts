// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/threads.yaml

import { defineMethod } from '../../core/method.js';
import type { Message } from './schemas.js';
import { imThreadsForwardDescriptor } from './descriptors/im.threads.forward.js';

/** Path parameters of `im.threads.forward`. */
export interface ImThreadsForwardPath {
  /** ID of the thread to forward (omt_…). */
  thread_id: string;
}

/** Query parameters of `im.threads.forward`. */
export interface ImThreadsForwardParams {
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

/** JSON body of `im.threads.forward`. */
export interface ImThreadsForwardData {
  /** ID of the destination user, chat or thread, of the kind named by receive_id_type. */
  receive_id: string;
}

/** A call of `im.threads.forward`. */
export interface ImThreadsForwardRequest {
  /** Path parameters. */
  path: ImThreadsForwardPath;
  /** Query parameters. */
  params: ImThreadsForwardParams;
  /** JSON body. */
  data: ImThreadsForwardData;
}

/** The merge_forward message created at the destination. */
export type ImThreadsForwardResponse = Message;

/**
 * Forward a whole thread to a user, chat or thread
 *
 * Send a thread (its root and all replies) to another user, chat or thread as one merged message, as
 * the bot or as the signed-in user. The caller must be able to see the thread and be allowed to post
 * at the destination.
 *
 * - Identities: bot (one of `im:message`, `im:message:send_as_bot`), user (`im:message`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 * - Idempotency key: `uuid` (query); a fresh one is generated when none is given, so retries are safe
 *
 * @see specs/im/resources/threads.yaml:5 (`POST /open-apis/im/v1/threads/{thread_id}/forward`)
 */
export const imThreadsForward = /* @__PURE__ */ defineMethod<ImThreadsForwardRequest, ImThreadsForwardResponse>(imThreadsForwardDescriptor);

/** Threads: the replies hanging off a root message, named by a thread_id (omt_…). */
export const imThreads = {
  /** Forward a whole thread to a user, chat or thread */
  forward: imThreadsForward,
};
