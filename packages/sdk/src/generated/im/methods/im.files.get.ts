// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/files.yaml

import { defineDownload } from '../../../core/download.js';
import { imFilesGetDescriptor } from '../descriptors/im.files.get.js';

/** `im.files.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineDownload(imFilesGetDescriptor);
