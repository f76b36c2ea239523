// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/pins.yaml

import { defineMethod, definePaged } from '../../core/method.js';
import type { Pin } from './schemas.js';
import { imPinsCreateDescriptor } from './descriptors/im.pins.create.js';
import { imPinsDeleteDescriptor } from './descriptors/im.pins.delete.js';
import { imPinsListDescriptor } from './descriptors/im.pins.list.js';

/** JSON body of `im.pins.create`. */
export interface ImPinsCreateData {
  /** ID of the message to pin (om_…). */
  message_id: string;
}

/** A call of `im.pins.create`. */
export interface ImPinsCreateRequest {
  /** JSON body. */
  data: ImPinsCreateData;
}

/** The data of a successful `im.pins.create`. */
export interface ImPinsCreateResponse {
  /** The pin that now exists for the message. */
  pin?: Pin;
}

/**
 * Pin a message in its chat
 *
 * Pins a message so that it appears in its chat's Pin tab for every member, and returns the pin.
 * Pinning a message that is already pinned succeeds and returns the existing pin. The caller must see
 * the message; in chats where only the owner and managers may pin, it must be one of them.
 *
 * - Identities: bot (one of `im:message`, `im:message.pins:write_only`, `im:message:send_as_bot`), user (one of `im:message`, `im:message.pins:write_only`, `im:message:send_as_bot`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/pins.yaml:7 (`POST /open-apis/im/v1/pins`)
 */
export const imPinsCreate = /* @__PURE__ */ defineMethod<ImPinsCreateRequest, ImPinsCreateResponse>(imPinsCreateDescriptor);

/** Path parameters of `im.pins.delete`. */
export interface ImPinsDeletePath {
  /** ID of the message to unpin (om_…). */
  message_id: string;
}

/** A call of `im.pins.delete`. */
export interface ImPinsDeleteRequest {
  /** Path parameters. */
  path: ImPinsDeletePath;
}

/** The data of a successful `im.pins.delete`. */
export type ImPinsDeleteResponse = Record<string, never>;

/**
 * Unpin a message
 *
 * Removes a message from its chat's Pin tab for every member; the message itself stays. The call also
 * succeeds when the message is not pinned or has been recalled. The caller must see the message and,
 * where the chat restricts pinning to its owner and managers, be one of them.
 *
 * - Identities: bot (one of `im:message`, `im:message.pins:write_only`, `im:message:send_as_bot`), user (one of `im:message`, `im:message.pins:write_only`, `im:message:send_as_bot`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/pins.yaml:130 (`DELETE /open-apis/im/v1/pins/{message_id}`)
 */
export const imPinsDelete = /* @__PURE__ */ defineMethod<ImPinsDeleteRequest, ImPinsDeleteResponse>(imPinsDeleteDescriptor);

/** Query parameters of `im.pins.list`. */
export interface ImPinsListParams {
  /** ID of the chat whose pins are listed (oc_…). */
  chat_id: string;
  /**
   * Only return pins made at or after this time, as a Unix timestamp in milliseconds. Leave it out to
   * start from the chat's oldest pin; when both are given it must be less than end_time.
   *
   * Constraints: format unix-ms.
   */
  start_time?: string;
  /**
   * Only return pins made at or before this time, as a Unix timestamp in milliseconds. Leave it out to
   * start from the newest pin; when both are given it must be greater than start_time.
   *
   * Constraints: format unix-ms.
   */
  end_time?: string;
  /**
   * How many pins to return per page, 1 to 50.
   *
   * Constraints: minimum 1; maximum 50.
   * @defaultValue 20
   */
  page_size?: number;
  /** Token from the previous page's page_token to continue listing; leave it out for the first page. */
  page_token?: string;
}

/** A call of `im.pins.list`. */
export interface ImPinsListRequest {
  /** Query parameters. */
  params: ImPinsListParams;
}

/** The data of a successful `im.pins.list`. */
export interface ImPinsListResponse {
  /** Pins on this page, most recently pinned first. */
  items?: Pin[];
  /** true when more pins follow; request again with page_token. */
  has_more?: boolean;
  /** Token for the next page; present when has_more is true. */
  page_token?: string;
}

/**
 * List the pinned messages of a chat
 *
 * Returns the pins of one chat, newest pin first, page by page, optionally limited to pins made within
 * a time range. The caller must be a member of the chat.
 *
 * - Identities: bot (one of `im:message`, `im:message.pins:read`, `im:message:readonly`), user (one of `im:message`, `im:message.pins:read`, `im:message:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Paginated: `.iterate(req)` yields every item, `.pages(req)` every page
 *
 * @see specs/im/resources/pins.yaml:229 (`GET /open-apis/im/v1/pins`)
 */
export const imPinsList = /* @__PURE__ */ definePaged<ImPinsListRequest, ImPinsListResponse, NonNullable<ImPinsListResponse['items']>[number]>(imPinsListDescriptor);

/**
 * Pinned messages: messages a member or bot pinned so that everyone in the chat can find them again in
 * the chat's Pin tab. Pin, unpin and list the pins of a chat within a time range.
 */
export const imPins = {
  /** Pin a message in its chat */
  create: imPinsCreate,
  /** Unpin a message */
  delete: imPinsDelete,
  /** List the pinned messages of a chat */
  list: imPinsList,
};
