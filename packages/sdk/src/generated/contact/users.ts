// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/contact/resources/users.yaml

import { defineMethod } from '../../core/method.js';
import type { User, UserBasic } from './schemas.js';
import { contactUsersBatchDescriptor } from './descriptors/contact.users.batch.js';
import { contactUsersBasicBatchDescriptor } from './descriptors/contact.users.basic_batch.js';

/** Query parameters of `contact.users.batch`. */
export interface ContactUsersBatchParams {
  /**
   * Ids of the users to look up, sent as repeated keys, in the type given by user_id_type.
   *
   * Constraints: at least 1 items; at most 50 items; sent as repeated query keys.
   */
  user_ids: string[];
  /**
   * Which kind of id user_ids holds and the response uses for user references.
   *
   * - `open_id`: The id of the user as seen by this app (ou_…).
   * - `union_id`: The id shared by all apps of the same developer (on_…).
   * - `user_id`: The tenant-wide employee id; needs the employee id scope.
   * @defaultValue "open_id"
   */
  user_id_type?: 'open_id' | 'union_id' | 'user_id';
  /**
   * Which kind of department id the response uses.
   *
   * - `open_department_id`: The department id as seen by this app (od-…).
   * - `department_id`: The department id the tenant assigned itself.
   * @defaultValue "open_department_id"
   */
  department_id_type?: 'open_department_id' | 'department_id';
}

/** A call of `contact.users.batch`. */
export interface ContactUsersBatchRequest {
  /** Query parameters. */
  params: ContactUsersBatchParams;
}

/** The data of a successful `contact.users.batch`. */
export interface ContactUsersBatchResponse {
  /**
   * Profiles of the users that were found and visible to the caller; ids that are unknown or out of
   * range are left out, so the list can be shorter than the request.
   */
  items?: User[];
}

/**
 * Get the directory profiles of up to 50 users
 *
 * Returns the directory profile of each listed user in one call. Works with the bot or the user
 * identity; only users inside the app's visibility range (or the signed-in user's) are returned, and
 * which profile fields are filled in depends on the field-level contact scopes the app holds. The IM
 * tools call it with the bot identity to resolve sender names.
 *
 * - Identities: bot (`contact:user.base:readonly`), user (`contact:user.base:readonly`)
 * - Risk: read
 *
 * @see specs/contact/resources/users.yaml:7 (`GET /open-apis/contact/v3/users/batch`)
 */
export const contactUsersBatch = /* @__PURE__ */ defineMethod<ContactUsersBatchRequest, ContactUsersBatchResponse>(contactUsersBatchDescriptor);

/** Query parameters of `contact.users.basic_batch`. */
export interface ContactUsersBasicBatchParams {
  /**
   * Which kind of id user_ids holds; the answer uses the same kind.
   *
   * - `user_id`: The tenant-wide employee id.
   * - `union_id`: The id shared by all apps of the same developer (on_…).
   * - `open_id`: The id of the user as seen by this app (ou_…).
   * @defaultValue "open_id"
   */
  user_id_type?: 'user_id' | 'union_id' | 'open_id';
}

/** JSON body of `contact.users.basic_batch`. */
export interface ContactUsersBasicBatchData {
  /**
   * Ids of the users to look up, in the type given by user_id_type.
   *
   * Constraints: at least 1 items; at most 10 items.
   */
  user_ids: string[];
}

/** A call of `contact.users.basic_batch`. */
export interface ContactUsersBasicBatchRequest {
  /** Query parameters. */
  params?: ContactUsersBasicBatchParams;
  /** JSON body. */
  data: ContactUsersBasicBatchData;
}

/** The data of a successful `contact.users.basic_batch`. */
export interface ContactUsersBasicBatchResponse {
  /** One entry per user found; unknown or invisible ids are left out. */
  users?: UserBasic[];
}

/**
 * Get the names of up to 10 users as the signed-in user
 *
 * Returns only the id and display name (with localised forms) of each listed user. It needs the user
 * identity and answers for the users the signed-in user can see, which makes it the way to name
 * message senders with `--as user`. Despite being a POST it changes nothing.
 *
 * - Identities: user (`contact:user.basic_profile:readonly`)
 * - Risk: read
 *
 * @see specs/contact/resources/users.yaml:127 (`POST /open-apis/contact/v3/users/basic_batch`)
 */
export const contactUsersBasicBatch = /* @__PURE__ */ defineMethod<ContactUsersBasicBatchRequest, ContactUsersBasicBatchResponse>(contactUsersBasicBatchDescriptor);

/**
 * Users of the tenant's contact directory. The IM tools only read them, to turn the open_ids found in
 * messages, mentions and member lists into people's names.
 */
export const contactUsers = {
  /** Get the directory profiles of up to 50 users */
  batch: contactUsersBatch,
  /** Get the names of up to 10 users as the signed-in user */
  basicBatch: contactUsersBasicBatch,
};
