// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/url_previews.yaml

import { defineMethod } from '../../../core/method.js';
import { imUrlPreviewsBatchUpdateDescriptor } from '../descriptors/im.url_previews.batch_update.js';

/** `im.url_previews.batch_update` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imUrlPreviewsBatchUpdateDescriptor);
