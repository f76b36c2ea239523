// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imMessagesUrgentPhoneDescriptor } from '../descriptors/im.messages.urgent_phone.js';

/** `im.messages.urgent_phone` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imMessagesUrgentPhoneDescriptor);
