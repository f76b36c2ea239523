// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/images.yaml

import { defineUpload } from '../../../core/multipart.js';
import { imImagesCreateDescriptor } from '../descriptors/im.images.create.js';

/** `im.images.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineUpload(imImagesCreateDescriptor);
