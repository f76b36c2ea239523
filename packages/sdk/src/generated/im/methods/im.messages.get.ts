// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import { defineMethod } from '../../../core/method.js';
import { imMessagesGetDescriptor } from '../descriptors/im.messages.get.js';

/** `im.messages.get` for `LarkClient`, loaded on the method's first call. */
export default /* @__PURE__ */ defineMethod(imMessagesGetDescriptor);
