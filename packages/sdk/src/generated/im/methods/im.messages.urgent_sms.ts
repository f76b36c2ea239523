// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imMessagesUrgentSmsDescriptor } from '../descriptors/im.messages.urgent_sms.js';

/** `im.messages.urgent_sms` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imMessagesUrgentSmsDescriptor);
