// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.announcement.yaml

import { defineMethod } from '../../core/method.js';
import { imChatAnnouncementGetDescriptor } from './descriptors/im.chat.announcement.get.js';
import { imChatAnnouncementPatchDescriptor } from './descriptors/im.chat.announcement.patch.js';

/** Path parameters of `im.chat.announcement.get`. */
export interface ImChatAnnouncementGetPath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** Query parameters of `im.chat.announcement.get`. */
export interface ImChatAnnouncementGetParams {
  /**
   * Kind of user id used for owner_id and modifier_id when they are users.
   *
   * - `user_id`: The user's employee id within the tenant.
   * - `union_id`: The user's id across the apps of one developer (on_…).
   * - `open_id`: The user's id within this app (ou_…).
   * @defaultValue "open_id"
   */
  user_id_type?: 'user_id' | 'union_id' | 'open_id';
}

/** A call of `im.chat.announcement.get`. */
export interface ImChatAnnouncementGetRequest {
  /** Path parameters. */
  path: ImChatAnnouncementGetPath;
  /** Query parameters. */
  params?: ImChatAnnouncementGetParams;
}

/** The data of a successful `im.chat.announcement.get`. */
export interface ImChatAnnouncementGetResponse {
  /**
   * The announcement document, serialised in the legacy document format.
   *
   * Constraints: format json.
   */
  content?: string;
  /**
   * Current revision number of the announcement; pass it to patch.
   *
   * Constraints: format int64.
   */
  revision?: string;
  /**
   * When the announcement was created, in Unix seconds.
   *
   * Constraints: format unix-seconds.
   */
  create_time?: string;
  /**
   * When the announcement was last changed, in Unix seconds.
   *
   * Constraints: format unix-seconds.
   */
  update_time?: string;
  /**
   * Kind of id in owner_id; app_id when a bot owns the announcement.
   *
   * - `user_id`: The owner is a user, named by employee id.
   * - `union_id`: The owner is a user, named by union id.
   * - `open_id`: The owner is a user, named by open id.
   * - `app_id`: The owner is a bot, named by its app id.
   */
  owner_id_type?: 'user_id' | 'union_id' | 'open_id' | 'app_id';
  /** Id of the announcement document's owner. */
  owner_id?: string;
  /**
   * Kind of id in modifier_id; app_id when a bot made the last change.
   *
   * - `user_id`: The last editor is a user, named by employee id.
   * - `union_id`: The last editor is a user, named by union id.
   * - `open_id`: The last editor is a user, named by open id.
   * - `app_id`: The last editor is a bot, named by its app id.
   */
  modifier_id_type?: 'user_id' | 'union_id' | 'open_id' | 'app_id';
  /** Id of whoever changed the announcement last. */
  modifier_id?: string;
}

/**
 * Read a chat's announcement
 *
 * Returns the announcement document of a chat with its revision, timestamps, owner and last editor.
 * The caller must be in the chat (and in its tenant for an internal chat) and able to read the
 * announcement document. Only legacy-format announcements can be read here.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.announcement:read`, `im:chat:readonly`), user (one of `im:chat`, `im:chat.announcement:read`, `im:chat:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.announcement.yaml:8 (`GET /open-apis/im/v1/chats/{chat_id}/announcement`)
 */
export const imChatAnnouncementGet = /* @__PURE__ */ defineMethod<ImChatAnnouncementGetRequest, ImChatAnnouncementGetResponse>(imChatAnnouncementGetDescriptor);

/** Path parameters of `im.chat.announcement.patch`. */
export interface ImChatAnnouncementPatchPath {
  /**
   * Id of the chat (oc_…).
   *
   * Constraints: pattern `^oc_[0-9A-Za-z_]+$`.
   */
  chat_id: string;
}

/** JSON body of `im.chat.announcement.patch`. */
export interface ImChatAnnouncementPatchData {
  /**
   * Revision the edits are based on, as returned by get. It may trail the latest revision by at most
   * 100.
   *
   * Constraints: format int64.
   */
  revision: string;
  /**
   * Edit operations, each a JSON document serialised into a string, in the same format as edits to a
   * legacy cloud document.
   */
  requests?: string[];
}

/** A call of `im.chat.announcement.patch`. */
export interface ImChatAnnouncementPatchRequest {
  /** Path parameters. */
  path: ImChatAnnouncementPatchPath;
  /** JSON body. */
  data: ImChatAnnouncementPatchData;
}

/** Empty on success. */
export type ImChatAnnouncementPatchResponse = Record<string, never>;

/**
 * Edit a chat's announcement
 *
 * Applies a list of edit requests, in the legacy document format, to the chat announcement at a given
 * revision. The caller must be in the chat and allowed to edit it; when only the owner and managers
 * may edit the chat, the caller must be one of them. Only legacy-format announcements can be edited
 * here.
 *
 * - Identities: bot (one of `im:chat`, `im:chat.announcement:write_only`), user (one of `im:chat`, `im:chat.announcement:write_only`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/chat.announcement.yaml:187 (`PATCH /open-apis/im/v1/chats/{chat_id}/announcement`)
 */
export const imChatAnnouncementPatch = /* @__PURE__ */ defineMethod<ImChatAnnouncementPatchRequest, ImChatAnnouncementPatchResponse>(imChatAnnouncementPatchDescriptor);

/**
 * The announcement of a group chat in the legacy document format: read it and edit it. Chats whose
 * announcement uses the newer docx format are refused (error 232097) and must be handled with the docx
 * announcement API, which is outside this service.
 */
export const imChatAnnouncement = {
  /** Read a chat's announcement */
  get: imChatAnnouncementGet,
  /** Edit a chat's announcement */
  patch: imChatAnnouncementPatch,
};
