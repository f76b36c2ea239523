// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/images.yaml

import { defineDownload } from '../../../core/download.js';
import { imImagesGetDescriptor } from '../descriptors/im.images.get.js';

/** `im.images.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineDownload(imImagesGetDescriptor);
