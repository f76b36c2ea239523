// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/url_previews.yaml

import { defineMethod } from '../../core/method.js';
import { imUrlPreviewsBatchUpdateDescriptor } from './descriptors/im.url_previews.batch_update.js';

/** JSON body of `im.url_previews.batch_update`. */
export interface ImUrlPreviewsBatchUpdateData {
  /**
   * Preview tokens to refresh, as received in the link-preview pull callback. Each token may be
   * refreshed at most once every 5 seconds.
   *
   * Constraints: at least 1 items.
   */
  preview_tokens: string[];
  /**
   * open_ids of the users whose preview should be refreshed. Leave it out to refresh it for every member
   * of the chat where the link was posted; users outside that chat are not affected.
   */
  open_ids?: string[];
}

/** A call of `im.url_previews.batch_update`. */
export interface ImUrlPreviewsBatchUpdateRequest {
  /** JSON body. */
  data: ImUrlPreviewsBatchUpdateData;
}

/** Empty on success. */
export type ImUrlPreviewsBatchUpdateResponse = Record<string, never>;

/**
 * Make clients refresh the link previews for some preview tokens
 *
 * Marks the previews behind the given preview tokens as stale, so clients call the app's link-preview
 * callback again and show what it now returns; the callback must therefore serve the updated data. Bot
 * identity only. By default everyone in the chat where the link was posted gets the refresh; open_ids
 * narrows it to some users.
 *
 * - Identities: bot (`im:url_preview.update`)
 * - Risk: write
 * - Rate limit: 5/s
 *
 * @see specs/im/resources/url_previews.yaml:8 (`POST /open-apis/im/v2/url_previews/batch_update`)
 */
export const imUrlPreviewsBatchUpdate = /* @__PURE__ */ defineMethod<ImUrlPreviewsBatchUpdateRequest, ImUrlPreviewsBatchUpdateResponse>(imUrlPreviewsBatchUpdateDescriptor);

/**
 * Link previews that an app renders for its own URLs. When someone posts a link the app has
 * registered, the platform asks the app's link-preview callback for the preview and hands it a
 * preview_token; the app can later make clients fetch a fresh preview for that token.
 */
export const imUrlPreviews = {
  /** Make clients refresh the link previews for some preview tokens */
  batchUpdate: imUrlPreviewsBatchUpdate,
};
