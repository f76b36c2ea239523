// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/tags.yaml

import { defineMethod } from '../../../core/method.js';
import { imTagsCreateDescriptor } from '../descriptors/im.tags.create.js';

/** `im.tags.create` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imTagsCreateDescriptor);
