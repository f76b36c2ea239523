// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imMessagesUrgentAppDescriptor } from '../descriptors/im.messages.urgent_app.js';

/** `im.messages.urgent_app` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imMessagesUrgentAppDescriptor);
