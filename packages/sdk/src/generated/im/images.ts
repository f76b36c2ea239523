// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/images.yaml

import type { LarkDownload } from '../../core/download.js';
import type { FileInput } from '../../core/files.js';
import { defineDownload } from '../../core/download.js';
import { defineUpload } from '../../core/multipart.js';
import { imImagesCreateDescriptor } from './descriptors/im.images.create.js';
import { imImagesGetDescriptor } from './descriptors/im.images.get.js';

/** Multipart form fields of `im.images.create`. */
export interface ImImagesCreateData {
  /**
   * What the image is for; decides where its image_key can be used.
   *
   * - `message`: For image messages, cards, tab icons and menu icons; such images can later be
   *   downloaded with get.
   * - `avatar`: For setting an avatar, such as a chat's; such images cannot be downloaded with get.
   */
  image_type: 'message' | 'avatar';
  /**
   * The image file: JPG, JPEG, PNG, WEBP, GIF, BMP, ICO, TIFF or HEIC, up to 10 MB and not empty. TIFF
   * and HEIC are stored as JPG.
   *
   * Constraints: at most 10485760 bytes.
   */
  image: FileInput;
}

/** A call of `im.images.create`. */
export interface ImImagesCreateRequest {
  /** Multipart form fields. */
  data: ImImagesCreateData;
}

/** The data of a successful `im.images.create`. */
export interface ImImagesCreateResponse {
  /** Key of the stored image (img_…), to be used wherever an image_key is asked for. */
  image_key?: string;
}

/**
 * Upload an image and get its image_key
 *
 * Uploads one image as multipart/form-data and returns the image_key to use in messages, cards or as
 * an avatar. Only the bot identity can upload, and the app needs its bot capability. The image must be
 * 10 MB or smaller and not empty.
 *
 * - Identities: bot (`im:resource`), user (`im:resource`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/images.yaml:8 (`POST /open-apis/im/v1/images`)
 */
export const imImagesCreate = /* @__PURE__ */ defineUpload<ImImagesCreateRequest, ImImagesCreateResponse>(imImagesCreateDescriptor);

/** Path parameters of `im.images.get`. */
export interface ImImagesGetPath {
  /** Key of the image (img_…) returned when this app uploaded it. */
  image_key: string;
}

/** A call of `im.images.get`. */
export interface ImImagesGetRequest {
  /** Path parameters. */
  path: ImImagesGetPath;
}

/**
 * Download an image this app uploaded
 *
 * Downloads the bytes of an image that this app uploaded with image_type message. Images uploaded by
 * other apps or users, and avatar images, cannot be fetched here; for images in messages someone else
 * sent, use message.resources.get.
 *
 * - Identities: bot (`im:resource`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Answers with the file as a stream (`LarkDownload`); supports Range
 *
 * @see specs/im/resources/images.yaml:137 (`GET /open-apis/im/v1/images/{image_key}`)
 */
export const imImagesGet = /* @__PURE__ */ defineDownload<ImImagesGetRequest>(imImagesGetDescriptor);

/**
 * Images uploaded by the app. An upload returns an image_key that image messages, cards, chat avatars,
 * tab icons and menu icons refer to. Only images the app uploaded itself can be downloaded here;
 * images other people sent are fetched through message.resources.
 */
export const imImages = {
  /** Upload an image and get its image_key */
  create: imImagesCreate,
  /** Download an image this app uploaded */
  get: imImagesGet,
};
