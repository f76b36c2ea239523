// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imMessagesUpdateDescriptor } from '../descriptors/im.messages.update.js';

/** `im.messages.update` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imMessagesUpdateDescriptor);
