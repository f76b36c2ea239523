// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imMessagesForwardDescriptor } from '../descriptors/im.messages.forward.js';

/** `im.messages.forward` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imMessagesForwardDescriptor);
