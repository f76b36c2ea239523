// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/message.resources.yaml

import { defineDownload } from '../../../core/download.js';
import { imMessageResourcesGetDescriptor } from '../descriptors/im.message.resources.get.js';

/** `im.message.resources.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineDownload(imMessageResourcesGetDescriptor);
