// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/files.yaml

import { defineUpload } from '../../../core/multipart.js';
import { imFilesCreateDescriptor } from '../descriptors/im.files.create.js';

/** `im.files.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineUpload(imFilesCreateDescriptor);
