// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/message.resources.yaml

import type { LarkDownload } from '../../core/download.js';
import { defineDownload } from '../../core/download.js';
import { imMessageResourcesGetDescriptor } from './descriptors/im.message.resources.get.js';

/** Path parameters of `im.message.resources.get`. */
export interface ImMessageResourcesGetPath {
  /** ID of the message carrying the attachment (om_…). */
  message_id: string;
  /**
   * Key of the attachment as it appears in the message content: image_key (img_…) for images, file_key
   * (file_…) for files, audio and video. Images inside post messages are named the same way.
   */
  file_key: string;
}

/** Query parameters of `im.message.resources.get`. */
export interface ImMessageResourcesGetParams {
  /**
   * Kind of attachment to download.
   *
   * - `image`: an image (image_key)
   * - `file`: a file, audio clip or video (file_key)
   */
  type: 'image' | 'file';
}

/** A call of `im.message.resources.get`. */
export interface ImMessageResourcesGetRequest {
  /** Path parameters. */
  path: ImMessageResourcesGetPath;
  /** Query parameters. */
  params: ImMessageResourcesGetParams;
}

/**
 * Download an image or file attached to a message
 *
 * Stream the bytes of an image, file, audio or video attached to a message, named by the message id
 * and the key found in its content. The caller must be able to see the message (the bot must be in the
 * chat). Files up to 100 MB; Range requests are honoured for downloads in chunks.
 *
 * - Identities: bot (one of `im:message`, `im:message:readonly`), user (one of `im:message`, `im:message:readonly`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Answers with the file as a stream (`LarkDownload`); supports Range
 *
 * @see specs/im/resources/message.resources.yaml:7 (`GET /open-apis/im/v1/messages/{message_id}/resources/{file_key}`)
 */
export const imMessageResourcesGet = /* @__PURE__ */ defineDownload<ImMessageResourcesGetRequest>(imMessageResourcesGetDescriptor);

/**
 * Files and images attached to messages. Download them through the message that carries them, which
 * works for attachments sent by anyone, not only those the app uploaded.
 */
export const imMessageResources = {
  /** Download an image or file attached to a message */
  get: imMessageResourcesGet,
};
