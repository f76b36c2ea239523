// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/tags.yaml

import { defineMethod } from '../../../core/method.js';
import { imTagsPatchDescriptor } from '../descriptors/im.tags.patch.js';

/** `im.tags.patch` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imTagsPatchDescriptor);
