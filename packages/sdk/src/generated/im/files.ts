// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/files.yaml

import type { LarkDownload } from '../../core/download.js';
import type { FileInput } from '../../core/files.js';
import { defineDownload } from '../../core/download.js';
import { defineUpload } from '../../core/multipart.js';
import { imFilesCreateDescriptor } from './descriptors/im.files.create.js';
import { imFilesGetDescriptor } from './descriptors/im.files.get.js';

/** Multipart form fields of `im.files.create`. */
export interface ImFilesCreateData {
  /**
   * Kind of file. Audio must be OPUS and video MP4 to play inline; anything else can go up as stream.
   *
   * - `opus`: OPUS audio, for audio messages. Convert other audio first, e.g. ffmpeg -i in.mp3 -acodec
   *   libopus -ac 1 -ar 16000 out.opus.
   * - `mp4`: MP4 video, for video (media) messages.
   * - `pdf`: PDF document.
   * - `doc`: Word document.
   * - `xls`: Excel workbook.
   * - `ppt`: PowerPoint presentation.
   * - `stream`: Any other file, stored as an opaque byte stream.
   */
  file_type: 'opus' | 'mp4' | 'pdf' | 'doc' | 'xls' | 'ppt' | 'stream';
  /** Name shown to recipients, including its extension, e.g. report.pdf. */
  file_name: string;
  /**
   * Length of an audio or video file in milliseconds; only meaningful for opus and mp4. Without it the
   * client shows no duration.
   *
   * Constraints: minimum 0.
   */
  duration?: number;
  /**
   * The file content, up to 30 MB and not empty.
   *
   * Constraints: at most 31457280 bytes.
   */
  file: FileInput;
}

/** A call of `im.files.create`. */
export interface ImFilesCreateRequest {
  /** Multipart form fields. */
  data: ImFilesCreateData;
}

/** The data of a successful `im.files.create`. */
export interface ImFilesCreateResponse {
  /** Key of the stored file (file_…), to be used in file, audio and media messages. */
  file_key?: string;
}

/**
 * Upload a file, audio or video and get its file_key
 *
 * Uploads one file as multipart/form-data and returns the file_key to send it in a file, audio (opus)
 * or video (mp4) message. Only the bot identity can upload, and the app needs its bot capability. The
 * file must be 30 MB or smaller and not empty.
 *
 * - Identities: bot (`im:resource`), user (`im:resource`)
 * - Risk: write
 * - Rate limit: 1000/min, 50/s
 *
 * @see specs/im/resources/files.yaml:8 (`POST /open-apis/im/v1/files`)
 */
export const imFilesCreate = /* @__PURE__ */ defineUpload<ImFilesCreateRequest, ImFilesCreateResponse>(imFilesCreateDescriptor);

/** Path parameters of `im.files.get`. */
export interface ImFilesGetPath {
  /** Key of the file (file_…) returned when this app uploaded it. */
  file_key: string;
}

/** A call of `im.files.get`. */
export interface ImFilesGetRequest {
  /** Path parameters. */
  path: ImFilesGetPath;
}

/**
 * Download a file this app uploaded
 *
 * Downloads the bytes of a file that this app uploaded, up to 100 MB. Files uploaded by other apps or
 * users cannot be fetched here; for files in messages someone else sent, use message.resources.get.
 *
 * - Identities: bot (`im:resource`)
 * - Risk: read
 * - Rate limit: 1000/min, 50/s
 * - Answers with the file as a stream (`LarkDownload`); supports Range
 *
 * @see specs/im/resources/files.yaml:156 (`GET /open-apis/im/v1/files/{file_key}`)
 */
export const imFilesGet = /* @__PURE__ */ defineDownload<ImFilesGetRequest>(imFilesGetDescriptor);

/**
 * Files, audio and video uploaded by the app. An upload returns a file_key that file, audio and video
 * messages refer to. Only files the app uploaded itself can be downloaded here; files other people
 * sent are fetched through message.resources.
 */
export const imFiles = {
  /** Upload a file, audio or video and get its file_key */
  create: imFilesCreate,
  /** Download a file this app uploaded */
  get: imFilesGet,
};
