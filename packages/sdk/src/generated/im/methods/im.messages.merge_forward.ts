// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imMessagesMergeForwardDescriptor } from '../descriptors/im.messages.merge_forward.js';

/** `im.messages.merge_forward` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imMessagesMergeForwardDescriptor);
